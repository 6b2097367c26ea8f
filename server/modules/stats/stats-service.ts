// Counts per label and relationship type as the caller sees them (SPEC §6): only nodes the caller may see,
// and links whose relationship and both ends the caller may see. Counting reads every node and link (the
// count store knows nothing of visibility), so a slow count is kept for a few seconds per set of keys.
import { cypher, cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../../model.js';
import type { RequestContext } from '../../context.js';
import { visibilityParams } from '../access/visibility.js';
import { TtlCache } from './ttl-cache.js';

export interface StatsModel {
  nodes: { label: NodeLabel; count: number }[];
  relationships: { type: RelType; count: number }[];
  totalNodes: number;
  totalRelationships: number;
  hasSyntheticData: boolean;
}

/**
 * Counts that took at least STATS_CACHE_MIN_MS to make are answered from memory for STATS_CACHE_TTL_MS to
 * callers holding the same keys while the graph's total size is unchanged (a big graph); quicker ones are
 * made afresh each time, so a small graph's counts are always exact. Concurrent requests with the same keys
 * share one count either way.
 */
export const STATS_CACHE_MIN_MS = 1_000;
export const STATS_CACHE_TTL_MS = 10_000;

const caches = new WeakMap<Executor, TtlCache<StatsModel>>();

export async function stats(executor: Executor, ctx: RequestContext): Promise<StatsModel> {
  const { vis } = visibilityParams(ctx);
  let cache = caches.get(executor);
  if (!cache) caches.set(executor, (cache = new TtlCache(STATS_CACHE_TTL_MS, STATS_CACHE_MIN_MS)));
  const [size] = await executor.read({ cypher: cypher('stats/graph-size') });
  const key = [String(size?.nodes), String(size?.rels), ...[...vis].sort()].join('\u0000');
  return cache.get(key, () => count(executor, vis));
}

async function count(executor: Executor, vis: string[]): Promise<StatsModel> {
  return executor.readTx(async (tx) => {
    const one = async (text: string) =>
      Number((await tx.run(text, { vis })).records[0]?.get('count') ?? 0);
    const nodes: StatsModel['nodes'] = [];
    for (const label of NODE_LABELS)
      nodes.push({ label, count: await one(cypherWith('stats/count-label', { label })) });
    const relationships: StatsModel['relationships'] = [];
    for (const type of REL_TYPES)
      relationships.push({ type, count: await one(cypherWith('stats/count-rel-type', { type })) });
    const synthetic =
      (await tx.run(cypher('stats/has-synthetic'), { vis })).records[0]?.get('synthetic') === true;
    return {
      nodes,
      relationships,
      totalNodes: nodes.reduce((a, n) => a + n.count, 0),
      totalRelationships: relationships.reduce((a, r) => a + r.count, 0),
      hasSyntheticData: synthetic,
    };
  }, 120_000);
}
