// Canvas events: click selects (shift adds), double-click expands, hover highlights, click on the stage clears.
import { useEffect } from 'react';
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import type { EdgeAttrs, NodeAttrs } from '../graph/types.js';

interface Props {
  onSelect(id: string | null, additive: boolean): void;
  onExpand(id: string): void;
  onHover(id: string | null): void;
}

export function GraphEvents({ onSelect, onExpand, onHover }: Props) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const register = useRegisterEvents();
  useEffect(() => {
    register({
      clickNode: (e) => onSelect(e.node, e.event.original.shiftKey),
      doubleClickNode: (e) => {
        e.preventSigmaDefault();
        onExpand(e.node);
      },
      enterNode: (e) => onHover(e.node),
      leaveNode: () => onHover(null),
      clickStage: (e) => {
        if (!e.event.original.shiftKey) onSelect(null, false);
      },
    });
  }, [register, onSelect, onExpand, onHover]);
  // The test and benchmark hooks: where a node is drawn, to click it like a person would.
  useEffect(() => {
    (window as unknown as { __scamgraphSigma?: unknown }).__scamgraphSigma = sigma;
  }, [sigma]);
  return null;
}
