// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), run for a bounded time then stopped.
import FA2Import from 'graphology-layout-forceatlas2/worker.js';
import fa2Import from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from './types.js';

// CommonJS modules: their default export is module.exports at run time.
const FA2Layout = (
  'default' in FA2Import ? FA2Import.default : FA2Import
) as typeof FA2Import.default;
const forceAtlas2 = (
  'default' in fa2Import ? fa2Import.default : fa2Import
) as typeof fa2Import.default;

/** How long to let the layout run: longer for bigger graphs. */
export function layoutDuration(order: number): number {
  if (order < 50) return 600;
  if (order < 500) return 1500;
  return 3000;
}

/** Starts FA2 in a worker on `graph`; returns a stop function. Calls `onDone` when the time is up. */
export function runForceAtlas2(graph: ExplorerGraph, onDone?: () => void): () => void {
  if (graph.order < 2) {
    onDone?.();
    return () => {};
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    adjustSizes: false,
  };
  const layout = new FA2Layout(graph, { settings });
  layout.start();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    layout.kill();
  };
  const timer = setTimeout(() => {
    stop();
    onDone?.();
  }, layoutDuration(graph.order));
  return () => {
    clearTimeout(timer);
    stop();
  };
}
