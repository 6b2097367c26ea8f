// `npm run bench:analytics`: clusters and estimates on a generated graph (default 1,000,000 nodes and
// 3,000,000 links) in a throwaway bundled Neo4j (or NEO4J_URI, which is then written to: use an empty one).
// Measures (1) a full clustering streamed from Neo4j: time and the peak RSS of this process (targets < 60 s,
// < 4 GiB); (2) p95 of `clusterById` and of `estimates` on it; (3) the incremental update after ingesting
// 10,000 new indicators through the ingest write path, against a full recomputation (the ratio).
// Options: --nodes <n> (links are 3 × n), --samples <n> (clusterById calls, default 200), --keep (keep the store),
// --store <dir> (use and keep this Neo4j store; a store that already holds the generated graph is not loaded
// again, so later runs measure at once).
// The graph: campaigns of 3–150 members (a chain plus random links inside), grouped by a few bridge links
// into operations of 1–6 campaigns, so components range from a handful to a few thousand members and the
// larger ones go through community detection. Everything is fictitious (example domains, 2001:db8:: IPs).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminContext, type RequestContext } from '../server/context.js';
import { createDriver } from '../server/db/driver.js';
import { Executor } from '../server/db/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/db/local-neo4j.js';
import { applySchema } from '../server/db/schema.js';
import { writeBatch } from '../server/db/write-graph.js';
import type { NodeRecord, RelRecord } from '../server/model.js';
import { assertionKeys } from '../server/modules/access/visibility.js';
import { seededRandom } from '../server/modules/clusters/cluster-engine.js';
import { streamRows } from '../server/modules/clusters/clusters-store.js';
import {
  clusterById,
  clusterIndexFor,
  recomputeClusters,
  refreshClusters,
} from '../server/modules/clusters/clusters-service.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const NODES = Number(arg('nodes') ?? 1_000_000);
const SAMPLES = Number(arg('samples') ?? 200);
const STORE = arg('store');
const KEEP = process.argv.includes('--keep') || STORE !== undefined;
/** New indicators get ids of this run's own, so a kept store takes a fresh 10,000 each run. */
const RUN = Date.now().toString(36);
const NEW_INDICATORS = Math.min(10_000, Math.max(100, Math.floor(NODES / 10)));

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);
const log = (m: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${m}`);
const mib = (b: number) => Math.round(b / 2 ** 20);

/** Node i: its label and id (five kinds in turn). */
const KINDS = [
  { label: 'Domain', id: (i: number) => `domain:n${i}.bench.example` },
  { label: 'Wallet', id: (i: number) => `wallet:bench:W${i}` },
  { label: 'Account', id: (i: number) => `account:telegram:bench${i}` },
  { label: 'IpAddress', id: (i: number) => `ip:2001:db8::${i.toString(16)}` },
  { label: 'App', id: (i: number) => `app:example.bench.app${i}` },
] as const;
const nodeId = (i: number) => KINDS[i % 5]!.id(i);
const TYPES = ['PAYS_TO', 'CONTACT_FOR', 'RESOLVES_TO', 'RELATED_TO'] as const;
const KEYS = assertionKeys({ tlp: 'GREEN', org: 'local' });
const ADDED = '2025-06-01T00:00:00.000Z';

async function loadNodes(executor: Executor): Promise<Float64Array> {
  await executor.write({
    cypher: `MERGE (s:Source {id: 'source:bench'})
      SET s.value = 'bench', s.display = 'bench', s.name = 'Bench (fictitious)', s.tlp = 'GREEN',
        s.org = 'local', s.vis = $keys, s.reliability = 'C'`,
    params: { keys: KEYS },
  });
  for (let k = 0; k < 5; k += 1) {
    const kind = KINDS[k]!;
    // Generated in Node (hex and suffixes), sent in chunks.
    for (let from = k; from < NODES; from += 5 * 20_000) {
      const rows: { i: number; id: string; f: string }[] = [];
      for (let i = from; i < Math.min(NODES, from + 5 * 20_000); i += 5)
        rows.push({ i, id: kind.id(i), f: `2025-0${1 + (i % 6)}-15T00:00:00Z` });
      await executor.write(
        {
          cypher: `MATCH (s:Source {id: 'source:bench'})
            UNWIND $rows AS r
            CREATE (n:${kind.label} {id: r.id, value: substring(r.id, size(split(r.id, ':')[0]) + 1), display: r.id,
              synthetic: true, vis: $keys, benchIdx: r.i})
            CREATE (n)-[:REPORTED_IN {tlp: 'GREEN', vis: $keys, confidence: 50, firstSeen: r.f, lastSeen: r.f,
              addedAt: $added, source: 'source:bench', synthetic: true}]->(s)`,
          params: { rows, keys: KEYS, added: ADDED },
        },
        300_000,
      );
    }
    log(`  ${kind.label} nodes written`);
  }
  const internal = new Float64Array(NODES);
  await streamRows(
    executor,
    {
      cypher: `MATCH (n:Domain|Wallet|Account|IpAddress|App) WHERE n.benchIdx IS NOT NULL RETURN n.benchIdx AS i, id(n) AS id`,
    },
    (get) => {
      internal[get('i') as number] = get('id') as number;
    },
  );
  return internal;
}

/** Campaigns inside operations; calls `emit(a, b)` for about 3 links per node. */
function generateLinks(emit: (a: number, b: number) => void): number {
  const rng = seededRandom(7);
  let count = 0;
  const add = (a: number, b: number) => {
    emit(a, b);
    count += 1;
  };
  let i = 0;
  while (i < NODES) {
    const campaigns = 1 + Math.floor(rng() * 6);
    let previous = -1;
    for (let c = 0; c < campaigns && i < NODES; c += 1) {
      const size = Math.min(NODES - i, 3 + Math.floor(rng() ** 3 * 150));
      const start = i;
      for (let k = 1; k < size; k += 1) add(start + k - 1, start + k);
      const extra = Math.max(0, 3 * size - (size - 1) - 2);
      for (let k = 0; k < extra && size > 2; k += 1) {
        const a = start + Math.floor(rng() * size);
        const b = start + Math.floor(rng() * size);
        if (a !== b) add(a, b);
      }
      if (previous >= 0) {
        add(previous + Math.floor(rng() * (start - previous)), start + Math.floor(rng() * size));
        add(previous, start);
      }
      previous = start;
      i += size;
    }
  }
  return count;
}

async function loadLinks(executor: Executor, internal: Float64Array): Promise<number> {
  const batches: [number, number][][] = TYPES.map(() => []);
  let written = 0;
  const flush = async (t: number) => {
    const pairs = batches[t]!;
    if (pairs.length === 0) return;
    batches[t] = [];
    await executor.write(
      {
        cypher: `UNWIND $pairs AS p
          MATCH (a) WHERE id(a) = p[0]
          MATCH (b) WHERE id(b) = p[1]
          CREATE (a)-[:${TYPES[t]} {tlp: 'GREEN', vis: $keys, confidence: 50, firstSeen: '2025-01-01T00:00:00Z',
            lastSeen: '2025-06-01T00:00:00Z', addedAt: $added, source: 'source:bench', synthetic: true}]->(b)`,
        params: { pairs, keys: KEYS, added: ADDED },
      },
      300_000,
    );
    written += pairs.length;
    if (written % 500_000 < pairs.length) log(`  ${written.toLocaleString()} links written`);
  };
  let ea = new Int32Array(4 * NODES);
  let eb = new Int32Array(4 * NODES);
  let m = 0;
  generateLinks((a, b) => {
    if (m === ea.length) {
      const na = new Int32Array(ea.length * 2);
      const nb = new Int32Array(eb.length * 2);
      na.set(ea);
      nb.set(eb);
      ea = na;
      eb = nb;
    }
    ea[m] = a;
    eb[m] = b;
    m += 1;
  });
  for (let e = 0; e < m; e += 1) {
    const t = (ea[e]! + eb[e]!) % TYPES.length;
    batches[t]!.push([internal[ea[e]!]!, internal[eb[e]!]!]);
    if (batches[t]!.length >= 25_000) await flush(t);
  }
  for (let t = 0; t < TYPES.length; t += 1) await flush(t);
  return written;
}

/** Drops the indexes that no constraint owns (full-text, range, not the token lookups); returns how many. */
async function dropIndexes(executor: Executor): Promise<number> {
  const rows = await executor.read({
    cypher: `SHOW INDEXES YIELD name, type, owningConstraint
      WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name`,
  });
  for (const r of rows)
    await executor.runAutoCommit({ cypher: `DROP INDEX \`${String(r.name)}\`` });
  return rows.length;
}

async function timed<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; peakMiB: number }> {
  const base = process.memoryUsage().rss;
  peakRss = base;
  const started = Date.now();
  const value = await work();
  return {
    value,
    ms: Date.now() - started,
    peakMiB: mib(Math.max(peakRss, process.memoryUsage().rss)),
  };
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

/** B's estimates service when present (server/modules/estimates/estimates-service.ts). */
async function estimatesP95(executor: Executor, ctx: RequestContext, calls: number) {
  let mod: { estimates?: (e: Executor, c: RequestContext, f?: null) => Promise<unknown> };
  try {
    mod = (await import('../server/modules/estimates/estimates-service.js')) as typeof mod;
  } catch {
    return {
      p95Ms: null,
      note: 'TODO(lead): estimates service not present when this bench was written',
    };
  }
  if (!mod.estimates) return { p95Ms: null, note: 'TODO(lead): no estimates() export' };
  const times: number[] = [];
  for (let k = 0; k < calls; k += 1) {
    const started = Date.now();
    await mod.estimates(executor, ctx, null);
    times.push(Date.now() - started);
  }
  return { p95Ms: p95(times), calls };
}

async function ingestNew(executor: Executor, n: number): Promise<void> {
  const rng = seededRandom(11);
  const prov = {
    tlp: 'GREEN' as const,
    confidence: 60,
    firstSeen: '2025-07-01T00:00:00Z',
    lastSeen: '2025-07-01T00:00:00Z',
    sources: ['source:bench-new'],
    synthetic: true,
  };
  const source: NodeRecord = {
    id: 'source:bench-new',
    label: 'Source',
    value: 'bench-new',
    display: 'bench-new',
    raw: [],
    ...prov,
    sources: [],
    props: { name: 'Bench new indicators (fictitious)', reliability: 'C' },
  };
  let wallet = 1;
  for (let from = 0; from < n; from += 2000) {
    const nodes: NodeRecord[] = [source];
    const rels: RelRecord[] = [];
    for (let k = from; k < Math.min(n, from + 2000); k += 1) {
      const id = `domain:new${RUN}-${k}.bench.example`;
      nodes.push({
        id,
        label: 'Domain',
        value: id.slice(7),
        display: id.slice(7),
        raw: [id.slice(7)],
        props: {},
        ...prov,
      });
      // New domains of existing campaigns: groups of 50 pay to one existing wallet (node indexes ≡ 1 mod 5).
      if (k % 50 === 0) wallet = 5 * Math.floor(rng() * Math.floor(NODES / 5)) + 1;
      rels.push({ type: 'PAYS_TO', from: id, to: nodeId(wallet), props: {}, ...prov });
    }
    await writeBatch(executor, nodes, rels);
  }
}

async function main() {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  let auth = {
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  };
  const stop = async () => {
    clearInterval(sampler);
    await local?.stop().catch(() => undefined);
    if (dataDir && !KEEP) rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  if (!uri) {
    dataDir = STORE ?? mkdtempSync(path.join(os.tmpdir(), 'scamgraph-bench-analytics-'));
    log(`starting a throwaway Neo4j in ${dataDir}`);
    local = await startLocalNeo4j({ dataDir, heapMiB: 3072, pageCacheMiB: 4096, auth: false });
    uri = local.uri;
    auth = local.credentials;
  }
  const executor = new Executor(createDriver(uri, auth));
  const ctx = adminContext('bench');
  try {
    const [{ n: present }] = (await executor.read({
      cypher: "MATCH (n:Domain) WHERE n.id STARTS WITH 'domain:n' RETURN count(n) AS n",
    })) as [{ n: number }];
    let links = 0;
    let loadSeconds = 0;
    if (present > 0) {
      const [{ n }] = (await executor.read({
        cypher: 'MATCH ()-[r:PAYS_TO|CONTACT_FOR|RESOLVES_TO|RELATED_TO]->() RETURN count(r) AS n',
      })) as [{ n: number }];
      links = n;
      log(
        `the store already holds the graph (${links.toLocaleString()} links): not loading it again`,
      );
    } else {
      await applySchema(executor);
      // Indexes are built once after the load (bulk population) rather than kept up to date row by row.
      const dropped = await dropIndexes(executor);
      const loadStarted = Date.now();
      log(`writing ${NODES.toLocaleString()} nodes…`);
      const internal = await loadNodes(executor);
      log(`writing about ${(3 * NODES).toLocaleString()} links…`);
      links = await loadLinks(executor, internal);
      log(`rebuilding ${dropped} indexes…`);
      await applySchema(executor);
      loadSeconds = (Date.now() - loadStarted) / 1000;
      log(
        `loaded ${NODES.toLocaleString()} nodes, ${links.toLocaleString()} links in ${loadSeconds.toFixed(0)} s`,
      );
    }

    log('full clustering (first use: every cluster is new)…');
    const first = await timed(() =>
      recomputeClusters(executor, ctx, { full: true, progress: log }),
    );
    log(`  ${first.value.clusters} clusters in ${first.ms} ms, peak RSS ${first.peakMiB} MiB`);
    log('full recomputation (matched to the stored clusters)…');
    const full = await timed(() => recomputeClusters(executor, ctx, { full: true, progress: log }));
    log(
      `  ${full.value.clusters} clusters, ${full.value.events} events in ${full.ms} ms, peak RSS ${full.peakMiB} MiB`,
    );

    const index = await clusterIndexFor(executor, ctx);
    const all = index.clusters();
    const rng = seededRandom(3);
    const times: number[] = [];
    for (let k = 0; k < SAMPLES; k += 1) {
      const id = all[Math.floor(rng() * all.length)]!.id;
      const started = Date.now();
      await clusterById(executor, ctx, id);
      times.push(Date.now() - started);
    }
    log(`clusterById p95 ${p95(times)} ms over ${SAMPLES} calls`);
    const est = await estimatesP95(executor, ctx, 5);
    log(`estimates: ${JSON.stringify(est)}`);

    log(
      `ingesting ${NEW_INDICATORS.toLocaleString()} new indicators (groups of 50 paying to an existing wallet)…`,
    );
    await ingestNew(executor, NEW_INDICATORS);
    const inc = await timed(() => refreshClusters(executor, ctx));
    log(`  incremental update: ${inc.value.length} events in ${inc.ms} ms`);
    const sizes = all.map((c) => c.size);
    const report = {
      nodes: NODES,
      links,
      loadSeconds: Math.round(loadSeconds),
      clusters: full.value.clusters,
      largestCluster: Math.max(...sizes),
      fullFirstSeconds: first.ms / 1000,
      fullFirstPeakRssMiB: first.peakMiB,
      fullSeconds: full.ms / 1000,
      fullPeakRssMiB: full.peakMiB,
      targets: { seconds: 60, rssMiB: 4096 },
      clusterByIdP95Ms: p95(times),
      estimatesP95Ms: est.p95Ms,
      estimatesNote: 'note' in est ? est.note : undefined,
      newIndicators: NEW_INDICATORS,
      incrementalMs: inc.ms,
      incrementalEvents: inc.value.length,
      incrementalVsFull: Number((inc.ms / full.ms).toFixed(4)),
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await executor.driver.close();
    await stop();
  }
}

await main();
