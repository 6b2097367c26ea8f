// What changed between two evaluations of a watch (pure): member and result diffs, status changes, the
// merges and splits of a cluster's history, each as a change with its count and a one-line summary.
import type { ChangeDraft, WatchState } from './watchlists-types.js';
import { MAX_CHANGE_IDS, MAX_STATE_IDS } from './watchlists-types.js';

export const emptyState = (addedUpTo: string): WatchState => ({
  addedUpTo,
  clusterId: null,
  members: [],
  eventsAt: '',
  statuses: {},
  results: [],
  gone: false,
});

/** A stored state read back; anything missing or malformed starts empty. */
export function parseState(text: unknown, fallbackAddedUpTo = ''): WatchState {
  const base = emptyState(fallbackAddedUpTo);
  if (typeof text !== 'string') return base;
  try {
    const s = JSON.parse(text) as Partial<WatchState>;
    const ids = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
    return {
      addedUpTo: typeof s.addedUpTo === 'string' ? s.addedUpTo : base.addedUpTo,
      clusterId: typeof s.clusterId === 'string' ? s.clusterId : null,
      members: ids(s.members),
      eventsAt: typeof s.eventsAt === 'string' ? s.eventsAt : '',
      statuses:
        s.statuses && typeof s.statuses === 'object'
          ? Object.fromEntries(Object.entries(s.statuses).map(([k, v]) => [k, String(v)]))
          : {},
      results: ids(s.results),
      gone: s.gone === true,
    };
  } catch {
    return base;
  }
}

/** Ids in `after` and not in `before`, and the reverse, each in the order of its list. */
export function diffIds(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  const was = new Set(before);
  const now = new Set(after);
  return {
    added: [...now].filter((id) => !was.has(id)),
    removed: [...was].filter((id) => !now.has(id)),
  };
}

/** The first ids kept by a state (sorted, so that truncation is stable). */
export function keepIds(ids: Iterable<string>, max = MAX_STATE_IDS): string[] {
  return [...new Set(ids)].sort().slice(0, max);
}

/** Entities whose status differs from before (one that had none before counts; one that lost it does not). */
export function statusChanges(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): { id: string; from: string | null; to: string }[] {
  return Object.entries(after)
    .filter(([id, to]) => before[id] !== undefined && before[id] !== to)
    .map(([id, to]) => ({ id, from: before[id] ?? null, to }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

const ids = (list: readonly string[]) => list.slice(0, MAX_CHANGE_IDS);

export function newMembers(label: string, added: readonly string[]): ChangeDraft[] {
  if (!added.length) return [];
  return [
    {
      kind: 'NEW_MEMBERS',
      count: added.length,
      entityIds: ids(added),
      summary: `${plural(added.length, 'new member')} in ${label}`,
    },
  ];
}

export function removedMembers(label: string, removed: readonly string[]): ChangeDraft[] {
  if (!removed.length) return [];
  return [
    {
      kind: 'REMOVED_MEMBERS',
      count: removed.length,
      entityIds: ids(removed),
      summary: `${plural(removed.length, 'member')} left ${label}`,
    },
  ];
}

export function newLinks(label: string, links: number, ends: readonly string[]): ChangeDraft[] {
  if (!links) return [];
  return [
    {
      kind: 'NEW_LINKS',
      count: links,
      entityIds: ids(ends),
      summary: `${plural(links, 'new link')} in ${label}`,
    },
  ];
}

export function newResults(query: string, added: readonly string[]): ChangeDraft[] {
  if (!added.length) return [];
  return [
    {
      kind: 'NEW_RESULTS',
      count: added.length,
      entityIds: ids(added),
      summary: `${plural(added.length, 'new result')} for "${query}"`,
    },
  ];
}

export function statusChanged(
  label: string,
  changes: readonly { id: string; from: string | null; to: string }[],
): ChangeDraft[] {
  if (!changes.length) return [];
  const one = changes.length === 1 ? changes[0] : undefined;
  return [
    {
      kind: 'STATUS_CHANGED',
      count: changes.length,
      entityIds: ids(changes.map((c) => c.id)),
      summary: one
        ? `status ${one.from ?? 'unknown'} → ${one.to} in ${label}`
        : `${plural(changes.length, 'status change')} in ${label}`,
    },
  ];
}

export function gone(label: string): ChangeDraft[] {
  return [
    {
      kind: 'GONE',
      count: 1,
      entityIds: [],
      summary: `${label} is no longer in your view (removed, or no longer shared with you)`,
    },
  ];
}

/** A cluster event as the history gives it (clusters-types.ts ClusterEvent). */
export interface HistoryEvent {
  at: string;
  kind: string;
  clusterId: string;
  others: readonly string[];
  summary: string;
}

/** The MERGED and SPLIT events after `since` (one change each), and the latest event time seen. */
export function mergesAndSplits(
  label: string,
  events: readonly HistoryEvent[],
  since: string,
): { changes: ChangeDraft[]; latest: string } {
  let latest = since;
  const changes: ChangeDraft[] = [];
  for (const e of [...events].sort((a, b) => a.at.localeCompare(b.at))) {
    if (e.at > latest) latest = e.at;
    if (e.at <= since || (e.kind !== 'MERGED' && e.kind !== 'SPLIT')) continue;
    const n = e.others.length;
    changes.push({
      kind: e.kind,
      count: Math.max(1, n),
      entityIds: [],
      summary:
        e.summary ||
        (e.kind === 'MERGED'
          ? `${label} absorbed ${plural(n, 'cluster')} (${e.others.join(', ')})`
          : `${label} split: ${plural(n, 'part')} went to ${e.others.join(', ')}`),
    });
  }
  return { changes, latest };
}

/** The watched cluster itself merged into another: it lives on under the other's id. */
export function mergedInto(label: string, intoId: string, intoName: string): ChangeDraft[] {
  return [
    {
      kind: 'MERGED',
      count: 1,
      entityIds: [],
      summary: `${label} merged into ${intoName} (${intoId}); the watch follows ${intoId} now`,
    },
  ];
}

/** A status as one assertion said it, with its dates. */
export interface StatusSaid {
  status: unknown;
  statusDate?: unknown;
  firstSeen?: unknown;
  lastSeen?: unknown;
}

/**
 * The status now: that of the visible assertion with the latest date (its `statusDate`, else its
 * firstSeen), ties broken by lastSeen, then by the status text (so that the answer is stable).
 */
export function latestStatus(said: readonly StatusSaid[]): string | null {
  let best: { key: string; status: string } | undefined;
  for (const s of said) {
    if (s.status === null || s.status === undefined || s.status === '') continue;
    const key = `${String(s.statusDate ?? s.firstSeen ?? '')}|${String(s.lastSeen ?? '')}|${String(s.status)}`;
    if (!best || key > best.key) best = { key, status: String(s.status) };
  }
  return best?.status ?? null;
}
