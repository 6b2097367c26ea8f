// What happened to a cluster (newest first): created, grew, shrank, merged, split, renamed; other clusters
// involved open their own page.
import type { ClusterEvent } from '../../api/analytics.js';

export function ClusterHistory({
  history,
  onOpenCluster,
}: {
  history: readonly ClusterEvent[];
  onOpenCluster(id: string): void;
}) {
  return (
    <section className="cluster-history" aria-label="Cluster history">
      <h3>History</h3>
      {history.length === 0 ? (
        <p className="muted">No event recorded yet.</p>
      ) : (
        <ol>
          {history.map((e, i) => (
            <li key={`${e.at}-${e.kind}-${i}`} data-kind={e.kind}>
              <span className="ev-kind">{e.kind}</span>{' '}
              <small className="muted">{e.at.slice(0, 16).replace('T', ' ')}</small>
              <div>{e.summary}</div>
              {(e.sizeBefore !== null || e.sizeAfter !== null) && (
                <small className="muted">
                  {e.sizeBefore ?? '—'} → {e.sizeAfter ?? '—'} members
                  {e.added > 0 ? ` · +${e.added}` : ''}
                  {e.removed > 0 ? ` · −${e.removed}` : ''}
                </small>
              )}
              {e.others.length > 0 && (
                <div>
                  {e.others.map((o) => (
                    <button
                      key={o}
                      type="button"
                      className="link mono"
                      onClick={() => onOpenCluster(o)}
                    >
                      {o}
                    </button>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
