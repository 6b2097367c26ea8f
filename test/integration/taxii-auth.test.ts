// TAXII accepts an API token the three ways clients send one: `Authorization: Bearer`, the OASIS
// taxii2-client's `Token` scheme, and HTTP Basic with the token as password (any user name). A wrong token
// is a 401 with the same body whichever scheme carried it; rate limits and the audit log see every scheme.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminContext } from '../../server/context.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { flushAuditLog } from '../../server/modules/audit/audit-recorder.js';
import { auditEvents, type AuditFilter } from '../../server/modules/audit/audit-service.js';
import type { AuditEvent } from '../../server/modules/audit/audit-log.js';
import { ALL_COLLECTION_ID } from '../../server/modules/taxii/taxii-service.js';
import { adminSignInCode, graphql, startTestServer, type TestServer } from './harness.js';

const TAXII = 'application/taxii+json;version=2.1';
let server: TestServer;
let token: string;
const started = new Date().toISOString();

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

function taxii(authorization: string | undefined, path = '/', url = server.url) {
  const headers: Record<string, string> = { accept: TAXII };
  if (authorization !== undefined) headers.authorization = authorization;
  return fetch(`${url}/taxii2${path}`, { headers });
}

async function eventsWhen(filter: AuditFilter, done: (e: AuditEvent[]) => boolean) {
  let events: AuditEvent[] = [];
  await vi.waitFor(
    async () => {
      await flushAuditLog(server.executor);
      events = (
        await auditEvents(server.executor, adminContext(), { since: started, ...filter }, 1000)
      ).events;
      if (!done(events)) throw new Error(`not yet: ${events.length}`);
    },
    { timeout: 10_000, interval: 50 },
  );
  return events;
}

beforeAll(async () => {
  server = await startTestServer();
  token = (await createToken(server.executor, { organisation: 'auth-bank', clearance: 'GREEN' }))
    .token;
});

afterAll(async () => {
  await server?.stop();
});

describe('TAXII authentication schemes', () => {
  it('accepts the token as Bearer, as Token and as the Basic password with any user name', async () => {
    const schemes = [
      `Bearer ${token}`,
      `bearer ${token}`,
      `Token ${token}`,
      basic('x', token),
      basic('', token),
      basic('analyst@bank.example', token),
    ];
    for (const authorization of schemes) {
      const res = await taxii(authorization, '/api/collections/');
      expect(res.status, authorization.slice(0, 12)).toBe(200);
      expect(res.headers.get('content-type')).toBe(TAXII);
      const body = (await res.json()) as { collections: { id: string }[] };
      expect(body.collections.map((c) => c.id)).toContain(ALL_COLLECTION_ID);
    }
  });

  it('refuses a wrong token with the same 401 body in every scheme, naming Bearer and Basic', async () => {
    const wrong = 'sgt_not-a-real-token-0000000000000000000000000000';
    const bad = [
      `Bearer ${wrong}`,
      `Token ${wrong}`,
      basic('x', wrong),
      // The token as user name is not the password.
      basic(token, ''),
      basic(token, 'x'),
      // Not base64, no colon, an unknown scheme, an empty credential.
      'Basic %%%not-base64%%%',
      `Basic ${Buffer.from(token).toString('base64')}`,
      `Digest ${token}`,
      'Bearer',
    ];
    const bodies = new Set<string>();
    for (const authorization of bad) {
      const res = await taxii(authorization, '/api/collections/');
      expect(res.status, authorization).toBe(401);
      expect(res.headers.get('content-type')).toBe(TAXII);
      const challenge = res.headers.get('www-authenticate') ?? '';
      expect(challenge).toMatch(/Bearer realm=/);
      expect(challenge).toMatch(/Basic realm=/);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
    expect(JSON.parse([...bodies][0]!)).toMatchObject({
      title: 'Unauthenticated',
      http_status: '401',
    });
    expect([...bodies][0]).not.toContain(wrong);

    const none = await taxii(undefined);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/Basic realm=/);
    expect(((await none.json()) as { description: string }).description).toMatch(/Basic/);
  });

  it('takes Bearer and Token on GraphQL too, but never Basic there (browsers resend it on their own)', async () => {
    const query = '{ __typename }';
    for (const scheme of ['Bearer', 'Token']) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `${scheme} ${token}` },
        body: JSON.stringify({ query }),
      });
      expect(res.status, scheme).toBe(200);
    }
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: basic('x', token) },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).not.toMatch(/Basic/);
  });

  it('does not take a browser session cookie as a TAXII credential (tokens only)', async () => {
    const code = await adminSignInCode(server);
    const signIn = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await graphql(server.url, '{ __typename }', {}, { cookie })).status).toBe(200);
    const res = await fetch(`${server.url}/taxii2/`, { headers: { accept: TAXII, cookie } });
    expect(res.status).toBe(401);
  });

  it('audits TAXII reads of every scheme as the token’s account, and refused tokens as failed sign-ins', async () => {
    expect((await taxii(basic('x', token), '/api/')).status).toBe(200);
    expect((await taxii(`Token ${token}`, '/api/')).status).toBe(200);
    const reads = await eventsWhen({ operation: 'taxii:api-root' }, (e) => e.length >= 2);
    expect(reads.every((e) => e.org === 'auth-bank' && e.outcome === 'ok')).toBe(true);
    expect((await taxii(basic('x', 'sgt_wrong'), '/api/')).status).toBe(401);
    const refused = await eventsWhen({ operation: 'signin:token' }, (e) => e.length > 0);
    expect(refused[0]).toMatchObject({ account: 'anonymous', outcome: 'refused' });
  });
});

describe('rate limits per token', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ limits: { ratePerToken: 3 } });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('count one token once, whichever scheme carries it', async () => {
    const t = 'sgt_rate-limited-token-00000000000000000000000000000';
    expect((await taxii(`Bearer ${t}`, '/', limited.url)).status).toBe(401);
    expect((await taxii(`Token ${t}`, '/', limited.url)).status).toBe(401);
    expect((await taxii(basic('x', t), '/', limited.url)).status).toBe(401);
    const refused = await taxii(basic('someone-else', t), '/', limited.url);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe(TAXII);
    // Another token is not limited by the first one's requests.
    expect((await taxii(basic('x', `${t}-other`), '/', limited.url)).status).toBe(401);
  });
});
