// Computing a view's clusters fully: every visible node and link streamed from Neo4j as compact rows into
// typed arrays, union-find, Louvain per large component. The incremental run is clusters-incremental.ts;
// both end in the same matching (cluster-engine.ts) and the same bookkeeping of ids, figures and events
// (`apply`, here).
import { cypher, cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { INFRA_REL_TYPES, labelOfId, type NodeLabel } from '../../model.js';
import { EdgeList, matchClusters, partition, type Group } from './cluster-engine.js';
import type { ClusterEvent } from './clusters-types.js';
import { streamRows, type StoredCluster, type ViewState } from './clusters-store.js';

/** The infrastructure link types as a Cypher relationship-type alternation. */
export const TYPES = INFRA_REL_TYPES.join('|');
const DAY_MS = 86_400_000;

export interface MemberFacts {
  country: string | null;
  seen: string | null;
  victims: readonly { v: string; loss: number }[];
}

export type FactsOf = (id: string) => MemberFacts | undefined;

export interface Progress {
  (message: string): void;
}

export interface ComputeOutcome {
  events: ClusterEvent[];
  changed: StoredCluster[];
  mode: 'full' | 'incremental';
}

/** Recomputes a view from scratch, matching the result to its earlier clusters (ids stay stable). */
export async function computeFull(
  executor: Executor,
  state: ViewState,
  progress: Progress = () => {},
): Promise<ComputeOutcome> {
  const vis = state.keys;
  const started = new Date().toISOString();
  // Nodes, links and victim reports are read at once (three sessions: Neo4j works on them in parallel);
  // links arrive as pairs of internal ids and are mapped to dense node indexes once the nodes are in.
  const index = new Map<number, number>();
  const ids: string[] = [];
  const country: (string | null)[] = [];
  const seen: (string | null)[] = [];
  let raw = new Float64Array(1 << 16);
  let rawLength = 0;
  const victimRows: { i: number; v: string; loss: number }[] = [];
  await Promise.all([
    streamRows(executor, { cypher: cypher('clusters/stream-nodes'), params: { vis } }, (get) => {
      index.set(get('i') as number, ids.length);
      ids.push(get('id') as string);
      country.push((get('country') as string | null) ?? null);
      seen.push((get('seen') as string | null) ?? null);
      if (ids.length % 200_000 === 0) progress(`  ${ids.length} nodes read`);
    }),
    streamRows(
      executor,
      { cypher: cypherWith('clusters/stream-links', { types: TYPES }), params: { vis } },
      (get) => {
        if (rawLength + 2 > raw.length) {
          const grown = new Float64Array(raw.length * 2);
          grown.set(raw);
          raw = grown;
        }
        raw[rawLength++] = get('a') as number;
        raw[rawLength++] = get('b') as number;
        if (rawLength % 1_000_000 === 0) progress(`  ${rawLength / 2} links read`);
      },
    ),
    streamRows(executor, { cypher: cypher('clusters/stream-victims'), params: { vis } }, (get) => {
      victimRows.push({
        i: get('i') as number,
        v: get('v') as string,
        loss: Number(get('loss') ?? 0),
      });
    }),
  ]);
  progress(`  ${ids.length} nodes read`);
  const edges = new EdgeList();
  for (let k = 0; k < rawLength; k += 2) {
    const a = index.get(raw[k]!);
    const b = index.get(raw[k + 1]!);
    if (a !== undefined && b !== undefined && a !== b) edges.push(a, b);
  }
  progress(`  ${rawLength / 2} links read, ${edges.length} between visible members`);
  raw = new Float64Array(0);
  const victims = new Map<number, { v: string; loss: number }[]>();
  for (const row of victimRows) {
    const i = index.get(row.i);
    if (i === undefined) continue;
    const list = victims.get(i) ?? [];
    list.push({ v: row.v, loss: row.loss });
    victims.set(i, list);
  }
  index.clear();
  const groups = partition(ids, edges);
  progress(`  ${groups.length} groups`);
  const byId = new Map<string, number>();
  for (const g of groups) for (const m of g.members) byId.set(m, -1);
  ids.forEach((id, i) => {
    if (byId.has(id)) byId.set(id, i);
  });
  const facts: FactsOf = (id) => {
    const i = byId.get(id);
    if (i === undefined || i < 0) return undefined;
    return { country: country[i]!, seen: seen[i]!, victims: victims.get(i) ?? [] };
  };
  let latest = '';
  for (const s of seen) if (s && s > latest) latest = s;
  state.latest = latest;
  const prior = [...state.clusters.values()];
  const outcome = apply(state, prior, groups, facts, started, 'full');
  state.revision = started;
  state.fullAt = started;
  state.mark = undefined;
  return outcome;
}

/** Figures of one cluster from its members' facts. */
export function figuresOf(
  members: readonly string[],
  facts: FactsOf,
  latest: string,
): Pick<
  StoredCluster,
  'kinds' | 'countries' | 'recentGrowth' | 'victimReports' | 'reportedLossUsd'
> {
  const kinds: Partial<Record<NodeLabel, number>> = {};
  const countries = new Map<string, number>();
  const victims = new Map<string, number>();
  const recentFrom = latest ? new Date(Date.parse(latest) - 30 * DAY_MS).toISOString() : '';
  let recent = 0;
  for (const m of members) {
    const label = labelOfId(m);
    if (label) kinds[label] = (kinds[label] ?? 0) + 1;
    const f = facts(m);
    if (!f) continue;
    if (f.country) countries.set(f.country, (countries.get(f.country) ?? 0) + 1);
    if (f.seen && recentFrom && f.seen >= recentFrom) recent += 1;
    for (const v of f.victims) victims.set(v.v, Math.max(victims.get(v.v) ?? 0, v.loss));
  }
  let loss = 0;
  for (const l of victims.values()) loss += l;
  return {
    kinds,
    countries: [...countries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c),
    recentGrowth: recent,
    victimReports: victims.size,
    reportedLossUsd: Math.round(loss * 100) / 100,
  };
}

function sameFigures(a: StoredCluster, b: ReturnType<typeof figuresOf>): boolean {
  return (
    JSON.stringify(a.kinds) === JSON.stringify(b.kinds) &&
    a.countries.join() === b.countries.join() &&
    a.recentGrowth === b.recentGrowth &&
    a.victimReports === b.victimReports &&
    a.reportedLossUsd === b.reportedLossUsd
  );
}

/** Matches groups to the prior clusters they overlap and records the result in the view's state. */
export function apply(
  state: ViewState,
  prior: readonly StoredCluster[],
  groups: readonly Group[],
  facts: FactsOf,
  now: string,
  mode: 'full' | 'incremental',
): ComputeOutcome {
  const result = matchClusters(
    prior,
    groups.map((g) => g.members),
    now,
    state.taken,
  );
  const byPrior = new Map(prior.map((p) => [p.id, p]));
  const absorbedBy = new Map<string, string[]>();
  for (const [from, into] of result.mergedInto) {
    const list = absorbedBy.get(into) ?? [];
    list.push(from);
    absorbedBy.set(into, list);
  }
  const changed: StoredCluster[] = [];
  result.clusters.forEach((m, i) => {
    const group = groups[i]!;
    const old = m.prior ? byPrior.get(m.prior) : undefined;
    const absorbed = absorbedBy.get(m.id) ?? [];
    const figures = figuresOf(m.members, facts, state.latest);
    const membersChanged = !old || m.added > 0 || m.removed > 0 || absorbed.length > 0;
    if (old && !membersChanged && old.component === group.component && sameFigures(old, figures))
      return;
    const stored: StoredCluster = {
      id: m.id,
      members: m.members,
      component: group.component,
      createdAt: old?.createdAt ?? now,
      updatedAt: membersChanged ? now : (old?.updatedAt ?? now),
      ...figures,
      mergedFrom: [...absorbed.sort(), ...(old?.mergedFrom ?? [])],
      gone: false,
      mergedInto: null,
    };
    changed.push(stored);
  });
  const goneIds = [...result.mergedInto.keys(), ...result.dissolved];
  for (const id of goneIds) {
    const old = state.clusters.get(id);
    if (!old) continue;
    for (const m of old.members) if (state.memberOf.get(m) === id) state.memberOf.delete(m);
    state.clusters.delete(id);
    const gone: StoredCluster = {
      ...old,
      members: [],
      gone: true,
      mergedInto: result.mergedInto.get(id) ?? null,
      updatedAt: now,
    };
    state.gone.set(id, gone);
    changed.push(gone);
  }
  for (const c of changed) {
    if (c.gone) continue;
    const old = state.clusters.get(c.id);
    if (old)
      for (const m of old.members) if (state.memberOf.get(m) === c.id) state.memberOf.delete(m);
  }
  for (const c of changed) {
    if (c.gone) continue;
    state.clusters.set(c.id, c);
    state.taken.add(c.id);
    for (const m of c.members) state.memberOf.set(m, c.id);
  }
  return { events: result.events, changed, mode };
}
