// Low / value / high triples and monthly series (pure): adding up, months, capped id lists.
import { MAX_ENTITY_IDS, type SeriesPointModel } from './estimates-types.js';

export interface Range {
  low: number;
  value: number;
  high: number;
}

export const zero = (): Range => ({ low: 0, value: 0, high: 0 });

/** The month of an ISO date or time, `YYYY-MM`, or null when it is not one. */
export function monthOf(date: string | null | undefined): string | null {
  return typeof date === 'string' && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}

/** Rounds money to the cent and keeps low ≤ value ≤ high (floating sums may cross by a hair). */
export function settle(r: Range, digits = 2): Range {
  const f = 10 ** digits;
  const round = (n: number) => Math.round(n * f) / f;
  const value = round(r.value);
  return { low: Math.min(round(r.low), value), value, high: Math.max(round(r.high), value) };
}

/** Per-month accumulation of ranges with the entities behind each month. */
export class MonthlyRanges {
  private readonly months = new Map<string, Range & { ids: Set<string> }>();

  add(month: string | null, part: Partial<Range>, ids: readonly string[] = []): void {
    if (month === null) return;
    let m = this.months.get(month);
    if (!m) this.months.set(month, (m = { ...zero(), ids: new Set() }));
    m.low += part.low ?? 0;
    m.value += part.value ?? 0;
    m.high += part.high ?? 0;
    for (const id of ids) if (m.ids.size < MAX_ENTITY_IDS) m.ids.add(id);
  }

  points(digits = 2): SeriesPointModel[] {
    return [...this.months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, m]) => ({ period, ...settle(m, digits), entityIds: [...m.ids] }));
  }
}

/** The first MAX_ENTITY_IDS distinct ids, in order. */
export function capIds(ids: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    if (out.size >= MAX_ENTITY_IDS) break;
    out.add(id);
  }
  return [...out];
}

/** Counts by reason, as `excluded` lists them (largest first, then by reason; zero counts dropped). */
export class Exclusions {
  private readonly counts = new Map<string, number>();

  add(reason: string, n = 1): void {
    if (n > 0) this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }

  list(): { reason: string; count: number }[] {
    return [...this.counts.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  }

  copy(): Exclusions {
    const c = new Exclusions();
    for (const [r, n] of this.counts) c.add(r, n);
    return c;
  }
}
