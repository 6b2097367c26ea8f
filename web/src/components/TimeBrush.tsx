// First-seen histogram with a brush: drag across the bars to keep only nodes first seen in that window.
import { useRef, useState, type PointerEvent } from 'react';
import type { Histogram } from '../graph/filters.js';

interface Props {
  histogram: Histogram;
  range: readonly [number, number] | null;
  onChange(range: [number, number] | null): void;
}

const W = 240;
const H = 56;

export function TimeBrush({ histogram, range, onChange }: Props) {
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const start = useRef(0);
  const max = Math.max(1, ...histogram.counts);
  const bins = histogram.counts.length;
  const end = histogram.start + histogram.width * bins;
  const toX = (t: number) => ((t - histogram.start) / (end - histogram.start)) * W;
  const toT = (x: number) =>
    histogram.start + (Math.max(0, Math.min(W, x)) / W) * (end - histogram.start);
  const xOf = (e: PointerEvent<SVGSVGElement>) =>
    ((e.clientX - e.currentTarget.getBoundingClientRect().left) / e.currentTarget.clientWidth) * W;
  const shown = drag ?? (range ? [toX(range[0]), toX(range[1])] : null);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return (
    <div className="time-brush">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="slider"
        aria-label="First-seen window"
        aria-valuetext={range ? `${day(range[0])} to ${day(range[1])}` : 'all time'}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          start.current = xOf(e);
          setDrag([start.current, start.current]);
        }}
        onPointerMove={(e) => {
          if (drag) setDrag([Math.min(start.current, xOf(e)), Math.max(start.current, xOf(e))]);
        }}
        onPointerUp={() => {
          if (drag && drag[1] - drag[0] > 3) onChange([toT(drag[0]), toT(drag[1])]);
          else onChange(null);
          setDrag(null);
        }}
      >
        {histogram.counts.map((c, i) => (
          <rect
            key={i}
            x={(i * W) / bins + 0.5}
            width={W / bins - 1}
            y={H - (c / max) * (H - 4)}
            height={(c / max) * (H - 4)}
            className="bar"
          />
        ))}
        {shown && (
          <rect
            x={shown[0]}
            width={Math.max(1, shown[1] - shown[0])}
            y={0}
            height={H}
            className="brush"
          />
        )}
      </svg>
      <div className="brush-labels">
        <span>{day(range?.[0] ?? histogram.start)}</span>
        {range && (
          <button type="button" className="link" onClick={() => onChange(null)}>
            all time
          </button>
        )}
        <span>{day(range?.[1] ?? end)}</span>
      </div>
    </div>
  );
}
