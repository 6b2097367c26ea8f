// Neighbourhoods, clusters and shortest paths: breadth-first expansion in bounded steps, nearest first.
import type { Node } from 'neo4j-driver';
import { cypher, cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { NotFoundError, BadInputError } from '../../errors.js';
import {
  INFRA_REL_TYPES,
  REL_TYPES,
  tlpsUpTo,
  type NodeLabel,
  type RelType,
  type Tlp,
} from '../../model.js';
import type { RequestContext } from '../../context.js';
import { LIMITS, requireInt } from '../common/limits.js';
import { toEdge, toEntity } from './entities-map.js';
import { labelFor } from './entities-service.js';
import type { SubgraphModel } from './entities-types.js';

/** Paths follow infrastructure and victim reports, but not shared sources. */
const PATH_RELS: RelType[] = REL_TYPES.filter((t) => t !== 'REPORTED_IN');

interface ExpandPlan {
  depth: number;
  limit: number;
  types: readonly RelType[];
  /** Hubs shown when reached but never expanded through. */
  noExpand: ReadonlySet<NodeLabel | string>;
  /** The TLPs the caller may see: the walk never steps onto, or through, a node or link above them. */
  tlps: Tlp[] | null;
}

/** The TLPs up to a caller's clearance; null (no filter) for RED, which sees everything. */
function visibleTlps(ctx: RequestContext): Tlp[] | null {
  if (ctx.clearance === 'RED') return null;
  return tlpsUpTo(ctx.clearance);
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
  return expand(executor, id, {
    depth,
    limit,
    types: REL_TYPES,
    noExpand: new Set(['Source']),
    tlps: visibleTlps(ctx),
  });
}

export async function cluster(
  executor: Executor,
  ctx: RequestContext,
  id: string,
  limit: number,
): Promise<SubgraphModel> {
  requireInt('limit', limit, LIMITS.clusterLimit);
  return expand(executor, id, {
    depth: LIMITS.clusterDepth,
    limit,
    types: INFRA_REL_TYPES,
    noExpand: new Set(['Organization', 'Source', 'VictimReport']),
    tlps: visibleTlps(ctx),
  });
}

async function expand(executor: Executor, id: string, plan: ExpandPlan): Promise<SubgraphModel> {
  const label = labelFor(id);
  const start = await executor.read({
    cypher: cypherWith('entities/element-id-of', { label }),
    params: { id },
  });
  const startEid = start[0]?.eid as string | undefined;
  const visible = !plan.tlps || plan.tlps.includes(start[0]?.tlp as Tlp);
  if (!startEid || !visible) throw new NotFoundError(`No entity with id "${id}".`, { field: 'id' });

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
      params: {
        frontier,
        types: plan.types,
        tlps: plan.tlps,
        seen: [...seen],
        limit: remaining + 1,
      },
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
  return subgraphOf(executor, order, plan.types, truncated);
}

/** Loads the nodes (in the given order) and the edges among them. */
export async function subgraphOf(
  executor: Executor,
  eids: string[],
  types: readonly RelType[],
  truncated: boolean,
): Promise<SubgraphModel> {
  const [nodeRows, edgeRows] = await Promise.all([
    executor.read({ cypher: cypher('entities/get-by-element-ids'), params: { eids } }),
    executor.read({
      cypher: cypher('entities/edges-among'),
      params: { eids, types, limit: 50_000 },
    }),
  ]);
  const byEid = new Map(
    nodeRows.map((r) => [(r.n as Node).elementId, toEntity(r.n as Node, r.degree)]),
  );
  return {
    nodes: eids.map((e) => byEid.get(e)).filter((n) => n !== undefined),
    edges: edgeRows.map((r) => toEdge(r as never)),
    truncated,
  };
}

export async function shortestPath(
  executor: Executor,
  _ctx: RequestContext,
  fromId: string,
  toId: string,
  maxDepth: number,
): Promise<{ found: boolean; length: number | null; paths: string[][]; subgraph: SubgraphModel }> {
  requireInt('maxDepth', maxDepth, LIMITS.pathMaxDepth);
  const fromLabel = labelFor(fromId, 'fromId');
  const toLabel = labelFor(toId, 'toId');
  for (const [field, id, label] of [
    ['fromId', fromId, fromLabel],
    ['toId', toId, toLabel],
  ] as const) {
    const rows = await executor.read({
      cypher: cypherWith('entities/element-id-of', { label }),
      params: { id },
    });
    if (rows.length === 0) throw new NotFoundError(`No entity with id "${id}".`, { field });
  }
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
      params: { from: fromId, to: toId },
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
  const subgraph = await subgraphOf(executor, eids, PATH_RELS, false);
  return { found: true, length: (paths[0]?.length ?? 1) - 1, paths, subgraph };
}
