// What the canvas shows before anything is loaded (or when loading failed).
import type { Stats } from '../api/types.js';

export function EmptyState({ stats, error }: { stats: Stats | null; error: string | null }) {
  return (
    <div className="empty-state">
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : (
        <>
          <h2>Paste an indicator to start</h2>
          <p>
            A domain, URL, phone number (any format), wallet, app id or store link, account or
            e-mail. Press <kbd>/</kbd> to search.
          </p>
          {stats && (
            <p className="muted">
              {stats.totalNodes.toLocaleString()} entities and{' '}
              {stats.totalRelationships.toLocaleString()} links in the graph.
            </p>
          )}
        </>
      )}
    </div>
  );
}
