// The GraphQL read paths for one caller: lookup, entity, search, neighborhood, cluster, shortestPath,
// compounds and stats, each compared with the oracle's view and scanned for hidden strings.
import {
  EDGE_FIELDS,
  ENTITY_FIELDS,
  SUBGRAPH,
  checkEntity,
  checkSubgraph,
  neverId,
  sample,
  type EntityJson,
  type SubgraphJson,
} from './entity-checks.js';
import { distance, edgesAmong, walk, type Universe, type WorldNode } from './oracle.js';
import { chunks, setDiff, shapeOf, type Probe } from './probe.js';
import { COUNTRIES } from './world.js';

const KIND_OF: Record<string, string> = {
  Domain: 'DOMAIN',
  Url: 'URL',
  Wallet: 'WALLET',
  Phone: 'PHONE',
  Compound: 'COMPOUND',
};

/** Signed-in callers and public anonymous ones read; the private anonymous caller only gets 401s. */
const reads = (p: Probe) => !(p.caller.anonymous && p.caller.server === 'private');

/** How a value of a node is pasted into lookup (a compound by its key, which normalizes to itself). */
function lookupText(n: WorldNode): string {
  if (n.label === 'Wallet') return n.key.slice(n.key.indexOf(':') + 1);
  return n.key;
}

const LOOKUP_FIELDS = 'input recognized kind normalized id reason message entity { ...E }';

interface LookupJson {
  input: string;
  recognized: boolean;
  kind: string | null;
  normalized: string | null;
  id: string | null;
  reason: string | null;
  message: string | null;
  entity: EntityJson | null;
}

/** A lookup answer without what echoes the question (input, normalized key, id); the entity stays. */
function withoutEcho(text: string): string {
  try {
    const body = JSON.parse(text) as { data?: Record<string, LookupJson | null> };
    for (const l of Object.values(body.data ?? {}))
      if (l) Object.assign(l, { input: '<asked>', normalized: '<asked>', id: '<asked>' });
    return JSON.stringify(body);
  } catch {
    return text;
  }
}

/** lookup(value) of every value of the world, visible or not, and of a never-seen value of each kind. */
export async function checkLookups(p: Probe, u: Universe): Promise<void> {
  const F = 'lookup';
  const never: [string, string][] = [
    [u.names.never.domain, 'DOMAIN'],
    [u.names.never.url, 'URL'],
    [u.names.never.wallet, 'WALLET'],
    [u.names.never.phone, 'PHONE'],
    [u.names.never.compound, 'COMPOUND'],
  ];
  const asked: { text: string; kind: string; node?: WorldNode }[] = [
    ...never.map(([text, kind]) => ({ text, kind })),
    ...[...u.nodes.values()].map((n) => ({
      text: lookupText(n),
      kind: KIND_OF[n.label]!,
      node: n,
    })),
  ];
  const answers = new Map<string, LookupJson>();
  for (const batch of chunks(asked, 15)) {
    const vars = batch.map((_, i) => `$v${i}: String!, $k${i}: EntityKind`).join(', ');
    const fields = batch
      .map((_, i) => `l${i}: lookup(value: $v${i}, kind: $k${i}) { ${LOOKUP_FIELDS} }`)
      .join('\n');
    const variables: Record<string, unknown> = {};
    batch.forEach((a, i) => {
      variables[`v${i}`] = a.text;
      variables[`k${i}`] = a.kind;
    });
    const r = await p.gql<Record<string, LookupJson>>(
      F,
      'lookup batch',
      `query(${vars}) { ${fields} }\n${ENTITY_FIELDS}`,
      variables,
      withoutEcho,
    );
    if (!reads(p)) return;
    if (!r.data) {
      p.fail(F, 'request failed', `lookup batch: ${r.errors?.[0]?.message}`);
      continue;
    }
    batch.forEach((a, i) => answers.set(a.text, r.data![`l${i}`]!));
  }
  const neverOf = new Map(never.map(([text, kind]) => [kind, answers.get(text)]));
  for (const a of asked) {
    if (!a.node) continue;
    const got = answers.get(a.text);
    if (!got) continue;
    const visible = p.view.nodes.has(a.node.id);
    if (visible) {
      if (!got.entity) p.fail(F, 'visible value not found', `lookup ${a.text}`);
      else checkEntity(p, F, `lookup ${a.text}`, got.entity);
      continue;
    }
    const twin = neverOf.get(a.kind);
    const strip = (l: LookupJson | undefined) =>
      l &&
      JSON.stringify({
        recognized: l.recognized,
        kind: l.kind,
        reason: l.reason,
        message: l.message,
        entity: l.entity,
      });
    if (got.entity) p.fail(F, 'hidden value found', `lookup ${a.text} → ${got.entity.id}`);
    else if (strip(got) !== strip(twin))
      p.fail(
        F,
        'hidden value answers unlike a never-seen one',
        `lookup ${a.text}: ${strip(got)} vs ${strip(twin)}`,
      );
  }
}

/** Asks one query about an id that must not exist for the caller, and about a never-seen id; compares. */
async function expectNotFoundLikeNever(
  p: Probe,
  family: string,
  u: Universe,
  query: (idVar: string) => string,
  id: string,
  extra: Record<string, unknown> = {},
  idName = 'id',
): Promise<void> {
  const twin = neverId(u, id);
  const ask = (x: string) =>
    p.gql(family, `${family}(${x})`, query(idName), { ...extra, [idName]: x });
  const [hidden, never] = [await ask(id), await ask(twin)];
  if (!reads(p)) return;
  const shape = (r: typeof hidden, x: string) =>
    JSON.stringify({
      status: r.status,
      data: r.data ?? null,
      code: r.errors?.[0]?.extensions?.code ?? null,
      message: shapeOf(r.errors?.[0]?.message, x),
      errors: r.errors?.length ?? 0,
    });
  const a = shape(hidden, id);
  const b = shape(never, twin);
  if (a !== b) p.fail(family, 'hidden id answers unlike a never-seen id', `${id}: ${a} vs ${b}`);
  if (hidden.errors?.[0]?.extensions?.code !== 'NOT_FOUND')
    p.fail(
      family,
      'hidden id is not NOT_FOUND',
      `${id}: ${hidden.errors?.[0]?.extensions?.code ?? 'data'}`,
    );
}

/**
 * Aliased queries about visible ids (`keys`: an id, or `id#n` when one id is asked twice); when one alias
 * fails the whole batch, each key is asked alone.
 */
async function batched<T>(
  p: Probe,
  family: string,
  keys: string[],
  size: number,
  field: (i: number, key: string) => string,
  fragments: string,
  onAnswer: (key: string, value: T) => void,
): Promise<void> {
  const idOf = (key: string) => key.replace(/#\d+$/, '');
  for (const batch of chunks(keys, size)) {
    const vars = batch.map((_, i) => `$i${i}: ID!`).join(', ');
    const query = `query(${vars}) { ${batch.map((key, i) => `a${i}: ${field(i, key)}`).join('\n')} }\n${fragments}`;
    const variables = Object.fromEntries(batch.map((key, i) => [`i${i}`, idOf(key)]));
    const r = await p.gql<Record<string, T>>(family, `${family} batch`, query, variables);
    if (!reads(p)) return;
    if (r.data) {
      batch.forEach((key, i) => onAnswer(key, r.data![`a${i}`] as T));
      continue;
    }
    if (batch.length === 1) {
      p.fail(
        family,
        'visible id refused',
        `${batch[0]}: ${r.errors?.[0]?.extensions?.code} ${r.errors?.[0]?.message}`,
      );
      continue;
    }
    for (const key of batch) await batched(p, family, [key], 1, field, fragments, onAnswer);
  }
}

const visibleIds = (p: Probe) => [...p.view.nodes.keys()].sort();
const hiddenIds = (p: Probe) => p.view.hiddenNodes.map((n) => n.id).sort();

export async function checkEntities(p: Probe, u: Universe, salt: number): Promise<void> {
  const F = 'entity';
  const ids = [...visibleIds(p), ...[...p.view.sources.keys()].sort()];
  await batched<EntityJson>(
    p,
    F,
    ids,
    15,
    (i) => `entity(id: $i${i}) { ...E }`,
    ENTITY_FIELDS,
    (id, e) => {
      if (e.id !== id) p.fail(F, 'wrong entity', `${id} → ${e.id}`);
      checkEntity(p, F, `entity(${id})`, e);
    },
  );
  const hidden =
    salt % 2 === 0
      ? sample(hiddenIds(p), 1, salt)
      : sample(
          p.view.hiddenSources.map((s) => s.id),
          1,
          salt,
        );
  for (const id of hidden)
    await expectNotFoundLikeNever(
      p,
      F,
      u,
      (v) => `query($${v}: ID!) { entity(id: $${v}) { ...E } }\n${ENTITY_FIELDS}`,
      id,
    );
}

interface SearchJson {
  hits: { node: EntityJson; exact: boolean }[];
}

export async function checkSearch(p: Probe, u: Universe, salt: number): Promise<void> {
  const F = 'search';
  const hidden = sample(p.view.hiddenNodes, 4, salt).map((n) => lookupText(n));
  const visible = sample(
    [...p.view.nodes.values()].map((n) => n.node),
    2,
    salt,
  ).map((n) => lookupText(n));
  const queries = [
    u.spec.tag,
    'Leak Park',
    ...hidden,
    ...visible,
    ...sample(
      p.view.hiddenSources.map((s) => s.name),
      1,
      salt,
    ),
  ];
  const vars = queries.map((_, i) => `$q${i}: String!`).join(', ');
  const fields = queries
    .map(
      (_, i) =>
        `s${i}: search(query: $q${i}, first: 100) { hits { node { ...E } score exact cursor } pageInfo { hasNextPage endCursor } }`,
    )
    .join('\n');
  const r = await p.gql<Record<string, SearchJson>>(
    F,
    'search',
    `query(${vars}) { ${fields} }\n${ENTITY_FIELDS}`,
    Object.fromEntries(queries.map((q, i) => [`q${i}`, q])),
  );
  if (!reads(p)) return;
  if (!r.data) {
    p.fail(F, 'request failed', `${r.errors?.[0]?.message}`);
    return;
  }
  queries.forEach((q, i) => {
    for (const hit of r.data![`s${i}`]?.hits ?? []) {
      if (!hit.node.id.startsWith('source:') && !u.nodes.has(hit.node.id)) continue;
      checkEntity(p, F, `search(${q})`, hit.node);
    }
  });
}

export async function checkNeighborhoods(p: Probe, u: Universe, salt: number): Promise<void> {
  const F = 'neighborhood';
  const fragments = `${ENTITY_FIELDS}\n${EDGE_FIELDS}`;
  // Five ids at depth 1 and one at depth 2 or 3, in one request.
  const asked = [
    ...sample(visibleIds(p), 5, salt).map((id) => ({ id, depth: 1 })),
    ...sample(visibleIds(p), 1, salt + 1).map((id) => ({ id, depth: 2 + (salt % 2) })),
  ];
  const depthOf = (key: string) => asked[Number(key.slice(key.lastIndexOf('#') + 1))]!.depth;
  await batched<SubgraphJson>(
    p,
    F,
    asked.map((a, i) => `${a.id}#${i}`),
    6,
    (i, key) => `neighborhood(id: $i${i}, depth: ${depthOf(key)}, limit: 2000) { ${SUBGRAPH} }`,
    fragments,
    (key, g) => {
      const id = key.slice(0, key.lastIndexOf('#'));
      const nodes = walk(p.view, id, depthOf(key), true);
      checkSubgraph(p, F, `neighborhood(${id}, ${depthOf(key)})`, g, {
        nodes,
        edges: edgesAmong(p.view, nodes, true),
      });
    },
  );
  if (salt % 3 === 0)
    for (const id of sample(hiddenIds(p), 1, salt))
      await expectNotFoundLikeNever(
        p,
        F,
        u,
        (v) =>
          `query($${v}: ID!) { neighborhood(id: $${v}, depth: 2) { ${SUBGRAPH} } }\n${fragments}`,
        id,
      );
}

export async function checkClusters(p: Probe, u: Universe, salt: number): Promise<void> {
  const F = 'cluster';
  const fragments = `${ENTITY_FIELDS}\n${EDGE_FIELDS}`;
  await batched<SubgraphJson>(
    p,
    F,
    sample(visibleIds(p), 3, salt),
    3,
    (i) => `cluster(id: $i${i}, limit: 5000) { ${SUBGRAPH} }`,
    fragments,
    (id, g) => {
      const nodes = walk(p.view, id, 4, false);
      checkSubgraph(p, F, `cluster(${id})`, g, { nodes, edges: edgesAmong(p.view, nodes, false) });
    },
  );
  if (salt % 3 === 1)
    for (const id of sample(hiddenIds(p), 1, salt))
      await expectNotFoundLikeNever(
        p,
        F,
        u,
        (v) => `query($${v}: ID!) { cluster(id: $${v}) { ${SUBGRAPH} } }\n${fragments}`,
        id,
      );
}

/** Undirected adjacency over every link of the world, hidden or not. */
function fullAdjacency(u: Universe): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const l of u.links.values())
    for (const [a, b] of [
      [l.from, l.to],
      [l.to, l.from],
    ] as const)
      adj.set(a, (adj.get(a) ?? new Set()).add(b));
  return adj;
}

function hops(
  adj: Map<string, Set<string>>,
  from: string,
  to: string,
  max: number,
): number | undefined {
  let frontier = [from];
  const seen = new Set(frontier);
  for (let d = 1; d <= max && frontier.length; d += 1) {
    const next: string[] = [];
    for (const id of frontier)
      for (const m of adj.get(id) ?? []) {
        if (m === to) return d;
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      }
    frontier = next;
  }
  return undefined;
}

interface PathJson {
  found: boolean;
  length: number | null;
  paths: string[][];
  subgraph: SubgraphJson;
}

export async function checkPaths(p: Probe, u: Universe, salt: number): Promise<void> {
  const F = 'shortestPath';
  const fragments = `${ENTITY_FIELDS}\n${EDGE_FIELDS}`;
  const ids = visibleIds(p);
  const all = [...u.nodes.keys()].sort();
  // Pairs that only hidden nodes or links connect (or connect more closely) are the interesting ones.
  const full = fullAdjacency(u);
  const interesting: [string, string][] = [];
  const others: [string, string][] = [];
  for (let i = 0; i < ids.length; i += 1)
    for (let j = i + 1; j < ids.length; j += 1) {
      const [a, b] = [ids[i]!, ids[j]!];
      const closer = hops(full, a, b, 6) !== distance(p.view, a, b, 6);
      (closer ? interesting : others).push([a, b]);
    }
  const chosen = [...sample(interesting, 3, salt), ...sample(others, 1, salt)];
  for (const batch of chunks(chosen, 4)) {
    const vars = batch.map((_, i) => `$f${i}: ID!, $t${i}: ID!`).join(', ');
    const fields = batch
      .map(
        (_, i) =>
          `p${i}: shortestPath(fromId: $f${i}, toId: $t${i}, maxDepth: 6) { found length paths subgraph { ${SUBGRAPH} } }`,
      )
      .join('\n');
    const variables: Record<string, string> = {};
    batch.forEach(([a, b], i) => {
      variables[`f${i}`] = a;
      variables[`t${i}`] = b;
    });
    const r = await p.gql<Record<string, PathJson>>(
      F,
      'shortestPath batch',
      `query(${vars}) { ${fields} }\n${fragments}`,
      variables,
    );
    if (!reads(p)) return;
    if (!r.data) {
      p.fail(
        F,
        'request failed',
        `${batch.map((b) => b.join('→')).join(', ')}: ${r.errors?.[0]?.extensions?.code} ${r.errors?.[0]?.message}`,
      );
      continue;
    }
    batch.forEach(([a, b], i) => {
      const got = r.data![`p${i}`]!;
      const where = `shortestPath(${a} → ${b})`;
      const d = distance(p.view, a, b, 6);
      if (got.found !== (d !== undefined) || (d !== undefined && got.length !== d))
        p.fail(
          F,
          'path found or length differs from the visible graph',
          `${where}: found ${got.found} length ${got.length}, visible distance ${d ?? 'none'}`,
        );
      for (const path of got.paths) {
        for (const id of path)
          if (!p.view.nodes.has(id))
            p.fail(F, 'path through a hidden node', `${where}: ${path.join(' → ')}`);
        for (let k = 1; k < path.length; k += 1)
          if (!p.view.adjacency.get(path[k - 1]!)?.has(path[k]!))
            p.fail(F, 'path through a hidden link', `${where}: ${path[k - 1]} — ${path[k]}`);
      }
      const nodes = new Set(got.paths.flat());
      checkSubgraph(p, F, where, got.subgraph, { nodes, edges: edgesAmong(p.view, nodes, false) });
    });
  }
  // A hidden endpoint answers as a non-existent one, on either side.
  const visibleOne = ids[salt % Math.max(1, ids.length)] ?? all[0]!;
  for (const [k, hidden] of (salt % 3 === 2 ? sample(hiddenIds(p), 1, salt + 1) : []).entries()) {
    const other = visibleOne === hidden ? neverId(u, hidden) : visibleOne;
    const query =
      (k + salt) % 2 === 0
        ? (v: string) =>
            `query($${v}: ID!, $other: ID!) { shortestPath(fromId: $${v}, toId: $other) { found length paths } }`
        : (v: string) =>
            `query($${v}: ID!, $other: ID!) { shortestPath(fromId: $other, toId: $${v}) { found length paths } }`;
    await expectNotFoundLikeNever(p, F, u, query, hidden, { other });
  }
}

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
