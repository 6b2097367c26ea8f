// The header's Watchlist button (analysts and administrators): unseen changes as a badge, refreshed every
// minute; it opens the watchlist panel.
import { useCallback, useEffect, useState } from 'react';
import { fetchWatchlist } from '../api/watchlists.js';
import { WatchlistPanel } from './WatchlistPanel.js';

const REFRESH_MS = 60_000;

export function WatchlistButton({ onOpen }: { onOpen(id: string): void }) {
  const [unseen, setUnseen] = useState(0);
  const [open, setOpen] = useState(false);
  const refresh = useCallback(() => {
    fetchWatchlist()
      .then((list) => setUnseen(list.reduce((n, w) => n + w.unseen, 0)))
      .catch(() => setUnseen(0));
  }, []);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return (
    <>
      <button
        type="button"
        className="watchlist-button"
        onClick={() => setOpen(true)}
        title="What you follow, and what changed"
      >
        Watchlist
        {unseen > 0 && (
          <span className="badge" aria-label={`${unseen} unseen changes`}>
            {unseen}
          </span>
        )}
      </button>
      {open && (
        <WatchlistPanel
          onClose={() => {
            setOpen(false);
            refresh();
          }}
          onOpen={onOpen}
          onChanged={refresh}
        />
      )}
    </>
  );
}
