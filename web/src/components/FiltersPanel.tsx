// Filters by kind, TLP, confidence and first-seen time; applied by the sigma reducers, never refetched.
import type { EntityKind, Tlp } from '../api/types.js';
import { countVisible, firstSeenHistogram, type Filters } from '../graph/filters.js';
import { KIND_STYLE, KINDS, TLPS, tlpLabel } from '../graph/style.js';
import type { ExplorerGraph } from '../graph/types.js';
import { TimeBrush } from './TimeBrush.js';

interface Props {
  graph: ExplorerGraph;
  version: number;
  filters: Filters;
  hidden: ReadonlySet<string>;
  onChange(f: Filters): void;
}

function toggle<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

export function FiltersPanel({ graph, filters, hidden, onChange }: Props) {
  const present = new Set<EntityKind>();
  graph.forEachNode((_, a) => present.add(a.kind));
  const histogram = firstSeenHistogram(graph);
  const { visible, total } = countVisible(graph, filters, hidden);
  return (
    <section className="filters" aria-label="Filters">
      <h3>
        Filters{' '}
        <small>{visible === total ? `${total} nodes` : `${visible} of ${total} shown`}</small>
      </h3>
      <fieldset>
        <legend>Kind</legend>
        {KINDS.filter((k) => present.has(k)).map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenKinds.has(k)}
              onChange={() => onChange({ ...filters, hiddenKinds: toggle(filters.hiddenKinds, k) })}
            />
            <span style={{ color: KIND_STYLE[k].color }}>{KIND_STYLE[k].icon}</span>{' '}
            {KIND_STYLE[k].label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>TLP</legend>
        {TLPS.map((t: Tlp) => (
          <label key={t} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenTlps.has(t)}
              onChange={() => onChange({ ...filters, hiddenTlps: toggle(filters.hiddenTlps, t) })}
            />
            {tlpLabel(t)}
          </label>
        ))}
      </fieldset>
      <label className="range">
        Confidence ≥ <strong>{filters.minConfidence}</strong>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={filters.minConfidence}
          onChange={(e) => onChange({ ...filters, minConfidence: Number(e.target.value) })}
        />
      </label>
      {histogram && (
        <fieldset>
          <legend>First seen</legend>
          <TimeBrush
            histogram={histogram}
            range={filters.timeRange}
            onChange={(timeRange) => onChange({ ...filters, timeRange })}
          />
        </fieldset>
      )}
    </section>
  );
}
