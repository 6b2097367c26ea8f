// Builds and grows the graphology graph from API subgraphs: nodes keep their position, new ones start near a neighbour.
import { MultiDirectedGraph } from 'graphology';
import type { Edge, Entity, Subgraph } from '../api/types.js';
import { KIND_STYLE, REL_STYLE, sizeForDegree } from './style.js';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './types.js';

export function createGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
}

function epoch(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** A short label: the kind's icon and the display form, cut to 40 characters. */
export function labelOf(entity: Entity): string {
  const text = entity.display || entity.value;
  return `${KIND_STYLE[entity.kind].icon} ${text.length > 40 ? `${text.slice(0, 39)}…` : text}`;
}

export function nodeAttrs(entity: Entity, x: number, y: number): NodeAttrs {
  return {
    x,
    y,
    size: sizeForDegree(entity.degree),
    color: KIND_STYLE[entity.kind].color,
    label: labelOf(entity),
    kind: entity.kind,
    tlp: entity.tlp,
    confidence: entity.confidence,
    firstSeenMs: epoch(entity.firstSeen),
    entity,
  };
}

export function edgeAttrs(edge: Edge): EdgeAttrs {
  const style = REL_STYLE[edge.type];
  return {
    size: style.size,
    color: style.color,
    type: style.arrow ? 'arrow' : 'line',
    relType: edge.type,
    label: style.label,
    edge,
  };
}

/** A deterministic pseudo-random number in [0, 1) from a string (stable layouts across runs). */
export function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 100000) / 100000;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/**
 * Adds a subgraph's nodes and edges (existing ones keep their position; their entity data is refreshed).
 * A new node is placed on a ring around an already placed neighbour, or around `anchor`, or at random.
 */
export function mergeSubgraph(graph: ExplorerGraph, sub: Subgraph, anchor?: string): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  const neighbourOf = new Map<string, string>();
  for (const e of sub.edges) {
    if (graph.hasNode(e.from) && !graph.hasNode(e.to)) neighbourOf.set(e.to, e.from);
    if (graph.hasNode(e.to) && !graph.hasNode(e.from)) neighbourOf.set(e.from, e.to);
  }
  for (const entity of sub.nodes) {
    if (graph.hasNode(entity.id)) {
      graph.mergeNodeAttributes(entity.id, {
        entity,
        size: sizeForDegree(entity.degree),
        label: labelOf(entity),
      });
      continue;
    }
    const near =
      neighbourOf.get(entity.id) ?? (anchor && graph.hasNode(anchor) ? anchor : undefined);
    const angle = hash01(entity.id) * Math.PI * 2;
    let x: number;
    let y: number;
    if (near) {
      const base = graph.getNodeAttributes(near);
      const r = 20 + 30 * hash01(`${entity.id}#r`);
      x = base.x + r * Math.cos(angle);
      y = base.y + r * Math.sin(angle);
    } else {
      const r = 100 * Math.sqrt(hash01(`${entity.id}#r`));
      x = r * Math.cos(angle);
      y = r * Math.sin(angle);
    }
    graph.addNode(entity.id, nodeAttrs(entity, x, y));
    addedNodes.push(entity.id);
  }
  for (const e of sub.edges) {
    if (graph.hasEdge(e.id) || !graph.hasNode(e.from) || !graph.hasNode(e.to)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.from, e.to, edgeAttrs(e));
    addedEdges.push(e.id);
  }
  return { addedNodes, addedEdges };
}

/** A fresh graph holding exactly this subgraph. */
export function graphFromSubgraph(sub: Subgraph): ExplorerGraph {
  const graph = createGraph();
  mergeSubgraph(graph, sub);
  return graph;
}

/** Every source cited by the loaded entities, by id (edges cite sources by id only). */
export function sourceIndex(graph: ExplorerGraph): Map<string, Entity['sources'][number]> {
  const index = new Map<string, Entity['sources'][number]>();
  graph.forEachNode((_, a) => {
    for (const s of a.entity.sources) index.set(s.id, s);
    if (a.kind === 'SOURCE') {
      const reliability = a.entity.properties.find((p) => p.key === 'reliability')?.value ?? null;
      const url = a.entity.properties.find((p) => p.key === 'url')?.value ?? null;
      if (!index.has(a.entity.id))
        index.set(a.entity.id, { id: a.entity.id, name: a.entity.display, reliability, url });
    }
  });
  return index;
}
