// What one caller sees, as comparable snapshots (re-marking test): GraphQL answers, exports in each format,
// TAXII pages; and the comparison that masks only what differs between two identical snapshots.
import { Writable } from 'node:stream';
import type { Executor } from '../../../server/db/executor.js';
import { contextForToken } from '../../../server/modules/auth/token-service.js';
import { exportTarget } from '../../../server/modules/exports/exports-service.js';
import { ALL_COLLECTION_ID } from '../../../server/modules/taxii/taxii-service.js';
import { EDGE_FIELDS, ENTITY_FIELDS, SUBGRAPH } from './entity-checks.js';
import { unzip } from './file-checks.js';
import { TAXII_ACCEPT } from './probe.js';

export type Snapshot = Map<string, unknown>;

/** The ids and values a snapshot asks about. */
export interface Subjects {
  values: { text: string; kind: string }[];
  ids: string[];
  root: string;
  pathFrom: string;
  pathTo: string;
  search: string;
  country: string;
}

async function gql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: r.status,
    body: (await r.json()) as { data?: Record<string, unknown>; errors?: unknown },
  };
}

/** JSON inside a string (export contents) parsed, so that masks apply field by field. */
function deep(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.split('\n');
  }
}

export async function graphqlSnapshot(url: string, token: string, s: Subjects): Promise<Snapshot> {
  const snap: Snapshot = new Map();
  const F = `${ENTITY_FIELDS}\n${EDGE_FIELDS}`;
  for (const v of s.values)
    snap.set(
      `lookup(${v.text})`,
      await gql(
        url,
        token,
        `query($v: String!, $k: EntityKind) { lookup(value: $v, kind: $k) { input recognized kind normalized id reason message entity { ...E } } }\n${ENTITY_FIELDS}`,
        { v: v.text, k: v.kind },
      ),
    );
  for (const id of s.ids) {
    snap.set(
      `entity(${id})`,
      await gql(url, token, `query($id: ID!) { entity(id: $id) { ...E } }\n${ENTITY_FIELDS}`, {
        id,
      }),
    );
    snap.set(
      `neighborhood(${id})`,
      await gql(
        url,
        token,
        `query($id: ID!) { neighborhood(id: $id, depth: 2) { ${SUBGRAPH} } }\n${F}`,
        { id },
      ),
    );
  }
  snap.set(
    `cluster(${s.root})`,
    await gql(url, token, `query($id: ID!) { cluster(id: $id) { ${SUBGRAPH} } }\n${F}`, {
      id: s.root,
    }),
  );
  snap.set(
    `shortestPath(${s.pathFrom}, ${s.pathTo})`,
    await gql(
      url,
      token,
      `query($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b) { found length paths subgraph { ${SUBGRAPH} } } }\n${F}`,
      { a: s.pathFrom, b: s.pathTo },
    ),
  );
  snap.set(
    `search(${s.search})`,
    await gql(
      url,
      token,
      `query($q: String!) { search(query: $q, first: 100) { hits { node { ...E } score exact } } }\n${ENTITY_FIELDS}`,
      { q: s.search },
    ),
  );
  snap.set(
    'compounds',
    await gql(
      url,
      token,
      `query($c: String) { all: compounds { ...E } country: compounds(country: $c) { ...E } }\n${ENTITY_FIELDS}`,
      { c: s.country },
    ),
  );
  snap.set(
    'stats',
    await gql(
      url,
      token,
      '{ stats { nodes { kind count } relationships { type count } totalNodes totalRelationships hasSyntheticData } }',
    ),
  );
  return snap;
}

const EXPORT = `query($f: ExportFormat!, $filter: IndicatorFilterInput) {
  exportIndicators(format: $f, filter: $filter) { format mediaType filename content count }
}`;

export async function exportSnapshot(
  url: string,
  token: string,
  executor: Executor,
  country: string,
): Promise<Snapshot> {
  const snap: Snapshot = new Map();
  for (const [name, variables] of [
    ['STIX', { f: 'STIX' }],
    ['MISP', { f: 'MISP' }],
    ['CSV', { f: 'CSV' }],
    [`CSV country ${country}`, { f: 'CSV', filter: { country } }],
  ] as const) {
    const r = await gql(url, token, EXPORT, variables);
    const result = r.body.data?.exportIndicators as { content?: string } | undefined;
    snap.set(
      `exportIndicators(${name})`,
      result ? { ...result, content: deep(result.content ?? '') } : r.body,
    );
  }
  const ctx = await contextForToken(executor, token);
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _e, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  if (ctx) {
    await exportTarget(executor, ctx, {}, 'takedown', { out });
    for (const [file, text] of unzip(Buffer.concat(chunks)))
      snap.set(`takedown ${file}`, deep(text));
  }
  return snap;
}

async function taxii(url: string, token: string, path: string) {
  const r = await fetch(`${url}/taxii2${path}`, {
    headers: { accept: TAXII_ACCEPT, authorization: `Bearer ${token}` },
  });
  return {
    status: r.status,
    first: r.headers.get('x-taxii-date-added-first'),
    last: r.headers.get('x-taxii-date-added-last'),
    body: (await r.json()) as { more?: boolean; next?: string; objects?: unknown[] },
  };
}

/** Every TAXII page of the collection of everything (small pages), its manifest, and the collections. */
export async function taxiiSnapshot(url: string, token: string): Promise<Snapshot> {
  const snap: Snapshot = new Map();
  snap.set('collections', await taxii(url, token, '/api/collections/'));
  for (const kind of ['objects', 'manifest']) {
    let next: string | undefined;
    for (let page = 0; page < 40; page += 1) {
      const r = await taxii(
        url,
        token,
        `/api/collections/${ALL_COLLECTION_ID}/${kind}/?limit=10${next ? `&next=${encodeURIComponent(next)}` : ''}`,
      );
      // The `next` cursor is the server's own token: compare what it leads to, not its text.
      snap.set(`${kind} page ${page}`, {
        ...r,
        body: { ...r.body, next: r.body.next ? '<cursor>' : undefined },
      });
      if (!r.body.more || !r.body.next) break;
      next = r.body.next;
    }
  }
  return snap;
}

/** The TAXII objects added after a time (the last date added the caller saw before). */
export async function taxiiAddedAfter(url: string, token: string, after: string) {
  return taxii(
    url,
    token,
    `/api/collections/${ALL_COLLECTION_ID}/objects/?added_after=${encodeURIComponent(after)}`,
  );
}

const VOLATILE = '<differs between two identical reads>';

/** Paths (JSON pointer-ish) whose values differ between two snapshots taken without any change between. */
function volatilePaths(a: unknown, b: unknown, at: string, out: Set<string>): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (
    a &&
    b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    Array.isArray(a) === Array.isArray(b)
  ) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    if (Array.isArray(a) && a.length !== (b as unknown[]).length) {
      out.add(at);
      return;
    }
    for (const k of keys)
      volatilePaths(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${at}/${k}`,
        out,
      );
    return;
  }
  out.add(at);
}

function mask(value: unknown, at: string, paths: Set<string>): unknown {
  if (paths.has(at)) return VOLATILE;
  if (value && typeof value === 'object') {
    if (Array.isArray(value)) return value.map((v, i) => mask(v, `${at}/${i}`, paths));
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mask(v, `${at}/${k}`, paths)]),
    );
  }
  return value;
}

/**
 * The items of `after` that differ from `before`, ignoring only what differs between `before` and `again`
 * (two reads with nothing changed between them: export times, bundle ids…).
 */
export function changes(before: Snapshot, again: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const paths = new Set<string>();
    volatilePaths(before.get(key), again.get(key), '', paths);
    const a = JSON.stringify(mask(before.get(key), '', paths));
    const b = JSON.stringify(mask(after.get(key), '', paths));
    if (a !== b) out.push(`${key}: ${firstDifference(a, b)}`);
  }
  return out;
}

function firstDifference(a: string | undefined, b: string | undefined): string {
  if (a === undefined || b === undefined) return a === undefined ? 'new item' : 'item gone';
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `before …${a.slice(Math.max(0, i - 80), i + 80)}… after …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}
