// `npm run bench:export`: STIX objects/s for N indicators (default 1,000,000; BENCH_INDICATORS), each known
// through one assertion (SPEC §6), streamed from paged Cypher reads as the local administrator sees them,
// against a raw read of the same rows + JSON.stringify in the same run, and the peak memory of both.
// Starts a fresh bundled Neo4j in a temporary directory unless NEO4J_URI is set (that graph is used as is).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createDriver } from '../server/db/driver.js';
import { Executor } from '../server/db/executor.js';
import { applySchema } from '../server/db/schema.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/db/local-neo4j.js';
import { writeStixBundle } from '../server/formats/stix/stix-writer.js';
import {
  nodesStatement,
  readSelection,
  selectionParams,
} from '../server/modules/exports/export-reader.js';
import type { Selection } from '../server/modules/exports/exports-types.js';
import { assertionKeys, visibilityParams } from '../server/modules/access/visibility.js';
import { adminContext } from '../server/context.js';

const N = Number(process.env.BENCH_INDICATORS ?? 1_000_000);
const PAGE = 5000;

/** Counts bytes and drops them: the disk is not what we measure. */
function nullSink(): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      sink.bytes += chunk.length;
      done();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

/** TLPs of the bench assertions, in turn, with their visibility keys for the host organisation. */
const TLPS = ['CLEAR', 'GREEN', 'AMBER'] as const;

async function load(executor: Executor): Promise<void> {
  const have = Number(
    (await executor.read({ cypher: 'MATCH (n:Domain) RETURN count(n) AS c' }))[0]?.c ?? 0,
  );
  if (have >= N) return;
  console.error(`writing ${N.toLocaleString()} synthetic domains, one assertion each…`);
  const started = Date.now();
  const keys = TLPS.map((tlp) => assertionKeys({ tlp, org: 'local' }));
  await executor.write({
    cypher: `MERGE (s:Source {id: 'source:bench'})
      SET s.name = 'bench', s.tlp = 'GREEN', s.org = 'local', s.vis = reduce(a = [], k IN $keys | a + k)`,
    params: { keys },
  });
  await executor.runAutoCommit({
    cypher: `UNWIND range($from, $to) AS i
      CALL (i) {
        MATCH (s:Source {id: 'source:bench'})
        WITH s, i % 3 AS t, 'bench-' + i + '.example' AS v
        CREATE (d:Domain {id: 'domain:' + v, value: v, display: v, synthetic: true,
          registrable: v, tld: 'example', vis: $keys[t]})
        CREATE (d)-[:REPORTED_IN {tlp: $tlps[t], vis: $keys[t], confidence: 40 + i % 60, raw: [v],
          firstSeen: '2024-01-01T00:00:00Z', lastSeen: '2025-06-01T00:00:00Z', addedAt: '2025-06-01T00:00:00Z',
          synthetic: true, registrar: 'Bench Registrar (fictitious)'}]->(s)
      } IN TRANSACTIONS OF 20000 ROWS`,
    params: { from: have + 1, to: N, keys, tlps: TLPS },
  });
  console.error(`written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function raw(
  executor: Executor,
  selection: Selection,
): Promise<{ rows: number; bytes: number; ms: number }> {
  const started = Date.now();
  const base = selectionParams(selection);
  const statement = nodesStatement('Domain', false);
  let after = '';
  let rows = 0;
  let bytes = 0;
  for (;;) {
    const page = await executor.read(
      { cypher: statement, params: { ...base, after, limit: PAGE, extras: false } },
      120_000,
    );
    if (page.length === 0) break;
    for (const row of page) bytes += JSON.stringify(row).length;
    rows += page.length;
    if (page.length < PAGE) break;
    after = String(page[page.length - 1]?.id);
  }
  return { rows, bytes, ms: Date.now() - started };
}

async function main() {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  let auth = {
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  };
  if (!uri) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-bench-'));
    local = await startLocalNeo4j({ dataDir, heapMiB: 2048, pageCacheMiB: 1024 });
    uri = local.uri;
    auth = local.credentials;
  }
  const executor = new Executor(createDriver(uri, auth));
  try {
    await applySchema(executor);
    await load(executor);
    // As the local administrator (RED clearance): it sees every bench assertion.
    const selection: Selection = {
      labels: ['Domain'],
      vis: visibilityParams(adminContext()).vis,
      ids: null,
      minConfidence: null,
      seenSince: null,
      country: null,
      source: null,
    };
    // Warm the page cache and the query plans once, then measure both in the same run.
    await raw(executor, { ...selection, minConfidence: 101 });
    const baseRss = process.memoryUsage().rss;
    peakRss = baseRss;
    const r = await raw(executor, selection);
    const rawPeak = peakRss;
    peakRss = process.memoryUsage().rss;
    const started = Date.now();
    const sink = nullSink();
    const meta = {
      setId: 'bench',
      name: 'bench',
      producer: 'Scamgraph',
      organisation: 'bench',
      exportedAt: new Date().toISOString(),
      maxTlp: 'RED' as const,
    };
    const s = await writeStixBundle(
      readSelection(executor, selection, { pageSize: PAGE }),
      meta,
      sink,
    );
    const stixMs = Date.now() - started;
    const stixPeak = peakRss;
    const rawPerS = (r.rows / r.ms) * 1000;
    const indicatorsPerS = (s.indicators / stixMs) * 1000;
    const report = {
      indicators: s.indicators,
      stixObjects: s.objects,
      stixSeconds: stixMs / 1000,
      stixObjectsPerSecond: Math.round((s.objects / stixMs) * 1000),
      stixIndicatorsPerSecond: Math.round(indicatorsPerS),
      stixBytes: sink.bytes,
      rawRows: r.rows,
      rawSeconds: r.ms / 1000,
      rawRowsPerSecond: Math.round(rawPerS),
      rawJsonBytes: r.bytes,
      ratioIndicatorsVsRawRows: Number((indicatorsPerS / rawPerS).toFixed(3)),
      peakRssMiB: {
        baseline: Math.round(baseRss / 2 ** 20),
        raw: Math.round(rawPeak / 2 ** 20),
        stix: Math.round(stixPeak / 2 ** 20),
      },
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    clearInterval(sampler);
    await executor.driver.close();
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
