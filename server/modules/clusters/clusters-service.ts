// Clusters as first-class objects (docs/clusters.md): per view (the caller's keys present in the graph),
// stable ids, history, names, figures, and the evidence between two members. Every read first brings the
// caller's view up to date (refreshClusters), under a per-view mutex so concurrent readers wait for one run.
import { cypher, cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import {
  INFRA_REL_TYPES,
  TLP_LEVELS,
  type NodeLabel,
  type RelType,
  type Tlp,
} from '../../model.js';
import { visibilityParams, shownTlp } from '../access/visibility.js';
import { requireAnalyst } from '../access/rights.js';
import { auditNote } from '../audit/audit-recorder.js';
import { findEntity, getEntity, labelFor, sourcesByIds } from '../entities/entities-service.js';
import { subgraphOf } from '../entities/traversal-service.js';
import { entityOf } from '../entities/entity-view.js';
import type { EntityModel, SubgraphModel } from '../entities/entities-types.js';
import { generatedName, isClusterId } from './cluster-names.js';
import { computeFull, computeIncremental, type Progress } from './clusters-compute.js';
import {
  inheritView,
  loadView,
  saveView,
  storedVersion,
  viewOf,
  type StoredCluster,
  type ViewState,
} from './clusters-store.js';
import type {
  ClusterConnectionModel,
  ClusterEvent,
  ClusterListArgs,
  ClusterModel,
  ClusterRecomputeModel,
  LinkExplanationModel,
  LinkStepModel,
} from './clusters-types.js';

/** Views held by this process, per executor (tests open several). */
const views = new WeakMap<Executor, Map<string, ViewState>>();
const locks = new Map<string, Promise<unknown>>();

function held(executor: Executor): Map<string, ViewState> {
  let map = views.get(executor);
  if (!map) views.set(executor, (map = new Map()));
  return map;
}

/** Runs `work` alone for one view: a second caller waits for the first. */
async function exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = locks.get(key) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(work);
  const tail = run.catch(() => undefined);
  locks.set(key, tail);
  try {
    return await run;
  } finally {
    if (locks.get(key) === tail) locks.delete(key);
  }
}

/** The hash naming the caller's view: every account of one organisation and clearance shares it. */
export async function viewKeyOf(executor: Executor, ctx: RequestContext): Promise<string> {
  return (await viewOf(executor, ctx)).key;
}

interface RefreshOptions {
  full?: boolean;
  progress?: Progress;
}

/** Brings the caller's view up to date and returns it with the events this run recorded. */
async function refreshed(
  executor: Executor,
  ctx: RequestContext,
  options: RefreshOptions = {},
): Promise<{ state: ViewState; events: ClusterEvent[]; mode: 'full' | 'incremental' | 'none' }> {
  const { key, keys } = await viewOf(executor, ctx);
  return exclusive(key, async () => {
    const map = held(executor);
    let state = map.get(key);
    const version = await storedVersion(executor, key);
    if (!state || version !== state.version) {
      state = await loadView(executor, key, keys);
      map.set(key, state);
    }
    // A view seen for the first time starts from the stored view it extends: its clusters keep their ids.
    const inherited =
      version === null && state.clusters.size === 0 && state.gone.size === 0
        ? await inheritView(executor, state)
        : undefined;
    let outcome: Awaited<ReturnType<typeof computeFull>> | 'full' | undefined;
    if (!options.full && state.revision) outcome = await computeIncremental(executor, state);
    if (outcome === undefined || outcome === 'full') {
      if (outcome === 'full') {
        // The incremental run may have advanced state; start again from what is stored.
        state = await loadView(executor, key, keys);
        map.set(key, state);
      }
      outcome = await computeFull(executor, state, options.progress);
    }
    const revisionMoved = outcome.changed.length > 0 || outcome.events.length > 0;
    if (revisionMoved || outcome.mode === 'full' || version === null) {
      // An inherited view stores every cluster it took over, changed or not.
      const changed = inherited
        ? [...state.clusters.values(), ...state.gone.values()]
        : outcome.changed;
      await saveView(executor, state, changed, outcome.events);
    } else if (state.revision) {
      // Nothing changed: keep the revision in memory; it is stored with the next change.
    }
    return {
      state,
      events: outcome.events,
      mode: revisionMoved || outcome.mode === 'full' ? outcome.mode : 'none',
    };
  });
}

/** Brings the caller's view up to date; returns the events this refresh recorded. */
export async function refreshClusters(
  executor: Executor,
  ctx: RequestContext,
): Promise<ClusterEvent[]> {
  return (await refreshed(executor, ctx)).events;
}

/** Recomputes the caller's view now (incrementally, or from scratch with `full`). */
export async function recomputeClusters(
  executor: Executor,
  ctx: RequestContext,
  options: { full?: boolean | null; progress?: Progress } = {},
): Promise<ClusterRecomputeModel> {
  const started = Date.now();
  const { state, events, mode } = await refreshed(executor, ctx, {
    full: options.full ?? false,
    progress: options.progress,
  });
  return {
    mode: mode === 'full' ? 'full' : 'incremental',
    clusters: state.clusters.size,
    events: events.length,
    ms: Date.now() - started,
  };
}

async function namesOf(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.read({ cypher: cypher('clusters/names'), params: { ids } });
  return new Map(
    rows.filter((r) => typeof r.name === 'string').map((r) => [r.id as string, r.name as string]),
  );
}

function modelOf(c: StoredCluster, names: Map<string, string>): ClusterModel {
  const generated = generatedName(c.id);
  const own = names.get(c.id);
  return {
    id: c.id,
    name: own ?? generated,
    generatedName: generated,
    renamed: own !== undefined,
    size: c.members.length,
    kinds: (Object.entries(c.kinds) as [NodeLabel, number][])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([label, count]) => ({ label, count })),
    countries: c.countries,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    recentGrowth: c.recentGrowth,
    victimReports: c.victimReports,
    reportedLossUsd: c.reportedLossUsd,
    mergedFrom: c.mergedFrom,
  };
}

function noSuchCluster(id: string): NotFoundError {
  return new NotFoundError(`No cluster with id "${id.slice(0, 200)}".`, { field: 'id' });
}

/** The live cluster an id names in a view, following merges; undefined when the view has none. */
function resolve(state: ViewState, id: string): StoredCluster | undefined {
  let current = id;
  for (let hops = 0; hops < 1000; hops += 1) {
    const live = state.clusters.get(current);
    if (live) return live;
    const gone = state.gone.get(current);
    if (!gone?.mergedInto) return undefined;
    current = gone.mergedInto;
  }
  return undefined;
}

const encodeCursor = (n: number) => Buffer.from(`c:${n}`).toString('base64url');
function decodeCursor(after: string): number {
  const text = Buffer.from(after, 'base64url').toString();
  const n = Number(text.slice(2));
  if (!text.startsWith('c:') || !Number.isSafeInteger(n) || n < 0)
    throw new BadInputError('after is not a cursor of this list.', {
      field: 'after',
      reason: 'BAD_CURSOR',
    });
  return n;
}

export async function listClusters(
  executor: Executor,
  ctx: RequestContext,
  args: ClusterListArgs = {},
): Promise<ClusterConnectionModel> {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > 100)
    throw new BadInputError('first must be between 1 and 100.', {
      field: 'first',
      reason: 'OUT_OF_RANGE',
    });
  const offset = args.after ? decodeCursor(args.after) : 0;
  const { state } = await refreshed(executor, ctx);
  const f = args.filter ?? {};
  let list = [...state.clusters.values()];
  if (f.minSize != null) list = list.filter((c) => c.members.length >= f.minSize!);
  if (f.country) {
    const cc = f.country.toUpperCase();
    list = list.filter((c) => c.countries.includes(cc));
  }
  if (f.kind) list = list.filter((c) => (c.kinds[f.kind!] ?? 0) > 0);
  if (f.updatedSince) list = list.filter((c) => c.updatedAt >= f.updatedSince!);
  let names = new Map<string, string>();
  const needNames = Boolean(f.nameContains) || args.orderBy === 'NAME_ASC';
  if (needNames)
    names = await namesOf(
      executor,
      list.map((c) => c.id),
    );
  const nameOf = (c: StoredCluster) => names.get(c.id) ?? generatedName(c.id);
  if (f.nameContains) {
    const needle = f.nameContains.toLowerCase();
    list = list.filter((c) => nameOf(c).toLowerCase().includes(needle));
  }
  const byId = (a: StoredCluster, b: StoredCluster) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const size = (a: StoredCluster, b: StoredCluster) => b.members.length - a.members.length;
  const order: Record<string, (a: StoredCluster, b: StoredCluster) => number> = {
    SIZE_DESC: (a, b) => size(a, b) || byId(a, b),
    LOSSES_DESC: (a, b) => b.reportedLossUsd - a.reportedLossUsd || size(a, b) || byId(a, b),
    GROWTH_DESC: (a, b) => b.recentGrowth - a.recentGrowth || size(a, b) || byId(a, b),
    UPDATED_DESC: (a, b) =>
      (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0) || byId(a, b),
    NAME_ASC: (a, b) => nameOf(a).localeCompare(nameOf(b)) || byId(a, b),
  };
  list.sort(order[args.orderBy ?? 'SIZE_DESC'] ?? order.SIZE_DESC!);
  const page = list.slice(offset, offset + first);
  if (!needNames)
    names = await namesOf(
      executor,
      page.map((c) => c.id),
    );
  return {
    nodes: page.map((c) => modelOf(c, names)),
    totalCount: list.length,
    endCursor: page.length ? encodeCursor(offset + page.length) : null,
    hasNextPage: offset + page.length < list.length,
  };
}

async function liveCluster(executor: Executor, ctx: RequestContext, id: string) {
  if (typeof id !== 'string' || !isClusterId(id)) throw noSuchCluster(String(id));
  const { state } = await refreshed(executor, ctx);
  const c = resolve(state, id);
  if (!c) throw noSuchCluster(id);
  return { state, cluster: c };
}

/** One cluster of the caller's view; a merged id answers the cluster it merged into. */
export async function clusterById(
  executor: Executor,
  ctx: RequestContext,
  id: string,
): Promise<ClusterModel> {
  const { cluster } = await liveCluster(executor, ctx, id);
  return modelOf(cluster, await namesOf(executor, [cluster.id]));
}

/** The cluster of a visible entity, null when it is in none; NOT_FOUND for a hidden or unknown entity. */
export async function clusterOf(
  executor: Executor,
  ctx: RequestContext,
  entityId: string,
): Promise<ClusterModel | null> {
  const entity = await findEntity(executor, ctx, entityId);
  if (!entity)
    throw new NotFoundError(`No entity with id "${entityId.slice(0, 200)}".`, {
      field: 'entityId',
    });
  const { state } = await refreshed(executor, ctx);
  const id = state.memberOf.get(entity.id);
  const c = id ? state.clusters.get(id) : undefined;
  return c ? modelOf(c, await namesOf(executor, [c.id])) : null;
}

export async function clusterMemberIds(
  executor: Executor,
  ctx: RequestContext,
  clusterId: string,
): Promise<string[]> {
  return [...(await liveCluster(executor, ctx, clusterId)).cluster.members];
}

/** Members as entities, largest degree first (at most `first`, 1–1000), optionally of one label. */
export async function clusterMembers(
  executor: Executor,
  ctx: RequestContext,
  clusterId: string,
  label: NodeLabel | null,
  first: number,
): Promise<EntityModel[]> {
  if (!Number.isInteger(first) || first < 1 || first > 1000)
    throw new BadInputError('first must be between 1 and 1000.', {
      field: 'first',
      reason: 'OUT_OF_RANGE',
    });
  const members = (await clusterMemberIds(executor, ctx, clusterId)).filter(
    (m) => !label || labelFor(m) === label,
  );
  const eids = (
    await executor.read({
      cypher: cypher('clusters/element-ids'),
      params: { ids: members.slice(0, MEMBERS_READ), ...visibilityParams(ctx) },
    })
  ).map((r) => r.eid as string);
  const rows = await executor.read({
    cypher: cypher('entities/get-by-element-ids'),
    params: { eids, ...visibilityParams(ctx) },
  });
  return rows
    .map((r) => entityOf(r, ctx))
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
    .slice(0, first);
}

/** The members (at most `limit`, 1–5000) and the visible infrastructure links among them. */
export async function clusterSubgraph(
  executor: Executor,
  ctx: RequestContext,
  clusterId: string,
  limit: number,
): Promise<SubgraphModel> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 5000)
    throw new BadInputError('limit must be between 1 and 5000.', {
      field: 'limit',
      reason: 'OUT_OF_RANGE',
    });
  const members = await clusterMemberIds(executor, ctx, clusterId);
  const rows = await executor.read({
    cypher: cypher('clusters/element-ids'),
    params: { ids: members.slice(0, limit), ...visibilityParams(ctx) },
  });
  const eids = rows.map((r) => r.eid as string);
  return subgraphOf(executor, ctx, eids, INFRA_REL_TYPES, members.length > limit);
}

/** A cluster's events, newest first (and those of the clusters it absorbed). */
export async function clusterHistory(
  executor: Executor,
  ctx: RequestContext,
  clusterId: string,
): Promise<ClusterEvent[]> {
  const { state, cluster } = await liveCluster(executor, ctx, clusterId);
  const ids = [cluster.id, ...cluster.mergedFrom];
  const rows = await executor.read({
    cypher: cypher('clusters/history'),
    params: { view: state.key, ids },
  });
  return rows.map((r) => {
    const e = r.e as Record<string, unknown>;
    return {
      at: String(e.at),
      kind: e.kind as ClusterEvent['kind'],
      clusterId: String(e.clusterId),
      others: (e.others as string[]) ?? [],
      sizeBefore: e.sizeBefore == null ? null : Number(e.sizeBefore),
      sizeAfter: e.sizeAfter == null ? null : Number(e.sizeAfter),
      added: Number(e.added ?? 0),
      removed: Number(e.removed ?? 0),
      summary: String(e.summary ?? ''),
    };
  });
}

/** Renames a cluster (analysts; null restores the generated name); audited, and a RENAMED event. */
export async function renameCluster(
  executor: Executor,
  ctx: RequestContext,
  id: string,
  name: string | null,
): Promise<ClusterModel> {
  requireAnalyst(ctx, 'rename clusters');
  const trimmed = name == null ? null : name.trim().replace(/\s+/g, ' ');
  if (trimmed !== null && (trimmed.length < 1 || trimmed.length > 80 || /[\p{Cc}]/u.test(trimmed)))
    throw new BadInputError('A cluster name has 1–80 printable characters.', {
      field: 'name',
      reason: 'BAD_NAME',
    });
  const { state, cluster } = await liveCluster(executor, ctx, id);
  const before =
    (await namesOf(executor, [cluster.id])).get(cluster.id) ?? generatedName(cluster.id);
  const now = new Date().toISOString();
  await executor.write({
    cypher: cypher('clusters/rename'),
    params: { id: cluster.id, name: trimmed, by: ctx.caller, now },
  });
  const after = trimmed ?? generatedName(cluster.id);
  await executor.write({
    cypher: cypher('clusters/append-events'),
    params: {
      view: state.key,
      rows: [
        {
          at: now,
          seq: Date.now() * 1000 + 999,
          kind: 'RENAMED',
          clusterId: cluster.id,
          others: [],
          sizeBefore: cluster.members.length,
          sizeAfter: cluster.members.length,
          added: 0,
          removed: 0,
          summary: `Renamed from "${before}" to "${after}" by ${ctx.caller}.`,
        },
      ],
    },
  });
  auditNote(executor, { operation: 'cluster:rename', ids: [cluster.id], count: 1, detail: after });
  return modelOf(cluster, await namesOf(executor, [cluster.id]));
}

const PATH_DEPTH = 8;
/** Members read to pick the best connected (a cluster's `members` field). */
const MEMBERS_READ = 2000;
const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);

/** The evidence path between two entities over visible infrastructure links, each step with its sources. */
export async function explainLink(
  executor: Executor,
  ctx: RequestContext,
  a: string,
  b: string,
): Promise<LinkExplanationModel> {
  const fromLabel = labelFor(a, 'a');
  const toLabel = labelFor(b, 'b');
  const ends = await Promise.allSettled([getEntity(executor, ctx, a), getEntity(executor, ctx, b)]);
  for (const end of ends) if (end.status === 'rejected') throw end.reason;
  const { state } = await refreshed(executor, ctx);
  const ca = state.memberOf.get(a);
  const same = ca !== undefined && ca === state.memberOf.get(b);
  if (a === b)
    return {
      found: true,
      sameCluster: same,
      clusterId: same ? ca! : null,
      steps: [],
      message: 'The same entity.',
    };
  const rows = await executor.read(
    {
      cypher: cypherWith('clusters/path', {
        fromLabel,
        toLabel,
        types: INFRA_REL_TYPES.join('|'),
        maxDepth: PATH_DEPTH,
      }),
      params: { from: a, to: b, ...visibilityParams(ctx) },
    },
    20_000,
  );
  if (rows.length === 0)
    return {
      found: false,
      sameCluster: same,
      clusterId: same ? ca! : null,
      steps: [],
      message: `No path of at most ${PATH_DEPTH} infrastructure links you may see joins them.`,
    };
  const ids = [...new Set(rows.flatMap((r) => [r.from as string, r.to as string]))];
  const entities = new Map(
    (await Promise.all(ids.map((id) => getEntity(executor, ctx, id)))).map((e) => [e.id, e]),
  );
  type Rel = {
    type: RelType;
    tlp: Tlp;
    confidence: number;
    firstSeen: string | null;
    lastSeen: string | null;
    source: string | null;
  };
  const allSources = [
    ...new Set(
      rows.flatMap((r) => (r.rels as Rel[]).map((x) => x.source).filter((s): s is string => !!s)),
    ),
  ];
  const sources = new Map((await sourcesByIds(executor, ctx, allSources)).map((s) => [s.id, s]));
  const steps: LinkStepModel[] = rows.map((r) => {
    const rels = r.rels as Rel[];
    const firstSeen =
      rels
        .map((x) => x.firstSeen)
        .filter((x): x is string => !!x)
        .sort()[0] ?? null;
    const lastSeen =
      rels
        .map((x) => x.lastSeen)
        .filter((x): x is string => !!x)
        .sort()
        .at(-1) ?? null;
    return {
      from: entities.get(r.from as string)!,
      to: entities.get(r.to as string)!,
      type: rels[0]!.type,
      tlp: shownTlp(rels.map((x) => x.tlp)) ?? 'CLEAR',
      confidence: Math.max(0, ...rels.map((x) => Number(x.confidence ?? 0))),
      firstSeen,
      lastSeen,
      sources: [...new Set(rels.map((x) => x.source).filter((s): s is string => !!s))]
        .map((s) => sources.get(s))
        .filter((s) => s !== undefined),
    };
  });
  const highest = steps.reduce<Tlp>((t, s) => (rank(s.tlp) > rank(t) ? s.tlp : t), 'CLEAR');
  return {
    found: true,
    sameCluster: same,
    clusterId: same ? ca! : null,
    steps,
    message: `${steps.length} link${steps.length === 1 ? '' : 's'} join them${same ? ` in cluster ${ca}` : ''}; highest TLP on the path: ${highest}.`,
  };
}

/** For estimates, briefings and watchlists: the caller's view, up to date, as lookups in memory. */
export async function clusterIndexFor(
  executor: Executor,
  ctx: RequestContext,
): Promise<{
  clusterOf(entityId: string): { id: string; name: string } | undefined;
  memberIds(clusterId: string): readonly string[] | undefined;
  clusters(): ClusterModel[];
}> {
  const { state } = await refreshed(executor, ctx);
  const names = await namesOf(executor, [...state.clusters.keys()]);
  const nameOf = (id: string) => names.get(id) ?? generatedName(id);
  return {
    clusterOf(entityId) {
      const id = state.memberOf.get(entityId);
      return id ? { id, name: nameOf(id) } : undefined;
    },
    memberIds(clusterId) {
      return resolve(state, clusterId)?.members;
    },
    clusters() {
      return [...state.clusters.values()].map((c) => modelOf(c, names));
    },
  };
}

/** Forgets what this process holds (tests: after wiping the graph). */
export function forgetClusterViews(executor: Executor): void {
  views.delete(executor);
}
