// What an evaluation reports: member and result diffs, status changes, merges and splits from a cluster's
// history, each with its count and at most 500 ids; what a watch remembers survives a bad stored value.
import { describe, expect, it } from 'vitest';
import {
  diffIds,
  emptyState,
  keepIds,
  latestStatus,
  mergesAndSplits,
  newLinks,
  newMembers,
  newResults,
  parseState,
  statusChanged,
  statusChanges,
} from '../../../server/modules/watchlists/watch-diff.js';

describe('diffs of ids', () => {
  it('lists what joined and what left, once each', () => {
    expect(diffIds(['a', 'b', 'c'], ['b', 'c', 'd', 'd', 'e'])).toEqual({
      added: ['d', 'e'],
      removed: ['a'],
    });
    expect(diffIds([], [])).toEqual({ added: [], removed: [] });
  });

  it('keeps sorted, distinct, capped ids', () => {
    expect(keepIds(['c', 'a', 'b', 'a'], 2)).toEqual(['a', 'b']);
  });

  it('counts every new member but names at most 500', () => {
    const ids = Array.from({ length: 1200 }, (_, i) => `domain:d${i}.example`);
    const [change] = newMembers('Amber Heron', ids);
    expect(change).toMatchObject({ kind: 'NEW_MEMBERS', count: 1200 });
    expect(change!.entityIds).toHaveLength(500);
    expect(change!.summary).toBe('1,200 new members in Amber Heron');
  });

  it('reports nothing when nothing changed', () => {
    expect(newMembers('x', [])).toEqual([]);
    expect(newLinks('x', 0, [])).toEqual([]);
    expect(newResults('x', [])).toEqual([]);
    expect(statusChanged('x', [])).toEqual([]);
  });

  it('says one new result in the singular', () => {
    expect(newResults('wallet', ['wallet:tron:T1'])[0]).toMatchObject({
      count: 1,
      summary: '1 new result for "wallet"',
    });
  });
});

describe('status changes', () => {
  it('reports a changed status, not a first one', () => {
    const changes = statusChanges(
      { 'compound:a': 'active', 'compound:b': 'active' },
      { 'compound:a': 'raided', 'compound:b': 'active', 'compound:c': 'active' },
    );
    expect(changes).toEqual([{ id: 'compound:a', from: 'active', to: 'raided' }]);
    expect(statusChanged('Golden Reef', changes)[0]).toMatchObject({
      kind: 'STATUS_CHANGED',
      count: 1,
      entityIds: ['compound:a'],
      summary: 'status active → raided in Golden Reef',
    });
  });

  it('takes the status of the latest dated assertion', () => {
    expect(
      latestStatus([
        { status: 'active', statusDate: '2024-01-01', lastSeen: '2025-06-01' },
        { status: 'raided', statusDate: '2025-03-01', lastSeen: '2025-03-02' },
        { status: 'relocated', firstSeen: '2024-06-01' },
      ]),
    ).toBe('raided');
    expect(latestStatus([{ status: null }, { status: '' }])).toBeNull();
  });
});

describe('merges and splits from a cluster history', () => {
  const events = [
    { at: '2026-01-01T00:00:00Z', kind: 'CREATED', clusterId: 'cl-a', others: [], summary: '' },
    {
      at: '2026-01-02T00:00:00Z',
      kind: 'MERGED',
      clusterId: 'cl-a',
      others: ['cl-b'],
      summary: '',
    },
    {
      at: '2026-01-03T00:00:00Z',
      kind: 'SPLIT',
      clusterId: 'cl-a',
      others: ['cl-c', 'cl-d'],
      summary: 'Amber Heron split',
    },
    { at: '2026-01-03T00:00:00Z', kind: 'GREW', clusterId: 'cl-a', others: [], summary: '' },
  ];

  it('reports only merges and splits after the last one seen', () => {
    const { changes, latest } = mergesAndSplits('Amber Heron', events, '2026-01-01T00:00:00Z');
    expect(changes.map((c) => [c.kind, c.count])).toEqual([
      ['MERGED', 1],
      ['SPLIT', 2],
    ]);
    expect(changes[0]!.summary).toBe('Amber Heron absorbed 1 cluster (cl-b)');
    expect(changes[1]!.summary).toBe('Amber Heron split');
    expect(latest).toBe('2026-01-03T00:00:00Z');
    expect(mergesAndSplits('Amber Heron', events, latest).changes).toEqual([]);
  });
});

describe('stored state', () => {
  it('starts empty from nothing or from a malformed value', () => {
    expect(parseState(undefined, 'T')).toEqual(emptyState('T'));
    expect(parseState('{not json', 'T')).toEqual(emptyState('T'));
    expect(parseState(JSON.stringify({ members: 'x', statuses: 3 }), 'T').members).toEqual([]);
  });

  it('reads back what was stored', () => {
    const s = {
      ...emptyState('2026-01-01'),
      members: ['a'],
      statuses: { a: 'active' },
      gone: true,
    };
    expect(parseState(JSON.stringify(s))).toEqual(s);
  });
});
