// Loads the demo data set into Neo4j, one write transaction per generated batch, with progress.
import type { Executor } from '../server/db/executor.js';
import { writeBatch } from '../server/db/write-graph.js';
import { NODE_LABELS } from '../server/model.js';
import { generateDemo, demoSize, type DemoOptions } from './generate.js';

export interface LoadProgress {
  batches: number;
  nodes: number;
  rels: number;
  elapsedMs: number;
}

export async function loadDemo(
  executor: Executor,
  opts: DemoOptions & { onProgress?: (p: LoadProgress) => void } = {},
): Promise<LoadProgress> {
  const started = Date.now();
  const progress: LoadProgress = { batches: 0, nodes: 0, rels: 0, elapsedMs: 0 };
  for (const batch of generateDemo(opts)) {
    const written = await writeBatch(executor, batch.nodes, batch.rels);
    if (written.danglingRels > 0) {
      throw new Error(
        `Demo batch ${progress.batches + 1} had ${written.danglingRels} relationships without endpoints.`,
      );
    }
    progress.batches += 1;
    progress.nodes += written.nodes;
    progress.rels += written.rels;
    progress.elapsedMs = Date.now() - started;
    opts.onProgress?.({ ...progress });
  }
  return progress;
}

/** True when the graph has no entities at all (schema marker, tokens and indicator sets do not count). */
export async function graphIsEmpty(executor: Executor): Promise<boolean> {
  const rows = await executor.read({
    cypher: 'MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n.id AS id LIMIT 1',
    params: { labels: NODE_LABELS },
  });
  return rows.length === 0;
}

export { demoSize };
