// Computing a view's clusters incrementally: the links and assertions added since the view's revision,
// union-find over the touched components, Louvain only where one is large; members with new statements or
// victim reports are refigured. Gives way to a full run (clusters-compute.ts) when that is cheaper or the
// only way to tell (something the view had was re-marked away).
import { cypher, cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { INFRA_REL_TYPES } from '../../model.js';
import { COMMUNITY_THRESHOLD, communities, type Group } from './cluster-engine.js';
import { apply, TYPES, type ComputeOutcome, type MemberFacts } from './clusters-compute.js';
import { readByLabel, type StoredCluster, type ViewState } from './clusters-store.js';

/** Changes are read from this long before the revision on: a write that committed late is not missed. */
const OVERLAP_MS = 60_000;
/** Above this share of the view's members touched, an incremental run gives way to a full one. */
const FULL_FRACTION = 0.25;
/** How long a window with no change is kept before it moves on. */
const ADVANCE_MS = 10 * 60_000;

interface ChangedLink {
  a: string;
  b: string;
  at: string;
  visible: boolean;
}

/** Brings a view up to date from what was added since its revision; 'full' when only a full run can. */
export async function computeIncremental(
  executor: Executor,
  state: ViewState,
): Promise<ComputeOutcome | 'full'> {
  const vis = state.keys;
  const started = new Date().toISOString();
  const since = new Date(Date.parse(state.revision) - OVERLAP_MS).toISOString();
  const marks = (
    await executor.read({ cypher: cypher('clusters/recent-marks'), params: { since } })
  )[0];
  const mark = `${since}|${Number(marks?.n ?? 0)}|${String(marks?.at ?? '')}`;
  if (mark === state.mark) return { events: [], changed: [], mode: 'incremental' };
  const links: ChangedLink[] = [];
  await executor.readTx(async (tx) => {
    for (const type of INFRA_REL_TYPES) {
      const result = await tx.run(cypherWith('clusters/changed-links', { type }), { since, vis });
      for (const r of result.records) links.push(r.toObject() as ChangedLink);
    }
  }, 120_000);
  const nodes = (
    await executor.read(
      { cypher: cypher('clusters/changed-assertions'), params: { since, vis } },
      120_000,
    )
  ).map((r) => ({ id: r.id as string, at: String(r.at ?? ''), visible: r.visible === true }));
  const { memberOf, clusters } = state;
  // Something a member or a link between members lost for this view: re-marked; only a full run can tell.
  // (Only what came after the last full run, which already saw the rest.)
  const after = state.fullAt ?? '';
  for (const l of links)
    if (!l.visible && l.at > after && memberOf.has(l.a) && memberOf.has(l.b)) return 'full';
  for (const n of nodes) if (!n.visible && n.at > after && memberOf.has(n.id)) return 'full';
  const pairs: [string, string][] = links.filter((l) => l.visible).map((l) => [l.a, l.b]);
  // Members whose figures may have changed with no link changing: a new statement about them (country,
  // first seen) or a victim report involving them.
  const refigure = new Set(nodes.filter((n) => n.visible && memberOf.has(n.id)).map((n) => n.id));
  for (const r of await executor.read({
    cypher: cypher('clusters/changed-victims'),
    params: { since, vis },
  }))
    if (memberOf.has(r.id as string)) refigure.add(r.id as string);
  const reached: [string, string][] = [
    ...pairs,
    ...[...refigure].map((id): [string, string] => [id, id]),
  ];
  const componentSize = new Map<string, number>();
  for (const c of clusters.values())
    componentSize.set(c.component, (componentSize.get(c.component) ?? 0) + c.members.length);
  const tooMuch = (touched: number) =>
    touched > FULL_FRACTION * Math.max(memberOf.size, 1) && touched > COMMUNITY_THRESHOLD;
  // Decided before anything more is read: when the new links alone reach much of the view, a full run is
  // cheaper than reading the touched components piecemeal.
  if (tooMuch(touchedBy(reached, (id) => memberOf.get(id), clusters, componentSize))) return 'full';
  const fresh = nodes.filter((n) => n.visible && !memberOf.has(n.id)).map((n) => n.id);
  if (fresh.length > 0) {
    const rows = await readByLabel(executor, 'clusters/links-of', fresh, { vis }, { types: TYPES });
    for (const r of rows) pairs.push([r.a as string, r.b as string]);
  }
  const componentOf = (id: string) => {
    const c = memberOf.get(id);
    return c === undefined ? undefined : clusters.get(c)!.component;
  };
  // Links that change nothing: both ends already in one cluster.
  const useful = pairs.filter(([a, b]) => {
    if (a === b) return false;
    const ca = memberOf.get(a);
    return ca === undefined || ca !== memberOf.get(b);
  });
  // The window moves on every few minutes even when nothing changed; else the same mark skips next time.
  if (useful.length === 0 && refigure.size === 0) {
    if (Date.parse(started) - Date.parse(state.revision) > ADVANCE_MS) {
      state.revision = started;
      state.mark = undefined;
    } else state.mark = mark;
    return { events: [], changed: [], mode: 'incremental' };
  }
  // Units: a whole earlier component, or a node that was in none. Union them along the new links.
  const unitOf = (id: string) => {
    const c = componentOf(id);
    return c === undefined ? `n:${id}` : `c:${c}`;
  };
  const parent = new Map<string, string>();
  const find = (u: string): string => {
    let p = parent.get(u) ?? u;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p)!;
    parent.set(u, p);
    return p;
  };
  for (const [a, b] of useful) {
    const ra = find(unitOf(a));
    const rb = find(unitOf(b));
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const byComponent = new Map<string, StoredCluster[]>();
  for (const c of clusters.values()) {
    const list = byComponent.get(c.component);
    if (list) list.push(c);
    else byComponent.set(c.component, [c]);
  }
  const regions = new Map<string, { members: Set<string>; prior: StoredCluster[] }>();
  const regionOf = (u: string) => {
    const r = find(u);
    let region = regions.get(r);
    if (!region) regions.set(r, (region = { members: new Set(), prior: [] }));
    return region;
  };
  const units = new Set<string>();
  for (const [a, b] of useful) for (const id of [a, b]) units.add(unitOf(id));
  for (const id of refigure) units.add(unitOf(id));
  for (const u of units) {
    const region = regionOf(u);
    if (u.startsWith('n:')) region.members.add(u.slice(2));
    else
      for (const c of byComponent.get(u.slice(2)) ?? []) {
        region.prior.push(c);
        for (const m of c.members) region.members.add(m);
      }
  }
  // When the change touches much of the view, one full run is cheaper than reading it all piecemeal.
  // (The state is untouched until here, so the full run starts from it as it was.)
  let touched = 0;
  for (const region of regions.values()) touched += region.members.size;
  if (tooMuch(touched)) return 'full';
  state.revision = started;
  state.mark = undefined;
  const groups: Group[] = [];
  const prior: StoredCluster[] = [];
  const large: string[][] = [];
  for (const region of regions.values()) {
    prior.push(...region.prior);
    const members = [...region.members].sort();
    if (members.length <= COMMUNITY_THRESHOLD) groups.push({ members, component: members[0]! });
    else large.push(members);
  }
  // Regions large enough for community detection: their links, read in one go, split by region.
  if (large.length > 0) {
    const at = new Map<string, { region: number; i: number }>();
    large.forEach((members, region) => members.forEach((m, i) => at.set(m, { region, i })));
    const edges = large.map((): [number, number][] => []);
    const rows = await readByLabel(
      executor,
      'clusters/links-of',
      at.keys(),
      { vis },
      { types: TYPES },
    );
    for (const r of rows) {
      const a = at.get(r.a as string);
      const b = at.get(r.b as string);
      if (a && b && a.region === b.region && a.i < b.i) edges[a.region]!.push([a.i, b.i]);
    }
    large.forEach((members, region) => {
      const parts = communities(
        members.map((_, i) => i),
        edges[region]!,
        members,
        1,
      );
      for (const p of parts) groups.push({ members: p, component: members[0]! });
    });
  }
  groups.sort((x, y) => (x.members[0]! < y.members[0]! ? -1 : 1));
  // Figures of the clusters that change.
  const need = new Set<string>();
  for (const g of groups) for (const m of g.members) need.add(m);
  const factRows = await readByLabel(executor, 'clusters/member-facts', need, { vis });
  const factMap = new Map<string, MemberFacts>();
  for (const r of factRows) {
    const seen = (r.seen as string | null) ?? null;
    if (seen && seen > state.latest) state.latest = seen;
    factMap.set(r.id as string, {
      country: (r.country as string | null) ?? null,
      seen,
      victims: ((r.victims as { v: string; loss: number }[]) ?? []).map((v) => ({
        v: v.v,
        loss: Number(v.loss ?? 0),
      })),
    });
  }
  return apply(state, prior, groups, (id) => factMap.get(id), started, 'incremental');
}

/** How many members the components behind these links hold, plus the ends in none. */
function touchedBy(
  pairs: readonly [string, string][],
  clusterOf: (id: string) => string | undefined,
  clusters: ViewState['clusters'],
  componentSize: ReadonlyMap<string, number>,
): number {
  const components = new Set<string>();
  const loose = new Set<string>();
  for (const pair of pairs)
    for (const id of pair) {
      const c = clusterOf(id);
      if (c === undefined) loose.add(id);
      else components.add(clusters.get(c)!.component);
    }
  let touched = loose.size;
  for (const c of components) touched += componentSize.get(c) ?? 0;
  return touched;
}
