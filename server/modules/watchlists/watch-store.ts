// Watches, their changes and what they remember, as stored in Neo4j (cypher/watchlists/*).
import { randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher.js';
import type { Executor, Row } from '../../db/executor.js';
import { parseState } from './watch-diff.js';
import type {
  ChangeDraft,
  ChangeKind,
  WatchChangeModel,
  WatchKind,
  WatchModel,
  WatchState,
} from './watchlists-types.js';

/** Changes kept per watch; older ones are dropped. */
export const CHANGES_KEPT = 1_000;

/** A watch as an evaluation run reads it. */
export interface StoredWatch {
  id: string;
  owner: string;
  kind: WatchKind;
  target: string;
  label: string;
  state: WatchState;
  rev: number;
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

function toWatch(row: Row): WatchModel {
  const w = row.watch as Row;
  return {
    id: String(w.id),
    kind: String(w.kind) as WatchKind,
    target: String(w.target),
    label: String(w.label),
    createdAt: String(w.createdAt),
    lastCheckedAt: text(w.lastCheckedAt),
    unseen: Number(row.unseen ?? 0),
  };
}

export function toChange(c: Row): WatchChangeModel {
  return {
    id: String(c.id),
    watchId: String(c.watchId),
    at: String(c.at),
    kind: String(c.kind) as ChangeKind,
    count: Number(c.count ?? 0),
    entityIds: Array.isArray(c.entityIds) ? c.entityIds.map(String) : [],
    summary: String(c.summary ?? ''),
    seen: c.seen === true,
  };
}

/** The key that makes following the same target twice return the same watch. */
export const watchKey = (owner: string, kind: WatchKind, target: string) =>
  `${owner}|${kind}|${target}`;

export async function createWatch(
  executor: Executor,
  w: { owner: string; kind: WatchKind; target: string; label: string; state: WatchState },
): Promise<WatchModel> {
  const rows = await executor.write({
    cypher: cypher('watchlists/create-watch'),
    params: {
      key: watchKey(w.owner, w.kind, w.target),
      id: `w-${randomUUID()}`,
      owner: w.owner,
      kind: w.kind,
      target: w.target,
      label: w.label,
      state: JSON.stringify(w.state),
      now: new Date().toISOString(),
    },
  });
  return toWatch(rows[0]!);
}

export async function listWatches(executor: Executor, owner: string): Promise<WatchModel[]> {
  const rows = await executor.read({
    cypher: cypher('watchlists/list-watches'),
    params: { owner },
  });
  return rows.map(toWatch);
}

export async function deleteWatch(executor: Executor, owner: string, id: string): Promise<boolean> {
  const rows = await executor.write({
    cypher: cypher('watchlists/delete-watch'),
    params: { owner, id },
  });
  return rows.length > 0;
}

export async function allWatches(executor: Executor): Promise<StoredWatch[]> {
  const rows = await executor.read({ cypher: cypher('watchlists/all-watches') });
  return rows.map((r) => {
    const w = r.watch as Row;
    return {
      id: String(w.id),
      owner: String(w.owner),
      kind: String(w.kind) as WatchKind,
      target: String(w.target),
      label: String(w.label),
      state: parseState(w.state),
      rev: Number(w.rev ?? 0),
    };
  });
}

/**
 * Stores an evaluation and its changes unless another evaluation got there first; returns the stored
 * changes (empty when it lost the race or found nothing).
 */
export async function saveEvaluation(
  executor: Executor,
  watch: StoredWatch,
  result: { state: WatchState; label: string; changes: ChangeDraft[] },
): Promise<{ saved: boolean; changes: WatchChangeModel[] }> {
  const now = new Date().toISOString();
  const changes = result.changes.map((c) => ({ ...c, id: `wc-${randomUUID()}` }));
  const rows = await executor.write({
    cypher: cypher('watchlists/save-evaluation'),
    params: {
      id: watch.id,
      rev: watch.rev,
      state: JSON.stringify(result.state),
      label: result.label,
      now,
      changes,
    },
  });
  if (!rows.length) return { saved: false, changes: [] };
  if (changes.length)
    await executor.write({
      cypher: cypher('watchlists/prune-changes'),
      params: { watchId: watch.id, keep: CHANGES_KEPT },
    });
  return {
    saved: true,
    changes: changes.map((c) => ({ ...c, watchId: watch.id, at: now, seen: false })),
  };
}

export async function listChanges(
  executor: Executor,
  owner: string,
  opts: { watchId: string | null; first: number; unseenOnly: boolean },
): Promise<WatchChangeModel[]> {
  const rows = await executor.read({
    cypher: cypher('watchlists/list-changes'),
    params: { owner, ...opts },
  });
  return rows.map((r) => toChange(r.change as Row));
}

export async function markSeen(
  executor: Executor,
  owner: string,
  watchId: string | null,
): Promise<number> {
  const rows = await executor.write({
    cypher: cypher('watchlists/mark-seen'),
    params: { owner, watchId },
  });
  return Number(rows[0]?.marked ?? 0);
}
