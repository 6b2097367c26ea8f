// Abuse limits (issue 9.3): GraphQL cost/alias/depth/token/directive limits, rate limits, caps on concurrent
// uploads and exports, and requests stopped by their deadline or by their client going away — in Neo4j too.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import { createScope, runInScope } from '../../server/http/request-scope.js';
import * as webQueries from '../../web/src/api/queries.js';
import * as webExports from '../../web/src/api/exports.js';
import { loadInteropGraph } from '../interop/fixture.js';
import { adminHeaders, graphql, startTestServer, testExecutor } from './harness.js';

const LIMIT_REASONS = ['MAX_TOKENS', 'MAX_ALIASES', 'MAX_DEPTH', 'MAX_DIRECTIVES', 'COST_LIMIT'];

let executor: Executor;
let server: Running;
let domainId: string;
let compoundId: string;

beforeAll(async () => {
  executor = await testExecutor();
  await loadInteropGraph(executor);
  const ids = await executor.read({
    cypher:
      'MATCH (d:Domain) WITH d ORDER BY d.id LIMIT 1 MATCH (c:Compound) WITH d, c ORDER BY c.id LIMIT 1 RETURN d.id AS d, c.id AS c',
  });
  domainId = String(ids[0]?.d);
  compoundId = String(ids[0]?.c);
  server = await startTestServer();
  // The admin's token, made and looked up once before the timed cases.
  expect((await graphql(server.url, '{ ok }')).status).toBe(200);
});

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

interface Answer {
  status: number;
  ms: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
  };
}

/** POSTs a raw GraphQL document and times the answer; as the test server's admin unless `headers` say. */
async function post(url: string, query: string, headers?: Record<string, string>) {
  const auth = headers ?? (await adminHeaders(url));
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as Answer['body'];
  return { status: res.status, ms: performance.now() - started, headers: res.headers, body };
}

/** Open transactions whose query contains `text` (ours: the test's own SHOW is left out). */
async function transactionsRunning(text: string): Promise<string[]> {
  const session = executor.driver.session();
  try {
    const r = await session.run(
      'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $text AND NOT currentQuery STARTS WITH "SHOW" RETURN transactionId',
      { text },
    );
    return r.records.map((x) => String(x.get('transactionId')));
  } finally {
    await session.close();
  }
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

/** Holds a write lock on an indicator set in a transaction of the test's own, until `release`. */
async function lockSet(id: string) {
  const session = executor.driver.session();
  const tx = await session.beginTransaction();
  await tx.run('MATCH (s:IndicatorSet {id: $id}) SET s.lockedByTest = true', { id });
  return async () => {
    await tx.rollback();
    await session.close();
  };
}

async function createSet(url: string, name: string): Promise<string> {
  const r = await graphql<{ createIndicatorSet: { id: string } }>(
    url,
    'mutation($i: IndicatorSetInput!) { createIndicatorSet(input: $i) { id } }',
    { i: { name, ids: [domainId] } },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createIndicatorSet.id;
}

/** A small export (the organisations only): what the cap tests need without the whole graph's pages. */
const ORGS = 'filter: { kinds: [ORGANIZATION] }';

const DELETE_SET = 'mutation($id: ID!) { deleteIndicatorSet(id: $id) { id } }';

describe('GraphQL limits', () => {
  it('refuses eight aliased exportIndicators before running any (cost limit)', async () => {
    const one = 'exportIndicators(format: STIX) { count }';
    const query = `{ ${Array.from({ length: 8 }, (_, i) => `e${i}: ${one}`).join(' ')} }`;
    expect(query.length).toBeLessThan(400);
    const r = await post(server.url, query);
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined(); // validation failed: nothing was executed
    expect(r.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COST_LIMIT',
    });
    expect(r.body.errors?.[0]?.message).toMatch(/exportIndicators costs 400 \(×8\)/);
    expect(r.ms).toBeLessThan(1000);
  });

  it('still runs two exports in one request', async () => {
    const r = await post(
      server.url,
      `{ a: exportIndicators(${ORGS}, format: CSV) { count } b: exportIndicators(${ORGS}, format: STIX) { count } }`,
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
  });

  it('refuses 100,000 __typename aliases in under 500 ms, before parsing the whole document', async () => {
    const query = `{ ${Array.from({ length: 100_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    // The best of three (the first warms up the body parser on a 1.9 MB body; the machine is shared).
    const tries = [];
    for (let i = 0; i < 3; i += 1) tries.push(await post(server.url, query));
    const r = tries.reduce((a, b) => (b.ms < a.ms ? b : a));
    expect(r.status).toBe(400);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'MAX_TOKENS',
    });
    expect(r.body.errors?.[0]?.message).toMatch(/more than 1000 tokens/);
    expect(r.ms).toBeLessThan(500);
  });

  it('refuses more than 15 aliases', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `s${i}: stats { totalNodes }`).join(' ')} }`;
    const r = await post(server.url, query);
    expect(r.status).toBe(400);
    expect(r.body.errors?.map((e) => e.extensions?.reason)).toContain('MAX_ALIASES');
  });

  it('refuses a depth bomb', async () => {
    const introspection = `{ __type(name: "Entity") { fields { type { ${'ofType { '.repeat(6)}name${' }'.repeat(6)} } } } }`;
    const deep = await post(server.url, introspection);
    expect(deep.status).toBe(400);
    expect(deep.body.data).toBeUndefined();
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MAX_DEPTH',
    });
    const nested = `{ ${'entity(id: "x") { '.repeat(40)}id${' }'.repeat(40)} }`;
    const r = await post(server.url, nested);
    expect(r.status).toBe(400);
    expect(r.body.errors?.map((e) => e.extensions?.reason)).toContain('MAX_DEPTH');
    expect(r.ms).toBeLessThan(1000);
  });

  it('refuses fragment cycles and fragment-spread bombs', async () => {
    const cycle = await post(
      server.url,
      '{ ...A } fragment A on Query { ...B stats { totalNodes } } fragment B on Query { ...A }',
    );
    expect(cycle.status).toBe(400);
    expect(cycle.body.data).toBeUndefined();
    expect(cycle.body.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);

    // F0 spreads F1 twice, F1 spreads F2 twice…: 2^40 copies of a neighbourhood once expanded.
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const bomb = `{ ...F0 } ${fragments.join(' ')} fragment F40 on Query { neighborhood(id: "${domainId}") { truncated } }`;
    const r = await post(server.url, bomb);
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COST_LIMIT',
    });
    expect(r.ms).toBeLessThan(1000);
  });

  it('refuses a directive bomb', async () => {
    const query = `{ __typename ${'@include(if: true) '.repeat(50)} }`;
    const r = await post(server.url, query);
    expect(r.status).toBe(400);
    expect(r.body.errors?.map((e) => e.extensions?.reason)).toContain('MAX_DIRECTIVES');
  });

  it('gives no field suggestions', async () => {
    const field = await post(server.url, '{ entitx(id: "x") { id } }');
    expect(field.status).toBe(400);
    expect(field.body.errors?.[0]?.message).toBe('Cannot query field "entitx" on type "Query".');
    const enumValue = await post(server.url, '{ exportIndicators(format: STX) { count } }');
    expect(enumValue.status).toBe(400);
    expect(JSON.stringify(enumValue.body)).not.toMatch(/Did you mean/);
  });

  it("lets every query of the web client through (and the client's own limits)", async () => {
    const answers: Answer['body'][] = [];
    const realFetch = globalThis.fetch;
    const auth = await adminHeaders(server.url);
    vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
      const headers = { ...(init.headers as Record<string, string>), ...auth };
      const res = await realFetch(`${server.url}${path}`, { ...init, headers });
      answers.push((await res.clone().json()) as Answer['body']);
      return res;
    });
    try {
      const calls: Promise<unknown>[] = [
        webQueries.fetchStats(),
        webQueries.lookup(domainId.slice('domain:'.length)),
        webQueries.search('example', null, 100),
        webQueries.listCompounds(),
        webQueries.fetchEntity(domainId),
        webQueries.fetchNeighborhood(domainId),
        webQueries.fetchCluster(domainId),
        webQueries.fetchPath(domainId, compoundId),
        webExports
          .createIndicatorSet('web client set', [domainId])
          .then((set) => webExports.exportSet(set.id, 'STIX')),
      ];
      const settled = await Promise.allSettled(calls);
      expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(answers).toHaveLength(10);
    // The GraphQL IDE's schema query, with every option.
    const introspection = await post(
      server.url,
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    );
    answers.push(introspection.body);
    expect(introspection.status).toBe(200);
    const refused = answers
      .flatMap((a) => a.errors ?? [])
      .filter((e) => LIMIT_REASONS.includes(e.extensions?.reason ?? ''));
    expect(refused).toEqual([]);
  });
});

describe('rate limits', () => {
  let limited: Running;
  beforeAll(async () => {
    limited = await startTestServer({ limits: { ratePerAddress: 8, ratePerToken: 3 } });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('answers 429 with Retry-After per API token, in each route family’s body', async () => {
    const taxii = (token: string) =>
      fetch(`${limited.url}/taxii2/`, {
        headers: { accept: 'application/taxii+json;version=2.1', authorization: `Bearer ${token}` },
      });
    for (let i = 0; i < 3; i += 1) expect((await taxii('sgt_one')).status).not.toBe(429);
    const refused = await taxii('sgt_one');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('content-type')).toBe('application/taxii+json;version=2.1');
    expect(await refused.json()).toMatchObject({
      title: 'Too many requests',
      http_status: '429',
      description: expect.stringMatching(/with this API token: at most 3 a minute/),
    });
    // Another token has its own budget.
    expect((await taxii('sgt_two')).status).not.toBe(429);
  });

  it('answers 429 with Retry-After per address, on /graphql and /api/* alike', async () => {
    let last: Answer | undefined;
    // Anonymous: an API token would meet its own, lower, limit first.
    for (let i = 0; i < 10 && last?.status !== 429; i += 1)
      last = await post(limited.url, '{ ok }', {});
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last?.body.errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_REQUESTS' },
      message: expect.stringMatching(/from this address: at most 8 a minute/),
    });
    const upload = await fetch(`${limited.url}/api/ingest?format=text&source=x`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a.example',
    });
    expect(upload.status).toBe(429);
    expect(await upload.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    // The default server (600 a minute) is not affected.
    expect((await post(server.url, '{ ok }')).status).toBe(200);
  });
});

describe('caps on concurrent uploads and exports', () => {
  let capped: Running;
  beforeAll(async () => {
    capped = await startTestServer({ limits: { concurrentUploads: 1, concurrentExports: 1 } });
  });
  afterAll(async () => {
    await capped?.stop();
  });

  it('refuses a second upload while one is running, then takes uploads again', async () => {
    let send!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (send = c) });
    send.enqueue(new TextEncoder().encode('slow-one.example\n'));
    const first = fetch(`${capped.url}/api/ingest?format=text&source=Slow%20upload`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(await adminHeaders(capped.url)) },
      body,
      duplex: 'half',
    } as RequestInit);
    await new Promise((r) => setTimeout(r, 300)); // the first upload holds its slot
    const second = await fetch(`${capped.url}/api/ingest?format=text&source=Second`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(await adminHeaders(capped.url)) },
      body: 'second.example',
    });
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await second.json()).toMatchObject({
      error: { code: 'RATE_LIMITED', reason: 'TOO_MANY_UPLOADS' },
    });
    send.enqueue(new TextEncoder().encode('slow-two.example\n'));
    send.close();
    expect((await first).status).toBe(200);
    const third = await fetch(`${capped.url}/api/ingest?format=text&source=Third`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(await adminHeaders(capped.url)) },
      body: 'third.example',
    });
    expect(third.status).toBe(200);
  });

  it('refuses exports over the cap with 429 and Retry-After', async () => {
    const r = await post(
      capped.url,
      `{ a: exportIndicators(${ORGS}, format: CSV) { count } b: exportIndicators(${ORGS}, format: CSV) { count } }`,
    );
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(r.body.errors?.map((e) => e.extensions?.reason)).toContain('TOO_MANY_EXPORTS');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The refused request's other export stops at its next page once the answer is sent; its slot frees.
    const single = `{ exportIndicators(${ORGS}, format: CSV) { count } }`;
    expect(await waitFor(async () => (await post(capped.url, single)).status === 200, 5000)).toBe(
      true,
    );
  });
});

describe('deadlines and cancellation reach Neo4j', () => {
  it('stops the transaction of a request whose client disconnects', async () => {
    const id = await createSet(server.url, 'locked for the disconnect test');
    const release = await lockSet(id);
    try {
      const client = new AbortController();
      const pending = fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await adminHeaders(server.url)) },
        body: JSON.stringify({ query: DELETE_SET, variables: { id } }),
        signal: client.signal,
      }).catch((e: Error) => e);
      // The delete waits on the test's lock: a transaction that would run as long as the lock is held.
      expect(
        await waitFor(async () => (await transactionsRunning('DELETE s')).length === 1, 5000),
      ).toBe(true);
      client.abort();
      await pending;
      const started = Date.now();
      expect(
        await waitFor(async () => (await transactionsRunning('DELETE s')).length === 0, 2000),
      ).toBe(true);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await release();
    }
    // Rolled back: the set is still there.
    const still = await graphql(server.url, 'query($id: ID!) { indicatorSet(id: $id) { id } }', {
      id,
    });
    expect(still.errors).toBeUndefined();
  });

  it('stops a request at its deadline with UNAVAILABLE / DEADLINE_EXCEEDED, in Neo4j too', async () => {
    const short = await startTestServer({ limits: { deadlineMs: 1500 } });
    try {
      const id = await createSet(short.url, 'locked for the deadline test');
      const release = await lockSet(id);
      try {
        const started = Date.now();
        const r = await graphql(short.url, DELETE_SET, { id });
        expect(Date.now() - started).toBeLessThan(4000);
        expect(r.errors?.[0]?.extensions).toMatchObject({
          code: 'UNAVAILABLE',
          reason: 'DEADLINE_EXCEEDED',
        });
        expect(r.errors?.[0]?.message).toMatch(/longer than its deadline \(1\.5 s\)/);
        expect(
          await waitFor(async () => (await transactionsRunning('DELETE s')).length === 0, 1000),
        ).toBe(true);
      } finally {
        await release();
      }
    } finally {
      await short.stop();
    }
  });

  it('cancels a running read in Neo4j when its scope is aborted (no partial rows, no leftover)', async () => {
    const slow = 'UNWIND range(1, 4000000000) AS x RETURN count(x) AS n // abuse-limits slow read';
    const { scope, abort, close } = createScope(60_000);
    const read = runInScope(scope, () => executor.read({ cypher: slow })).catch((e: unknown) => e);
    expect(
      await waitFor(
        async () => (await transactionsRunning('abuse-limits slow read')).length === 1,
        5000,
      ),
    ).toBe(true);
    abort('CANCELLED');
    const error = (await read) as { code?: string; details?: { reason?: string } };
    expect(error).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'CANCELLED' } });
    expect(
      await waitFor(
        async () => (await transactionsRunning('abuse-limits slow read')).length === 0,
        2000,
      ),
    ).toBe(true);
    close();
  });

  it('gives a read the time left before its deadline as its Neo4j timeout', async () => {
    const slow =
      'UNWIND range(1, 4000000000) AS x RETURN count(x) AS n // abuse-limits deadline read';
    const { scope, close } = createScope(800);
    const started = Date.now();
    const error = (await runInScope(scope, () => executor.read({ cypher: slow })).catch(
      (e: unknown) => e,
    )) as { code?: string; details?: { reason?: string } };
    expect(error).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'DEADLINE_EXCEEDED' } });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(
      await waitFor(
        async () => (await transactionsRunning('abuse-limits deadline read')).length === 0,
        1000,
      ),
    ).toBe(true);
    close();
  });
});
