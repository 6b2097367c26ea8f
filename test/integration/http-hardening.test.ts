// Browser-facing hardening on the running server: unknown Host names refused (DNS rebinding), state-changing
// requests from other sites refused (CSRF), simple-form uploads refused with nothing written, headers on all.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import { adminHeaders, startTestServer, testExecutor, wipeGraph } from './harness.js';

let executor: Executor;
let server: Running;
/** The admin's bearer token: requests carry it so a refusal is for the check under test, not for auth. */
let auth: Record<string, string>;

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  server = await startTestServer();
  auth = await adminHeaders(server.url);
  expect(await nodeCount()).toBe(0);
});

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => Record<string, unknown>;
}

/** A raw HTTP request (fetch will not send a Host of our choosing). */
function request(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        headers: { host: `localhost:${server.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as Record<string, unknown>,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const QUERY = JSON.stringify({ query: '{ stats { totalNodes } }' });
const CSV = 'domain\r\nhardening-test.example\r\n';
const INGEST = '/api/ingest?format=csv&source=Hardening%20test';

async function nodeCount(): Promise<number> {
  const rows = await executor.read({
    // Graph data only: signing in and answering authorised requests write accounts, tokens and audit events.
    cypher: `MATCH (n)
      WHERE NOT (n:SchemaMeta OR n:MemberOrg OR n:UserAccount OR n:ApiToken OR n:SignInCode
        OR n:UserSession OR n:AuditEvent)
      RETURN count(n) AS n`,
  });
  return Number(rows[0]?.n);
}

describe('Host check (DNS rebinding)', () => {
  it('refuses a Host the server does not answer to, on every route, in each route’s error shape', async () => {
    const evil = { host: `rebind.evil.example:${server.port}` };
    const page = await request('GET', '/', evil);
    expect(page.status).toBe(403);
    expect(page.json()).toMatchObject({ error: { code: 'FORBIDDEN', reason: 'HOST_NOT_ALLOWED' } });
    const gql = await request(
      'POST',
      '/graphql',
      { ...evil, ...auth, 'content-type': 'application/json' },
      QUERY,
    );
    expect(gql.status).toBe(403);
    expect(gql.json()).toMatchObject({
      errors: [{ extensions: { code: 'FORBIDDEN', reason: 'HOST_NOT_ALLOWED' } }],
    });
    const taxii = await request('GET', '/taxii2/', {
      ...evil,
      accept: 'application/taxii+json;version=2.1',
    });
    expect(taxii.status).toBe(403);
    expect(taxii.headers['content-type']).toBe('application/taxii+json;version=2.1');
    expect(taxii.json()).toMatchObject({ http_status: '403' });
    expect((await request('GET', '/healthz', evil)).status).toBe(403);
  });

  it('answers localhost, loopback and IP-literal Hosts', async () => {
    for (const host of [
      `localhost:${server.port}`,
      `127.0.0.1:${server.port}`,
      `[::1]:${server.port}`,
    ]) {
      expect((await request('GET', '/healthz', { host })).status, host).toBe(200);
    }
  });
});

describe('Origin check (CSRF)', () => {
  it('refuses POST /graphql and POST /api/ingest from another site, writing nothing', async () => {
    const gql = await request(
      'POST',
      '/graphql',
      { ...auth, origin: 'https://evil.example', 'content-type': 'application/json' },
      QUERY,
    );
    expect(gql.status).toBe(403);
    expect(gql.json()).toMatchObject({
      errors: [{ extensions: { code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' } }],
    });
    const upload = await request(
      'POST',
      INGEST,
      { ...auth, origin: 'https://evil.example', 'content-type': 'text/csv' },
      CSV,
    );
    expect(upload.status).toBe(403);
    expect(upload.json()).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' },
    });
    const byReferer = await request(
      'POST',
      INGEST,
      { ...auth, referer: 'https://evil.example/page', 'content-type': 'text/csv' },
      CSV,
    );
    expect(byReferer.status).toBe(403);
    const opaque = await request(
      'POST',
      INGEST,
      { ...auth, origin: 'null', 'content-type': 'text/csv' },
      CSV,
    );
    expect(opaque.status).toBe(403);
    expect(await nodeCount()).toBe(0);
  });

  it('accepts the same origin, a loopback page, and callers that send no Origin', async () => {
    const same = await request(
      'POST',
      '/graphql',
      { ...auth, origin: `http://localhost:${server.port}`, 'content-type': 'application/json' },
      QUERY,
    );
    expect(same.status).toBe(200);
    const dev = await request(
      'POST',
      '/graphql',
      { ...auth, origin: 'http://127.0.0.1:5173', 'content-type': 'application/json' },
      QUERY,
    );
    expect(dev.status).toBe(200);
    const script = await request(
      'POST',
      '/graphql',
      { ...auth, 'content-type': 'application/json' },
      QUERY,
    );
    expect(script.status).toBe(200);
  });
});

describe('uploads need a preflighted request (CSRF as Apollo does on /graphql)', () => {
  it('refuses text/plain, multipart, urlencoded and untyped bodies with nothing written', async () => {
    for (const type of [
      'text/plain;charset=UTF-8',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      undefined,
    ]) {
      const r = await request('POST', INGEST, type ? { ...auth, 'content-type': type } : auth, CSV);
      expect(r.status, String(type)).toBe(400);
      expect(r.json(), String(type)).toMatchObject({
        error: { code: 'BAD_USER_INPUT', reason: 'PREFLIGHT_REQUIRED' },
      });
    }
    expect(await nodeCount()).toBe(0);
  });

  it('ingests a typed upload, or a plain-text one that carries x-scamgraph-upload', async () => {
    const typed = await request('POST', INGEST, { ...auth, 'content-type': 'text/csv' }, CSV);
    expect(typed.status).toBe(200);
    expect(typed.json()).toMatchObject({ read: 1, new: 1 });
    const marked = await request(
      'POST',
      '/api/ingest?format=text&source=Hardening%20test',
      {
        ...auth,
        'content-type': 'text/plain',
        'x-scamgraph-upload': '1',
        origin: `http://localhost:${server.port}`,
      },
      'second-hardening-test.example\n',
    );
    expect(marked.status).toBe(200);
    expect(marked.json()).toMatchObject({ read: 1, new: 1 });
  });
});

describe('security headers', () => {
  it('sends CSP, frame-ancestors, nosniff and Referrer-Policy on pages, the API, uploads and TAXII', async () => {
    const answers = {
      '/': await request('GET', '/', { accept: 'text/html' }),
      'GET /graphql': await request('GET', '/graphql', { accept: 'text/html' }),
      'POST /graphql': await request(
        'POST',
        '/graphql',
        { ...auth, 'content-type': 'application/json' },
        QUERY,
      ),
      '/api/ingest': await request('POST', INGEST, { ...auth, 'content-type': 'text/plain' }, CSV),
      '/taxii2/': await request('GET', '/taxii2/', {
        accept: 'application/taxii+json;version=2.1',
      }),
    };
    for (const [name, r] of Object.entries(answers)) {
      const csp = String(r.headers['content-security-policy']);
      expect(csp, name).toContain("default-src 'self'");
      expect(csp, name).toContain("frame-ancestors 'none'");
      expect(csp, name).toContain("object-src 'none'");
      expect(csp, name).not.toMatch(/https?:|\*/);
      expect(r.headers['x-content-type-options'], name).toBe('nosniff');
      expect(r.headers['referrer-policy'], name).toBe('no-referrer');
      expect(r.headers['x-frame-options'], name).toBe('DENY');
      expect(r.headers['x-powered-by'], name).toBeUndefined();
    }
  });
});
