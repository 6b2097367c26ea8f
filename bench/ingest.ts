// `npm run bench:ingest [-- --n 1000000]`: N synthetic indicators and 2N links, streamed as CSV through the
// real ingest pipeline into a fresh bundled Neo4j; then the same rows, pre-normalized, into another fresh
// store with a plain UNWIND … MERGE through the bare driver. Prints rows/s for each, the ratio and the
// Node process's peak RSS (sampled, and the OS high-water mark). A benchmark, not a test.
// `--pipeline-only` skips the bare side (for a batch-size sweep: `--batch 2000`, `5000`, …); `--floor` adds
// a third run that writes the same graph with ids only (the ceiling of any write path here).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../server/config.js';
import { createDriver } from '../server/db/driver.js';
import { Executor } from '../server/db/executor.js';
import { startLocalNeo4j } from '../server/db/local-neo4j.js';
import { applySchema } from '../server/db/schema.js';
import { ingestStream } from '../server/modules/ingest/ingest-run.js';
import { BATCH_RECORDS } from '../server/modules/ingest/pipeline.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 8) throw new Error(`--${name} must be an integer ≥ 8`);
  return v;
}

const N = arg('n', 1_000_000);
const BATCH = arg('batch', BATCH_RECORDS);
/** Rows: one unique domain each, linked to two wallets and two e-mail addresses drawn from pools of N/4. */
const ROWS = Math.floor(N / 2);
const POOL = Math.max(2, Math.floor(N / 4));

const hex = (i: number) => i.toString(16).padStart(40, '0');
const wallet = (i: number) => `0x${hex(i)}`;
const email = (i: number) => `u${i}@mail.bench.example`;
const domain = (i: number) => `d${i}.bench.example`;
const picks = (i: number) => [i % POOL, (i + Math.floor(POOL / 2)) % POOL] as const;

/** The synthetic CSV, generated as it is read (never held whole). */
function csvStream(): Readable {
  return Readable.from(
    (function* () {
      yield 'domain,wallet,eth,email,mail,first_seen\n';
      let chunk = '';
      for (let i = 0; i < ROWS; i++) {
        const [a, b] = picks(i);
        chunk += `${domain(i)},${wallet(a)},${wallet(b)},${email(a)},${email(b)},2025-01-01\n`;
        if (i % 1000 === 999) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    })(),
  );
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 200);
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;

async function withFreshStore<T>(
  label: string,
  work: (driver: Driver, executor: Executor) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `scamgraph-bench-${label}-`));
  const db = await startLocalNeo4j({
    dataDir,
    heapMiB: config.neo4jHeapMiB,
    pageCacheMiB: config.neo4jPageCacheMiB,
  });
  const driver = createDriver(db.uri, db.credentials);
  const executor = new Executor(driver);
  try {
    await applySchema(executor);
    return await work(driver, executor);
  } finally {
    await driver.close();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function counts(executor: Executor) {
  const [n] = await executor.read({
    cypher: 'MATCH (n) WHERE NOT n:SchemaMeta RETURN count(n) AS n',
  });
  const [r] = await executor.read({ cypher: 'MATCH ()-[r]->() RETURN count(r) AS r' });
  return { nodes: Number(n?.n), rels: Number(r?.r) };
}

async function ours() {
  return withFreshStore('pipeline', async (_driver, executor) => {
    const started = performance.now();
    const summary = await ingestStream(
      executor,
      csvStream(),
      'csv',
      { source: 'bench', now: '2025-06-01T00:00:00.000Z', batchRecords: BATCH },
      { add: () => {} },
    );
    const seconds = (performance.now() - started) / 1000;
    if (summary.rejected)
      throw new Error(`unexpected rejects: ${JSON.stringify(summary.rejectedByReason)}`);
    return { seconds, summary, rssAfter: peakRss, ...(await counts(executor)) };
  });
}

const BARE = {
  node: (label: string) => `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.set`,
  rel: (type: string, from: string, to: string) =>
    `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) MERGE (a)-[r:${type}]->(b) SET r += row.set`,
};

/** The properties the pipeline stores on every node and link, so both sides write the same data. */
const NOW = '2025-06-01T00:00:00.000Z';
const SEEN = '2025-01-01T00:00:00.000Z';
const provenance = {
  tlp: 'AMBER',
  confidence: neo4j.int(50),
  firstSeen: SEEN,
  lastSeen: SEEN,
  sources: ['source:bench'],
  synthetic: false,
};
const nodeRow = (id: string, value: string, facts: Record<string, string>) => ({
  id,
  set: { ...facts, ...provenance, value, display: value, raw: [value] },
});
const relRow = (from: string, to: string) => ({ from, to, set: provenance });

const domainId = (i: number) => `domain:${domain(i)}`;
const walletId = (p: number) => `wallet:eth:${wallet(p)}`;
const emailId = (p: number) => `email:${email(p)}`;

/**
 * The rows of the bare and floor sides, a transaction's worth at a time (about as many records as a
 * pipeline batch): row numbers of the domains, pool numbers of the wallets and addresses (each once), and
 * the links between them.
 */
function* transactions() {
  const rowsPerTx = Math.max(1, Math.floor(BATCH / 10));
  for (let start = 0; start < ROWS; start += rowsPerTx) {
    const domains: number[] = [];
    const pooled = new Set<number>();
    const links: [row: number, pool: number][] = [];
    for (let i = start; i < Math.min(ROWS, start + rowsPerTx); i++) {
      domains.push(i);
      for (const p of picks(i)) {
        pooled.add(p);
        links.push([i, p]);
      }
    }
    yield { domains, pooled: [...pooled], links };
  }
}

/** The same graph (nodes, links, REPORTED_IN) from pre-normalized rows: plain UNWIND … MERGE … SET, no pipeline. */
async function bare() {
  return withFreshStore('bare', async (driver, executor) => {
    await executor.write({
      cypher: "MERGE (s:Source {id: 'source:bench'}) SET s.value = 'bench', s.firstSeen = $now",
      params: { now: NOW },
    });
    const started = performance.now();
    for (const { domains, pooled, links } of transactions()) {
      const d = domains.map((i) =>
        nodeRow(domainId(i), domain(i), { registrable: domain(i), tld: 'example' }),
      );
      const w = pooled.map((p) =>
        nodeRow(walletId(p), `eth:${wallet(p)}`, { chain: 'eth', address: wallet(p) }),
      );
      const e = pooled.map((p) => nodeRow(emailId(p), email(p), { domain: 'mail.bench.example' }));
      const pays = links.map(([i, p]) => relRow(domainId(i), walletId(p)));
      const contact = links.map(([i, p]) => relRow(emailId(p), domainId(i)));
      const reported = (rows: { id: string }[]) => rows.map((r) => relRow(r.id, 'source:bench'));
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.executeWrite(async (tx) => {
          await tx.run(BARE.node('Domain'), { rows: d });
          await tx.run(BARE.node('Wallet'), { rows: w });
          await tx.run(BARE.node('Email'), { rows: e });
          await tx.run(BARE.rel('PAYS_TO', 'Domain', 'Wallet'), { rows: pays });
          await tx.run(BARE.rel('CONTACT_FOR', 'Email', 'Domain'), { rows: contact });
          await tx.run(BARE.rel('REPORTED_IN', 'Domain', 'Source'), { rows: reported(d) });
          await tx.run(BARE.rel('REPORTED_IN', 'Wallet', 'Source'), { rows: reported(w) });
          await tx.run(BARE.rel('REPORTED_IN', 'Email', 'Source'), { rows: reported(e) });
        });
      } finally {
        await session.close();
      }
    }
    const seconds = (performance.now() - started) / 1000;
    return { seconds, ...(await counts(executor)) };
  });
}

/**
 * `--floor`: the same nodes and links with nothing but their ids, REPORTED_IN folded into the node
 * statement, the statements of a transaction pipelined. No write path that stores the data can be faster
 * on this machine and this Neo4j: the ceiling that the pipeline's figure should be read against.
 */
async function floor() {
  return withFreshStore('floor', async (driver, executor) => {
    await executor.write({ cypher: "MERGE (s:Source {id: 'source:bench'})" });
    const node = (label: string) =>
      `MATCH (s:Source {id: 'source:bench'}) UNWIND $ids AS id MERGE (n:${label} {id: id}) MERGE (n)-[:REPORTED_IN]->(s)`;
    const rel = (type: string, from: string, to: string) =>
      `UNWIND $pairs AS pair MATCH (a:${from} {id: pair[0]}) MATCH (b:${to} {id: pair[1]}) MERGE (a)-[:${type}]->(b)`;
    const started = performance.now();
    for (const { domains, pooled, links } of transactions()) {
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.executeWrite((tx) =>
          Promise.all([
            tx.run(node('Domain'), { ids: domains.map(domainId) }),
            tx.run(node('Wallet'), { ids: pooled.map(walletId) }),
            tx.run(node('Email'), { ids: pooled.map(emailId) }),
            tx.run(rel('PAYS_TO', 'Domain', 'Wallet'), {
              pairs: links.map(([i, p]) => [domainId(i), walletId(p)]),
            }),
            tx.run(rel('CONTACT_FOR', 'Email', 'Domain'), {
              pairs: links.map(([i, p]) => [emailId(p), domainId(i)]),
            }),
          ]),
        );
      } finally {
        await session.close();
      }
    }
    const seconds = (performance.now() - started) / 1000;
    return { seconds, ...(await counts(executor)) };
  });
}

console.log(
  `bench:ingest — ${N.toLocaleString()} indicators (${ROWS.toLocaleString()} CSV rows), ${(4 * ROWS).toLocaleString()} links, batch ${BATCH.toLocaleString()} records`,
);
const a = await ours();
console.log(
  `pipeline: ${a.seconds.toFixed(1)} s, ${Math.round(N / a.seconds).toLocaleString()} indicators/s, ${Math.round((N + 4 * ROWS) / a.seconds).toLocaleString()} (indicators+links)/s; graph ${a.nodes.toLocaleString()} nodes, ${a.rels.toLocaleString()} rels; summary read ${a.summary.read}, new ${a.summary.new}, merged ${a.summary.merged}`,
);
console.log(`peak RSS during the pipeline run: ${mib(a.rssAfter)}`);
if (process.argv.includes('--pipeline-only')) {
  clearInterval(sampler);
  process.exit(0);
}
if (process.argv.includes('--floor')) {
  const f = await floor();
  console.log(
    `floor (ids only, no properties): ${f.seconds.toFixed(1)} s, ${Math.round(N / f.seconds).toLocaleString()} indicators/s; graph ${f.nodes.toLocaleString()} nodes, ${f.rels.toLocaleString()} rels`,
  );
}
const b = await bare();
console.log(
  `bare UNWIND…MERGE: ${b.seconds.toFixed(1)} s, ${Math.round(N / b.seconds).toLocaleString()} indicators/s; graph ${b.nodes.toLocaleString()} nodes, ${b.rels.toLocaleString()} rels`,
);
console.log(`ratio (pipeline rows/s ÷ bare rows/s): ${(b.seconds / a.seconds).toFixed(2)}`);
clearInterval(sampler);
console.log(
  `peak RSS of the Node process: ${mib(peakRss)} (OS high-water mark ${mib(process.resourceUsage().maxRSS * 1024)})`,
);
