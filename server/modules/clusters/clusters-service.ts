// Clusters as first-class objects (docs/clusters.md): per view (the caller's keys present in the graph),
// stable ids, history, names, figures, and the evidence between two members. Every read first brings the
// caller's view up to date (refreshClusters), under a per-view mutex so concurrent readers wait for one run.
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { INFRA_REL_TYPES, type NodeLabel } from '../../model.js';
import { visibilityParams } from '../access/visibility.js';
import { requireAnalyst } from '../access/rights.js';
import { auditNote } from '../audit/audit-recorder.js';
import { findEntity, labelFor } from '../entities/entities-service.js';
import { subgraphOf } from '../entities/traversal-service.js';
import { entityOf } from '../entities/entity-view.js';
import type { EntityModel, SubgraphModel } from '../entities/entities-types.js';
import { generatedName, isClusterId } from './cluster-names.js';
import { type StoredCluster, type ViewState } from './clusters-store.js';
import type {
  ClusterConnectionModel,
  ClusterEvent,
  ClusterListArgs,
  ClusterModel,
} from './clusters-types.js';

import { refreshed } from './cluster-views.js';

export {
  forgetClusterViews,
  recomputeClusters,
  refreshClusters,
  viewKeyOf,
} from './cluster-views.js';
export { explainLink } from './explain-link.js';

/** Members read to pick the best connected (a cluster's `members` field). */
const MEMBERS_READ = 2000;

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
