// Filters by kind, TLP, confidence and first-seen time; the histogram behind the time brush.
import { describe, expect, it } from 'vitest';
import { graphFromSubgraph } from '../../../web/src/graph/build.js';
import {
  NO_FILTERS,
  countVisible,
  firstSeenHistogram,
  isFiltering,
  passesFilters,
} from '../../../web/src/graph/filters.js';
import { insidePolygon } from '../../../web/src/graph/geometry.js';
import { summarize } from '../../../web/src/graph/summary.js';
import { History } from '../../../web/src/graph/history.js';
import { sample } from './fixtures.js';

const node = {
  kind: 'DOMAIN' as const,
  tlp: 'AMBER' as const,
  confidence: 50,
  firstSeenMs: Date.parse('2024-03-01'),
};

describe('passesFilters', () => {
  it('passes everything with no filters', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(passesFilters(node, NO_FILTERS)).toBe(true);
  });
  it('filters by kind, TLP, confidence and first seen (undated nodes pass)', () => {
    expect(passesFilters(node, { ...NO_FILTERS, hiddenKinds: new Set(['DOMAIN']) })).toBe(false);
    expect(passesFilters(node, { ...NO_FILTERS, hiddenTlps: new Set(['AMBER']) })).toBe(false);
    expect(passesFilters(node, { ...NO_FILTERS, minConfidence: 51 })).toBe(false);
    expect(passesFilters(node, { ...NO_FILTERS, minConfidence: 50 })).toBe(true);
    const range = [Date.parse('2024-01-01'), Date.parse('2024-02-01')] as const;
    expect(passesFilters(node, { ...NO_FILTERS, timeRange: range })).toBe(false);
    expect(passesFilters({ ...node, firstSeenMs: null }, { ...NO_FILTERS, timeRange: range })).toBe(
      true,
    );
  });
});

describe('firstSeenHistogram and countVisible', () => {
  it('bins every dated node', () => {
    const g = graphFromSubgraph(sample());
    const h = firstSeenHistogram(g, 10)!;
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(h.start).toBe(Date.parse('2023-01-01T00:00:00Z'));
    expect(h.counts[0]).toBe(1);
    expect(h.counts[9]).toBe(4);
  });
  it('counts what the filters leave visible', () => {
    const g = graphFromSubgraph(sample());
    expect(
      countVisible(g, { ...NO_FILTERS, minConfidence: 50 }, new Set(['phone:+447700900123'])),
    ).toEqual({ visible: 3, total: 5 });
  });
});

describe('summarize', () => {
  it('counts kinds and lists compounds, countries, wallets and dates', () => {
    const s = summarize(graphFromSubgraph(sample()));
    expect(s.byKind).toMatchObject({ DOMAIN: 1, WALLET: 1, COMPOUND: 1 });
    expect(s.compounds).toEqual([{ id: 'compound:alpha-mm', name: 'Compound Alpha (fictitious)' }]);
    expect(s.countries).toEqual(['MM']);
    expect(s.wallets.map((w) => w.value)).toEqual(['tron:TXYZ']);
    expect(s.firstSeen).toBe('2023-01-01T00:00:00Z');
  });
});

describe('History (undo)', () => {
  it('restores the graph and the hidden set as they were', () => {
    const g = graphFromSubgraph(sample());
    const h = new History();
    h.push(g, new Set(['wallet:tron:TXYZ']), 'remove');
    g.dropNode('domain:pay-fast.example');
    const snap = h.undo(g)!;
    expect(g.order).toBe(5);
    expect(g.size).toBe(4);
    expect(snap.hidden).toEqual(['wallet:tron:TXYZ']);
    expect(h.undo(g)).toBeNull();
  });
});

describe('insidePolygon (lasso)', () => {
  const square = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 10 },
    { x: 0, y: 10 },
  ];
  it('tells inside from outside', () => {
    expect(insidePolygon({ x: 5, y: 5 }, square)).toBe(true);
    expect(insidePolygon({ x: 15, y: 5 }, square)).toBe(false);
  });
});
