// Bad uploads cannot bring the server down and write nothing: truncated, empty, binary and malformed
// bodies (POST /api/ingest and the `ingest` mutation) get a 400 naming the line and byte offset; an upload
// over the cap gets a 413, one cut off by its client nothing; a file malformed at its end writes none of
// its valid first rows. After each, the server still answers. Re-running an interrupted upload ends with
// exactly the counts of an uninterrupted one. The CLI says what is wrong with a file and exits non-zero.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import {
  adminHeaders,
  graphql,
  startTestServer,
  testExecutor,
  testUri,
  wipeGraph,
} from './harness.js';
import { labelCounts, relCounts } from './ingest-helpers.js';

const CAP = 1024 * 1024;
let executor: Executor;
let server: Running;
let savedCap: string | undefined;

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  savedCap = process.env.SCAMGRAPH_UPLOAD_MAX_BYTES;
  process.env.SCAMGRAPH_UPLOAD_MAX_BYTES = String(CAP);
  server = await startTestServer();
  // As the admin (its token made now: the counts compared around each case stay still).
  Object.assign(UPLOAD_HEADERS, await adminHeaders(server.url));
});

afterAll(async () => {
  if (savedCap === undefined) delete process.env.SCAMGRAPH_UPLOAD_MAX_BYTES;
  else process.env.SCAMGRAPH_UPLOAD_MAX_BYTES = savedCap;
  await server?.stop();
  await executor?.driver.close();
});

const UPLOAD_HEADERS = {
  'content-type': 'application/octet-stream',
  'x-scamgraph-upload': '1',
};

async function graphCounts() {
  return { labels: await labelCounts(executor), rels: await relCounts(executor) };
}

async function upload(format: string, body: string | Buffer, source = 'robustness') {
  const res = await fetch(`${server.url}/api/ingest?format=${format}&source=${source}`, {
    method: 'POST',
    headers: UPLOAD_HEADERS,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The server still answers: /healthz and a GraphQL query that reads the graph. */
async function expectAlive(): Promise<void> {
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
  const r = await graphql<{ stats: { totalNodes: number } }>(
    server.url,
    '{ stats { totalNodes } }',
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.stats.totalNodes).toBeTypeOf('number');
}

const bundle = (objects: string) => `{"type":"bundle","id":"bundle--1","objects":[${objects}]}`;
const domain = (i: number) =>
  `{"type":"domain-name","spec_version":"2.1","id":"domain-name--${i}","value":"robust-${i}.example"}`;
const VALID_OBJECTS = [1, 2, 3].map(domain).join(',');

const BAD_BODIES: [string, string | Buffer, string][] = [
  ['a truncated bundle', '{"type":"bundle","objects":[{"type":"domain-name",', 'SYNTAX'],
  ['an empty body', '', 'EMPTY'],
  ['a stray comma', bundle(`${domain(1)},`), 'SYNTAX'],
  ['binary bytes', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xcb, 0x48]), 'BINARY'],
  ['valid objects, then cut off', bundle(VALID_OBJECTS).slice(0, -30), 'SYNTAX'],
];

describe('POST /api/ingest with a body that is not a STIX file', () => {
  it.each(BAD_BODIES)(
    'answers 400 MALFORMED_FILE for %s, writes nothing and keeps serving',
    async (_name, body, problem) => {
      const before = await graphCounts();
      const r = await upload('stix', body);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MALFORMED_FILE',
        problem,
        field: 'body',
      });
      const error = r.body.error as { line: number; offset: number; message: string };
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.offset).toBeTypeOf('number');
      expect(error.message).toMatch(/Nothing was ingested/);
      expect(await graphCounts()).toEqual(before);
      await expectAlive();
    },
  );

  it('names the byte offset of the problem', async () => {
    const body = bundle(`${domain(1)},`);
    const r = await upload('stix', body);
    expect(r.body.error).toMatchObject({ offset: body.lastIndexOf(']'), line: 1 });
  });

  it('writes none of the valid first rows of a CSV whose last quote is never closed', async () => {
    const before = await graphCounts();
    const r = await upload('csv', 'domain\ngood-1.example\ngood-2.example\n"cut-off.exa');
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ reason: 'MALFORMED_FILE', line: 4 });
    expect(await graphCounts()).toEqual(before);
  });

  it('answers 400 for a bad format or source before reading a body that never ends', async () => {
    for (const query of ['format=xlsx&source=x', 'format=csv']) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(`${server.url}/api/ingest?${query}`, {
          method: 'POST',
          headers: { ...UPLOAD_HEADERS, 'transfer-encoding': 'chunked' },
        });
        req.on('response', (res) => {
          resolve(res.statusCode ?? 0);
          res.resume();
          req.destroy();
        });
        req.on('error', reject);
        req.write('domain\nnever-ends.example\n');
      });
      expect(status).toBe(400);
    }
    await expectAlive();
  });
});

describe('the ingest mutation with format STIX', () => {
  const MUTATION = `mutation($input: IngestInput!) { ingest(input: $input) { read created } }`;

  it.each(BAD_BODIES.filter(([, body]) => typeof body === 'string'))(
    'answers BAD_USER_INPUT MALFORMED_FILE for %s and keeps serving',
    async (_name, text, problem) => {
      const before = await graphCounts();
      const r = await graphql(server.url, MUTATION, {
        input: { source: 'robustness', format: 'STIX', text },
      });
      expect(r.data?.ingest ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MALFORMED_FILE',
        problem,
        field: 'text',
      });
      expect(r.errors?.[0]?.extensions?.offset).toBeTypeOf('number');
      expect(await graphCounts()).toEqual(before);
      await expectAlive();
    },
  );
});

/** A CSV of `rows` valid domains, `bytes` long at least. */
function csvOf(rows: number): string {
  const lines = ['domain'];
  for (let i = 0; i < rows; i++) lines.push(`capped-${i}.example`);
  return lines.join('\n') + '\n';
}

describe('all or nothing', () => {
  it('refuses an upload over the cap (SCAMGRAPH_UPLOAD_MAX_BYTES) whole with 413: Content-Length', async () => {
    const before = await graphCounts();
    const body = csvOf(80_000);
    expect(body.length).toBeGreaterThan(CAP);
    const r = await upload('csv', body);
    expect(r.status).toBe(413);
    expect(r.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE', max: CAP });
    expect(await graphCounts()).toEqual(before);
    await expectAlive();
  });

  it('refuses a chunked upload once it passes the cap, with none of the rows before the cap written', async () => {
    const before = await graphCounts();
    const body = csvOf(80_000);
    const { status, json } = await new Promise<{ status: number; json: string }>(
      (resolve, reject) => {
        const req = request(`${server.url}/api/ingest?format=csv&source=capped`, {
          method: 'POST',
          headers: { ...UPLOAD_HEADERS, 'transfer-encoding': 'chunked' },
        });
        req.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text }));
        });
        req.on('error', reject);
        for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.slice(i, i + 64 * 1024));
        req.end();
      },
    );
    expect(status).toBe(413);
    expect(JSON.parse(json)).toMatchObject({ error: { reason: 'TOO_LARGE' } });
    expect(await graphCounts()).toEqual(before);
    await expectAlive();
  });

  it('writes nothing when the client aborts mid-body, and keeps serving', async () => {
    const before = await graphCounts();
    const body = csvOf(20_000);
    await new Promise<void>((resolve) => {
      const req = request(`${server.url}/api/ingest?format=csv&source=aborted`, {
        method: 'POST',
        headers: { ...UPLOAD_HEADERS, 'content-length': String(body.length) },
      });
      req.on('error', () => resolve());
      req.write(body.slice(0, body.length / 2), () => {
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 200);
      });
    });
    // Give the server time to notice the abort (and to write, were it going to).
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await graphCounts()).toEqual(before);
    await expectAlive();
  });

  it('still ingests the valid rows of a file whose bad rows are rejected one by one', async () => {
    const r = await upload('csv', 'domain\nfine-1.example\nnot a domain\nfine-2.example\n', 'rows');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ read: 3, new: 2, rejected: 1, malformed: [] });
  });

  it('re-running an interrupted upload ends with exactly the counts of an uninterrupted run', async () => {
    const file = (prefix: string, rows = 150) =>
      ['domain,url']
        .concat(
          Array.from(
            { length: rows },
            (_, i) => `${prefix}-${i}.example,https://${prefix}-${i}.example/pay`,
          ),
        )
        .join('\n') + '\n';
    type Counts = Awaited<ReturnType<typeof graphCounts>>;
    const delta = (a: Counts, b: Counts) =>
      Object.fromEntries(
        (['labels', 'rels'] as const).flatMap((k) =>
          Object.entries(b[k]).map(([name, n]) => [`${k}.${name}`, n - (a[k][name] ?? 0)]),
        ),
      );
    // Uninterrupted: the whole file at once.
    let before = await graphCounts();
    expect((await upload('csv', file('whole'), 'resumable-whole')).status).toBe(200);
    const uninterrupted = delta(before, await graphCounts());
    // Interrupted: the batches of the first third were written before the writer stopped (Neo4j
    // died); the user then sends the same file again.
    before = await graphCounts();
    const first = await upload('csv', file('again', 50), 'resumable-again');
    expect(first.body).toMatchObject({ read: 50, new: 100 });
    const again = await upload('csv', file('again'), 'resumable-again');
    expect(again.body).toMatchObject({ read: 150, new: 200 });
    expect(delta(before, await graphCounts())).toEqual(uninterrupted);
  });
});

describe('scamgraph ingest on a bad file', () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(path.join(tmpdir(), 'scamgraph-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bin = path.resolve(import.meta.dirname, '../../bin/scamgraph.js');
  const env = {
    ...process.env,
    NEO4J_URI: testUri(),
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
  };
  async function cli(...args: string[]) {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, 'ingest', ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('names an empty or binary file and exits 1 without a stack trace; --json as JSON', async () => {
    const empty = path.join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const human = await cli(empty);
    expect(human.code).toBe(1);
    expect(human.stderr).toContain(`${empty}: The file is empty`);
    expect(human.stderr).not.toMatch(/\n\s+at /);
    const binary = path.join(dir, 'blob.json');
    writeFileSync(binary, Buffer.from([0x7b, 0x0a, 0x00, 0x01]));
    const json = await cli(binary, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      error: {
        code: 'BAD_USER_INPUT',
        reason: 'MALFORMED_FILE',
        files: [{ file: binary, problem: 'BINARY', offset: 2, line: 2 }],
      },
    });
  });

  it('reports a bundle cut off after its first objects with its offset, and exits 2: nothing of it landed', async () => {
    const file = path.join(dir, 'cut.json');
    const body = bundle(VALID_OBJECTS).slice(0, -30);
    writeFileSync(file, body);
    const r = await cli(
      file,
      '--source',
      'cli-cut',
      '--json',
      '--rejects',
      path.join(dir, 'r.csv'),
    );
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { malformed: { problem: string; offset: number }[] };
    expect(out.malformed).toMatchObject([{ problem: 'SYNTAX', offset: body.length }]);
    const human = await cli(file, '--source', 'cli-cut', '--rejects', path.join(dir, 'r.csv'));
    expect(human.code).toBe(2);
    expect(human.stderr).toMatch(/cut\.json: Not valid JSON.*byte/);
    expect(human.stderr).not.toMatch(/\n\s+at /);
  });
});
