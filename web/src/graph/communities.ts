// Louvain communities written as a `community` attribute (the reducer colours by it when asked).
import louvainImport from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { ExplorerGraph } from './types.js';

// A CommonJS module: its default export is module.exports at run time.
const louvain = (
  'default' in louvainImport ? louvainImport.default : louvainImport
) as typeof louvainImport.default;

/** Assigns `community` to every node (Louvain on the simple undirected projection); returns the count. */
export function assignCommunities(graph: ExplorerGraph): number {
  if (graph.order === 0) return 0;
  const simple = new UndirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_, __, source, target) => {
    if (source !== target) simple.mergeEdge(source, target);
  });
  const { communities, count } = louvain.detailed(simple, { rng: seeded(42) });
  graph.updateEachNodeAttributes(
    (node, attrs) => ({ ...attrs, community: communities[node] ?? 0 }),
    { attributes: ['community'] },
  );
  return count;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
