// Counts for one caller: compounds (all, by country) and stats, equal to the oracle's visible counts.
import { ENTITY_FIELDS, checkEntity, type EntityJson } from './entity-checks.js';
import { KIND_OF, reads } from './ask.js';
import { setDiff, type Probe } from './probe.js';
import { COUNTRIES } from './world.js';

export async function checkCompounds(p: Probe): Promise<void> {
  const F = 'compounds';
  const byCountry = COUNTRIES.map(
    (c) => `${c.toLowerCase()}: compounds(country: "${c}") { ...E }`,
  ).join('\n');
  const r = await p.gql<Record<string, EntityJson[]>>(
    F,
    'compounds',
    `{ all: compounds(first: 5000) { ...E }\n${byCountry} }\n${ENTITY_FIELDS}`,
  );
  if (!reads(p)) return;
  if (!r.data) {
    p.fail(F, 'request failed', `${r.errors?.[0]?.message}`);
    return;
  }
  const compounds = [...p.view.nodes.values()].filter((n) => n.node.label === 'Compound');
  const check = (key: string, want: string[]) => {
    const got = r.data![key] ?? [];
    const diff = setDiff(
      got.map((e) => e.id),
      want,
    );
    if (diff) p.fail(F, 'compounds differ from the visible ones', `compounds(${key}): ${diff}`);
    for (const e of got) checkEntity(p, F, `compounds(${key})`, e);
  };
  check(
    'all',
    compounds.map((n) => n.node.id),
  );
  for (const c of COUNTRIES)
    check(
      c.toLowerCase(),
      compounds.filter((n) => n.node.country === c).map((n) => n.node.id),
    );
}

interface StatsJson {
  nodes: { kind: string; count: number }[];
  relationships: { type: string; count: number }[];
  totalNodes: number;
  totalRelationships: number;
  hasSyntheticData: boolean;
}

export async function checkStats(p: Probe): Promise<void> {
  const F = 'stats';
  const r = await p.gql<{ stats: StatsJson }>(
    F,
    'stats',
    '{ stats { nodes { kind count } relationships { type count } totalNodes totalRelationships hasSyntheticData } }',
  );
  if (!reads(p)) return;
  if (!r.data) {
    p.fail(F, 'request failed', `${r.errors?.[0]?.message}`);
    return;
  }
  const s = r.data.stats;
  const want = new Map<string, number>();
  for (const n of p.view.nodes.values()) {
    const k = KIND_OF[n.node.label]!;
    want.set(k, (want.get(k) ?? 0) + 1);
  }
  want.set('SOURCE', p.view.sources.size);
  for (const { kind, count } of s.nodes)
    if (count !== (want.get(kind) ?? 0))
      p.fail(
        F,
        'node count differs from the visible graph',
        `${kind}: ${count}, visible ${want.get(kind) ?? 0}`,
      );
  const rels = new Map<string, number>();
  for (const l of p.view.links.values()) rels.set(l.link.type, (rels.get(l.link.type) ?? 0) + 1);
  rels.set('REPORTED_IN', p.view.reported.size);
  for (const { type, count } of s.relationships)
    if (count !== (rels.get(type) ?? 0))
      p.fail(
        F,
        'relationship count differs from the visible graph',
        `${type}: ${count}, visible ${rels.get(type) ?? 0}`,
      );
  const totalNodes = p.view.nodes.size + p.view.sources.size;
  const totalRels = p.view.links.size + p.view.reported.size;
  if (s.totalNodes !== totalNodes || s.totalRelationships !== totalRels)
    p.fail(
      F,
      'totals differ from the visible graph',
      `${s.totalNodes}/${s.totalRelationships}, visible ${totalNodes}/${totalRels}`,
    );
}
