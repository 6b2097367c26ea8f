// The OASIS taxii2-client pages through our TAXII 2.1 collections and receives every object exactly once;
// media types, headers, auth, Accept negotiation and filters as TAXII 2.1 requires.
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import type { RequestContext } from '../../server/context.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { exportTarget } from '../../server/modules/exports/exports-service.js';
import { createIndicatorSet } from '../../server/modules/exports/sets-service.js';
import { ALL_COLLECTION_ID } from '../../server/modules/taxii/taxii-service.js';
import { startTestServer, testExecutor } from '../integration/harness.js';
import { loadInteropGraph } from './fixture.js';
import { ensureVenv, runPython } from './python.js';

const TAXII = 'application/taxii+json;version=2.1';
let executor: Executor;
let server: Running;
let base: string;
let token: string;
let otherToken: string;
let setId: string;
let otherSetId: string;
let expectedAll: string[];
const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-taxii-'));
const partner: RequestContext = {
  caller: 'test',
  organisation: 'partner-bank',
  clearance: 'GREEN',
  roles: ['partner'],
};

async function stixIds(ctx: RequestContext, target: { setId?: string }): Promise<string[]> {
  const file = path.join(dir, `${Math.random()}.json`);
  await exportTarget(executor, ctx, target, 'stix', { out: createWriteStream(file) });
  return (JSON.parse(readFileSync(file, 'utf8')) as { objects: { id: string }[] }).objects.map(
    (o) => o.id,
  );
}

function get(url: string, headers: Record<string, string> = {}) {
  return fetch(url, { headers: { accept: TAXII, authorization: `Bearer ${token}`, ...headers } });
}

beforeAll(async () => {
  await ensureVenv();
  executor = await testExecutor();
  await loadInteropGraph(executor);
  // Date added is an assertion's addedAt (one batch: one time); spread them as a store migrated from lastSeen
  // has them, so that added_after has something to split.
  await executor.write({
    cypher:
      'MATCH ()-[a]->() WHERE a.addedAt IS NOT NULL AND a.lastSeen IS NOT NULL SET a.addedAt = a.lastSeen',
  });
  server = await startTestServer();
  base = `http://127.0.0.1:${server.port}/taxii2`;
  token = (await createToken(executor, { organisation: 'partner-bank', clearance: 'GREEN' })).token;
  otherToken = (await createToken(executor, { organisation: 'someone-else', clearance: 'RED' }))
    .token;
  setId = (
    await createIndicatorSet(executor, partner, {
      name: 'wallets and phones',
      filter: { kinds: ['Wallet', 'Phone'] },
    })
  ).id;
  otherSetId = (
    await createIndicatorSet(
      executor,
      { ...partner, organisation: 'someone-else' },
      { name: 'theirs' },
    )
  ).id;
  expectedAll = await stixIds(partner, {});
});

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('TAXII 2.1 with the OASIS client', () => {
  it('pages through the collection of everything visible and receives every object exactly once', async () => {
    const r = await runPython('taxii_pages.py', [`${base}/`, token, ALL_COLLECTION_ID, '37']);
    expect(r.code, r.stderr.slice(-2000)).toBe(0);
    const out = r.lines[0] as {
      objects: string[];
      manifest: string[];
      pages: number;
      collections: string[];
      can_read: boolean;
    };
    expect(out.can_read).toBe(true);
    expect(out.pages).toBeGreaterThan(5);
    expect(new Set(out.objects).size).toBe(out.objects.length);
    expect([...out.objects].sort()).toEqual([...expectedAll].sort());
    expect(out.manifest).toEqual(out.objects);
    expect(out.collections.sort()).toEqual([ALL_COLLECTION_ID, setId].sort());
  });

  it('accepts the client’s own TokenAuth and its basic auth (the token as password)', async () => {
    for (const scheme of ['token', 'basic']) {
      const r = await runPython('taxii_pages.py', [`${base}/`, token, setId, '50', scheme]);
      expect(r.code, `${scheme}: ${r.stderr.slice(-2000)}`).toBe(0);
      const out = r.lines[0] as { objects: string[]; manifest: string[]; collections: string[] };
      expect(out.collections.sort(), scheme).toEqual([ALL_COLLECTION_ID, setId].sort());
      expect([...out.objects].sort(), scheme).toEqual((await stixIds(partner, { setId })).sort());
      expect(out.manifest, scheme).toEqual(out.objects);
    }
    // A wrong token is refused whichever way the client sends it (the client raises on the 401).
    for (const scheme of ['token', 'basic']) {
      const r = await runPython('taxii_pages.py', [`${base}/`, 'sgt_wrong', setId, '50', scheme]);
      expect(r.code, scheme).not.toBe(0);
      expect(r.stderr, scheme).toMatch(/401/);
    }
  });

  it('serves a collection per indicator set, with only that set’s objects', async () => {
    const r = await runPython('taxii_pages.py', [`${base}/`, token, setId, '50']);
    expect(r.code, r.stderr.slice(-2000)).toBe(0);
    const out = r.lines[0] as { objects: string[] };
    expect(new Set(out.objects).size).toBe(out.objects.length);
    expect([...out.objects].sort()).toEqual((await stixIds(partner, { setId })).sort());
    expect(out.objects.some((id) => id.startsWith('cryptocurrency-wallet--'))).toBe(true);
    expect(out.objects.some((id) => id.startsWith('domain-name--'))).toBe(false);
  });
});

describe('TAXII 2.1 over HTTP', () => {
  it('answers with the exact media types and the date-added headers', async () => {
    const res = await get(`${base}/api/collections/${ALL_COLLECTION_ID}/objects/?limit=10`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(TAXII);
    const body = (await res.json()) as { more: boolean; next: string; objects: { id: string }[] };
    expect(body.objects).toHaveLength(10);
    expect(body.more).toBe(true);
    expect(res.headers.get('x-taxii-date-added-first')).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
    );
    expect(res.headers.get('x-taxii-date-added-last')).toMatch(/Z$/);
    const collection = await (await get(`${base}/api/collections/${ALL_COLLECTION_ID}/`)).json();
    expect(collection).toMatchObject({
      id: ALL_COLLECTION_ID,
      can_read: true,
      can_write: false,
      media_types: ['application/stix+json;version=2.1'],
    });
  });

  it('refuses a wrong Accept with 406, a missing or unknown token with 401, another organisation’s set with 404', async () => {
    expect((await get(`${base}/`, { accept: 'application/json' })).status).toBe(406);
    expect((await get(`${base}/`, { accept: 'application/taxii+json;version=2.0' })).status).toBe(
      406,
    );
    const anonymous = await fetch(`${base}/`, { headers: { accept: TAXII } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toBe(TAXII);
    expect((await get(`${base}/`, { authorization: 'Bearer sgt_not-a-token' })).status).toBe(401);
    expect((await get(`${base}/api/collections/${otherSetId}/objects/`)).status).toBe(404);
    expect(
      (
        await get(`${base}/api/collections/${otherSetId}/`, {
          authorization: `Bearer ${otherToken}`,
        })
      ).status,
    ).toBe(200);
  });

  it('filters by match[type] and added_after, and pages from next', async () => {
    const res = await get(
      `${base}/api/collections/${ALL_COLLECTION_ID}/objects/?match[type]=indicator&limit=1000`,
    );
    const indicators = ((await res.json()) as { objects: { type: string }[] }).objects;
    expect(indicators.length).toBeGreaterThan(10);
    expect(indicators.every((o) => o.type === 'indicator')).toBe(true);
    const manifest = (await (
      await get(`${base}/api/collections/${ALL_COLLECTION_ID}/manifest/?limit=1000`)
    ).json()) as {
      objects: { id: string; date_added: string; version: string; media_type: string }[];
    };
    const dates = manifest.objects.map((o) => o.date_added);
    expect([...dates].sort()).toEqual(dates);
    const middle = dates[Math.floor(dates.length / 2)]!;
    const after = (await (
      await get(
        `${base}/api/collections/${ALL_COLLECTION_ID}/manifest/?limit=1000&added_after=${middle}`,
      )
    ).json()) as {
      objects: { date_added: string }[];
    };
    expect(after.objects.length).toBeGreaterThan(0);
    expect(after.objects.length).toBeLessThan(manifest.objects.length);
    expect(after.objects.every((o) => o.date_added > middle)).toBe(true);
    expect(
      (await get(`${base}/api/collections/${ALL_COLLECTION_ID}/objects/?next=garbage`)).status,
    ).toBe(400);
  });
});
