// Neighbourhoods, clusters and shortest paths: breadth-first expansion in bounded steps, nearest first. Every
// step, node and link read takes the caller's visibility keys ($vis, SPEC §6): a walk never steps onto or
// through a node or link the caller may not see, and a hidden start answers as an id that never existed.
import { cypher, cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { BadInputError } from '../../errors.js';
import { INFRA_REL_TYPES, REL_TYPES, type NodeLabel, type RelType } from '../../model.js';
import type { RequestContext } from '../../context.js';
import { visibilityParams } from '../access/visibility.js';
import { LIMITS, requireInt } from '../common/limits.js';
import { toEdge } from './entities-map.js';
import { labelFor } from './entities-service.js';
import { entityOf, noSuchEntity } from './entity-view.js';
import type { SubgraphModel } from './entities-types.js';

/** Paths follow infrastructure and victim reports, but not shared sources. */
const PATH_RELS: RelType[] = REL_TYPES.filter((t) => t !== 'REPORTED_IN');

/** At most this many edges are read for one subgraph. */
const EDGE_LIMIT = 50_000;

interface ExpandPlan {
  depth: number;
  limit: number;
  types: readonly RelType[];
  /** Hubs shown when reached but never expanded through. */
  noExpand: ReadonlySet<NodeLabel | string>;
}

export async function neighborhood(
  executor: Executor,
  ctx: RequestContext,
  id: string,
  depth: number,
  limit: number,
): Promise<SubgraphModel> {
  requireInt('depth', depth, LIMITS.neighborhoodDepth);
  requireInt('limit', limit, LIMITS.neighborhoodLimit);
  return expand(executor, ctx, id, {
    depth,
    limit,
    types: REL_TYPES,
    noExpand: new Set(['Source']),
  });
}

/** The connected infrastructure around an entity, as far as the caller can see it. */
export async function cluster(
  executor: Executor,
  ctx: RequestContext,
  id: string,
  limit: number,
): Promise<SubgraphModel> {
  requireInt('limit', limit, LIMITS.clusterLimit);
  return expand(executor, ctx, id, {
    depth: LIMITS.clusterDepth,
    limit,
    types: INFRA_REL_TYPES,
    noExpand: new Set(['Organization', 'Source', 'VictimReport']),
  });
}

/** The element id of an entity the caller may see; NOT_FOUND (as for an unknown id) otherwise. */
async function startOf(
  executor: Executor,
  ctx: RequestContext,
  id: string,
  field = 'id',
): Promise<string> {
  const label = labelFor(id, field);
  const rows = await executor.read({
    cypher: cypherWith('entities/start-of', { label }),
    params: { id, ...visibilityParams(ctx) },
  });
  const eid = rows[0]?.eid as string | undefined;
  if (!eid) throw noSuchEntity(id, field);
  return eid;
}

async function expand(
  executor: Executor,
  ctx: RequestContext,
  id: string,
  plan: ExpandPlan,
): Promise<SubgraphModel> {
  const startEid = await startOf(executor, ctx, id);
  const { vis } = visibilityParams(ctx);
  const order = [startEid];
  const seen = new Set(order);
  let frontier = [startEid];
  let truncated = false;
  for (let level = 0; level < plan.depth && frontier.length > 0 && !truncated; level += 1) {
    const remaining = plan.limit - order.length;
    if (remaining <= 0) {
      truncated = true;
      break;
    }
    const rows = await executor.read({
      cypher: cypher('entities/expand-step'),
      params: { frontier, types: plan.types, seen: [...seen], limit: remaining + 1, vis },
    });
    if (rows.length > remaining) truncated = true;
    frontier = [];
    for (const row of rows.slice(0, remaining)) {
      const eid = row.eid as string;
      seen.add(eid);
      order.push(eid);
      if (!plan.noExpand.has(row.label as string)) frontier.push(eid);
    }
  }
  return subgraphOf(executor, ctx, order, plan.types, truncated);
}

/** Loads the nodes (in the given order) and the visible links among them, folded per (from, type, to). */
export async function subgraphOf(
  executor: Executor,
  ctx: RequestContext,
  eids: string[],
  types: readonly RelType[],
  truncated: boolean,
): Promise<SubgraphModel> {
  const { vis } = visibilityParams(ctx);
  const [nodeRows, edgeRows] = await Promise.all([
    executor.read({ cypher: cypher('entities/get-by-element-ids'), params: { eids, vis } }),
    executor.read({
      cypher: cypher('entities/edges-among'),
      params: { eids, types, limit: EDGE_LIMIT, vis },
    }),
  ]);
  const byEid = new Map(nodeRows.map((r) => [elementIdOf(r), entityOf(r, ctx)]));
  return {
    nodes: eids.map((e) => byEid.get(e)).filter((n) => n !== undefined),
    edges: edgeRows.map((r) => toEdge(r as Parameters<typeof toEdge>[0])),
    truncated,
  };
}

const elementIdOf = (row: Record<string, unknown>) => (row.n as { elementId: string }).elementId;

export async function shortestPath(
  executor: Executor,
  ctx: RequestContext,
  fromId: string,
  toId: string,
  maxDepth: number,
): Promise<{ found: boolean; length: number | null; paths: string[][]; subgraph: SubgraphModel }> {
  requireInt('maxDepth', maxDepth, LIMITS.pathMaxDepth);
  const fromLabel = labelFor(fromId, 'fromId');
  const toLabel = labelFor(toId, 'toId');
  // A hidden end answers NOT_FOUND with the words of an unknown id (fromId's first when both are).
  const ends = await Promise.allSettled([
    startOf(executor, ctx, fromId, 'fromId'),
    startOf(executor, ctx, toId, 'toId'),
  ]);
  for (const end of ends) if (end.status === 'rejected') throw end.reason;
  if (fromId === toId)
    throw new BadInputError('fromId and toId are the same entity.', {
      field: 'toId',
      reason: 'SAME_ENTITY',
    });
  const rows = await executor.read(
    {
      cypher: cypherWith('entities/shortest-paths', {
        fromLabel,
        toLabel,
        types: PATH_RELS.join('|'),
        maxDepth,
      }),
      params: { from: fromId, to: toId, ...visibilityParams(ctx) },
    },
    20_000,
  );
  if (rows.length === 0)
    return {
      found: false,
      length: null,
      paths: [],
      subgraph: { nodes: [], edges: [], truncated: false },
    };
  const eids = [...new Set(rows.flatMap((r) => r.eids as string[]))];
  const paths = rows.map((r) => r.ids as string[]);
  const subgraph = await subgraphOf(executor, ctx, eids, PATH_RELS, false);
  return { found: true, length: (paths[0]?.length ?? 1) - 1, paths, subgraph };
}
