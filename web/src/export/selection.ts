// What "export selection" exports: the selected entities and the links among them, from the loaded graph.
import type { Edge, Entity } from '../api/types.js';
import type { ExplorerGraph } from '../graph/types.js';

export function selectionData(
  graph: ExplorerGraph,
  selected: Iterable<string>,
): { entities: Entity[]; edges: Edge[] } {
  const ids = new Set([...selected].filter((id) => graph.hasNode(id)));
  const entities = [...ids].map((id) => graph.getNodeAttribute(id, 'entity'));
  const edges: Edge[] = [];
  graph.forEachEdge((_, a, source, target) => {
    if (ids.has(source) && ids.has(target)) edges.push(a.edge);
  });
  return { entities, edges };
}
