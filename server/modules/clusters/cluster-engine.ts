// The pure clustering engine: union-find over dense integer indexes (typed arrays), community detection
// inside large components (seeded Louvain, so the same input gives the same partition), and the matching
// of new groups to earlier clusters by member overlap that keeps cluster ids stable (docs/clusters.md).
// Nothing here reads the database: clusters-service.ts streams the links in and persists what comes out.
import { UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import type { ClusterEvent } from './clusters-types.js';
import { clusterIdFor } from './cluster-names.js';

// A CommonJS module: its default export is module.exports at run time.
const louvain = (
  'default' in louvainImport ? louvainImport.default : louvainImport
) as typeof louvainImport.default;

/** Components larger than this are split by community detection. */
export const COMMUNITY_THRESHOLD = 400;

/** Union-find (disjoint sets) over 0…n-1, union by size with path halving. */
export class UnionFind {
  readonly parent: Int32Array;
  readonly size: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i += 1) this.parent[i] = i;
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]!]!;
      i = p[i]!;
    }
    return i;
  }

  /** Joins the sets of a and b; returns the new root. */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    return ra;
  }
}

/** A growable list of undirected edges as two Int32Arrays (dense node indexes). */
export class EdgeList {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  length = 0;

  push(x: number, y: number): void {
    if (this.length === this.a.length) {
      const a = new Int32Array(this.a.length * 2);
      const b = new Int32Array(this.b.length * 2);
      a.set(this.a);
      b.set(this.b);
      this.a = a;
      this.b = b;
    }
    this.a[this.length] = x;
    this.b[this.length] = y;
    this.length += 1;
  }
}

/** A deterministic pseudo-random generator (mulberry32) for Louvain's random walk. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PartitionOptions {
  threshold?: number;
  seed?: number;
}

/**
 * Groups of linked nodes: the connected components with at least one link, each component above the
 * threshold split into its Louvain communities. `ids[i]` names node i. Groups come out as sorted member
 * ids, ordered by their smallest member, whatever the order of nodes and edges.
 */
export interface Group {
  members: string[];
  /** The component the group is part of, named by the component's smallest member id. */
  component: string;
}

export function partition(
  ids: readonly string[],
  edges: EdgeList,
  options: PartitionOptions = {},
): Group[] {
  const threshold = options.threshold ?? COMMUNITY_THRESHOLD;
  const n = ids.length;
  const uf = new UnionFind(n);
  for (let e = 0; e < edges.length; e += 1) uf.union(edges.a[e]!, edges.b[e]!);
  // Dense component numbers for the roots with more than one member.
  const comp = new Int32Array(n).fill(-1);
  const compOfRoot = new Int32Array(n).fill(-1);
  let comps = 0;
  for (let i = 0; i < n; i += 1) {
    const r = uf.find(i);
    if (uf.size[r]! < 2) continue;
    if (compOfRoot[r] === -1) compOfRoot[r] = comps++;
    comp[i] = compOfRoot[r]!;
  }
  // Members per component (counting sort).
  const compSize = new Int32Array(comps);
  for (let i = 0; i < n; i += 1) if (comp[i]! >= 0) compSize[comp[i]!]! += 1;
  const start = new Int32Array(comps + 1);
  for (let c = 0; c < comps; c += 1) start[c + 1] = start[c]! + compSize[c]!;
  const fill = start.slice(0, comps);
  const members = new Int32Array(start[comps]!);
  for (let i = 0; i < n; i += 1) if (comp[i]! >= 0) members[fill[comp[i]!]!++] = i;
  // Edges of the large components only (counting sort again).
  const large = new Uint8Array(comps);
  let anyLarge = false;
  for (let c = 0; c < comps; c += 1)
    if (compSize[c]! > threshold) {
      large[c] = 1;
      anyLarge = true;
    }
  let edgeStart: Int32Array | undefined;
  let edgeOrder: Int32Array | undefined;
  if (anyLarge) {
    const count = new Int32Array(comps + 1);
    for (let e = 0; e < edges.length; e += 1) {
      const c = comp[edges.a[e]!]!;
      if (c >= 0 && large[c]) count[c + 1]! += 1;
    }
    for (let c = 0; c < comps; c += 1) count[c + 1]! += count[c]!;
    edgeStart = count.slice();
    const at = count.slice(0, comps);
    edgeOrder = new Int32Array(count[comps]!);
    for (let e = 0; e < edges.length; e += 1) {
      const c = comp[edges.a[e]!]!;
      if (c >= 0 && large[c]) edgeOrder[at[c]!++] = e;
    }
  }
  const groups: Group[] = [];
  for (let c = 0; c < comps; c += 1) {
    const idx = members.subarray(start[c]!, start[c + 1]!);
    if (!large[c]) {
      const list = Array.from(idx, (i) => ids[i]!).sort(compare);
      groups.push({ members: list, component: list[0]! });
      continue;
    }
    const compEdges: [number, number][] = [];
    for (let k = edgeStart![c]!; k < edgeStart![c + 1]!; k += 1) {
      const e = edgeOrder![k]!;
      compEdges.push([edges.a[e]!, edges.b[e]!]);
    }
    const parts = communities(idx, compEdges, ids, options.seed ?? 1);
    const component = parts.map((p) => p[0]!).sort(compare)[0]!;
    for (const p of parts) groups.push({ members: p, component });
  }
  return groups.sort((x, y) => compare(x.members[0]!, y.members[0]!));
}

/** Louvain communities of one component, deterministic: nodes and edges enter in id order, seeded. */
export function communities(
  idx: ArrayLike<number>,
  compEdges: readonly [number, number][],
  ids: readonly string[],
  seed: number,
): string[][] {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  const nodes = Array.from(idx, (i) => ids[i]!).sort(compare);
  for (const id of nodes) graph.addNode(id);
  const sorted = compEdges
    .map(([a, b]) => {
      const x = ids[a]!;
      const y = ids[b]!;
      return x < y ? [x, y] : [y, x];
    })
    .filter(([x, y]) => x !== y)
    .sort((p, q) => compare(p[0]!, q[0]!) || compare(p[1]!, q[1]!));
  for (const [x, y] of sorted) {
    if (graph.hasEdge(x!, y!))
      graph.updateEdgeAttribute(x!, y!, 'weight', (w: number | undefined) => (w ?? 1) + 1);
    else graph.addEdge(x!, y!, { weight: 1 });
  }
  const mapping = louvain(graph, { rng: seededRandom(seed), getEdgeWeight: 'weight' });
  const byCommunity = new Map<number, string[]>();
  for (const id of nodes) {
    const c = mapping[id]!;
    const list = byCommunity.get(c);
    if (list) list.push(id);
    else byCommunity.set(c, [id]);
  }
  return [...byCommunity.values()];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A cluster as it was before this recomputation. */
export interface PriorCluster {
  id: string;
  members: readonly string[];
}

export interface MatchedCluster {
  id: string;
  members: string[];
  /** The earlier cluster whose id it kept, or null for a new one. */
  prior: string | null;
  added: number;
  removed: number;
}

export interface MatchResult {
  clusters: MatchedCluster[];
  events: ClusterEvent[];
  /** Earlier clusters absorbed by another: id → the id it merged into. */
  mergedInto: Map<string, string>;
  /** Earlier clusters whose members are in no cluster any more. */
  dissolved: string[];
}

/**
 * Matches new groups to earlier clusters by member overlap. Pairs (group, earlier cluster) are taken
 * greedily by most shared members (ties: larger earlier cluster, then smaller id, then larger group): a
 * group keeps the id of the earlier cluster it shares most with, so a cluster that grows keeps its id; of
 * an earlier cluster split over several groups the biggest part keeps the id (SPLIT), the others are new
 * (CREATED, naming it); earlier clusters whose members all joined a group that kept another id MERGED into
 * it. `taken` holds every id the view ever used (new ids avoid them, and are added to it).
 */
export function matchClusters(
  prior: readonly PriorCluster[],
  groups: readonly string[][],
  now: string,
  taken: Set<string>,
): MatchResult {
  const priorOf = new Map<string, number>();
  prior.forEach((p, i) => {
    for (const m of p.members) priorOf.set(m, i);
  });
  // overlap[g] : prior index → shared members
  const overlaps = groups.map((g) => {
    const counts = new Map<number, number>();
    for (const m of g) {
      const p = priorOf.get(m);
      if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    return counts;
  });
  const pairs: { g: number; p: number; n: number }[] = [];
  overlaps.forEach((counts, g) => {
    for (const [p, n] of counts) pairs.push({ g, p, n });
  });
  pairs.sort(
    (x, y) =>
      y.n - x.n ||
      prior[y.p]!.members.length - prior[x.p]!.members.length ||
      compare(prior[x.p]!.id, prior[y.p]!.id) ||
      groups[y.g]!.length - groups[x.g]!.length ||
      compare(groups[x.g]![0]!, groups[y.g]![0]!),
  );
  const groupPrior = new Int32Array(groups.length).fill(-1);
  const priorGroup = new Int32Array(prior.length).fill(-1);
  for (const { g, p } of pairs) {
    if (groupPrior[g] !== -1 || priorGroup[p] !== -1) continue;
    groupPrior[g] = p;
    priorGroup[p] = g;
  }
  const ids = groups.map((g, i) => {
    const p = groupPrior[i]!;
    if (p >= 0) return prior[p]!.id;
    const id = clusterIdFor(g[0]!, taken);
    taken.add(id);
    return id;
  });
  const events: ClusterEvent[] = [];
  const mergedInto = new Map<string, string>();
  // Where each earlier cluster's members went: the groups by shared members.
  const wentTo = prior.map(() => [] as { g: number; n: number }[]);
  overlaps.forEach((counts, g) => {
    for (const [p, n] of counts) wentTo[p]!.push({ g, n });
  });
  for (const list of wentTo) list.sort((x, y) => y.n - x.n || x.g - y.g);
  // Earlier clusters that kept no id merge into the group that took most of their members.
  const absorbed = groups.map(() => [] as number[]);
  prior.forEach((p, i) => {
    if (priorGroup[i] !== -1) return;
    const target = wentTo[i]![0];
    if (!target) return;
    absorbed[target.g]!.push(i);
    mergedInto.set(p.id, ids[target.g]!);
  });
  const clusters: MatchedCluster[] = groups.map((members, g) => {
    const p = groupPrior[g]!;
    const before = p >= 0 ? prior[p]!.members.length : 0;
    const shared = p >= 0 ? (overlaps[g]!.get(p) ?? 0) : 0;
    return {
      id: ids[g]!,
      members,
      prior: p >= 0 ? prior[p]!.id : null,
      added: members.length - shared,
      removed: before - shared,
    };
  });
  const event = (e: Omit<ClusterEvent, 'at'>) => events.push({ at: now, ...e });
  clusters.forEach((c, g) => {
    const p = groupPrior[g]!;
    const size = c.members.length;
    if (p < 0) {
      const from = [...overlaps[g]!.keys()].map((i) => prior[i]!.id).sort(compare);
      event({
        kind: 'CREATED',
        clusterId: c.id,
        others: from,
        sizeBefore: null,
        sizeAfter: size,
        added: size,
        removed: 0,
        summary: from.length
          ? `Split off ${from.join(', ')} with ${size} members.`
          : `First seen with ${size} members.`,
      });
      return;
    }
    const before = prior[p]!.members.length;
    const merged = absorbed[g]!.map((i) => prior[i]!.id).sort(compare);
    const splitTo = wentTo[p]!.filter((w) => w.g !== g).map((w) => ids[w.g]!);
    if (merged.length > 0)
      event({
        kind: 'MERGED',
        clusterId: c.id,
        others: merged,
        sizeBefore: before,
        sizeAfter: size,
        added: c.added,
        removed: c.removed,
        summary: `Absorbed ${merged.join(', ')}: ${before} → ${size} members.`,
      });
    if (splitTo.length > 0)
      event({
        kind: 'SPLIT',
        clusterId: c.id,
        others: splitTo,
        sizeBefore: before,
        sizeAfter: size,
        added: c.added,
        removed: c.removed,
        summary: `Split: ${c.removed} members went to ${splitTo.join(', ')}; ${size} remain.`,
      });
    if (merged.length === 0 && splitTo.length === 0 && (c.added > 0 || c.removed > 0)) {
      const grew = size > before || (size === before && c.added > 0);
      event({
        kind: grew ? 'GREW' : 'SHRANK',
        clusterId: c.id,
        others: [],
        sizeBefore: before,
        sizeAfter: size,
        added: c.added,
        removed: c.removed,
        summary: `${grew ? 'Grew' : 'Shrank'} from ${before} to ${size} members (+${c.added}, −${c.removed}).`,
      });
    }
  });
  const dissolved: string[] = [];
  prior.forEach((p, i) => {
    const into = mergedInto.get(p.id);
    if (into)
      event({
        kind: 'MERGED',
        clusterId: p.id,
        others: [into],
        sizeBefore: p.members.length,
        sizeAfter: 0,
        added: 0,
        removed: p.members.length,
        summary: `Merged into ${into}.`,
      });
    else if (priorGroup[i] === -1) {
      dissolved.push(p.id);
      event({
        kind: 'SHRANK',
        clusterId: p.id,
        others: [],
        sizeBefore: p.members.length,
        sizeAfter: 0,
        added: 0,
        removed: p.members.length,
        summary: `Dissolved: none of its ${p.members.length} members is linked any more.`,
      });
    }
  });
  return { clusters, events, mergedInto, dissolved };
}
