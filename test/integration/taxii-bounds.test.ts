// TAXII stays bounded whatever a partner sends (issue 9): a type no object has answers at once, every request
// runs a bounded number of queries and stops when the client leaves, crafted cursors and parameters get a 400
// with a TAXII error body (never a 500), and small pages over items that share a timestamp give each object once.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { PassThrough } from 'node:stream';
import express from 'express';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../../server/db/cypher.js';
import { Executor, toParams, type Row } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import type { RequestContext } from '../../server/context.js';
import type { NodeLabel, NodeRecord, RelRecord, RelType, Tlp } from '../../server/model.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { exportTarget, type ExportTarget } from '../../server/modules/exports/exports-service.js';
import { createIndicatorSet } from '../../server/modules/exports/sets-service.js';
import { EXPORT_RELS } from '../../server/modules/exports/export-reader.js';
import { resolveSelection } from '../../server/modules/exports/selection.js';
import { pageStatement, SMALL_LABELS } from '../../server/modules/taxii/taxii-page-query.js';
import { taxiiRouter } from '../../server/modules/taxii/taxii-router.js';
import { itemKinds } from '../../server/modules/taxii/taxii-type-filter.js';
import { ALL_COLLECTION_ID, TAXII_MAX_QUERIES } from '../../server/modules/taxii/taxii-service.js';
import { testExecutor, wipeGraph } from './harness.js';

const TAXII = 'application/taxii+json;version=2.1';

/** The real executor, counting the statements a request runs; reads can be held to play a slow database. */
class CountingExecutor extends Executor {
  reads = 0;
  writes = 0;
  hold?: Promise<void>;
  onRead?: () => void;
  override async read(query: Query, timeoutMs?: number): Promise<Row[]> {
    this.reads += 1;
    this.onRead?.();
    if (this.hold) await this.hold;
    return super.read(query, timeoutMs);
  }
  override async write(query: Query, timeoutMs?: number): Promise<Row[]> {
    this.writes += 1;
    return super.write(query, timeoutMs);
  }
}

let executor: Executor;
let counting: CountingExecutor;
let http: Server;
let base: string;
let token: string;
let idsSetId: string;
const partner: RequestContext = {
  caller: 'test',
  organisation: 'partner-bank',
  clearance: 'AMBER',
  roles: ['partner'],
};

/** Few distinct times, in both stored forms (whole seconds, and milliseconds): many items share one. */
const TIMES = [
  '2024-03-01T10:00:00Z',
  '2024-03-01T10:00:00.000Z',
  '2024-03-01T10:00:00.250Z',
  '2024-03-01T10:00:01Z',
  '2024-04-15T08:30:00Z',
];
const TLPS: Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'RED'];

function node(
  label: NodeLabel,
  key: string,
  i: number,
  props: NodeRecord['props'] = {},
): NodeRecord {
  return {
    id: `${label === 'IpAddress' ? 'ip' : label === 'Organization' ? 'org' : label.toLowerCase()}:${key}`,
    label,
    value: key,
    display: key,
    raw: [key],
    props,
    tlp: TLPS[i % TLPS.length] as Tlp,
    confidence: 50 + (i % 50),
    firstSeen: '2024-01-01T00:00:00Z',
    lastSeen: TIMES[(i * 7) % TIMES.length] as string,
    sources: ['source:taxii-bounds'],
    synthetic: true,
  };
}

function rel(type: RelType, from: string, to: string, i: number): RelRecord {
  return {
    type,
    from,
    to,
    props: {},
    tlp: TLPS[(i + 1) % TLPS.length] as Tlp,
    confidence: 60,
    firstSeen: '2024-01-01T00:00:00Z',
    lastSeen: TIMES[(i * 3) % TIMES.length] as string,
    sources: ['source:taxii-bounds'],
    synthetic: true,
  };
}

/** About 450 entities and 450 links of most kinds, TLPs mixed, lastSeen from TIMES. */
function graph(): { nodes: NodeRecord[]; rels: RelRecord[] } {
  const nodes: NodeRecord[] = [];
  const rels: RelRecord[] = [];
  const compounds = [0, 1, 2, 3, 4].map((i) =>
    node('Compound', `compound-${i}-kh`, i, { name: `Compound ${i}`, country: 'KH' }),
  );
  const orgs = [0, 1].map((i) => node('Organization', `syndicate-${i}`, i, { kind: 'syndicate' }));
  // The source every assertion and link cites (an assertion is a link to its Source node).
  nodes.push(node('Source', 'taxii-bounds', 1, { name: 'TAXII bounds' }));
  nodes.push(...compounds, ...orgs);
  compounds.forEach((c, i) => rels.push(rel('RUN_BY', c.id, orgs[i % 2]!.id, i)));
  for (let i = 0; i < 120; i += 1) {
    const domain = node('Domain', `d${i}.test`, i);
    const url = node('Url', `https://d${i}.test/login`, i + 1);
    nodes.push(domain, url);
    rels.push(rel('ON_DOMAIN', url.id, domain.id, i));
    rels.push(rel('OPERATED_FROM', domain.id, compounds[i % 5]!.id, i + 2));
    if (i % 3 === 0) {
      const ip = node('IpAddress', i % 2 ? `192.0.2.${i % 250}` : `2001:db8::${i.toString(16)}`, i);
      nodes.push(ip);
      rels.push(rel('RESOLVES_TO', domain.id, ip.id, i));
    }
    if (i % 2 === 0) {
      const wallet = node('Wallet', `tron:T${String(i).padStart(33, 'x')}`, i + 3);
      const phone = node('Phone', `+447700900${String(i).padStart(3, '0')}`, i + 2);
      nodes.push(wallet, phone);
      rels.push(rel('PAYS_TO', domain.id, wallet.id, i + 1));
      rels.push(rel('CONTACT_FOR', phone.id, domain.id, i + 3));
    }
  }
  return { nodes, rels };
}

async function stixIds(target: ExportTarget): Promise<string[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportTarget(executor, partner, target, 'stix', { out });
  const bundle = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    objects: { id: string }[];
  };
  return bundle.objects.map((o) => o.id);
}

function objectsUrl(collection: string, query: string, endpoint = 'objects'): string {
  return `${base}/api/collections/${collection}/${endpoint}/${query ? `?${query}` : ''}`;
}

function get(url: string, init: RequestInit = {}) {
  return fetch(url, {
    ...init,
    headers: { accept: TAXII, authorization: `Bearer ${token}` },
  });
}

interface Envelope {
  more?: boolean;
  next?: string;
  objects?: { id: string; type?: string; date_added?: string }[];
}

/** Pages through a collection following `next`: the objects in order and the pages' date headers. */
async function pageAll(collection: string, query: string, endpoint = 'objects') {
  const objects: { id: string; date_added?: string }[] = [];
  const dates: string[] = [];
  let next: string | undefined;
  for (let pages = 0; pages < 5000; pages += 1) {
    const q = [query, next ? `next=${next}` : ''].filter(Boolean).join('&');
    const res = await get(objectsUrl(collection, q, endpoint));
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as Envelope;
    objects.push(...(body.objects ?? []));
    if (body.objects?.length) {
      dates.push(res.headers.get('x-taxii-date-added-first') as string);
      dates.push(res.headers.get('x-taxii-date-added-last') as string);
    }
    if (!body.more) return { ids: objects.map((o) => o.id), objects, dates };
    expect(body.next).toBeTruthy();
    next = body.next;
  }
  throw new Error('did not end');
}

async function expectTaxiiError(res: Response, status = 400) {
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).toBe(status);
  expect(res.headers.get('content-type')).toBe(TAXII);
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(body).toMatchObject({ http_status: String(status) });
  expect(typeof body.title).toBe('string');
  expect(typeof body.description).toBe('string');
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  const { nodes, rels } = graph();
  await writeBatch(executor, nodes, rels);
  // Date added is an assertion's addedAt: spread them over TIMES (as a store migrated from lastSeen has them),
  // so that many items share one, in both stored forms.
  await executor.write({
    cypher:
      'MATCH ()-[a]->() WHERE a.addedAt IS NOT NULL AND a.lastSeen IS NOT NULL SET a.addedAt = a.lastSeen',
  });
  counting = new CountingExecutor(executor.driver);
  const app = express().use('/taxii2', taxiiRouter(counting));
  http = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}/taxii2`;
  token = (await createToken(executor, { organisation: 'partner-bank', clearance: 'AMBER' })).token;
  const ids = nodes.filter((_, i) => i % 20 === 0).map((n) => n.id);
  idsSetId = (await createIndicatorSet(executor, partner, { name: 'every twentieth', ids })).id;
});

afterAll(async () => {
  await new Promise((resolve) => http?.close(resolve));
  await executor?.driver.close();
});

describe('TAXII requests are bounded', () => {
  it('answers a type no object has with an empty page at once, in a bounded number of queries', async () => {
    await get(`${base}/`); // the token's first use also records it (one write, at most once a minute)
    counting.reads = 0;
    const started = Date.now();
    const res = await get(objectsUrl(ALL_COLLECTION_ID, 'limit=1&match[type]=x-no-such-type'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Envelope;
    expect(body.objects ?? []).toEqual([]);
    expect(body.more).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(counting.reads).toBe(1); // the token: no page is read
  });

  it('runs at most TAXII_MAX_QUERIES queries per request whatever the parameters', async () => {
    const first = (await (
      await get(objectsUrl(ALL_COLLECTION_ID, 'limit=3&match[type]=indicator'))
    ).json()) as Envelope;
    const queries = [
      'limit=1',
      'limit=1000',
      'limit=1&match[type]=relationship',
      'limit=2&match[type]=location,threat-actor',
      'limit=5&match[type]=ipv6-addr',
      'limit=1&added_after=2024-03-01T10:00:00.100Z',
      'limit=1&added_after=2030-01-01T00:00:00Z',
      `limit=1&match[type]=indicator&next=${first.next}`,
      `limit=1000&match[type]=x-nothing&next=${first.next}`,
    ];
    const requests = [
      ...queries.map((q) => objectsUrl(ALL_COLLECTION_ID, q)),
      ...queries.slice(0, 3).map((q) => objectsUrl(ALL_COLLECTION_ID, q, 'manifest')),
      ...queries.slice(0, 4).map((q) => objectsUrl(idsSetId, q)),
    ];
    for (const url of requests) {
      counting.reads = 0;
      const res = await get(url);
      expect(res.status, url).toBe(200);
      await res.arrayBuffer();
      expect(counting.reads, url).toBeLessThanOrEqual(TAXII_MAX_QUERIES);
    }
  });

  it('stops when the client goes away: no query runs after the disconnect', async () => {
    let release = () => {};
    counting.hold = new Promise<void>((resolve) => (release = resolve));
    const entered = new Promise<void>((resolve) => (counting.onRead = resolve));
    counting.reads = 0;
    const client = new AbortController();
    // Unhindered, this request reads the token, the set and a page.
    const request = get(objectsUrl(idsSetId, 'limit=1&match[type]=indicator'), {
      signal: client.signal,
    }).catch(() => undefined);
    await entered; // the token lookup is in flight
    client.abort();
    await request;
    await new Promise((resolve) => setTimeout(resolve, 200));
    counting.hold = undefined;
    counting.onRead = undefined;
    release();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(counting.reads).toBe(1);
  });
});

describe('the TAXII page statement', () => {
  it('reads the assertions and every link type from their range indexes, in index order: no scan, no full sort', async () => {
    const selection = await resolveSelection(executor, partner, { mode: 'all' });
    const statement = pageStatement(selection, itemKinds(undefined), {
      from: '',
      fetch: 102,
      cursor: { a: TIMES[0] as string, k: 'domain:d1.test', s: 0 },
    });
    // Planned on this file's graph: not a plan another file's statements left in the cache over other data.
    await executor.runAutoCommit({ cypher: 'CALL db.clearQueryCaches()' });
    const session = executor.driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.run(`EXPLAIN ${statement?.cypher}`, toParams(statement?.params));
      type Plan = { operatorType: string; arguments?: Record<string, unknown>; children: Plan[] };
      type Read = { op: string; details: string; bound: string };
      const lines: string[] = [];
      const reads: Read[] = [];
      /** Every operator with its details; for each read, the operator that bounds it: the nearest Limit,
       * PartialTop, Top or Sort above it. */
      const walk = (plan: Plan, above: string[]) => {
        const op = plan.operatorType.replace(/@.*/, '');
        const details = String(plan.arguments?.Details ?? '').replace(/\s+/g, ' ');
        lines.push(`${'  '.repeat(above.length)}${op} ${details.slice(0, 140)}`);
        const bound = [...above].reverse().find((o) => /^(Limit|PartialTop|Top|Sort)$/.test(o));
        reads.push({ op, details, bound: bound ?? '' });
        for (const child of plan.children) walk(child, [...above, op]);
      };
      walk(result.summary.plan as unknown as Plan, []);
      const all = `\n${lines.join('\n')}\n`;
      // One branch over the assertions about entities (REPORTED_IN), one per link type, each read from its
      // (addedAt) range index in index order under its own limit (PartialTop sorts only the items of one
      // addedAt). The operator sequence around them is the planner's choice, and may vary with the store: on a
      // store whose statistics make the range unselective, the planner reads the index in order from its start
      // (IndexScan) instead of seeking; under PartialTop both stop after the page's items.
      const addedAtReads = reads.filter(
        (r) => /RelationshipIndex(Seek|Scan)/.test(r.op) && /\(addedAt\)/.test(r.details),
      );
      for (const type of ['REPORTED_IN', ...EXPORT_RELS]) {
        const of = addedAtReads.filter((r) => r.details.includes(`:${type}(addedAt)`));
        expect(of.length, `${type}: ${all}`).toBeGreaterThanOrEqual(1);
        expect(
          of.map((r) => r.op),
          all,
        ).toEqual(of.map(() => expect.stringMatching(/(SeekByRange|IndexScan)$/)));
      }
      expect(
        addedAtReads.map((r) => r.bound),
        all,
      ).toEqual(addedAtReads.map(() => 'PartialTop'));
      // Compounds and organisations, a few hundred whatever the graph's size, by label; no other label
      // scanned, nothing read by scanning all nodes or all relationships of a type, and no full sort.
      const labelScans = reads.filter((r) => r.op === 'NodeByLabelScan');
      expect(labelScans.map((r) => /:(\w+)/.exec(r.details)?.[1]).sort(), all).toEqual(
        [...SMALL_LABELS].sort(),
      );
      expect(
        reads
          .map((r) => r.op)
          .filter((o) =>
            /^(AllNodesScan|.*RelationshipTypeScan|.*AllRelationshipsScan|Sort|NodeIndexScan)$/.test(
              o,
            ),
          ),
        all,
      ).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('TAXII parameters and cursors', () => {
  it('answers crafted next cursors with 400 and a TAXII error body', async () => {
    const crafted = [
      b64('{"a":1e400,"k":"x","s":0}'),
      b64('{"a":-1e400,"k":"x","s":0}'),
      b64('{"a":8640000000000001,"k":"x","s":0}'),
      b64('{"a":-99999999999999999999,"k":"x","s":0}'),
      b64('{"a":1e300,"k":"domain:d1.test","s":0}'),
      b64('{"a":"2024-03-01T10:00:00Z","k":"x","s":0,"extra":1}'),
      b64('{"a":"2024-03-01T10:00:00Z","k":"x","s":-1}'),
      b64('{"a":"2024-03-01T10:00:00Z","k":"x","s":1.5}'),
      b64('{"a":"2024-03-01T10:00:00Z","k":"x","s":1e9}'),
      b64('{"a":"2024-03-01T10:00:00Z","k":5,"s":0}'),
      b64(`{"a":"2024-03-01T10:00:00Z","k":"${'x'.repeat(5000)}","s":0}`),
      b64(`{"a":"${'9'.repeat(5000)}","k":"x","s":0}`),
      b64('{"a":null,"k":"x","s":0}'),
      b64('{"__proto__":{"a":"2024-03-01T10:00:00Z","k":"x","s":0}}'),
      b64('[]'),
      b64('null'),
      b64('"a string"'),
      b64('{"a":"2024-03-01T10:00:00Z","k":"x"'),
      Buffer.from([0xff, 0xfe, 0x7b, 0x22]).toString('base64url'),
      'garbage',
      '!!!!',
      '%00',
      'A'.repeat(10_000),
    ];
    for (const next of crafted) {
      const res = await get(
        objectsUrl(ALL_COLLECTION_ID, `limit=2&next=${encodeURIComponent(next)}`),
      );
      await expectTaxiiError(res);
    }
    // Longer than Node's header limit: refused by the HTTP server itself (431), still not a 500.
    const huge = await get(objectsUrl(ALL_COLLECTION_ID, `next=${'A'.repeat(100_000)}`));
    expect(huge.status).toBe(431);
  });

  it('never answers a generated cursor with a 500', async () => {
    const json = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record({
          a: fc.oneof(fc.double(), fc.string(), fc.integer(), fc.constant(null)),
          k: fc.oneof(fc.string(), fc.integer()),
          s: fc.oneof(fc.double(), fc.integer()),
        })
        .map((v) => JSON.stringify(v)),
    );
    const cursor = fc.oneof(fc.string({ maxLength: 300 }), json.map(b64), fc.base64String());
    await fc.assert(
      fc.asyncProperty(cursor, async (next) => {
        const res = await get(
          objectsUrl(ALL_COLLECTION_ID, `limit=1&next=${encodeURIComponent(next)}`),
        );
        expect(res.status).not.toBe(500);
        if (res.status !== 200) await expectTaxiiError(res);
        else await res.arrayBuffer();
      }),
      { numRuns: 100 },
    );
  });

  it('answers malformed limit, added_after and match parameters with 400', async () => {
    const bad = [
      'limit=1&limit=2',
      'limit=abc',
      'limit=0',
      'limit=-5',
      'limit=1.5',
      'limit=99999999999999999999999',
      'added_after=yesterday',
      'added_after=2024-01-01T00:00:00Z&added_after=2024-01-02T00:00:00Z',
      'added_after=%2B275760-09-13T00:00:00.001Z',
      'match[type]=indicator&match[type]=url',
      'match[type][x]=indicator',
      `match[type]=${'x'.repeat(5000)}`,
      'match[id]=indicator--00000000-0000-0000-0000-000000000000',
      'next=a&next=b',
    ];
    for (const q of bad) {
      for (const endpoint of ['objects', 'manifest'])
        await expectTaxiiError(await get(objectsUrl(ALL_COLLECTION_ID, q, endpoint)));
    }
  });
});

describe('TAXII paging', () => {
  it('gives every object exactly once with small pages over items that share a timestamp', async () => {
    const expected = await stixIds({});
    const { ids, dates } = await pageAll(ALL_COLLECTION_ID, 'limit=29');
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
    expect([...dates].sort()).toEqual(dates);
  });

  it('gives every object of an indicator set of ids exactly once, in pages of two', async () => {
    const expected = await stixIds({ setId: idsSetId });
    const { ids } = await pageAll(idsSetId, 'limit=2');
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  it('filters by match[type] inside the query: only, and all, the objects of those types', async () => {
    const expected = await stixIds({});
    const types = [
      'domain-name',
      'url',
      'indicator',
      'relationship',
      'location',
      'infrastructure',
      'threat-actor',
      'cryptocurrency-wallet',
      'phone-number',
      'ipv4-addr',
      'ipv6-addr',
      'marking-definition',
      'identity',
      'location,threat-actor',
    ];
    for (const type of types) {
      const wanted = new Set(type.split(','));
      const { ids } = await pageAll(
        ALL_COLLECTION_ID,
        `limit=${type.startsWith('location') ? 2 : 150}&match[type]=${type}`,
      );
      const of = expected.filter((id) => wanted.has(id.slice(0, id.indexOf('--'))));
      expect(of.length, type).toBeGreaterThan(0);
      expect([...ids].sort(), type).toEqual([...of].sort());
    }
  });

  it('added_after keeps only objects added later, and the preamble only before 1970', async () => {
    const all = await pageAll(ALL_COLLECTION_ID, 'limit=1000', 'manifest');
    expect(all.objects.map((o) => o.date_added)).toEqual(
      all.objects.map((o) => o.date_added).sort(),
    );
    const after = '2024-03-01T10:00:00.500Z';
    const { ids } = await pageAll(ALL_COLLECTION_ID, `limit=50&added_after=${after}`);
    const later = all.objects.filter((o) => (o.date_added as string) > after).map((o) => o.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(all.objects.length);
    expect(new Set(ids)).toEqual(new Set(later));
  });
});
