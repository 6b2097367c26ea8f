// Follow / Following: watch a cluster, an entity or a search (analysts and administrators; for anyone else
// the button does not show). Changes then appear in the watchlist panel after each ingest.
import { useEffect, useState } from 'react';
import { ApiError } from '../api/graphql.js';
import { fetchWatchlist, follow, follows, unfollow, type WatchTarget } from '../api/watchlists.js';

export function FollowButton({ target }: { target: WatchTarget }) {
  const [watchId, setWatchId] = useState<string | null>(null);
  const [allowed, setAllowed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const key = `${target.kind}|${target.id ?? ''}|${target.query ?? ''}`;

  useEffect(() => {
    let live = true;
    fetchWatchlist()
      .then((list) => {
        if (!live) return;
        setAllowed(true);
        setWatchId(list.find((w) => follows(w, target))?.id ?? null);
      })
      .catch(() => live && setAllowed(false));
    return () => {
      live = false;
    };
  }, [key]);

  if (!allowed) return null;
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      if (watchId) {
        await unfollow(watchId);
        setWatchId(null);
      } else setWatchId((await follow(target)).id);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const what =
    target.kind === 'SEARCH'
      ? 'this search'
      : target.kind === 'CLUSTER'
        ? 'this cluster'
        : 'this entity';
  return (
    <span className="follow">
      <button
        type="button"
        className={watchId ? 'following' : undefined}
        aria-pressed={!!watchId}
        disabled={busy}
        onClick={() => void toggle()}
        title={
          watchId
            ? `Stop following ${what}`
            : `Follow ${what}: its changes after each ingest appear in your watchlist`
        }
      >
        {watchId ? '★ Following' : '☆ Follow'}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
