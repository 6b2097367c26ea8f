// Graph-wide counts (and whether the data is synthetic) for the banner and the empty state.
import { useEffect, useState } from 'react';
import { fetchStats } from '../api/queries.js';
import type { Stats } from '../api/types.js';

export function useStats(): { stats: Stats | null; error: string | null } {
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchStats()
      .then(setStats)
      .catch((e: Error) => setError(e.message));
  }, []);
  return { stats, error };
}
