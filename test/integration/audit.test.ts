// The audit log: events are appended in batches without waiting, admins filter and page through them, export
// them as JSON Lines, and nobody else reads them. Real requests against a running server record one event
// each: changes, exports, TAXII reads, sign-ins (and failed ones), token events, and reads that returned
// AMBER or above.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminContext, type RequestContext } from '../../server/context.js';
import type { Executor } from '../../server/db/executor.js';
import { createAccount, createOrg } from '../../server/modules/accounts/accounts-service.js';
import { createToken, revokeToken } from '../../server/modules/auth/token-service.js';
import { AuditLog, type AuditEvent } from '../../server/modules/audit/audit-log.js';
import { flushAuditLog } from '../../server/modules/audit/audit-recorder.js';
import {
  auditEvents,
  exportAuditJsonl,
  type AuditFilter,
} from '../../server/modules/audit/audit-service.js';
import { issueCode } from '../../server/modules/session/one-time-codes.js';
import { ALL_COLLECTION_ID } from '../../server/modules/taxii/taxii-service.js';
import {
  ANONYMOUS,
  graphql,
  startTestServer,
  testExecutor,
  testUri,
  type TestServer,
} from './harness.js';

let executor: Executor;
const admin: RequestContext = {
  caller: 'user:audit-admin',
  organisation: 'audit-host',
  clearance: 'RED',
  roles: ['admin'],
};
const partner: RequestContext = {
  caller: 'user:audit-partner',
  organisation: 'audit-telco',
  clearance: 'GREEN',
  roles: ['partner'],
};

beforeAll(async () => {
  executor = await testExecutor();
  await executor.write({ cypher: 'MATCH (a:AuditEvent) DETACH DELETE a' });
});

afterAll(async () => {
  await executor?.driver.close();
});

describe('the audit log', () => {
  it('records without waiting, then lets an admin filter, page and export what happened', async () => {
    const log = new AuditLog(executor);
    const started = performance.now();
    for (let i = 0; i < 250; i += 1)
      log.record(i % 5 === 0 ? admin : partner, {
        operation: i % 2 === 0 ? 'taxii:objects' : 'graphql:neighborhood',
        ids: [`domain:audit-${i}.example`],
        count: 1,
        maxTlp: i % 5 === 0 ? 'AMBER' : null,
      });
    expect(performance.now() - started).toBeLessThan(100);
    await log.close();

    const partnerTaxii = await auditEvents(
      executor,
      admin,
      { org: 'audit-telco', operation: 'taxii' },
      60,
    );
    expect(partnerTaxii.events).toHaveLength(60);
    expect(partnerTaxii.next).not.toBeNull();
    expect(partnerTaxii.events.every((e) => e.operation === 'taxii:objects')).toBe(true);
    const rest = await auditEvents(
      executor,
      admin,
      { org: 'audit-telco', operation: 'taxii' },
      100,
      partnerTaxii.next,
    );
    // 250 events, 125 TAXII reads, 25 of them the admin's (every tenth event).
    expect(partnerTaxii.events.length + rest.events.length).toBe(100);
    expect(rest.next).toBeNull();
    const times = [...partnerTaxii.events, ...rest.events].map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());

    const amber = await auditEvents(executor, admin, { account: 'user:audit-admin' }, 1000);
    expect(amber.events).toHaveLength(50);
    expect(amber.events.every((e) => e.maxTlp === 'AMBER')).toBe(true);

    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    expect(await exportAuditJsonl(executor, admin, {}, sink)).toBe(250);
    expect(lines).toHaveLength(250);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ id: expect.stringMatching(/^audit:/) });
  });

  it('is for admins only, and rejects malformed filters naming the field', async () => {
    await expect(auditEvents(executor, partner)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(auditEvents(executor, admin, { since: 'yesterday' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'since' },
    });
    await expect(auditEvents(executor, admin, {}, 100, 'bm90LWEtY3Vyc29y')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'after' },
    });
  });
});

describe('what a running server records', () => {
  let server: TestServer;
  let started: string | undefined;
  let partnerToken: string;
  const PARTNER = { caller: 'user:audit-bank-reader', organisation: 'audit-bank' };

  /** The events matching `filter` since this block started, once `done` holds (the log is batched). */
  async function eventsWhen(
    filter: AuditFilter,
    done: (events: AuditEvent[]) => boolean = (e) => e.length > 0,
  ): Promise<AuditEvent[]> {
    let events: AuditEvent[] = [];
    await vi.waitFor(
      async () => {
        await flushAuditLog(server.executor);
        await flushAuditLog(executor);
        events = (await auditEvents(executor, adminContext(), { since: started, ...filter }, 1000))
          .events;
        if (!done(events))
          throw new Error(`not yet: ${JSON.stringify(events.map((e) => e.operation))}`);
      },
      { timeout: 10_000, interval: 50 },
    );
    return events;
  }

  /** Sends an always-audited request and waits for it: everything answered before it is in the log. */
  async function settle(): Promise<void> {
    const marker = `audit-settle-${Math.random().toString(36).slice(2)}`;
    const r = await graphql(
      server.url,
      'mutation($n: String!) { createOrganisation(name: $n) { id } }',
      {
        n: marker,
      },
    );
    expect(r.errors).toBeUndefined();
    await eventsWhen({ operation: 'mutation:createOrganisation' }, (events) =>
      events.some((e) => e.ids.includes(`member:${marker}`)),
    );
  }

  const INGEST = `mutation($v: [String!]!, $s: String!, $t: Tlp!) {
    ingest(input: { values: $v, source: $s, tlp: $t }) { indicators sourceId }
  }`;

  beforeAll(async () => {
    server = await startTestServer();
    await server.adminToken();
    await createOrg(server.executor, 'Audit Bank', { existing: 'reuse' });
    await createAccount(
      server.executor,
      { name: 'audit-bank-reader', org: 'Audit Bank', role: 'partner', clearance: 'GREEN' },
      { existing: 'reuse' },
    );
    partnerToken = (await createToken(server.executor, { account: 'audit-bank-reader' })).token;
    for (const [value, tlp] of [
      ['audit-green-only.example', 'GREEN'],
      ['audit-amber-secret.example', 'AMBER'],
    ] as const) {
      const r = await graphql(server.url, INGEST, { v: [value], s: `Audit ${tlp} feed`, t: tlp });
      expect(r.errors).toBeUndefined();
    }
    // Every event of the set-up is in the log before this block's time starts.
    await settle();
    started = new Date().toISOString();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('records a mutation once: who, which organisation, what, which ids, how many', async () => {
    const r = await graphql<{ ingest: { indicators: number; sourceId: string } }>(
      server.url,
      INGEST,
      {
        v: ['audit-mutation-1.example', 'audit-mutation-2.example'],
        s: 'Audit mutation',
        t: 'RED',
      },
    );
    expect(r.errors).toBeUndefined();
    const { sourceId, indicators } = r.data!.ingest;
    await settle();
    const mine = (await eventsWhen({ operation: 'mutation:ingest' })).filter((e) =>
      e.ids.includes(sourceId),
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      account: 'user:admin',
      org: 'local',
      operation: 'mutation:ingest',
      count: indicators,
      outcome: 'ok',
    });
    expect(Date.parse(mine[0]!.at)).toBeGreaterThanOrEqual(Date.parse(started!));
  });

  it('records an invitation and the account it creates as one event', async () => {
    const r = await graphql(
      server.url,
      'mutation { inviteAccount(name: "audit-invitee", org: "audit-bank", role: VIEWER) { link account { id } } }',
    );
    expect(r.errors).toBeUndefined();
    const events = await eventsWhen({ operation: 'mutation:inviteAccount' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      operation: 'mutation:inviteAccount account:create',
      account: 'user:admin',
      ids: ['user:audit-invitee'],
      count: 1,
    });
    // The link's one-time code is never recorded.
    const code = new URL(
      (r.data as { inviteAccount: { link: string } }).inviteAccount.link,
    ).searchParams.get('code')!;
    expect(JSON.stringify(events)).not.toContain(code);
    // Filtering by the operation a service noted finds it too.
    expect(await eventsWhen({ operation: 'account:create' })).toHaveLength(1);
  });

  it('records a refused mutation as refused', async () => {
    const r = await graphql(
      server.url,
      'mutation { createOrganisation(name: "Audit Not Allowed") { id } }',
      {},
      { token: partnerToken },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const events = await eventsWhen({ account: PARTNER.caller, operation: 'mutation' });
    expect(events[0]).toMatchObject({
      org: 'audit-bank',
      operation: 'mutation:createOrganisation',
      outcome: 'refused',
      ids: [],
    });
  });

  it('does not record a read of GREEN data, and records one that returned AMBER data (tlp selected or not)', async () => {
    const green = await graphql<{ entity: { id: string; tlp: string } }>(
      server.url,
      '{ entity(id: "domain:audit-green-only.example") { id value tlp } }',
    );
    // Precondition: the API reports the GREEN submission as GREEN.
    expect(green.data?.entity).toMatchObject({
      id: 'domain:audit-green-only.example',
      tlp: 'GREEN',
    });
    await settle();
    expect(await auditEventsNow({ operation: 'query' })).toEqual([]);

    // Without `tlp` in the selection, the read is still known to have returned AMBER data.
    const amber = await graphql<{ entity: { id: string } }>(
      server.url,
      '{ entity(id: "domain:audit-amber-secret.example") { id value } }',
    );
    expect(amber.data?.entity.id).toBe('domain:audit-amber-secret.example');
    const events = await eventsWhen({ operation: 'query' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      account: 'user:admin',
      org: 'local',
      operation: 'query:entity',
      ids: ['domain:audit-amber-secret.example'],
      count: 1,
      maxTlp: 'AMBER',
      outcome: 'ok',
    });
  });

  it('records the ids a mixed read returned at AMBER or above, and only those', async () => {
    const r = await graphql<{ search: { hits: { node: { id: string; tlp: string } }[] } }>(
      server.url,
      '{ search(query: "audit", kinds: [DOMAIN], first: 50) { hits { node { id tlp } } } }',
    );
    expect(r.errors).toBeUndefined();
    const hits = r.data!.search.hits.map((h) => h.node);
    const restricted = hits.filter((n) => ['AMBER', 'AMBER_STRICT', 'RED'].includes(n.tlp));
    expect(restricted.map((n) => n.id)).toContain('domain:audit-amber-secret.example');
    expect(restricted.length).toBeLessThan(hits.length);
    const events = await eventsWhen({ operation: 'query:search' });
    expect(events).toHaveLength(1);
    expect([...events[0]!.ids].sort()).toEqual(restricted.map((n) => n.id).sort());
    expect(events[0]!.count).toBe(restricted.length);
    expect(events[0]!.detail).toContain(`${hits.length} object(s)`);
  });

  it('records an export, whatever the TLP of what it holds', async () => {
    const r = await graphql<{ exportIndicators: { count: number } }>(
      server.url,
      '{ exportIndicators(format: CSV, filter: { maxTlp: GREEN }) { count content } }',
      {},
      { token: partnerToken },
    );
    expect(r.errors).toBeUndefined();
    const events = await eventsWhen({ operation: 'export' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      account: PARTNER.caller,
      org: 'audit-bank',
      operation: 'export:csv',
      count: r.data!.exportIndicators.count,
    });
  });

  it('records each TAXII read with the token’s account, the collection and how many objects', async () => {
    const taxii = (p: string, token = partnerToken) =>
      fetch(`${server.url}/taxii2/api/collections/${p}`, {
        headers: {
          accept: 'application/taxii+json;version=2.1',
          authorization: `Bearer ${token}`,
        },
      });
    const listed = await taxii('');
    expect(listed.status).toBe(200);
    const page = await taxii(`${ALL_COLLECTION_ID}/objects/`);
    expect(page.status).toBe(200);
    const body = (await page.json()) as { objects: { id: string }[] };
    const events = await eventsWhen({ operation: 'taxii' }, (e) => e.length >= 2);
    const objects = events.find((e) => e.operation === 'taxii:objects');
    expect(objects).toMatchObject({
      account: PARTNER.caller,
      org: 'audit-bank',
      count: body.objects.length,
      outcome: 'ok',
    });
    expect(objects!.ids[0]).toBe(ALL_COLLECTION_ID);
    expect(objects!.ids.slice(1)).toEqual(body.objects.map((o) => o.id));
    expect(events.find((e) => e.operation === 'taxii:collections')).toMatchObject({
      account: PARTNER.caller,
      ids: expect.arrayContaining([ALL_COLLECTION_ID]),
    });

    // A token that does not open TAXII is a failed sign-in, from its address.
    const bad = await taxii('', 'sgt_not-a-real-token-000000000000000000000000000');
    expect(bad.status).toBe(401);
    const refused = await eventsWhen({ operation: 'signin:token' });
    expect(refused[0]).toMatchObject({ account: 'anonymous', outcome: 'refused' });
    expect(refused[0]!.detail).toMatch(/127\.0\.0\.1/);
  });

  it('records sign-in, a refused sign-in (with its reason and address) and sign-out', async () => {
    const { code } = await issueCode(executor, 'user:audit-bank-reader', 'signin');
    const exchange = () =>
      fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
    const first = await exchange();
    expect(first.status).toBe(200);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await exchange()).status).toBe(401);
    const out = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(200);

    const signIns = await eventsWhen({ operation: 'signin' }, (e) => e.length >= 2);
    const ok = signIns.find((e) => e.outcome === 'ok' && e.operation === 'signin');
    expect(ok).toMatchObject({ account: PARTNER.caller, org: 'audit-bank', ids: [PARTNER.caller] });
    const refused = signIns.find((e) => e.outcome === 'refused' && e.operation === 'signin');
    expect(refused).toMatchObject({ account: 'anonymous' });
    expect(refused!.detail).toMatch(/CODE_USED from .*127\.0\.0\.1/);
    expect(JSON.stringify(signIns)).not.toContain(code);
    const signOut = await eventsWhen({ operation: 'signout' });
    expect(signOut[0]).toMatchObject({ account: PARTNER.caller, org: 'audit-bank' });
  });

  it('records token creation and revocation by the CLI, as the local administrator via cli', async () => {
    const run = promisify(execFile);
    const bin = path.resolve(import.meta.dirname, '../../bin/scamgraph.js');
    const env = {
      ...process.env,
      NEO4J_URI: testUri(),
      NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
    };
    const created = JSON.parse(
      (
        await run(
          process.execPath,
          [bin, 'token', 'create', '--account', 'audit-bank-reader', '--json'],
          {
            env,
            timeout: 60_000,
          },
        )
      ).stdout,
    ) as { id: string; token: string };
    await run(process.execPath, [bin, 'token', 'revoke', created.id, '--json'], {
      env,
      timeout: 60_000,
    });
    const events = await eventsWhen({ operation: 'token' }, (e) => e.length >= 2);
    expect(events.map((e) => e.operation).sort()).toEqual(['token:create', 'token:revoke']);
    for (const e of events) {
      expect(e).toMatchObject({ account: 'local-admin', org: 'local' });
      expect(e.ids).toContain(created.id);
      expect(e.detail).toMatch(/via cli/);
    }
    expect(JSON.stringify(events)).not.toContain(created.token);
  }, 90_000);

  it('records token events of a service called outside any request', async () => {
    const t = await createToken(server.executor, {
      account: 'audit-bank-reader',
      clearance: 'CLEAR',
    });
    await revokeToken(server.executor, t.id);
    const events = await eventsWhen(
      { operation: 'token' },
      (e) => e.filter((x) => x.ids.includes(t.id)).length >= 2,
    );
    expect(
      events
        .filter((e) => e.ids.includes(t.id))
        .map((e) => e.operation)
        .sort(),
    ).toEqual(['token:create', 'token:revoke']);
  });

  it('records an upload, and a write refused to a role that may not write', async () => {
    const upload = (token: string) =>
      fetch(`${server.url}/api/ingest?format=csv&source=Audit%20upload&tlp=green`, {
        method: 'POST',
        body: 'domain\r\naudit-upload.example\r\n',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      });
    const res = await upload(partnerToken);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sourceId: string; indicators: number };
    const events = await eventsWhen({ operation: 'ingest:upload' });
    expect(events[0]).toMatchObject({
      account: PARTNER.caller,
      org: 'audit-bank',
      ids: [body.sourceId],
      count: body.indicators,
      outcome: 'ok',
    });

    await createAccount(
      server.executor,
      { name: 'audit-bank-viewer', org: 'Audit Bank', role: 'viewer', clearance: 'GREEN' },
      { existing: 'reuse' },
    );
    const viewer = (await createToken(server.executor, { account: 'audit-bank-viewer' })).token;
    expect((await upload(viewer)).status).toBe(403);
    const refused = await eventsWhen({ operation: 'refused:write' });
    expect(refused[0]).toMatchObject({ account: 'user:audit-bank-viewer', outcome: 'refused' });
    expect(refused[0]!.detail).toMatch(/^POST \/api\/ingest from /);
  });

  it('lets an admin filter the log in GraphQL by account, organisation, operation and time; others are refused', async () => {
    const q = `query($f: AuditFilterInput) { auditEvents(filter: $f, first: 50) {
      events { account org operation ids count maxTlp outcome at } next } }`;
    const r = await graphql<{ auditEvents: { events: AuditEvent[] } }>(server.url, q, {
      f: { org: 'audit-bank', operation: 'taxii', since: started },
    });
    expect(r.errors).toBeUndefined();
    const ops = r.data!.auditEvents.events.map((e) => e.operation);
    expect(ops.length).toBeGreaterThanOrEqual(2);
    expect(ops.every((op) => op.startsWith('taxii:'))).toBe(true);
    const denied = await graphql(server.url, q, {}, { token: partnerToken });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await graphql(server.url, q, {}, ANONYMOUS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  /** The events matching `filter` now (after flushing). */
  async function auditEventsNow(filter: AuditFilter): Promise<AuditEvent[]> {
    await flushAuditLog(server.executor);
    return (await auditEvents(executor, adminContext(), { since: started, ...filter }, 1000))
      .events;
  }
});
