// The GraphQL read paths of single entities for one caller: lookup, entity and search, each compared with the
// oracle's view and scanned for hidden strings.
import { ENTITY_FIELDS, checkEntity, sample, type EntityJson } from './entity-checks.js';
import { KIND_OF, batched, expectNotFoundLikeNever, hiddenIds, reads, visibleIds } from './ask.js';
import type { Universe, WorldNode } from './oracle.js';
import { chunks, setDiff, type Probe } from './probe.js';

/** How a value of a node is pasted into lookup (a compound by its key, which normalizes to itself). */
function lookupText(n: WorldNode): string {
  if (n.label === 'Wallet') return n.key.slice(n.key.indexOf(':') + 1);
  return n.key;
}

const LOOKUP_FIELDS =
  'input recognized kind normalized id reason message registrable entity { ...E } hostnames { ...E }';

interface LookupJson {
  input: string;
  recognized: boolean;
  kind: string | null;
  normalized: string | null;
  id: string | null;
  reason: string | null;
  message: string | null;
  registrable: string | null;
  entity: EntityJson | null;
  hostnames: EntityJson[];
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
  // The registrable domain of the world's hostnames: never stored itself, it lists the visible ones.
  asked.push({ text: u.names.registrable, kind: 'DOMAIN' });
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
  for (const [text, got] of answers)
    for (const h of got?.hostnames ?? []) checkEntity(p, F, `lookup ${text} hostnames`, h);
  const under = answers.get(u.names.registrable);
  if (under) {
    const want = [...p.view.nodes.values()]
      .filter((n) => n.node.label === 'Domain' && n.node.key.endsWith(`.${u.names.registrable}`))
      .map((n) => n.node.id);
    const diff = setDiff(
      under.hostnames.map((h) => h.id),
      want,
    );
    if (diff) p.fail(F, 'hostnames under a registrable domain differ from the visible ones', diff);
  }
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
        hostnames: l.hostnames,
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
    u.names.registrable,
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
