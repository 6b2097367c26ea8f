// `npm run bench:load`: 50 concurrent clients for 60 s on the demo graph (lookup, search, entity, neighbourhood,
// a TAXII page), then GraphQL `neighborhood` p50 against the same Cypher through the bare driver, then the same
// load again while an abusive client sends alias bombs and slow uploads. The server runs as its own process
// (`server/main.ts`, a fresh bundled Neo4j in a temporary directory with the demo data), so the load generator
// does not share its event loop. Options: BENCH_SECONDS (60), BENCH_CONNECTIONS (50), BENCH_KEEP=1 keeps the data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Request as CannonRequest, type Result } from 'autocannon';
import neo4j from 'neo4j-driver';
import { readLocalPassword } from '../server/db/local-credentials.js';
import { createDriver } from '../server/db/driver.js';
import { Executor, toParams } from '../server/db/executor.js';
import type { Query } from '../server/db/cypher.js';
import type { RequestContext } from '../server/context.js';
import { neighborhood } from '../server/modules/entities/traversal-service.js';
import { contextForToken, createToken } from '../server/modules/auth/token-service.js';
import { freePort } from '../server/db/free-port.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ENTITY = 'id kind value display tlp confidence firstSeen lastSeen degree sources { id name }';
const NEIGHBORHOOD = `query N($id: ID!) { neighborhood(id: $id, depth: 1, limit: 40) {
  nodes { ${ENTITY} } edges { id type from to tlp } truncated } }`;

interface Server {
  child: ChildProcess;
  url: string;
  neo4jUri: string;
}

/** Starts `server/main.ts` as a child process and waits for its "running at" banner. */
async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      SCAMGRAPH_DATA_DIR: dataDir,
      // The load comes from one address: lift the per-IP and per-token rate limits for the bench.
      SCAMGRAPH_RATE_LIMIT_PER_MINUTE: '10000000',
      SCAMGRAPH_TOKEN_RATE_LIMIT_PER_MINUTE: '10000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 180_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (http:\/\/\S+?)\/?\s/.exec(out)?.[1];
      const uri = /Neo4j: (bolt:\/\/\S+)/.exec(out)?.[1];
      if (url && uri) {
        clearTimeout(timer);
        resolve({ child, url, neo4jUri: uri });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

/** The bench's API token (a partner account, GREEN), sent on every request. */
let bearer = '';

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await r.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

/** A sample of the demo graph's values and ids to query, read once before the load. */
async function sample(executor: Executor) {
  const rows = await executor.read({
    cypher: `MATCH (n) WHERE (n:Domain OR n:Wallet OR n:Phone OR n:Url OR n:Account) AND any(k IN n.vis WHERE k IN ['clear','green'])
             RETURN n.id AS id, n.value AS value ORDER BY n.id LIMIT 2000`,
  });
  const step = Math.max(1, Math.floor(rows.length / 200));
  return rows
    .filter((_, i) => i % step === 0)
    .map((r) => ({ id: String(r.id), value: String(r.value) }));
}

function requestsFor(
  items: { id: string; value: string }[],
  taxiiToken: string,
  taxiiPath: string,
): CannonRequest[] {
  const post = (query: string, variables: Record<string, unknown>): CannonRequest => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${taxiiToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const out: CannonRequest[] = [];
  for (const [i, it] of items.entries()) {
    out.push(
      post('query L($v: String!) { lookup(value: $v) { recognized id entity { id degree } } }', {
        v: it.value,
      }),
      post(
        `query S($q: String!) { search(query: $q, first: 10) { hits { score node { ${ENTITY} } } } }`,
        {
          q: it.value.slice(0, 6),
        },
      ),
      post(`query E($id: ID!) { entity(id: $id) { ${ENTITY} } }`, { id: it.id }),
      post(NEIGHBORHOOD, { id: it.id }),
    );
    if (i % 2 === 0)
      out.push({
        method: 'GET',
        path: `${taxiiPath}?limit=50`,
        headers: {
          accept: 'application/taxii+json;version=2.1',
          authorization: `Bearer ${taxiiToken}`,
        },
      });
  }
  return out;
}

function cannon(url: string, requests: CannonRequest[], seconds: number): Promise<Result> {
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            setupRequest: (req) => {
              const r = requests[next++ % requests.length] as CannonRequest;
              return { ...req, ...r };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false });
  });
}

/** Sends alias bombs and slow uploads until stopped; counts what it sent and how it was answered. */
function abuser(url: string) {
  let stop = false;
  const counts: Record<string, number> = {};
  const note = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  const bomb = `{ ${Array.from({ length: 8 }, (_, i) => `a${i}: exportIndicators(format: CSV) { content }`).join(' ')} }`;
  const typenames = `{ ${Array.from({ length: 100_000 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
  const bombs = (async () => {
    while (!stop) {
      for (const body of [bomb, typenames]) {
        const r = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
          body: JSON.stringify({ query: body }),
        }).catch(() => undefined);
        note(`bomb ${r?.status ?? 'error'}`);
        await r?.arrayBuffer().catch(() => undefined);
      }
    }
  })();
  const slowUpload = async () => {
    while (!stop) {
      const controller = new AbortController();
      const body = new ReadableStream<Uint8Array>({
        async pull(c) {
          await new Promise((r) => setTimeout(r, 500));
          if (stop) c.close();
          else c.enqueue(new TextEncoder().encode('slow-upload-bench.example\n'));
        },
      });
      const r = await fetch(`${url}/api/ingest?format=text&source=bench-slow-upload`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${bearer}` },
        body,
        duplex: 'half',
        signal: controller.signal,
      } as RequestInit).catch(() => undefined);
      note(`upload ${r?.status ?? 'cut'}`);
      await r?.arrayBuffer().catch(() => undefined);
      if (!r) await new Promise((res) => setTimeout(res, 200));
    }
  };
  const uploads = Promise.all([slowUpload(), slowUpload(), slowUpload()]);
  return {
    counts,
    stop: async () => {
      stop = true;
      await Promise.all([bombs, uploads]);
    },
  };
}

/** Records every statement an executor runs, so the bare-driver side can replay exactly the same Cypher. */
class RecordingExecutor extends Executor {
  statements: Query[] = [];
  override async read(query: Query, timeoutMs?: number) {
    this.statements.push(query);
    return super.read(query, timeoutMs);
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function neighborhoodRatio(
  url: string,
  uri: string,
  password: string,
  ids: string[],
  ctx: RequestContext,
) {
  const driver = createDriver(uri, { user: 'neo4j', password });
  const recorder = new RecordingExecutor(driver);
  const plans: Query[][] = [];
  for (const id of ids) {
    recorder.statements = [];
    await neighborhood(recorder, ctx, id, 1, 40);
    plans.push(recorder.statements);
  }
  const bare: number[] = [];
  const api: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const [i, id] of ids.entries()) {
      let t = performance.now();
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        for (const q of plans[i] as Query[]) {
          const result = await session.executeRead((tx) => tx.run(q.cypher, toParams(q.params)));
          void result.records.length;
        }
      } finally {
        await session.close();
      }
      bare.push(performance.now() - t);
      t = performance.now();
      const r = await gql(url, NEIGHBORHOOD, { id });
      if (r.errors) throw new Error(`neighborhood failed: ${JSON.stringify(r.errors)}`);
      api.push(performance.now() - t);
    }
  }
  await driver.close();
  return { bareP50: pct(bare, 50), apiP50: pct(api, 50), n: bare.length };
}

function report(name: string, r: Result) {
  const errors = r.errors + r.timeouts + r.non2xx;
  console.log(
    `${name}: ${r.requests.total.toLocaleString()} requests, ${r.requests.average.toFixed(0)} req/s, ` +
      `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${errors} ` +
      `(connection ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx})`,
  );
  return { reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors };
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-bench-load-'));
  console.error(`starting the server with the demo data (data in ${dataDir})…`);
  const server = await startServer(dataDir);
  try {
    const password = readLocalPassword(dataDir) ?? '';
    const driver = createDriver(server.neo4jUri, { user: 'neo4j', password });
    const executor = new Executor(driver);
    const items = await sample(executor);
    const token = await createToken(executor, { organisation: 'bench', clearance: 'GREEN' });
    bearer = token.token;
    const ctx = (await contextForToken(executor, token.token)) as RequestContext;
    await driver.close();
    const collections = await fetch(`${server.url}/taxii2/api/collections/`, {
      headers: {
        accept: 'application/taxii+json;version=2.1',
        authorization: `Bearer ${token.token}`,
      },
    }).then((r) => r.json() as Promise<{ collections: { id: string }[] }>);
    const taxiiPath = `/taxii2/api/collections/${collections.collections[0]?.id}/objects/`;
    const requests = requestsFor(items, token.token, taxiiPath);
    console.error(
      `${items.length} sample entities, ${requests.length} distinct requests; warming up…`,
    );
    await cannon(server.url, requests, 20);

    console.error(`phase 1: ${CONNECTIONS} clients for ${SECONDS} s…`);
    const one = report('phase 1 (well-behaved only)', await cannon(server.url, requests, SECONDS));

    const ratio = await neighborhoodRatio(
      server.url,
      server.neo4jUri,
      password,
      items.slice(0, 100).map((i) => i.id),
      ctx,
    );
    console.log(
      `neighborhood p50: GraphQL ${ratio.apiP50.toFixed(2)} ms, bare driver ${ratio.bareP50.toFixed(2)} ms ` +
        `(same statements, ${ratio.n} calls each), ratio ${(ratio.apiP50 / ratio.bareP50).toFixed(2)} (target ≤ 1.3)`,
    );

    console.error(`phase 2: the same load with an abusive client (alias bombs, slow uploads)…`);
    const abuse = abuser(server.url);
    const two = report('phase 2 (with abuser)', await cannon(server.url, requests, SECONDS));
    await abuse.stop();
    console.log(`abuser: ${JSON.stringify(abuse.counts)}`);
    console.log(
      `targets: errors 0 (${one.errors}, ${two.errors}); p99 < 250 ms (${one.p99} ms); ` +
        `phase 2 p99 < 2× phase 1 (${two.p99} ms vs ${one.p99} ms: ${(two.p99 / Math.max(1, one.p99)).toFixed(2)}×)`,
    );
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    if (!process.env.BENCH_KEEP) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
