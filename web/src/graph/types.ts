// The explorer's graph, typed once: node and edge attributes as sigma, the layout and the exports read them.
import type { MultiDirectedGraph } from 'graphology';
import type { Edge, Entity, EntityKind, RelType, Tlp } from '../api/types.js';

export interface NodeAttrs {
  /** Position (graph space). */
  x: number;
  y: number;
  /** Display size, from the degree. */
  size: number;
  /** Colour by kind (the reducer may swap it for the community colour). */
  color: string;
  label: string;
  kind: EntityKind;
  tlp: Tlp;
  confidence: number;
  /** First seen as epoch milliseconds, null when unknown. */
  firstSeenMs: number | null;
  /** Louvain community, when computed. */
  community?: number;
  /** The entity as the API returned it (properties, sources, dates). */
  entity: Entity;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  type: 'arrow' | 'line';
  relType: RelType;
  label: string;
  /** The edge as the API returned it (provenance). */
  edge: Edge;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;
