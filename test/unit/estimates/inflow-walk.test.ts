// The inflow walk after Griffin & Mei: deposit wallets along transfers to the first exit, each arriving
// transfer once, the haircut share for the low end, origins per cluster, months and the hop bound.
import { describe, expect, it } from 'vitest';
import { inflowWalk } from '../../../server/modules/estimates/inflow-walk.js';
import {
  inflowEstimates,
  type InflowEdge,
} from '../../../server/modules/estimates/inflow-estimates.js';
import { assetRate } from '../../../server/modules/estimates/rates.js';

const edge = (
  from: string,
  to: string,
  usd: number,
  date = '2024-03-05T00:00:00Z',
): InflowEdge => ({
  from,
  to,
  usd,
  usdLow: usd,
  usdHigh: usd,
  start: date,
  end: date,
});

// d1, d2 are deposit wallets (clusters A and B); c a collector that also gets 100 from elsewhere (x);
// e an exchange, k a consolidation wallet; d2 → p → q → r → s → e is too deep.
const edges = [
  edge('d1', 'c', 300),
  edge('d2', 'c', 100),
  edge('x', 'c', 100),
  edge('c', 'e', 450),
  edge('d1', 'k', 50, '2024-04-01T00:00:00Z'),
  edge('e', 'k', 999), // beyond an exit: never followed
  edge('d2', 'p', 10),
  edge('p', 'q', 10),
  edge('q', 'r', 10),
  edge('r', 's', 10),
  edge('s', 'e2', 10),
];
const exits = new Set(['e', 'k', 'e2']);
const deposits = new Map([
  ['d1', 'cl-a'],
  ['d2', 'cl-b'],
]);
const totalIn = new Map([
  ['c', 500],
  ['p', 10],
  ['q', 10],
  ['r', 10],
  ['s', 10],
]);

describe('inflowWalk', () => {
  const walk = inflowWalk({ deposits, edges, exits, totalIn, maxHops: 4 });

  it('sums what arrives at the first exit, each transfer once, within the hop bound', () => {
    const arrived = walk.arrivals.map((a) => `${a.edge.from}->${a.edge.to}`).sort();
    expect(arrived).toEqual(['c->e', 'd1->k']);
    expect(walk.distance.get('s')).toBe(4);
    expect(walk.deadEnds).toEqual([]);
    const deeper = inflowWalk({ deposits, edges, exits, totalIn, maxHops: 5 });
    expect(deeper.arrivals.map((a) => a.edge.to).sort()).toEqual(['e', 'e2', 'k']);
  });

  it('passes on only the deposit share of a wallet’s inflow for the haircut, and splits origins', () => {
    const ce = walk.arrivals.find((a) => a.edge.from === 'c')!;
    expect(ce.haircut).toBeCloseTo(400 / 500);
    expect(ce.origins.get('cl-a')).toBeCloseTo(0.75);
    expect(ce.origins.get('cl-b')).toBeCloseTo(0.25);
  });

  it('follows a peel hop into a wallet another deposit reached first (same layer)', () => {
    // d2 → h → c while d1 → c directly: c is one hop from d1 and two from d2.
    const w = inflowWalk({
      deposits: new Map([
        ['d1', 'cl-a'],
        ['d2', 'cl-b'],
      ]),
      edges: [edge('d1', 'c', 100), edge('d2', 'h', 50), edge('h', 'c', 50), edge('c', 'e', 150)],
      exits,
      totalIn: new Map([
        ['c', 150],
        ['h', 50],
      ]),
      maxHops: 4,
    });
    expect(w.deadEnds).toEqual([]);
    const [arrival] = w.arrivals;
    expect(arrival!.haircut).toBeCloseTo(1);
    expect(arrival!.origins.get('cl-b')).toBeCloseTo(1 / 3);
  });

  it('reports deposit wallets that are exits and those with no exit in reach', () => {
    const w = inflowWalk({
      deposits: new Map([
        ['e', ''],
        ['lonely', ''],
      ]),
      edges: [edge('lonely', 'nowhere', 5)],
      exits,
      totalIn: new Map(),
      maxHops: 4,
    });
    expect(w.depositExits).toEqual(['e']);
    expect(w.deadEnds).toEqual(['lonely']);
    expect(w.arrivals).toEqual([]);
  });

  it('gives the figure, months and clusters: value = poison, low = haircut', () => {
    const names = new Map([
      ['cl-a', 'Amber Heron'],
      ['cl-b', 'Brisk Badger'],
    ]);
    const e = inflowEstimates(walk.arrivals, {
      from: null,
      to: null,
      weight: () => 1,
      clusterName: (id) => names.get(id),
    });
    expect(e.total).toEqual({ low: 410, value: 500, high: 500 });
    expect(e.byMonth.map((p) => [p.period, p.low, p.value, p.high])).toEqual([
      ['2024-03', 360, 450, 450],
      ['2024-04', 50, 50, 50],
    ]);
    expect(e.byCluster).toEqual([
      {
        clusterId: 'cl-a',
        clusterName: 'Amber Heron',
        month: '2024-03',
        usd: 337.5,
        low: 270,
        high: 337.5,
      },
      {
        clusterId: 'cl-b',
        clusterName: 'Brisk Badger',
        month: '2024-03',
        usd: 112.5,
        low: 90,
        high: 112.5,
      },
      {
        clusterId: 'cl-a',
        clusterName: 'Amber Heron',
        month: '2024-04',
        usd: 50,
        low: 50,
        high: 50,
      },
    ]);
    const onlyB = inflowEstimates(walk.arrivals, {
      from: Date.parse('2024-03-01'),
      to: Date.parse('2024-03-31T23:59:59Z'),
      weight: (o) => o.get('cl-b') ?? 0,
      clusterName: (id) => names.get(id),
    });
    expect(onlyB.total).toEqual({ low: 90, value: 112.5, high: 112.5 });
    expect(onlyB.excluded.list()).toEqual([{ reason: 'OUTSIDE_FILTER', count: 1 }]);
  });

  it('spreads a transfer known only by its span over its months, clipped to the period', () => {
    const spanned = {
      ...edge('c', 'e', 3_100),
      start: '2024-01-01T00:00:00Z',
      end: '2024-02-01T00:00:00Z',
    };
    const arrivals = [{ edge: spanned, haircut: 1, origins: new Map([['', 1]]) }];
    const all = inflowEstimates(arrivals, {
      from: null,
      to: null,
      weight: () => 1,
      clusterName: () => undefined,
    });
    expect(all.byMonth.map((p) => [p.period, p.value])).toEqual([['2024-01', 3_100]]);
    const wide = { ...spanned, end: '2024-03-01T00:00:00Z' }; // 31 + 29 days
    const part = inflowEstimates([{ ...arrivals[0]!, edge: wide }], {
      from: Date.parse('2024-02-01T00:00:00Z'),
      to: null,
      weight: () => 1,
      clusterName: () => undefined,
    });
    expect(part.total.value).toBeCloseTo((3_100 * 29) / 60, 1);
    expect(part.byMonth.map((p) => p.period)).toEqual(['2024-02']);
  });

  it('prices stablecoins at a dollar and volatile assets within a band', () => {
    expect(assetRate('USDT-TRC20')).toEqual({ low: 1, mid: 1, high: 1 });
    const btc = assetRate('btc')!;
    expect(btc.low).toBeLessThan(btc.mid);
    expect(btc.mid).toBeLessThan(btc.high);
    expect(assetRate('DOGE')).toBeUndefined();
  });
});
