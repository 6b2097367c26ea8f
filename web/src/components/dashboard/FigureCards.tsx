// The headline figures: value, range, method, the inputs counted and left out, and the sources behind each.
// A figure's value opens the entities behind it.
import type { Figure } from '../../api/analytics.js';
import type { SourceRef } from '../../api/types.js';
import { formatRange, formatValue } from './format.js';

export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
  if (sources.length === 0) return <p className="muted">No source.</p>;
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id}>
          <span className={`reliability r-${s.reliability ?? 'F'}`} title="Reliability (A–F)">
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
  );
}

export function FigureCard({
  figure: f,
  onDrill,
}: {
  figure: Figure;
  onDrill(drill: string): void;
}) {
  const excluded = f.excluded.reduce((n, e) => n + e.count, 0);
  const value = formatValue(f.value, f.unit);
  return (
    <article
      className="figure-card"
      aria-label={f.label}
      data-key={f.key}
      data-value={f.value}
      data-low={f.low}
      data-high={f.high}
    >
      <h4>{f.label}</h4>
      <button
        type="button"
        className={value.length > 10 ? 'figure-value long' : 'figure-value'}
        title={`Show the ${f.entityIds.length} entities behind this figure`}
        disabled={f.entityIds.length === 0}
        onClick={() => onDrill(`figure:${f.key}`)}
      >
        {value}
      </button>
      <p className="figure-range" title={f.rangeMethod}>
        range {formatRange(f.low, f.high, f.value, f.unit)}
      </p>
      <p className="figure-counts">
        {f.counted.toLocaleString('en-US')} counted
        {excluded > 0 && (
          <span title={f.excluded.map((e) => `${e.reason}: ${e.count}`).join('\n')}>
            {' '}
            · {excluded.toLocaleString('en-US')} left out
          </span>
        )}
      </p>
      <details>
        <summary>
          Method and {f.sources.length} {f.sources.length === 1 ? 'source' : 'sources'}
        </summary>
        <p className="method">{f.method}</p>
        <p className="method">
          <strong>Range:</strong> {f.rangeMethod}
        </p>
        {f.excluded.length > 0 && (
          <ul className="excluded">
            {f.excluded.map((e) => (
              <li key={e.reason}>
                <code>{e.reason}</code> {e.count}
              </li>
            ))}
          </ul>
        )}
        <SourceList sources={f.sources} />
      </details>
    </article>
  );
}

export function FigureCards({
  figures,
  onDrill,
}: {
  figures: readonly Figure[];
  onDrill(drill: string): void;
}) {
  // Compounds on one row, victims and money on the next.
  const compounds = figures.filter((f) => f.key.startsWith('compounds.'));
  const others = figures.filter((f) => !f.key.startsWith('compounds.'));
  return (
    <section className="figure-cards" aria-label="Figures">
      {[compounds, others].map(
        (group, i) =>
          group.length > 0 && (
            <div key={i} className="figure-group">
              {group.map((f) => (
                <FigureCard key={f.key} figure={f} onDrill={onDrill} />
              ))}
            </div>
          ),
      )}
    </section>
  );
}
