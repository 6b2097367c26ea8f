// Sigma node and edge reducers: hover, selection, path highlight, filters and community colours as looks,
// computed from view state without touching the graph's data.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { passesFilters, type Filters } from './filters.js';
import { COMMUNITY_COLORS } from './style.js';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './types.js';

export interface ViewState {
  hovered: string | null;
  selected: ReadonlySet<string>;
  /** Nodes the analyst hid (still in the graph). */
  hidden: ReadonlySet<string>;
  filters: Filters;
  /** The highlighted shortest path, if any. */
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  colorBy: 'kind' | 'community';
}

const DIM_NODE = '#dfe3ea';
const DIM_EDGE = '#eef0f4';
const PATH_EDGE = '#d6336c';

export function nodeVisible(graph: ExplorerGraph, node: string, view: ViewState): boolean {
  return !view.hidden.has(node) && passesFilters(graph.getNodeAttributes(node), view.filters);
}

export function makeNodeReducer(graph: ExplorerGraph, view: ViewState) {
  const hoverNeighbours =
    view.hovered && graph.hasNode(view.hovered) ? new Set(graph.neighbors(view.hovered)) : null;
  return (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    const out: Partial<NodeDisplayData> = { ...data };
    if (view.hidden.has(node) || !passesFilters(data, view.filters)) {
      out.hidden = true;
      return out;
    }
    if (view.colorBy === 'community' && data.community !== undefined) {
      out.color = COMMUNITY_COLORS[data.community % COMMUNITY_COLORS.length];
    }
    if (view.path && !view.path.nodes.has(node)) {
      out.color = DIM_NODE;
      out.label = null;
    } else if (view.path) {
      out.forceLabel = true;
      out.zIndex = 2;
    }
    if (
      hoverNeighbours &&
      node !== view.hovered &&
      !hoverNeighbours.has(node) &&
      !view.selected.has(node)
    ) {
      out.color = DIM_NODE;
      out.label = null;
    }
    if (node === view.hovered) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
    }
    if (view.selected.has(node)) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  };
}

export function makeEdgeReducer(graph: ExplorerGraph, view: ViewState) {
  // Each node's visibility is computed once per view state, not once per edge.
  const visible = new Map<string, boolean>();
  const isVisible = (node: string) => {
    let v = visible.get(node);
    if (v === undefined) visible.set(node, (v = nodeVisible(graph, node, view)));
    return v;
  };
  return (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    const out: Partial<EdgeDisplayData> = { ...data, label: null };
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (!isVisible(source) || !isVisible(target)) {
      out.hidden = true;
      return out;
    }
    if (view.path) {
      if (view.path.edges.has(edge)) {
        out.color = PATH_EDGE;
        out.size = data.size + 3;
        out.zIndex = 2;
        out.label = data.label;
        out.forceLabel = true;
      } else out.color = DIM_EDGE;
    }
    if (view.hovered) {
      if (source === view.hovered || target === view.hovered) {
        out.size = data.size + 1;
        out.label = data.label;
        out.forceLabel = true;
        out.zIndex = 1;
      } else out.color = DIM_EDGE;
    }
    return out;
  };
}
