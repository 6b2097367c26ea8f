// The pure clustering engine: union-find, partition (components, Louvain above the threshold), and the
// overlap matching that keeps ids stable and reports grows, splits and merges.
import { describe, expect, it } from 'vitest';
import {
  EdgeList,
  matchClusters,
  partition,
  UnionFind,
} from '../../../server/modules/clusters/cluster-engine.js';
import {
  clusterIdFor,
  generatedName,
  isClusterId,
} from '../../../server/modules/clusters/cluster-names.js';

function edges(pairs: [number, number][]): EdgeList {
  const list = new EdgeList();
  for (const [a, b] of pairs) list.push(a, b);
  return list;
}

const NOW = '2026-01-01T00:00:00.000Z';

describe('union-find', () => {
  it('joins sets and finds one root per set', () => {
    const uf = new UnionFind(6);
    uf.union(0, 1);
    uf.union(2, 3);
    uf.union(1, 3);
    expect(uf.find(0)).toBe(uf.find(2));
    expect(uf.find(4)).not.toBe(uf.find(0));
    expect(uf.size[uf.find(0)]).toBe(4);
  });

  it('grows its edge list past the first block', () => {
    const list = new EdgeList();
    for (let i = 0; i < 5000; i += 1) list.push(i, i + 1);
    expect(list.length).toBe(5000);
    expect(list.b[4999]).toBe(5000);
  });
});

describe('partition', () => {
  it('groups linked nodes, leaves unlinked ones out, and does not depend on input order', () => {
    const ids = ['d:a', 'd:b', 'd:c', 'd:d', 'd:e'];
    const one = partition(
      ids,
      edges([
        [0, 1],
        [3, 2],
      ]),
    );
    expect(one.map((g) => g.members)).toEqual([
      ['d:a', 'd:b'],
      ['d:c', 'd:d'],
    ]);
    const reversed = [...ids].reverse();
    const two = partition(
      reversed,
      edges([
        [2, 1],
        [4, 3],
      ]),
    );
    expect(two.map((g) => g.members)).toEqual(one.map((g) => g.members));
  });

  it('splits a large component into communities, the same way every time', () => {
    // Two dense cliques of 12 joined by one bridge, threshold 10.
    const ids = Array.from({ length: 24 }, (_, i) => `n:${String(i).padStart(2, '0')}`);
    const pairs: [number, number][] = [];
    for (const base of [0, 12])
      for (let i = 0; i < 12; i += 1)
        for (let j = i + 1; j < 12; j += 1) pairs.push([base + i, base + j]);
    pairs.push([0, 12]);
    const first = partition(ids, edges(pairs), { threshold: 10 });
    expect(first.map((g) => g.members.length)).toEqual([12, 12]);
    expect(new Set(first.map((g) => g.component)).size).toBe(1);
    const again = partition(ids, edges([...pairs].reverse()), { threshold: 10 });
    expect(again).toEqual(first);
    // Under the threshold it stays one cluster.
    expect(partition(ids, edges(pairs), { threshold: 100 })).toHaveLength(1);
  });
});

describe('matching', () => {
  const prior = (id: string, members: string[]) => ({ id, members });

  it('a cluster that grows keeps its id', () => {
    const r = matchClusters([prior('cl-a', ['x', 'y'])], [['x', 'y', 'z']], NOW, new Set(['cl-a']));
    expect(r.clusters[0]).toMatchObject({ id: 'cl-a', prior: 'cl-a', added: 1, removed: 0 });
    expect(r.events.map((e) => e.kind)).toEqual(['GREW']);
  });

  it('a new group gets the id of its smallest member and a CREATED event', () => {
    const r = matchClusters([], [['m', 'n']], NOW, new Set());
    expect(r.clusters[0]!.id).toBe(clusterIdFor('m'));
    expect(r.events[0]).toMatchObject({ kind: 'CREATED', sizeAfter: 2 });
  });

  it('a split keeps the id on the biggest part and names the others', () => {
    const r = matchClusters(
      [prior('cl-a', ['a', 'b', 'c', 'd', 'e'])],
      [
        ['a', 'b'],
        ['c', 'd', 'e'],
      ],
      NOW,
      new Set(['cl-a']),
    );
    const kept = r.clusters.find((c) => c.id === 'cl-a')!;
    expect(kept.members).toEqual(['c', 'd', 'e']);
    const other = r.clusters.find((c) => c.id !== 'cl-a')!;
    expect(r.events.find((e) => e.kind === 'SPLIT')).toMatchObject({
      clusterId: 'cl-a',
      others: [other.id],
      removed: 2,
    });
    expect(r.events.find((e) => e.kind === 'CREATED')).toMatchObject({ others: ['cl-a'] });
  });

  it('a merge keeps the id of the biggest and records where the other went', () => {
    const r = matchClusters(
      [prior('cl-big', ['a', 'b', 'c']), prior('cl-small', ['x', 'y'])],
      [['a', 'b', 'c', 'x', 'y']],
      NOW,
      new Set(['cl-big', 'cl-small']),
    );
    expect(r.clusters.map((c) => c.id)).toEqual(['cl-big']);
    expect(r.mergedInto.get('cl-small')).toBe('cl-big');
    const kinds = r.events.map((e) => `${e.clusterId}:${e.kind}:${e.others.join()}`).sort();
    expect(kinds).toEqual(['cl-big:MERGED:cl-small', 'cl-small:MERGED:cl-big']);
  });

  it('ties go to the larger earlier cluster, then the smaller id', () => {
    const r = matchClusters(
      [prior('cl-b', ['a', 'q']), prior('cl-a', ['b', 'r'])],
      [['a', 'b']],
      NOW,
      new Set(['cl-a', 'cl-b']),
    );
    expect(r.clusters[0]!.id).toBe('cl-a');
  });

  it('a cluster whose members are linked no more is dissolved', () => {
    const r = matchClusters([prior('cl-a', ['a', 'b'])], [], NOW, new Set(['cl-a']));
    expect(r.dissolved).toEqual(['cl-a']);
    expect(r.events[0]).toMatchObject({ kind: 'SHRANK', sizeAfter: 0 });
  });

  it('is deterministic', () => {
    const run = () =>
      matchClusters(
        [prior('cl-1', ['a', 'b', 'c']), prior('cl-2', ['d', 'e'])],
        [
          ['a', 'b'],
          ['c', 'd', 'e', 'f'],
        ],
        NOW,
        new Set(['cl-1', 'cl-2']),
      );
    expect(run()).toEqual(run());
  });
});

describe('ids and names', () => {
  it('makes cl- ids of 10 base32 characters, salted when taken', () => {
    const id = clusterIdFor('domain:shop.example');
    expect(isClusterId(id)).toBe(true);
    expect(clusterIdFor('domain:shop.example')).toBe(id);
    const other = clusterIdFor('domain:shop.example', new Set([id]));
    expect(other).not.toBe(id);
    expect(isClusterId(other)).toBe(true);
    expect(isClusterId('domain:shop.example')).toBe(false);
  });

  it('generates alliterative names from the id', () => {
    const name = generatedName('cl-0123456789');
    expect(name).toBe(generatedName('cl-0123456789'));
    const [adjective, animal] = name.split(' ');
    expect(adjective![0]).toBe(animal![0]);
  });
});
