// Counts per label and relationship type, from Neo4j's count store.
import { cypher, cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../../model.js';
import type { RequestContext } from '../../context.js';

export interface StatsModel {
  nodes: { label: NodeLabel; count: number }[];
  relationships: { type: RelType; count: number }[];
  totalNodes: number;
  totalRelationships: number;
  hasSyntheticData: boolean;
}

export async function stats(executor: Executor, _ctx: RequestContext): Promise<StatsModel> {
  return executor.readTx(async (tx) => {
    const count = async (text: string) =>
      Number((await tx.run(text)).records[0]?.get('count') ?? 0);
    const nodes: StatsModel['nodes'] = [];
    for (const label of NODE_LABELS)
      nodes.push({ label, count: await count(cypherWith('stats/count-label', { label })) });
    const relationships: StatsModel['relationships'] = [];
    for (const type of REL_TYPES)
      relationships.push({
        type,
        count: await count(cypherWith('stats/count-rel-type', { type })),
      });
    const synthetic =
      (await tx.run(cypher('stats/has-synthetic'))).records[0]?.get('synthetic') === true;
    return {
      nodes,
      relationships,
      totalNodes: nodes.reduce((a, n) => a + n.count, 0),
      totalRelationships: relationships.reduce((a, r) => a + r.count, 0),
      hasSyntheticData: synthetic,
    };
  });
}
