// Runs ForceAtlas2 in a web worker each time `runKey` changes, then fits the camera to the graph.
import { useEffect, useState } from 'react';
import { useSigma } from '@react-sigma/core';
import { runForceAtlas2 } from '../graph/layout.js';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../graph/types.js';

export function ForceLayout({ graph, runKey }: { graph: ExplorerGraph; runKey: number }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (runKey === 0) return;
    setRunning(true);
    const stop = runForceAtlas2(graph, () => {
      setRunning(false);
      void sigma.getCamera().animatedReset({ duration: 300 });
    });
    return () => {
      stop();
      setRunning(false);
    };
  }, [graph, runKey, sigma]);
  return running ? (
    <div className="layout-status" role="status">
      Laying out…
    </div>
  ) : null;
}
