// The selected entity: all properties, sources with reliability, TLP, confidence, dates and neighbours by kind.
import type { Entity, EntityKind } from '../api/types.js';
import { KIND_STYLE } from '../graph/style.js';
import type { ExplorerGraph } from '../graph/types.js';
import { KindBadge } from './KindBadge.js';
import { NodeActions, type NodeActionHandlers } from './NodeActions.js';
import { TlpBadge } from './TlpBadge.js';

interface Props extends NodeActionHandlers {
  graph: ExplorerGraph;
  id: string;
  moreAvailable: boolean;
  pathFrom: string | null;
  onSelect(id: string): void;
}

export function formatDate(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '—';
}

function neighboursByKind(graph: ExplorerGraph, id: string): [EntityKind, Entity[]][] {
  const groups = new Map<EntityKind, Entity[]>();
  for (const n of graph.neighbors(id)) {
    const e = graph.getNodeAttribute(n, 'entity');
    const list = groups.get(e.kind) ?? [];
    list.push(e);
    groups.set(e.kind, list);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

export function DetailsPanel({ graph, id, moreAvailable, pathFrom, onSelect, ...actions }: Props) {
  if (!graph.hasNode(id)) return null;
  const e = graph.getNodeAttribute(id, 'entity');
  const groups = neighboursByKind(graph, id);
  const loaded = graph.degree(id);
  return (
    <section className="details" aria-label="Details">
      <header>
        <h2 title={e.value}>
          <span aria-hidden="true">{KIND_STYLE[e.kind].icon}</span> {e.display}
        </h2>
        <div className="badges">
          <KindBadge kind={e.kind} />
          <TlpBadge tlp={e.tlp} />
          <span className="confidence" title="Confidence 0–100">
            confidence <strong>{e.confidence}</strong>
          </span>
          {e.synthetic && <span className="synthetic">demo</span>}
        </div>
        <p className="dates">
          first seen <strong>{formatDate(e.firstSeen)}</strong> · last seen{' '}
          <strong>{formatDate(e.lastSeen)}</strong>
        </p>
      </header>
      <NodeActions id={id} moreAvailable={moreAvailable} pathFrom={pathFrom} {...actions} />
      <h3>
        Neighbours{' '}
        <small>
          ({loaded} loaded of {e.degree})
        </small>
      </h3>
      {groups.length === 0 && (
        <p className="muted">None loaded. Double-click the node or press E to expand.</p>
      )}
      {groups.map(([kind, list]) => (
        <details key={kind} open={list.length <= 6}>
          <summary>
            <span style={{ color: KIND_STYLE[kind].color }}>{KIND_STYLE[kind].icon}</span>{' '}
            {KIND_STYLE[kind].label} ({list.length})
          </summary>
          <ul className="neighbours">
            {list.slice(0, 25).map((n) => (
              <li key={n.id}>
                <button type="button" className="link" onClick={() => onSelect(n.id)}>
                  {n.display}
                </button>
              </li>
            ))}
            {list.length > 25 && <li className="muted">… {list.length - 25} more</li>}
          </ul>
        </details>
      ))}
      <h3>Sources</h3>
      {e.sources.length === 0 && <p className="muted">No source cited.</p>}
      <ul className="sources">
        {e.sources.map((s) => (
          <li key={s.id}>
            <span
              className={`reliability r-${s.reliability ?? 'F'}`}
              title="Admiralty reliability (A reliable … F cannot be judged)"
            >
              {s.reliability ?? '?'}
            </span>{' '}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.name}
              </a>
            ) : (
              s.name
            )}
          </li>
        ))}
      </ul>
      <h3>Properties</h3>
      <table className="props">
        <tbody>
          <tr>
            <th>id</th>
            <td>{e.id}</td>
          </tr>
          <tr>
            <th>value</th>
            <td>{e.value}</td>
          </tr>
          {e.raw.length > 0 && (
            <tr>
              <th>seen as</th>
              <td>{e.raw.join(', ')}</td>
            </tr>
          )}
          {e.properties.map((p) => (
            <tr key={p.key}>
              <th>{p.key}</th>
              <td>{p.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
