// Wallet inflows from the walk's arrivals (pure): the figure's triple, months, and clusters × months.
import type { Arrival, TransferEdge } from './inflow-walk.js';
import type { ClusterInflowModel, SeriesPointModel } from './estimates-types.js';
import { Exclusions, MonthlyRanges, monthOf, settle, type Range } from './ranges.js';

export interface InflowEdge extends TransferEdge {
  /** USD at the low and high rates of its asset. */
  usdLow: number | undefined;
  usdHigh: number | undefined;
  /** When the transfer happened (`date`, else the link's firstSeen). */
  date: string | null;
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
    if (opts.from !== null || opts.to !== null) {
      const t = e.date === null ? NaN : Date.parse(e.date);
      if (Number.isNaN(t)) {
        excluded.add('NO_DATE');
        continue;
      }
      if ((opts.from !== null && t < opts.from) || (opts.to !== null && t > opts.to)) {
        excluded.add('OUTSIDE_PERIOD');
        continue;
      }
    }
    if (e.usd === undefined) {
      excluded.add(e.missing ?? 'NO_AMOUNT');
      continue;
    }
    counted.push(a);
    const part: Range = {
      value: e.usd * weight,
      low: (e.usdLow ?? e.usd) * a.haircut * weight,
      high: (e.usdHigh ?? e.usd) * weight,
    };
    total.value += part.value;
    total.low += part.low;
    total.high += part.high;
    const month = monthOf(e.date);
    monthly.add(month, part, [e.to, e.from]);
    if (month === null) continue;
    for (const [origin, share] of a.origins) {
      if (!origin || !opts.clusterName(origin)) continue;
      const key = `${origin}\u0000${month}`;
      let row = clusters.get(key);
      if (!row) clusters.set(key, (row = { clusterId: origin, month, low: 0, value: 0, high: 0 }));
      row.value += e.usd * share;
      row.low += (e.usdLow ?? e.usd) * a.haircut * share;
      row.high += (e.usdHigh ?? e.usd) * share;
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
