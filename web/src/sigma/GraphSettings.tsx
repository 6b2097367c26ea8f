// Applies the view state to sigma as node and edge reducers (the graph's data is never changed for looks).
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import { makeEdgeReducer, makeNodeReducer, type ViewState } from '../graph/reducers.js';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../graph/types.js';

export function GraphSettings({ graph, view }: { graph: ExplorerGraph; view: ViewState }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    sigma.setSetting('nodeReducer', makeNodeReducer(graph, view));
    sigma.setSetting('edgeReducer', makeEdgeReducer(graph, view));
  }, [sigma, graph, view]);
  return null;
}
