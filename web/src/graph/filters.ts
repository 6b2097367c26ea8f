// Filters by kind, TLP, confidence and first-seen time: pure predicates the sigma node reducer applies.
import type { EntityKind, Tlp } from '../api/types.js';
import type { ExplorerGraph, NodeAttrs } from './types.js';

export interface Filters {
  hiddenKinds: ReadonlySet<EntityKind>;
  hiddenTlps: ReadonlySet<Tlp>;
  minConfidence: number;
  /** First-seen window [from, to] in epoch ms, inclusive; null for all time. Undated nodes always pass. */
  timeRange: readonly [number, number] | null;
}

export const NO_FILTERS: Filters = {
  hiddenKinds: new Set(),
  hiddenTlps: new Set(),
  minConfidence: 0,
  timeRange: null,
};

export function isFiltering(f: Filters): boolean {
  return (
    f.hiddenKinds.size > 0 || f.hiddenTlps.size > 0 || f.minConfidence > 0 || f.timeRange !== null
  );
}

export function passesFilters(
  a: Pick<NodeAttrs, 'kind' | 'tlp' | 'confidence' | 'firstSeenMs'>,
  f: Filters,
): boolean {
  if (f.hiddenKinds.has(a.kind)) return false;
  if (f.hiddenTlps.has(a.tlp)) return false;
  if (a.confidence < f.minConfidence) return false;
  if (
    f.timeRange &&
    a.firstSeenMs !== null &&
    (a.firstSeenMs < f.timeRange[0] || a.firstSeenMs > f.timeRange[1])
  )
    return false;
  return true;
}

export interface Histogram {
  /** Start of the first bin and bin width, epoch ms. */
  start: number;
  width: number;
  counts: number[];
}

/** First-seen dates of the graph's nodes in `bins` equal bins; null when no node is dated. */
export function firstSeenHistogram(graph: ExplorerGraph, bins = 40): Histogram | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_, a) => {
    if (a.firstSeenMs === null) return;
    if (a.firstSeenMs < min) min = a.firstSeenMs;
    if (a.firstSeenMs > max) max = a.firstSeenMs;
  });
  if (min === Infinity) return null;
  const width = Math.max(1, (max - min) / bins);
  const counts = new Array<number>(bins).fill(0);
  graph.forEachNode((_, a) => {
    if (a.firstSeenMs === null) return;
    const i = Math.min(bins - 1, Math.floor((a.firstSeenMs - min) / width));
    counts[i] = (counts[i] ?? 0) + 1;
  });
  return { start: min, width, counts };
}

/** Counts of visible and total nodes under the filters (for the "n of m shown" line). */
export function countVisible(
  graph: ExplorerGraph,
  f: Filters,
  hidden: ReadonlySet<string>,
): { visible: number; total: number } {
  let visible = 0;
  graph.forEachNode((id, a) => {
    if (!hidden.has(id) && passesFilters(a, f)) visible++;
  });
  return { visible, total: graph.order };
}
