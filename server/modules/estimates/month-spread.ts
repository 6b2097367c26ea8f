// Spreads an amount that arrived over a span of time (an aggregated transfer's firstSeen–lastSeen) evenly
// over the months of the span, clipped to a period (pure).

export interface MonthPiece {
  month: string;
  /** Share of the whole span that falls in this month (and in the period). */
  fraction: number;
}

const monthKey = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const nextMonth = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};

/**
 * The months a span falls in, with their shares: a single instant is all in its month. Null when the
 * span has no valid start; [] when none of it is in the period [from, to].
 */
export function monthPieces(
  start: string | null,
  end: string | null,
  from: number | null,
  to: number | null,
): MonthPiece[] | null {
  const s = start === null ? NaN : Date.parse(start);
  if (Number.isNaN(s)) return null;
  const parsedEnd = end === null ? NaN : Date.parse(end);
  const e = Number.isNaN(parsedEnd) || parsedEnd < s ? s : parsedEnd;
  const lo = Math.max(s, from ?? -Infinity);
  const hi = Math.min(e, to ?? Infinity);
  if (lo > hi) return [];
  if (e === s) return [{ month: monthKey(s), fraction: 1 }];
  const pieces: MonthPiece[] = [];
  for (let at = lo; at <= hi;) {
    const stop = Math.min(nextMonth(at), hi);
    const fraction = (stop - at) / (e - s);
    if (fraction > 0) pieces.push({ month: monthKey(at), fraction });
    if (stop >= hi) break;
    at = stop;
  }
  return pieces;
}
