// Wallet inflows from the walk's arrivals (pure): the figure's triple, months, and clusters × months.
import type { Arrival, TransferEdge } from './inflow-walk.js';
import type { ClusterInflowModel, SeriesPointModel } from './estimates-types.js';
import { Exclusions, MonthlyRanges, settle, type Range } from './ranges.js';
import { monthPieces } from './month-spread.js';

export interface InflowEdge extends TransferEdge {
  /** USD at the low and high rates of its asset. */
  usdLow: number | undefined;
  usdHigh: number | undefined;
  /** When the transfers happened: `date`, else the link's firstSeen–lastSeen (spread over its months). */
  start: string | null;
  end: string | null;
  /** Why it has no USD value, when it has none. */
  missing?: 'NO_AMOUNT' | 'UNKNOWN_ASSET';
}

export interface InflowOptions {
  /** Inclusive period bounds in epoch ms (null: open). */
  from: number | null;
  to: number | null;
  /** The share of an arrival to count, from its origins (1 without a cluster or country filter). */
  weight: (origins: ReadonlyMap<string, number>) => number;
  /** Cluster names by id, for the per-cluster rows. */
  clusterName: (id: string) => string | undefined;
}

export interface InflowEstimates {
  total: Range;
  counted: Arrival<InflowEdge>[];
  excluded: Exclusions;
  byMonth: SeriesPointModel[];
  byCluster: ClusterInflowModel[];
}

/**
 * value: what arrived, at the middle rate; low: the haircut share of it at the low rate; high: all of it
 * at the high rate. Each arrival counts in the month of its transfer and, split by its origin shares,
 * in its origin clusters' rows.
 */
export function inflowEstimates(
  arrivals: readonly Arrival<InflowEdge>[],
  opts: InflowOptions,
): InflowEstimates {
  const total: Range = { low: 0, value: 0, high: 0 };
  const excluded = new Exclusions();
  const counted: Arrival<InflowEdge>[] = [];
  const monthly = new MonthlyRanges();
  const clusters = new Map<string, Range & { clusterId: string; month: string }>();
  for (const a of arrivals) {
    const e = a.edge;
    const weight = opts.weight(a.origins);
    if (weight <= 0) {
      excluded.add('OUTSIDE_FILTER');
      continue;
    }
    const pieces = monthPieces(e.start, e.end, opts.from, opts.to);
    const period = opts.from !== null || opts.to !== null;
    if (pieces === null && period) {
      excluded.add('NO_DATE');
      continue;
    }
    if (pieces !== null && pieces.length === 0) {
      excluded.add('OUTSIDE_PERIOD');
      continue;
    }
    if (e.usd === undefined) {
      excluded.add(e.missing ?? 'NO_AMOUNT');
      continue;
    }
    counted.push(a);
    const usd = { value: e.usd, low: (e.usdLow ?? e.usd) * a.haircut, high: e.usdHigh ?? e.usd };
    // Undated transfers count whole (no month); a span outside the period only for its part inside.
    const inPeriod = pieces === null ? 1 : pieces.reduce((sum, p) => sum + p.fraction, 0);
    total.value += usd.value * weight * inPeriod;
    total.low += usd.low * weight * inPeriod;
    total.high += usd.high * weight * inPeriod;
    for (const { month, fraction } of pieces ?? []) {
      const f = weight * fraction;
      monthly.add(month, { value: usd.value * f, low: usd.low * f, high: usd.high * f }, [
        e.to,
        e.from,
      ]);
      for (const [origin, share] of a.origins) {
        if (!origin || !opts.clusterName(origin)) continue;
        const key = `${origin}\u0000${month}`;
        let row = clusters.get(key);
        if (!row)
          clusters.set(key, (row = { clusterId: origin, month, low: 0, value: 0, high: 0 }));
        row.value += usd.value * share * fraction;
        row.low += usd.low * share * fraction;
        row.high += usd.high * share * fraction;
      }
    }
  }
  const byCluster = [...clusters.values()]
    .filter((r) => opts.weight(new Map([[r.clusterId, 1]])) > 0)
    .map((r) => {
      const s = settle(r);
      return {
        clusterId: r.clusterId,
        clusterName: opts.clusterName(r.clusterId) ?? r.clusterId,
        month: r.month,
        usd: s.value,
        low: s.low,
        high: s.high,
      };
    })
    .sort(
      (a, b) =>
        a.month.localeCompare(b.month) || b.usd - a.usd || a.clusterId.localeCompare(b.clusterId),
    );
  return { total: settle(total), counted, excluded, byMonth: monthly.points(), byCluster };
}
