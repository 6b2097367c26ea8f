// Lasso selection: drag a free-form loop over the canvas; the visible nodes inside it are selected.
import { useRef, useState, type PointerEvent } from 'react';
import { useSigma } from '@react-sigma/core';
import { insidePolygon, type Point } from '../graph/geometry.js';
import type { EdgeAttrs, NodeAttrs } from '../graph/types.js';

interface Props {
  onSelect(ids: string[], additive: boolean): void;
  onDone(): void;
}

export function Lasso({ onSelect, onDone }: Props) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const [points, setPoints] = useState<Point[]>([]);
  const drawing = useRef(false);
  const local = (e: PointerEvent<SVGSVGElement>): Point => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const finish = (additive: boolean) => {
    drawing.current = false;
    const poly = points;
    setPoints([]);
    if (poly.length < 3) return onDone();
    const ids: string[] = [];
    sigma.getGraph().forEachNode((id) => {
      const d = sigma.getNodeDisplayData(id);
      if (!d || d.hidden) return;
      if (insidePolygon(sigma.framedGraphToViewport(d), poly)) ids.push(id);
    });
    onSelect(ids, additive);
    onDone();
  };
  return (
    <svg
      className="lasso"
      aria-label="Lasso: drag around nodes to select them"
      onPointerDown={(e) => {
        drawing.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        setPoints([local(e)]);
      }}
      onPointerMove={(e) => {
        if (drawing.current) setPoints((p) => [...p, local(e)]);
      }}
      onPointerUp={(e) => finish(e.shiftKey)}
    >
      {points.length > 1 && <polygon points={points.map((p) => `${p.x},${p.y}`).join(' ')} />}
    </svg>
  );
}
