// A view's clusters in memory and in Neo4j: loading, streaming the view's graph, and saving what changed.
// Views and their state live in the labels ClusterView, ClusterState, ClusterEventLog and ClusterName only.
import pLimit from 'p-limit';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Executor, Row } from '../../db/executor.js';
import { mapNeo4jError, toParams } from '../../db/executor.js';
import { cypher, cypherWith, type Query } from '../../db/cypher.js';
import { labelOfId, NODE_LABELS, type NodeLabel } from '../../model.js';
import type { RequestContext } from '../../context.js';
import { visibilityParams } from '../access/visibility.js';
import type { ClusterEvent } from './clusters-types.js';

/** A cluster as stored for one view. */
export interface StoredCluster {
  id: string;
  members: string[];
  /** The component it is part of (its smallest member id): communities of one component share it. */
  component: string;
  createdAt: string;
  updatedAt: string;
  kinds: Partial<Record<NodeLabel, number>>;
  countries: string[];
  recentGrowth: number;
  victimReports: number;
  reportedLossUsd: number;
  mergedFrom: string[];
  gone: boolean;
  mergedInto: string | null;
}

/** One view's clusters as this process holds them. */
export interface ViewState {
  key: string;
  keys: string[];
  /** The latest addedAt read ('' before the first computation). */
  revision: string;
  version: number;
  /** What the last incremental run saw (window start, count, latest addedAt): unchanged means nothing new. */
  mark?: string;
  /** When the last full run (or the load of the stored state) started. */
  fullAt?: string;
  /** The latest firstSeen among members (recent growth counts 30 days back from it). */
  latest: string;
  clusters: Map<string, StoredCluster>;
  memberOf: Map<string, string>;
  /** Every id the view ever used (live, merged, dissolved). */
  taken: Set<string>;
  gone: Map<string, StoredCluster>;
}

/** The view of a caller: its keys that data in the graph carries, sorted, and their hash. */
export async function viewOf(
  executor: Executor,
  ctx: RequestContext,
): Promise<{ key: string; keys: string[] }> {
  const rows = await executor.read({
    cypher: cypher('clusters/graph-keys'),
    params: visibilityParams(ctx),
  });
  const keys = ((rows[0]?.keys as string[] | undefined) ?? []).slice().sort();
  const key = `v-${bytesToHex(sha256(new TextEncoder().encode(keys.join('\n')))).slice(0, 16)}`;
  return { key, keys };
}

export function emptyView(key: string, keys: string[]): ViewState {
  return {
    key,
    keys,
    revision: '',
    version: 0,
    latest: '',
    clusters: new Map(),
    memberOf: new Map(),
    taken: new Set(),
    gone: new Map(),
  };
}

export async function storedVersion(executor: Executor, view: string): Promise<number | null> {
  const rows = await executor.read({ cypher: cypher('clusters/view-state'), params: { view } });
  return rows[0] ? Number(rows[0].version ?? 0) : null;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Loads a view's stored state (an empty one when none is stored). */
export async function loadView(
  executor: Executor,
  key: string,
  keys: string[],
): Promise<ViewState> {
  const state = emptyView(key, keys);
  const head = await executor.read({
    cypher: cypher('clusters/view-state'),
    params: { view: key },
  });
  if (!head[0]) return state;
  state.revision = str(head[0].revision);
  state.fullAt = state.revision;
  state.version = Number(head[0].version ?? 0);
  state.latest = str(head[0].latest);
  const rows = await executor.read(
    { cypher: cypher('clusters/load-clusters'), params: { view: key } },
    300_000,
  );
  for (const row of rows) {
    const c = row.c as Record<string, unknown>;
    const stored: StoredCluster = {
      id: str(c.id),
      members: (c.members as string[]) ?? [],
      component: str(c.component),
      createdAt: str(c.createdAt),
      updatedAt: str(c.updatedAt),
      kinds: JSON.parse(str(c.kinds) || '{}') as StoredCluster['kinds'],
      countries: (c.countries as string[]) ?? [],
      recentGrowth: Number(c.recentGrowth ?? 0),
      victimReports: Number(c.victimReports ?? 0),
      reportedLossUsd: Number(c.reportedLossUsd ?? 0),
      mergedFrom: (c.mergedFrom as string[]) ?? [],
      gone: c.gone === true,
      mergedInto: (c.mergedInto as string) ?? null,
    };
    state.taken.add(stored.id);
    if (stored.gone) state.gone.set(stored.id, stored);
    else {
      state.clusters.set(stored.id, stored);
      for (const m of stored.members) state.memberOf.set(m, stored.id);
    }
  }
  return state;
}

/**
 * The stored view a new view starts from: the one with the most keys among those whose keys are all the new
 * view's (it saw a subset of what the new one sees). Its clusters become the new view's earlier clusters,
 * so ids stay stable when a caller's view changes (a new TLP key appears in the graph); its history is
 * copied. Undefined when no stored view qualifies.
 */
export async function inheritView(
  executor: Executor,
  state: ViewState,
): Promise<string | undefined> {
  const rows = await executor.read({ cypher: cypher('clusters/stored-views') });
  const mine = new Set(state.keys);
  let parent: { key: string; size: number } | undefined;
  for (const row of rows) {
    const keys = (row.keys as string[]) ?? [];
    const key = row.key as string;
    if (key === state.key || !keys.every((k) => mine.has(k))) continue;
    if (!parent || keys.length > parent.size || (keys.length === parent.size && key < parent.key))
      parent = { key, size: keys.length };
  }
  if (!parent) return undefined;
  const from = await loadView(executor, parent.key, []);
  for (const [id, c] of from.clusters) state.clusters.set(id, { ...c, members: [...c.members] });
  for (const [m, id] of from.memberOf) state.memberOf.set(m, id);
  for (const id of from.taken) state.taken.add(id);
  for (const [id, c] of from.gone) state.gone.set(id, c);
  await executor.write(
    { cypher: cypher('clusters/inherit-events'), params: { parent: parent.key, view: state.key } },
    300_000,
  );
  return parent.key;
}

const SAVE_BATCH_MEMBERS = 50_000;

/** Saves changed clusters and new events, then the view's revision and version (one transaction). */
export async function saveView(
  executor: Executor,
  state: ViewState,
  changed: readonly StoredCluster[],
  events: readonly ClusterEvent[],
): Promise<void> {
  const now = new Date().toISOString();
  const batches: StoredCluster[][] = [];
  let batch: StoredCluster[] = [];
  let size = 0;
  for (const c of changed) {
    batch.push(c);
    size += c.members.length + 1;
    if (size >= SAVE_BATCH_MEMBERS) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length) batches.push(batch);
  await executor.writeTx(async (tx) => {
    for (const b of batches)
      await tx.run(
        cypher('clusters/save-clusters'),
        toParams({
          view: state.key,
          rows: b.map((c) => ({
            id: c.id,
            members: c.members,
            size: c.members.length,
            component: c.component,
            createdAt: c.createdAt,
            updatedAt: c.updatedAt,
            kinds: JSON.stringify(c.kinds),
            countries: c.countries,
            recentGrowth: c.recentGrowth,
            victimReports: c.victimReports,
            reportedLossUsd: c.reportedLossUsd,
            mergedFrom: c.mergedFrom,
            gone: c.gone,
            mergedInto: c.mergedInto,
          })),
        }),
      );
    const seq0 = Date.now() * 1000;
    for (let i = 0; i < events.length; i += 20_000)
      await tx.run(
        cypher('clusters/append-events'),
        toParams({
          view: state.key,
          rows: events.slice(i, i + 20_000).map((e, j) => ({ ...e, seq: seq0 + i + j })),
        }),
      );
    state.version += 1;
    await tx.run(
      cypher('clusters/save-view'),
      toParams({
        view: state.key,
        revision: state.revision,
        keys: state.keys,
        latest: state.latest,
        version: state.version,
        now,
      }),
    );
  }, 600_000);
}

/**
 * Streams the rows of one read statement to `onRow` as they arrive (the driver pulls in batches), without
 * holding the result in memory: the clustering reads of a whole view go through here.
 */
export async function streamRows(
  executor: Executor,
  query: Query,
  onRow: (get: (key: string) => unknown) => void,
  timeoutMs = 600_000,
): Promise<void> {
  const session = executor.driver.session({
    database: executor.database,
    defaultAccessMode: 'READ',
    fetchSize: 10_000,
  });
  try {
    await session.executeRead(
      (tx) =>
        new Promise<void>((resolve, reject) => {
          tx.run(query.cypher, toParams(query.params)).subscribe({
            onNext: (record) => onRow((k) => record.get(k)),
            onCompleted: () => resolve(),
            onError: reject,
          });
        }),
      { timeout: timeoutMs },
    );
  } catch (error) {
    throw mapNeo4jError(error);
  } finally {
    await session.close();
  }
}

/** Ids grouped by the label their prefix names (entity labels only). */
export function byLabel(ids: Iterable<string>): Map<NodeLabel, string[]> {
  const out = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (!label || !(NODE_LABELS as readonly string[]).includes(label)) continue;
    const list = out.get(label);
    if (list) list.push(id);
    else out.set(label, [id]);
  }
  return out;
}

/** Ids per statement of readByLabel, and how many statements run at once (Neo4j runs each on one thread). */
const CHUNK = 2_500;
const AT_ONCE = 2;

/** Runs a per-label statement over ids in chunks, two at a time, and concatenates the rows in order. */
export async function readByLabel(
  executor: Executor,
  name: string,
  ids: Iterable<string>,
  params: Record<string, unknown>,
  slots: Record<string, string> = {},
): Promise<Row[]> {
  const limit = pLimit(AT_ONCE);
  const reads: Promise<Row[]>[] = [];
  for (const [label, list] of byLabel(ids))
    for (let i = 0; i < list.length; i += CHUNK) {
      const statement = {
        cypher: cypherWith(name, { label, ...slots }),
        params: { ...params, ids: list.slice(i, i + CHUNK) },
      };
      reads.push(limit(() => executor.read(statement, 300_000)));
    }
  return (await Promise.all(reads)).flat();
}
