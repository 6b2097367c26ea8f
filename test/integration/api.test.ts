// The GraphQL API on the demo data, as a new user would try it: stats, lookup, search, neighbourhoods, paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import type { Running } from '../../server/boot.js';
import { loadDemoStore } from './demo-store.js';
import { adminHeaders, graphql, startTestServer, testExecutor } from './harness.js';

let executor: Executor;
let server: Running;
/** A seeded domain with a wallet, a phone, an app and a compound linked to it. */
let richDomain: string;

beforeAll(async () => {
  executor = await testExecutor();
  await loadDemoStore(executor);
  server = await startTestServer();
  const rows = await executor.read({
    cypher: `MATCH (d:Domain)-[:PAYS_TO]->(:Wallet), (d)<-[:CONTACT_FOR]-(:Phone), (d)<-[:USES_DOMAIN]-(:App), (d)-[:OPERATED_FROM]->(:Compound)
             RETURN d.value AS value ORDER BY value LIMIT 1`,
  });
  richDomain = String(rows[0]?.value);
});

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

describe('stats', () => {
  it('counts every label and relationship type the demo data uses', async () => {
    const r = await graphql<{
      stats: {
        totalNodes: number;
        hasSyntheticData: boolean;
        nodes: { kind: string; count: number }[];
        relationships: { type: string; count: number }[];
      };
    }>(
      server.url,
      '{ stats { totalNodes hasSyntheticData nodes { kind count } relationships { type count } } }',
    );
    expect(r.errors).toBeUndefined();
    const stats = r.data!.stats;
    expect(stats.totalNodes).toBeGreaterThanOrEqual(10_000);
    expect(stats.hasSyntheticData).toBe(true);
    for (const n of stats.nodes) expect(n.count, n.kind).toBeGreaterThan(0);
    // RELATED_TO is what other tools' STIX states without a SPEC meaning; the demo data has none.
    for (const rel of stats.relationships.filter((x) => x.type !== 'RELATED_TO'))
      expect(rel.count, rel.type).toBeGreaterThan(0);
    expect(stats.relationships.reduce((a, b) => a + b.count, 0)).toBeGreaterThanOrEqual(25_000);
  });
});

describe('lookup and neighbourhood of a seeded domain', () => {
  it('finds an app by the name a visible source gave it (names live on assertions)', async () => {
    const rows = await executor.read({
      cypher: `MATCH (n:App)-[a:REPORTED_IN]->() WHERE a.name IS NOT NULL
               RETURN n.id AS id, a.name AS name ORDER BY n.id LIMIT 1`,
    });
    const { id, name } = rows[0] as { id: string; name: string };
    const r = await graphql<{ search: { hits: { node: { id: string } }[] } }>(
      server.url,
      'query($q: String!) { search(query: $q, first: 20) { hits { node { id } } } }',
      { q: name },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.search.hits.map((h) => h.node.id)).toContain(id);
  });

  it('finds a domain pasted defanged and in upper case', async () => {
    const defanged = richDomain.toUpperCase().replace(/\./g, '[.]');
    const r = await graphql<{
      lookup: {
        recognized: boolean;
        kind: string;
        normalized: string;
        entity: { id: string } | null;
      };
    }>(
      server.url,
      'query($v: String!) { lookup(value: $v) { recognized kind normalized entity { id } } }',
      { v: `hxxps://${defanged}/` },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.lookup).toMatchObject({ recognized: true, kind: 'URL' });
    const domain = await graphql<{
      lookup: {
        kind: string;
        normalized: string;
        entity: { id: string; sources: { name: string }[] };
      };
    }>(
      server.url,
      'query($v: String!) { lookup(value: $v) { kind normalized entity { id sources { name } } } }',
      { v: defanged },
    );
    expect(domain.data!.lookup).toMatchObject({
      kind: 'DOMAIN',
      normalized: richDomain,
      entity: { id: `domain:${richDomain}` },
    });
    expect(domain.data!.lookup.entity.sources.length).toBeGreaterThan(0);
  });

  it('returns its wallets, phones, apps and compound in the neighbourhood', async () => {
    const r = await graphql<{
      neighborhood: {
        nodes: { id: string; kind: string }[];
        edges: { from: string; to: string; type: string }[];
        truncated: boolean;
      };
    }>(
      server.url,
      'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 500) { nodes { id kind } edges { from to type } truncated } }',
      { id: `domain:${richDomain}` },
    );
    expect(r.errors).toBeUndefined();
    const kinds = new Set(r.data!.neighborhood.nodes.map((n) => n.kind));
    for (const kind of ['DOMAIN', 'WALLET', 'PHONE', 'APP', 'COMPOUND'])
      expect(kinds, kind).toContain(kind);
    const ids = new Set(r.data!.neighborhood.nodes.map((n) => n.id));
    for (const e of r.data!.neighborhood.edges) {
      expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    }
    expect(
      r.data!.neighborhood.edges.some(
        (e) => e.type === 'PAYS_TO' && e.from === `domain:${richDomain}`,
      ),
    ).toBe(true);
  });

  it('caps a deep neighbourhood and says it was truncated', async () => {
    const r = await graphql<{ neighborhood: { nodes: unknown[]; truncated: boolean } }>(
      server.url,
      'query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 50) { nodes { id } truncated } }',
      { id: `domain:${richDomain}` },
    );
    expect(r.data!.neighborhood.nodes).toHaveLength(50);
    expect(r.data!.neighborhood.truncated).toBe(true);
  });

  it('loads the cluster around the domain without crossing into other syndicates', async () => {
    const r = await graphql<{ cluster: { nodes: { kind: string }[]; truncated: boolean } }>(
      server.url,
      'query($id: ID!) { cluster(id: $id, limit: 5000) { nodes { kind } truncated } }',
      { id: `domain:${richDomain}` },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.cluster.nodes.length).toBeGreaterThan(20);
    expect(r.data!.cluster.nodes.filter((n) => n.kind === 'SOURCE')).toHaveLength(0);
  });
});

describe('search', () => {
  it('puts the exact match first and pages with cursors without repeats', async () => {
    const first = await graphql<{
      search: {
        hits: { node: { id: string }; exact: boolean }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      server.url,
      'query($q: String!) { search(query: $q, first: 5) { hits { node { id } exact } pageInfo { hasNextPage endCursor } } }',
      { q: richDomain },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.search.hits[0]).toMatchObject({
      node: { id: `domain:${richDomain}` },
      exact: true,
    });
    const seen = new Set(first.data!.search.hits.map((h) => h.node.id));
    const word = richDomain.split(/[-.]/)[0]!;
    let after: string | null = null;
    let pages = 0;
    const all = new Set<string>();
    do {
      const page: Awaited<
        ReturnType<
          typeof graphql<{
            search: {
              hits: { node: { id: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          }>
        >
      > = await graphql(
        server.url,
        'query($q: String!, $a: String) { search(query: $q, first: 10, after: $a, kinds: [DOMAIN]) { hits { node { id } } pageInfo { hasNextPage endCursor } } }',
        { q: word, a: after },
      );
      for (const h of page.data!.search.hits) {
        expect(all.has(h.node.id)).toBe(false);
        all.add(h.node.id);
      }
      after = page.data!.search.pageInfo.hasNextPage ? page.data!.search.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 5);
    expect(all.size).toBeGreaterThan(1);
    expect(seen.size).toBeGreaterThan(0);
  });
});

describe('shortest path', () => {
  it('links a domain to its compound', async () => {
    const rows = await executor.read({
      cypher: 'MATCH (d:Domain {value: $v})-[:PAYS_TO]->(w:Wallet) RETURN w.id AS wallet LIMIT 1',
      params: { v: richDomain },
    });
    const phone = await executor.read({
      cypher: 'MATCH (d:Domain {value: $v})<-[:CONTACT_FOR]-(p:Phone) RETURN p.id AS phone LIMIT 1',
      params: { v: richDomain },
    });
    const r = await graphql<{
      shortestPath: {
        found: boolean;
        length: number;
        paths: string[][];
        subgraph: { nodes: unknown[]; edges: unknown[] };
      };
    }>(
      server.url,
      'query($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b) { found length paths subgraph { nodes { id } edges { type } } } }',
      { a: rows[0]!.wallet, b: phone[0]!.phone },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.shortestPath).toMatchObject({ found: true, length: 2 });
    expect(r.data!.shortestPath.paths[0]).toHaveLength(3);
  });
});

describe('bad input never gets a stack trace, a 500 or a hang', () => {
  const big = 'a'.repeat(1024 * 1024);
  const cases: [string, string, Record<string, unknown>, string][] = [
    [
      'unknown id',
      'query($id: ID!) { entity(id: $id) { id } }',
      { id: 'domain:no-such-domain.example' },
      'NOT_FOUND',
    ],
    [
      'malformed id',
      'query($id: ID!) { entity(id: $id) { id } }',
      { id: 'not an id' },
      'BAD_USER_INPUT',
    ],
    ['empty id', 'query($id: ID!) { entity(id: $id) { id } }', { id: '' }, 'BAD_USER_INPUT'],
    [
      'unknown id prefix',
      'query($id: ID!) { neighborhood(id: $id) { truncated } }',
      { id: 'planet:mars' },
      'BAD_USER_INPUT',
    ],
    [
      'depth 50',
      'query($id: ID!) { neighborhood(id: $id, depth: 50) { truncated } }',
      { id: 'domain:x.example' },
      'BAD_USER_INPUT',
    ],
    [
      'limit 1e9',
      'query($id: ID!) { neighborhood(id: $id, limit: 1000000000) { truncated } }',
      { id: 'domain:x.example' },
      'BAD_USER_INPUT',
    ],
    [
      'limit 1e10 (not an Int)',
      'query($id: ID!, $l: Int) { neighborhood(id: $id, limit: $l) { truncated } }',
      { id: 'domain:x.example', l: 1e10 },
      'BAD_USER_INPUT',
    ],
    [
      'limit literal out of Int range',
      '{ neighborhood(id: "domain:x.example", limit: 99999999999) { truncated } }',
      {},
      'BAD_USER_INPUT',
    ],
    [
      'negative limit',
      'query($id: ID!) { neighborhood(id: $id, limit: -1) { truncated } }',
      { id: 'domain:x.example' },
      'BAD_USER_INPUT',
    ],
    [
      'empty lookup',
      'query($v: String!) { lookup(value: $v) { recognized } }',
      { v: '   ' },
      'BAD_USER_INPUT',
    ],
    [
      '1 MB lookup',
      'query($v: String!) { lookup(value: $v) { recognized } }',
      { v: big },
      'BAD_USER_INPUT',
    ],
    [
      '1 MB search',
      'query($v: String!) { search(query: $v) { hits { cursor } } }',
      { v: big },
      'BAD_USER_INPUT',
    ],
    [
      '1 MB id',
      'query($id: ID!) { entity(id: $id) { id } }',
      { id: `domain:${big}` },
      'BAD_USER_INPUT',
    ],
    [
      'bad region',
      'query($v: String!) { lookup(value: $v, defaultRegion: "Cambodia") { recognized } }',
      { v: '012 345 678' },
      'BAD_USER_INPUT',
    ],
    [
      'empty search',
      'query($v: String!) { search(query: $v) { hits { cursor } } }',
      { v: '' },
      'BAD_USER_INPUT',
    ],
    [
      'search first 0',
      '{ search(query: "x", first: 0) { hits { cursor } } }',
      {},
      'BAD_USER_INPUT',
    ],
    [
      'forged cursor',
      '{ search(query: "x", after: "garbage") { hits { cursor } } }',
      {},
      'BAD_USER_INPUT',
    ],
    [
      'path depth 50',
      '{ shortestPath(fromId: "domain:a.example", toId: "domain:b.example", maxDepth: 50) { found } }',
      {},
      'BAD_USER_INPUT',
    ],
    [
      'path to unknown',
      '{ shortestPath(fromId: "domain:a.example", toId: "domain:b.example") { found } }',
      {},
      'NOT_FOUND',
    ],
    [
      'cluster limit 1e9',
      '{ cluster(id: "domain:a.example", limit: 1000000000) { truncated } }',
      {},
      'BAD_USER_INPUT',
    ],
    [
      'lucene syntax in search',
      '{ search(query: "a:b AND (c OR ~d^2) \\\\ \\"") { hits { cursor } } }',
      {},
      'OK',
    ],
  ];
  it.each(cases)('%s', async (_name, query, variables, code) => {
    const started = Date.now();
    const r = await graphql(server.url, query, variables);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.status).toBeLessThan(500);
    if (code === 'OK') {
      expect(r.errors).toBeUndefined();
      return;
    }
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(r.errors?.[0]?.message.length).toBeLessThan(300);
  });

  it('answers a body over the size cap with BAD_USER_INPUT and 413', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await adminHeaders(server.url)) },
      body: JSON.stringify({ query: '{ ok }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a lookup that is not recognised says why, with a stable reason code', async () => {
    const r = await graphql<{ lookup: { recognized: boolean; reason: string; message: string } }>(
      server.url,
      'query($v: String!) { lookup(value: $v) { recognized reason message } }',
      { v: '0x52908400098527886E0F7030069857D2E4169EE7'.replace('E7', 'e7') },
    );
    expect(r.data!.lookup.recognized).toBe(false);
    expect(r.data!.lookup.reason).toBe('BAD_CHECKSUM');
  });
});

describe('compounds', () => {
  it('lists every compound with its place and status, and filters by country', async () => {
    type C = { compounds: { id: string; properties: { key: string; value: string }[] }[] };
    const all = await graphql<C>(server.url, '{ compounds { id properties { key value } } }');
    expect(all.errors).toBeUndefined();
    expect(all.data!.compounds).toHaveLength(40);
    const keys = new Set(all.data!.compounds[0]!.properties.map((p) => p.key));
    for (const k of ['lat', 'lon', 'country', 'status']) expect(keys).toContain(k);
    const mm = await graphql<C>(
      server.url,
      '{ compounds(country: "mm") { id properties { key value } } }',
    );
    expect(mm.data!.compounds.length).toBeGreaterThan(0);
    expect(mm.data!.compounds.length).toBeLessThan(40);
    for (const c of mm.data!.compounds) {
      expect(c.properties.find((p) => p.key === 'country')?.value).toBe('MM');
    }
    const bad = await graphql(server.url, '{ compounds(country: "Myanmar") { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('health', () => {
  it('serves /healthz and /readyz', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
