// Watchlists and webhooks on the real Neo4j and the real API: an analyst follows an entity, a search and a
// cluster; ingests through the API (and by another process, noticed by the server's timer) show up as
// changes with counts, evaluated in each owner's view: an AMBER-only change of one organisation never
// reaches a GREEN-cleared analyst of another, in the UI or on the webhook. Webhooks are posted to local
// receivers with the signature checked, retried (every attempt in the delivery log), and a receiver that
// never succeeds ends FAILED while the server keeps answering.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import type { NodeRecord, Tlp } from '../../server/model.js';
import {
  createAccount,
  createOrg,
  disableAccount,
} from '../../server/modules/accounts/accounts-service.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { clusterOf } from '../../server/modules/clusters/clusters-service.js';
import { verifySignature } from '../../server/modules/watchlists/webhook-signature.js';
import {
  graphql,
  startTestServer,
  testExecutor,
  testUri,
  wipeGraph,
  type TestServer,
} from './harness.js';

let executor: Executor;
let server: TestServer;
const receivers: Server[] = [];

const ALICE_SECRET = 'alice-webhook-secret-01';
const BOB_SECRET = 'bob-webhook-secret-0001';
const tokens: Record<string, string> = {};

interface Post {
  body: string;
  json: { event: string; changes: { kind: string; count: number; entityIds: string[] }[] };
  verified: boolean;
}

/** A webhook receiver on 127.0.0.1 answering the statuses in turn (the last one repeats). */
async function receiver(secret: string, statuses: number[] = [200]) {
  const posts: Post[] = [];
  const srv = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const verified = verifySignature(
        secret,
        req.headers['x-scamgraph-timestamp'] as string,
        body,
        req.headers['x-scamgraph-signature'] as string,
      );
      posts.push({ body, json: JSON.parse(body) as Post['json'], verified });
      const status = statuses[Math.min(posts.length - 1, statuses.length - 1)]!;
      res.writeHead(status, { 'content-type': 'text/plain' }).end('thanks');
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  receivers.push(srv);
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/hook`, posts };
}

const gql = async <T = Record<string, unknown>>(
  who: string,
  query: string,
  variables: Record<string, unknown> = {},
) => graphql<T>(server.url, query, variables, { token: tokens[who] });

async function ok<T = Record<string, unknown>>(
  who: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const r = await gql<T>(who, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

/**
 * Ingests `domain,related value` pairs through the API (a JSON map of domain → related values; each pair
 * is linked), then waits for the watches and their webhook deliveries.
 */
async function ingest(who: string, rows: string[], tlp: Tlp, source: string) {
  const map: Record<string, string[]> = {};
  for (const row of rows) {
    const [a, b] = row.split(',') as [string, string];
    (map[a] ??= []).push(b);
  }
  const data = await ok<{ ingest: { accepted: number } }>(
    who,
    `mutation($input: IngestInput!) { ingest(input: $input) { accepted } }`,
    { input: { text: JSON.stringify(map), format: 'JSON', tlp, source, reliability: 'B' } },
  );
  expect(data.ingest.accepted).toBe(new Set(rows.flatMap((r) => r.split(','))).size);
  await server.watches.idle();
}

interface Change {
  watchId: string;
  kind: string;
  count: number;
  entityIds: string[];
  summary: string;
  seen: boolean;
}

const CHANGES = `query($watchId: ID, $unseenOnly: Boolean) {
  watchChanges(watchId: $watchId, unseenOnly: $unseenOnly, first: 500) {
    id watchId kind count entityIds summary seen } }`;

async function changes(who: string, watchId?: string, unseenOnly = false): Promise<Change[]> {
  return (await ok<{ watchChanges: Change[] }>(who, CHANGES, { watchId, unseenOnly })).watchChanges;
}

interface Delivery {
  id: string;
  url: string;
  status: string;
  attempts: number;
  responseCode: number | null;
  error: string | null;
  changeCount: number;
}

async function deliveries(who: string): Promise<Delivery[]> {
  return (
    await ok<{ webhookDeliveries: Delivery[] }>(
      who,
      '{ webhookDeliveries { id url status attempts responseCode error changeCount } }',
    )
  ).webhookDeliveries;
}

const FOLLOW = `mutation($target: WatchTarget!) { follow(target: $target) { id kind target label unseen } }`;
const watchIds: Record<string, Record<string, string>> = { alice: {}, bob: {} };

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  server = await startTestServer();
  server.watches.setOptions({
    retry: { retries: 2, minTimeoutMs: 20, factor: 2, maxTimeoutMs: 100, attemptTimeoutMs: 5_000 },
    log: (m) => console.log(m),
    // No timer: each test says when watches run (the timer's own test calls poll() as the timer does).
    pollMs: 0,
  });
  await server.adminToken();
  await createOrg(executor, 'Org A');
  await createOrg(executor, 'Org B');
  const accounts: [string, string, string, Tlp][] = [
    ['alice', 'Org A', 'analyst', 'RED'],
    ['bob', 'Org B', 'analyst', 'GREEN'],
    ['carol', 'Org B', 'partner', 'RED'],
    ['victor', 'Org B', 'viewer', 'RED'],
  ];
  for (const [name, org, role, clearance] of accounts) {
    await createAccount(executor, { name, org, role, clearance });
    tokens[name] = (await createToken(executor, { account: name })).token;
  }
  // The starting network (GREEN, Org A): a domain, its IP address and a contact phone.
  await ingest(
    'alice',
    ['alpha.example,192.0.2.10', 'alpha.example,+44 7700 900100'],
    'GREEN',
    'Alpha tips',
  );
}, 180_000);

afterAll(async () => {
  for (const r of receivers) r.closeAllConnections();
  await Promise.all(receivers.map((r) => new Promise((done) => r.close(done))));
  await server?.stop();
  await executor?.driver.close();
});

describe('following', () => {
  it('follows an entity, a search and a cluster, each once', async () => {
    for (const who of ['alice', 'bob']) {
      const ctx = {
        caller: `user:${who}`,
        organisation: who === 'alice' ? 'org-a' : 'org-b',
        clearance: (who === 'alice' ? 'RED' : 'GREEN') as Tlp,
        roles: ['analyst'],
      };
      const cluster = await clusterOf(executor, ctx, 'domain:alpha.example');
      expect(cluster?.id).toMatch(/^cl-/);
      const targets = {
        entity: { kind: 'ENTITY', id: 'domain:alpha.example' },
        search: { kind: 'SEARCH', query: 'alpha' },
        cluster: { kind: 'CLUSTER', id: cluster!.id },
      };
      for (const [name, target] of Object.entries(targets)) {
        const w = (
          await ok<{ follow: { id: string; label: string; unseen: number } }>(who, FOLLOW, {
            target,
          })
        ).follow;
        expect(w.unseen).toBe(0);
        watchIds[who]![name] = w.id;
        // Following the same target again gives the same watch.
        expect((await ok<{ follow: { id: string } }>(who, FOLLOW, { target })).follow.id).toBe(
          w.id,
        );
      }
    }
    const list = await ok<{ watchlist: { id: string; kind: string; label: string }[] }>(
      'alice',
      '{ watchlist { id kind target label createdAt lastCheckedAt unseen } }',
    );
    expect(list.watchlist.map((w) => w.kind).sort()).toEqual(['CLUSTER', 'ENTITY', 'SEARCH']);
    expect(list.watchlist.find((w) => w.kind === 'ENTITY')?.label).toBe('alpha.example');
  });

  it('is for analysts and administrators; partners and viewers are refused, hidden targets are NOT_FOUND', async () => {
    for (const who of ['carol', 'victor']) {
      const r = await gql(who, FOLLOW, { target: { kind: 'SEARCH', query: 'alpha' } });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const list = await gql(who, '{ watchlist { id } }');
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const missing = await gql('bob', FOLLOW, {
      target: { kind: 'ENTITY', id: 'domain:never.example' },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await gql('bob', FOLLOW, { target: { kind: 'ENTITY', query: 'x' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONFLICTING_TARGET',
    });
  });

  it('refuses webhook URLs that are not http(s) or carry credentials, and a URL without a secret', async () => {
    const SET =
      'mutation($url: String, $secret: String) { setWebhook(url: $url, secret: $secret) { url secretSet } }';
    for (const [url, reason] of [
      ['ftp://hooks.example/x', 'BAD_SCHEME'],
      ['https://u:p@hooks.example/x', 'CREDENTIALS_IN_URL'],
    ]) {
      const r = await gql('alice', SET, { url, secret: ALICE_SECRET });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    const r = await gql('alice', SET, { url: 'https://hooks.example/x' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ reason: 'SECRET_REQUIRED' });
  });
});

describe('after an ingest', () => {
  let alicePosts: Post[];
  let bobPosts: Post[];

  it('lists what changed with counts, and posts it signed to the webhook', async () => {
    const a = await receiver(ALICE_SECRET);
    const b = await receiver(BOB_SECRET);
    alicePosts = a.posts;
    bobPosts = b.posts;
    const SET =
      'mutation($url: String, $secret: String) { setWebhook(url: $url, secret: $secret) { url secretSet } }';
    expect(
      (await ok<{ setWebhook: unknown }>('alice', SET, { url: a.url, secret: ALICE_SECRET }))
        .setWebhook,
    ).toEqual({ url: a.url, secretSet: true });
    await ok('bob', SET, { url: b.url, secret: BOB_SECRET });
    // GREEN: a second domain on the same IP address, a second phone for alpha.example.
    await ingest(
      'alice',
      ['alpha-two.example,192.0.2.10', 'alpha.example,+44 7700 900101'],
      'GREEN',
      'Alpha tips',
    );
    for (const who of ['alice', 'bob']) {
      const ids = watchIds[who]!;
      const entity = await changes(who, ids.entity);
      expect(entity).toEqual([
        expect.objectContaining({
          kind: 'NEW_LINKS',
          count: 1,
          entityIds: ['phone:+447700900101'],
          seen: false,
        }),
      ]);
      const search = await changes(who, ids.search);
      expect(search).toEqual([
        expect.objectContaining({
          kind: 'NEW_RESULTS',
          count: 1,
          entityIds: ['domain:alpha-two.example'],
        }),
      ]);
      const cluster = await changes(who, ids.cluster);
      const byKind = Object.fromEntries(cluster.map((c) => [c.kind, c]));
      expect(byKind.NEW_MEMBERS).toMatchObject({ count: 2 });
      expect(byKind.NEW_MEMBERS!.entityIds.sort()).toEqual([
        'domain:alpha-two.example',
        'phone:+447700900101',
      ]);
      expect(byKind.NEW_LINKS).toMatchObject({ count: 2 });
    }
    const list = await ok<{
      watchlist: { id: string; unseen: number; lastCheckedAt: string | null }[];
    }>('alice', '{ watchlist { id unseen lastCheckedAt } }');
    expect(list.watchlist.every((w) => w.unseen >= 1 && w.lastCheckedAt)).toBe(true);
    // One delivery each, signed with the owner's secret, carrying the same changes and counts.
    expect(alicePosts).toHaveLength(1);
    expect(alicePosts[0]!.verified).toBe(true);
    expect(alicePosts[0]!.json.event).toBe('watch.changes');
    expect(alicePosts[0]!.json.changes.map((c) => `${c.kind}:${c.count}`).sort()).toEqual([
      'NEW_LINKS:1',
      'NEW_LINKS:2',
      'NEW_MEMBERS:2',
      'NEW_RESULTS:1',
    ]);
    expect(bobPosts).toHaveLength(1);
    expect(bobPosts[0]!.verified).toBe(true);
    const [delivery] = await deliveries('alice');
    expect(delivery).toMatchObject({
      status: 'DELIVERED',
      attempts: 1,
      responseCode: 200,
      changeCount: 4,
      url: a.url,
    });
  });

  it('marks changes seen', async () => {
    const ids = watchIds.alice!;
    const marked = await ok<{ markChangesSeen: number }>(
      'alice',
      'mutation($w: ID) { markChangesSeen(watchId: $w) }',
      { w: ids.entity },
    );
    expect(marked.markChangesSeen).toBe(1);
    expect(await changes('alice', ids.entity, true)).toEqual([]);
    expect((await changes('alice', ids.search, true)).length).toBe(1);
  });

  it('never shows a GREEN-cleared analyst of another organisation an AMBER-only change', async () => {
    const bobBefore = await changes('bob');
    const aliceBefore = await changes('alice');
    // AMBER (Org A only): a hidden domain on the same IP address and a hidden phone for alpha.example.
    await ingest(
      'alice',
      ['alpha-secret.example,192.0.2.10', 'alpha.example,+44 7700 900199'],
      'AMBER',
      'Alpha private',
    );
    const aliceNew = (await changes('alice')).slice(
      0,
      (await changes('alice')).length - aliceBefore.length,
    );
    // The search also finds the new source, "Alpha private".
    expect(aliceNew.map((c) => `${c.kind}:${c.count}`).sort()).toEqual([
      'NEW_LINKS:1',
      'NEW_LINKS:2',
      'NEW_MEMBERS:2',
      'NEW_RESULTS:2',
    ]);
    expect(aliceNew.flatMap((c) => c.entityIds)).toContain('domain:alpha-secret.example');
    // Bob: no new change, no delivery; nothing he was ever shown or posted names the AMBER data.
    expect(await changes('bob')).toEqual(bobBefore);
    expect(bobPosts).toHaveLength(1);
    expect(await deliveries('bob')).toHaveLength(1);
    const everything = JSON.stringify([await changes('bob'), bobPosts.map((p) => p.body)]);
    expect(everything).not.toMatch(/alpha-secret|900199/);
    expect(alicePosts).toHaveLength(2);
    expect(alicePosts[1]!.body).toMatch(/alpha-secret/);
  });

  it('retries a receiver that fails twice, then succeeds: 3 attempts in the log', async () => {
    const flaky = await receiver(ALICE_SECRET, [500, 502, 200]);
    await ok('alice', 'mutation($url: String) { setWebhook(url: $url) { url } }', {
      url: flaky.url,
    });
    await ingest('alice', ['alpha.example,+44 7700 900102'], 'GREEN', 'Alpha tips');
    expect(flaky.posts).toHaveLength(3);
    expect(flaky.posts.every((p) => p.verified)).toBe(true);
    const [d] = await deliveries('alice');
    expect(d).toMatchObject({
      url: flaky.url,
      status: 'DELIVERED',
      attempts: 3,
      responseCode: 200,
      error: null,
    });
  });

  it('ends FAILED after the retry limit for a receiver that never succeeds, and the server stays up', async () => {
    const down = await receiver(ALICE_SECRET, [503]);
    await ok('alice', 'mutation($url: String) { setWebhook(url: $url) { url } }', {
      url: down.url,
    });
    await ingest('alice', ['alpha.example,+44 7700 900103'], 'GREEN', 'Alpha tips');
    expect(down.posts).toHaveLength(3);
    const [d] = await deliveries('alice');
    expect(d).toMatchObject({
      url: down.url,
      status: 'FAILED',
      attempts: 3,
      responseCode: 503,
      error: 'HTTP_503',
    });
    expect((await ok<{ ok: boolean }>('alice', '{ ok }')).ok).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    // A test post goes once, now.
    const up = await receiver(ALICE_SECRET);
    await ok('alice', 'mutation($url: String) { setWebhook(url: $url) { url } }', { url: up.url });
    const test = await ok<{ testWebhook: Delivery }>(
      'alice',
      'mutation { testWebhook { status attempts responseCode changeCount } }',
    );
    expect(test.testWebhook).toMatchObject({
      status: 'DELIVERED',
      attempts: 1,
      responseCode: 200,
      changeCount: 0,
    });
    expect(up.posts[0]!.json.event).toBe('webhook.test');
    expect(up.posts[0]!.verified).toBe(true);
  });

  it('posts to public addresses only unless SCAMGRAPH_WEBHOOK_PRIVATE=allow (set for these tests)', async () => {
    const local = await receiver(ALICE_SECRET);
    const allowed = process.env.SCAMGRAPH_WEBHOOK_PRIVATE;
    delete process.env.SCAMGRAPH_WEBHOOK_PRIVATE;
    try {
      const SET = 'mutation($url: String) { setWebhook(url: $url) { url } }';
      const refused = await gql('alice', SET, { url: 'http://169.254.169.254/latest/meta-data' });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'PRIVATE_ADDRESS',
      });
      // A name is checked when the post connects: localhost resolves to a loopback address.
      await ok('alice', SET, { url: local.url.replace('127.0.0.1', 'localhost') });
      const test = await ok<{ testWebhook: Delivery }>(
        'alice',
        'mutation { testWebhook { status attempts responseCode error } }',
      );
      expect(test.testWebhook).toMatchObject({ status: 'FAILED', responseCode: null });
      expect(test.testWebhook.error).toMatch(/^PRIVATE_ADDRESS: .* is a loopback address/);
      expect(local.posts).toEqual([]);
    } finally {
      process.env.SCAMGRAPH_WEBHOOK_PRIVATE = allowed;
    }
  });
});

describe('ingests by another process', () => {
  const prov = (tlp: Tlp, source: string, lastSeen: string) => ({
    tlp,
    confidence: 60,
    firstSeen: lastSeen,
    lastSeen,
    sources: [source],
    synthetic: true,
  });
  const compound = (status: string, statusDate: string, src: string): NodeRecord => ({
    id: 'compound:golden-reef-kh',
    label: 'Compound',
    value: 'golden-reef-kh',
    display: 'Golden Reef (KH)',
    raw: ['Golden Reef'],
    facts: { country: 'KH', name: 'Golden Reef' },
    props: { status, statusDate },
    ...prov('GREEN', src, statusDate),
  });
  const source = (id: string): NodeRecord => ({
    id,
    label: 'Source',
    value: id.slice(7),
    display: id.slice(7),
    raw: [],
    props: { name: id.slice(7), reliability: 'B' },
    ...prov('GREEN', id, '2026-01-01T00:00:00.000Z'),
    sources: [],
  });
  const scope = { org: 'org-a' };

  it('are noticed by the timer (the latest addedAt): a status change', async () => {
    await writeBatch(
      executor,
      [
        source('source:field-notes'),
        compound('active', '2026-01-01T00:00:00.000Z', 'source:field-notes'),
      ],
      [],
      undefined,
      scope,
    );
    const w = (
      await ok<{ follow: { id: string } }>('alice', FOLLOW, {
        target: { kind: 'ENTITY', id: 'compound:golden-reef-kh' },
      })
    ).follow;
    // Another process writes (as the CLI does): a second source says the compound was raided later; the
    // server's timer notices the new revision.
    await writeBatch(
      executor,
      [
        source('source:raid-report'),
        compound('raided', '2026-03-01T00:00:00.000Z', 'source:raid-report'),
      ],
      [],
      undefined,
      scope,
    );
    const summary = await server.watches.poll();
    await server.watches.idle();
    expect(summary?.changes).toBeGreaterThanOrEqual(1);
    expect(await changes('alice', w.id)).toEqual([
      expect.objectContaining({
        kind: 'STATUS_CHANGED',
        count: 1,
        entityIds: ['compound:golden-reef-kh'],
        summary: expect.stringContaining('active → raided'),
      }),
    ]);
    // Nothing new: the timer does not run again.
    expect(await server.watches.poll()).toBeNull();
  });

  it('are evaluated at the end of the CLI ingest, which posts the webhook before it exits', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scamgraph-watch-'));
    const file = path.join(dir, 'cli-tips.json');
    writeFileSync(file, JSON.stringify({ 'alpha.example': ['+44 7700 900104'] }));
    const before = (await deliveries('alice')).length;
    const bin = path.resolve(import.meta.dirname, '../../bin/scamgraph.js');
    const argv = [
      bin,
      'ingest',
      file,
      '--as',
      'alice',
      '--tlp',
      'GREEN',
      '--source',
      'Alpha tips',
      '--json',
    ];
    try {
      await promisify(execFile)(process.execPath, argv, {
        env: {
          ...process.env,
          NEO4J_URI: testUri(),
          NEO4J_USER: 'neo4j',
          NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
        },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The server's timer is off in this file: the CLI itself evaluated and delivered.
    const entity = await changes('alice', watchIds.alice!.entity);
    expect(entity[0]).toMatchObject({
      kind: 'NEW_LINKS',
      count: 1,
      entityIds: ['phone:+447700900104'],
    });
    const log = await deliveries('alice');
    expect(log).toHaveLength(before + 1);
    expect(log[0]).toMatchObject({ status: 'DELIVERED', attempts: 1 });
  });

  it('stop for a disabled account', async () => {
    const before = await changes('bob');
    await disableAccount(executor, 'bob');
    await ingest('alice', ['alpha-three.example,192.0.2.10'], 'GREEN', 'Alpha tips');
    const rows = await executor.read({
      cypher: 'MATCH (c:WatchChange {owner: $o}) RETURN count(c) AS n',
      params: { o: 'user:bob' },
    });
    expect(Number(rows[0]!.n)).toBe(before.length);
    // Alice's watches went on.
    expect(
      (await changes('alice', watchIds.alice!.search, true)).some((c) =>
        c.entityIds.includes('domain:alpha-three.example'),
      ),
    ).toBe(true);
  });
});
