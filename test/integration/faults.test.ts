// Faults, with the real server process and its own bundled Neo4j (never the shared test Neo4j's JVM): an
// error escaping every handler, the JVM killed while serving and during an ingest, SIGTERM with a request in
// flight, and a JVM that keeps dying.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLocalPassword } from '../../server/db/local-credentials.js';
import { createDriver } from '../../server/db/driver.js';
import { Executor } from '../../server/db/executor.js';
import { freePort } from '../../server/db/free-port.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/db/local-neo4j.js';
import { ingestStream } from '../../server/modules/ingest/ingest-run.js';
import { graphql, testExecutor, testUri, wipeGraph } from './harness.js';
import { labelCounts, relCounts } from './ingest-helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-faults-'));
const dataDir = path.join(tmp, 'server');
const children: ChildProcess[] = [];
const executors: Executor[] = [];
let spare: LocalNeo4j | undefined;

/** The JVMs whose command line names `dir` (the bundled Neo4j's store is under it). */
function jvmsUsing(dir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', `java.*${dir}`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function killJvm(dir: string): number {
  const pids = jvmsUsing(dir);
  expect(pids).toHaveLength(1);
  process.kill(pids[0]!, 'SIGKILL');
  return pids[0]!;
}

/** Thrown by a check of `until` to stop waiting at once (other errors mean "not yet"). */
class GiveUp extends Error {}

async function until<T>(what: string, check: () => Promise<T | undefined>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check().catch((e: unknown) => {
      if (e instanceof GiveUp) throw e;
      return undefined;
    });
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const status = (url: string, init?: RequestInit) =>
  fetch(url, init).then(async (r) => ({ status: r.status, body: await r.text() }));

/** `{ from: n, …}` rows: unique domains paying to and contacted from 200 shared wallets and addresses. */
function csv(rows: number, tag: string): string {
  const hex = (i: number) => i.toString(16).padStart(40, '0');
  const lines = ['domain,wallet,email,first_seen'];
  for (let i = 0; i < rows; i++) {
    const w = (i * 7 + 3) % 200;
    lines.push(`d${i}.${tag}.example,0x${hex(w)},u${i % 200}@mail.${tag}.example,2025-01-01`);
  }
  return lines.join('\n') + '\n';
}

async function ingestSmall(executor: Executor) {
  return ingestStream(
    executor,
    Readable.from([csv(300, 'small')]),
    'csv',
    { source: 'faults-small', tlp: 'CLEAR' },
    { add: () => {} },
  );
}

/** `scamgraph ingest <file>` against the Neo4j at `uri`. */
function cliIngest(uri: string, file: string, password = '') {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password };
  const child = spawn(process.execPath, ['bin/scamgraph.js', 'ingest', file], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, output: out })),
  );
  return { child, exited, output: () => out };
}

async function graphCounts(executor: Executor) {
  return { nodes: await labelCounts(executor), rels: await relCounts(executor) };
}

/** The small ingest, then `scamgraph ingest <file>`, on the wiped shared test Neo4j: its counts. */
async function uninterruptedRun(file: string) {
  const clean = await testExecutor();
  executors.push(clean);
  await wipeGraph(clean);
  await ingestSmall(clean);
  const run = await cliIngest(testUri(), file).exited;
  if (run.code !== 0) throw new Error(`the uninterrupted ingest failed:\n${run.output}`);
  const counts = await graphCounts(clean);
  await wipeGraph(clean);
  return counts;
}

const STATS = '{ stats { totalNodes totalRelationships } }';
type Stats = { stats: { totalNodes: number; totalRelationships: number } };

interface Server {
  child: ChildProcess;
  url: string;
  neo4jUri: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** The real server (`node --import tsx server/main.ts`) on a free port, its Neo4j in `dataDir`. */
async function startServer(): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SCAMGRAPH_DATA_DIR: dataDir,
    SCAMGRAPH_SEED: 'false',
    SCAMGRAPH_TEST_HOOKS: '1',
    // Anonymous callers read CLEAR data through GraphQL (the data here is CLEAR).
    SCAMGRAPH_PUBLIC: 'clear',
    SCAMGRAPH_NEO4J_HEAP_MB: '512',
    SCAMGRAPH_NEO4J_PAGECACHE_MB: '128',
  };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const neo4jUri = await until(
    'the server to start',
    async () => {
      if (child.exitCode !== null) throw new GiveUp(`server exited:\n${output}`);
      return /Neo4j: (bolt:\/\/\S+) \(bundled\)/.exec(output)?.[1];
    },
    240_000,
  ).catch((e: Error) => {
    throw new Error(`${e.message}\n${output}`);
  });
  return { child, url: `http://127.0.0.1:${port}`, neo4jUri, output: () => output, exited };
}

let server: Server;
let direct: Executor;

beforeAll(async () => {
  server = await startServer();
  direct = new Executor(
    createDriver(server.neo4jUri, { user: 'neo4j', password: readLocalPassword(dataDir)! }),
  );
  executors.push(direct);
}, 300_000);

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const e of executors) await e.driver.close();
  await spare?.stop();
  for (const pid of jvmsUsing(tmp)) process.kill(pid, 'SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

describe('the server process', () => {
  it('logs an error that escapes every handler on one line and answers the next request', async () => {
    for (const hook of ['throw-in-stream', 'reject']) {
      expect((await status(`${server.url}/__test/${hook}`, { method: 'POST' })).status).toBe(202);
    }
    await until(
      'the guard to log both escapes',
      async () => (server.output().includes('unhandled rejection #2') ? true : undefined),
      5_000,
    );
    expect(server.output()).toMatch(
      /uncaught exception #1 \(logged, the process keeps running\): Error: test hook: thrown inside a stream data handler \(at .*test-hooks\.ts:\d+:\d+\)+\n/,
    );
    expect(server.child.exitCode).toBeNull();
    expect((await status(`${server.url}/healthz`)).status).toBe(200);
    expect((await status(`${server.url}/readyz`)).status).toBe(200);
    const r = await graphql<Stats>(server.url, STATS);
    expect(r.data?.stats.totalNodes).toBe(0);
  });

  it('answers UNAVAILABLE within seconds when Neo4j is killed, and recovers on the same store by itself', async () => {
    await ingestSmall(direct);
    const before = (await graphql<Stats>(server.url, STATS)).data!.stats;
    expect(before.totalNodes).toBeGreaterThan(300);

    const killed = killJvm(dataDir);
    // Requests fail fast with UNAVAILABLE (the driver's retries end ~3 s after the first failure). They are
    // sent together at once, while the supervisor waits out its first backoff: sent one after another,
    // the later ones could reach the restarted Neo4j on an idle machine.
    const t0 = Date.now();
    const [down, upload, taxii, ready] = await Promise.all([
      graphql<Stats>(server.url, STATS).then((r) => ({ ...r, ms: Date.now() - t0 })),
      // HTTP routes answer 503: an upload and a TAXII page (whose bearer tokens are looked up in Neo4j).
      status(`${server.url}/api/ingest?format=csv&source=faults-down`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: 'Bearer sgt_faults' },
        body: csv(3, 'down'),
      }),
      status(`${server.url}/taxii2/`, {
        headers: {
          accept: 'application/taxii+json;version=2.1',
          authorization: 'Bearer sgt_faults',
        },
      }),
      status(`${server.url}/readyz`).then((r) => ({ ...r, ms: Date.now() - t0 })),
    ]);
    expect(down.ms).toBeLessThan(8_000);
    expect(down.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(upload.status, upload.body).toBe(503);
    expect(JSON.parse(upload.body)).toMatchObject({ error: { code: 'UNAVAILABLE' } });
    expect(taxii.status, taxii.body).toBe(503);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(1_000);

    // The supervisor starts a new JVM on the same store and port; the driver reconnects by itself.
    await until(
      '/readyz to turn true',
      async () => ((await status(`${server.url}/readyz`)).status === 200 ? true : undefined),
      240_000,
    );
    expect(server.output()).toMatch(
      new RegExp(`Neo4j \\(pid ${killed}\\) exited unexpectedly \\(signal SIGKILL\\); restarting`),
    );
    expect(server.output()).toMatch(/Neo4j is back \(pid \d+\) at bolt:\/\/127\.0\.0\.1:\d+ after/);
    expect(server.child.exitCode).toBeNull();
    const after = await graphql<Stats>(server.url, STATS);
    expect(after.errors).toBeUndefined();
    expect(after.data!.stats).toEqual(before);
  }, 300_000);

  it('fails an ingest cut off by a dead Neo4j clearly; re-running it gives the counts of an uninterrupted run', async () => {
    const file = path.join(tmp, 'big.csv');
    writeFileSync(file, csv(6_000, 'big'));
    // The small ingest the uninterrupted run starts with (the test before made it; again is a no-op), so that
    // this test also holds run alone (-t).
    await ingestSmall(direct);
    const base = (await graphCounts(direct)).nodes;
    const baseNodes = Object.values(base).reduce((a, b) => a + b, 0);

    const first = cliIngest(server.neo4jUri, file, readLocalPassword(dataDir));
    // Kill the JVM once some batches have committed (and the rest have not).
    await until(
      'a first committed batch',
      async () => {
        if (first.child.exitCode !== null)
          throw new GiveUp(`the ingest ended first (${first.child.exitCode}):\n${first.output()}`);
        // Graph data only, as `base` counts it: the server's own accounts and the audit events every
        // command adds (the CLI's among them, before it writes any batch) are not a committed batch.
        const nodes = Object.values(await labelCounts(direct)).reduce((a, b) => a + b, 0);
        return nodes > baseNodes ? true : undefined;
      },
      120_000,
    );
    killJvm(dataDir);
    // Meanwhile, the same two ingests never interrupted, on a fresh graph (the shared test Neo4j, wiped).
    const cleanRun = uninterruptedRun(file);
    cleanRun.catch(() => undefined);
    const failed = await first.exited;
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('scamgraph: The graph database is unavailable');
    expect(failed.output).not.toMatch(/\n\s+at /);

    await until(
      '/readyz to turn true',
      async () => ((await status(`${server.url}/readyz`)).status === 200 ? true : undefined),
      240_000,
    );
    const again = await cliIngest(server.neo4jUri, file, readLocalPassword(dataDir)).exited;
    expect(again.code, again.output).toBe(0);
    const resumed = await graphCounts(direct);
    const expected = await cleanRun;
    expect(expected.nodes.Domain).toBe(6_300);
    // The server's store also holds its own accounts (made at boot): compare what the ingests write.
    const pick = (counts: Record<string, number>, like: Record<string, number>) =>
      Object.fromEntries(Object.keys(like).map((k) => [k, counts[k]]));
    expect({
      nodes: pick(resumed.nodes, expected.nodes),
      rels: pick(resumed.rels, expected.rels),
    }).toEqual(expected);
  }, 480_000);

  it('on SIGTERM finishes the request in flight, refuses new ones, stops Neo4j and exits 0', async () => {
    const slow = status(`${server.url}/__test/slow?ms=3000`, { method: 'POST' });
    await new Promise((r) => setTimeout(r, 500));
    server.child.kill('SIGTERM');
    await until(
      'the drain to begin',
      async () =>
        server.output().includes('waiting for 1 request(s) in flight') ? true : undefined,
      5_000,
    );
    const refused = await status(`${server.url}/healthz`).catch((e: Error) => e);
    if (refused instanceof Error) expect(String(refused.cause)).toMatch(/ECONNREFUSED|ECONNRESET/);
    else expect(refused.status).toBe(503);
    const done = await slow;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body)).toEqual({ ok: true, waitedMs: 3000 });
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('stopped.');
    // No supervised restart of the JVM that the shutdown stopped.
    expect(server.output().split('SIGTERM: stopping')[1]).not.toContain('restarting');
    await new Promise((r) => setTimeout(r, 1000));
    expect(jvmsUsing(dataDir)).toEqual([]);
  }, 90_000);
});

describe('the supervisor of the bundled Neo4j', () => {
  // Restarts are shown above with the server (twice); here, a JVM that dies more often than allowed.
  it('gives up when the JVM keeps dying, says why, and leaves nothing running', async () => {
    const dir = path.join(tmp, 'spare');
    const lines: string[] = [];
    spare = await startLocalNeo4j({
      dataDir: dir,
      heapMiB: 512,
      pageCacheMiB: 64,
      supervise: { log: (m) => lines.push(m), maxExits: 1 },
    });
    expect(spare.state).toBe('up');
    const pid = killJvm(dir);
    await until('giving up', async () => (spare!.state === 'failed' ? true : undefined), 10_000);
    expect(lines).toEqual([
      `Neo4j (pid ${pid}) exited unexpectedly (signal SIGKILL); it died 1 time in 60 s, so it is not restarted again: requests answer UNAVAILABLE until Scamgraph is restarted (see Neo4j's output above and ${path.join(dir, 'neo4j', 'logs', 'debug.log')})`,
    ]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(jvmsUsing(dir)).toEqual([]);
    await spare.stop();
    expect(spare.state).toBe('stopped');
  }, 150_000);
});
