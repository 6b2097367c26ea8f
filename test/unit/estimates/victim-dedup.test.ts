// Victims deduplicated across sources: shared identifiers (union-find), probable duplicates, the ranges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnionFind } from '../../../server/modules/estimates/union-find.js';
import {
  identifierGroups,
  identifiersOf,
  probableGroups,
  type VictimInput,
} from '../../../server/modules/estimates/victim-dedup.js';
import { victimEstimates } from '../../../server/modules/estimates/victim-estimates.js';

const report = (id: string, over: Partial<VictimInput> = {}): VictimInput => ({
  id,
  date: '2024-03-10T00:00:00Z',
  usd: 1000,
  keys: [],
  wallets: [],
  country: 'GB',
  ...over,
});

describe('UnionFind', () => {
  it('joins transitively and keeps apart what was never joined', () => {
    const uf = new UnionFind();
    uf.union('a', 'b');
    uf.union('c', 'd');
    uf.union('b', 'c');
    uf.add('e');
    expect(uf.groups(['a', 'b', 'c', 'd', 'e'])).toEqual([['a', 'b', 'c', 'd'], ['e']]);
  });

  it('agrees with a naive closure on random unions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }))),
        (pairs) => {
          const uf = new UnionFind();
          const label = Array.from({ length: 13 }, (_, i) => i);
          for (const [a, b] of pairs) {
            uf.union(String(a), String(b));
            const from = label[b]!;
            const to = label[a]!;
            for (let i = 0; i < label.length; i++) if (label[i] === from) label[i] = to;
          }
          for (let i = 0; i < 13; i++)
            for (let j = 0; j < 13; j++)
              if ((uf.find(String(i)) === uf.find(String(j))) !== (label[i] === label[j]))
                return false;
          return true;
        },
      ),
    );
  });
});

describe('victim deduplication', () => {
  it('normalizes and namespaces identifiers from every source', () => {
    expect(
      identifiersOf({ victimRef: [' V-1 ', 'v-1', null], caseRef: [['C9']], txHash: ['0xAB'] }),
    ).toEqual(['caseRef:c9', 'txHash:0xab', 'victimRef:v-1']);
  });

  it('counts reports sharing a victimRef or a txHash once, transitively', () => {
    const reports = [
      report('r1', { keys: ['victimRef:v-1'] }),
      report('r2', { keys: ['victimRef:v-1', 'txHash:0xaa'] }),
      report('r3', { keys: ['txHash:0xaa'] }),
      report('r4', { keys: ['victimRef:v-2'] }),
      // The same text as a victimRef elsewhere is a different identifier.
      report('r5', { keys: ['caseRef:v-2'] }),
    ];
    expect(identifierGroups(reports).map((g) => g.map((r) => r.id))).toEqual([
      ['r1', 'r2', 'r3'],
      ['r4'],
      ['r5'],
    ]);
  });

  it('takes same wallet, country, amount within 1 % and week as a probable duplicate (low end only)', () => {
    const reports = [
      report('a', { wallets: ['w1'], usd: 1000, date: '2024-03-01T00:00:00Z' }),
      report('b', { wallets: ['w1'], usd: 1005, date: '2024-03-05T00:00:00Z' }),
      report('c', { wallets: ['w1'], usd: 1100, date: '2024-03-05T00:00:00Z' }),
      report('d', { wallets: ['w1'], usd: 1000, date: '2024-04-20T00:00:00Z' }),
      report('e', { wallets: ['w2'], usd: 1000, date: '2024-03-01T00:00:00Z' }),
    ];
    expect(identifierGroups(reports)).toHaveLength(5);
    expect(probableGroups(reports).map((g) => g.map((r) => r.id))).toEqual([
      ['a', 'b'],
      ['c'],
      ['d'],
      ['e'],
    ]);
  });

  it('gives victims and losses as low ≤ value ≤ high with the documented rules', () => {
    const reports = [
      report('r1', { keys: ['victimRef:v-1'], usd: 5000, date: '2024-01-15T00:00:00Z' }),
      report('r2', { keys: ['victimRef:v-1'], usd: 4000, date: '2024-02-02T00:00:00Z' }),
      report('r3', { usd: 200, wallets: ['w'], date: '2024-02-10T00:00:00Z' }),
      report('r4', { usd: 201, wallets: ['w'], date: '2024-02-12T00:00:00Z' }),
      report('r5', { usd: undefined, date: '2024-03-01T00:00:00Z' }),
    ];
    const e = victimEstimates(reports);
    expect(e.victims).toEqual({ low: 3, value: 4, high: 5 });
    // value: max of v-1 (5000) + 200 + 201; low: min of v-1 (4000) + min(200, 201); high: every amount.
    expect(e.losses).toEqual({ low: 4200, value: 5401, high: 9401 });
    expect(e.duplicates).toBe(1);
    expect(e.noAmount).toBe(1);
    expect(e.victimsByMonth.map((p) => [p.period, p.low, p.value, p.high])).toEqual([
      ['2024-01', 1, 1, 1],
      ['2024-02', 1, 2, 3],
      ['2024-03', 1, 1, 1],
    ]);
    expect(e.victimsByMonth[0]!.entityIds).toEqual(['r1', 'r2']);
    expect(e.lossesByMonth.map((p) => [p.period, p.value])).toEqual([
      ['2024-01', 5000],
      ['2024-02', 401],
    ]);
  });
});
