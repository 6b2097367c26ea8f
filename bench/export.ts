// `npm run bench:export`: STIX objects/s for N indicators (default 1,000,000), streamed from paged Cypher reads,
// against a raw read of the same rows + JSON.stringify in the same run, and the peak memory of both.
// Starts a fresh bundled Neo4j in a temporary directory unless NEO4J_URI is set (that graph is used as is).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createDriver } from '../server/db/driver.js';
import { Executor } from '../server/db/executor.js';
import { cypherWith } from '../server/db/cypher.js';
import { applySchema } from '../server/db/schema.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/db/local-neo4j.js';
import { writeStixBundle } from '../server/formats/stix/stix-writer.js';
import { readSelection, selectionParams } from '../server/modules/exports/export-reader.js';
import type { Selection } from '../server/modules/exports/exports-types.js';

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

async function load(executor: Executor): Promise<void> {
  const have = Number(
    (await executor.read({ cypher: 'MATCH (n:Domain) RETURN count(n) AS c' }))[0]?.c ?? 0,
  );
  if (have >= N) return;
  console.error(`writing ${N.toLocaleString()} synthetic domains…`);
  const started = Date.now();
  await executor.runAutoCommit({
    cypher: `UNWIND range($from, $to) AS i
      CALL (i) {
        CREATE (:Domain {id: 'domain:bench-' + i + '.example', value: 'bench-' + i + '.example', display: 'bench-' + i + '.example',
          raw: ['bench-' + i + '.example'], tlp: ['CLEAR','GREEN','AMBER'][i % 3], confidence: 40 + i % 60,
          firstSeen: '2024-01-01T00:00:00Z', lastSeen: '2025-06-01T00:00:00Z', sources: ['source:bench'], synthetic: true,
          registrable: 'bench-' + i + '.example', tld: 'example', registrar: 'Bench Registrar (fictitious)'})
      } IN TRANSACTIONS OF 20000 ROWS`,
    params: { from: have + 1, to: N },
  });
  console.error(`written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function raw(
  executor: Executor,
  selection: Selection,
): Promise<{ rows: number; bytes: number; ms: number }> {
  const started = Date.now();
  const base = selectionParams(selection);
  const statement = cypherWith('exports/nodes-page', { label: 'Domain' });
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
  if (!uri) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-bench-'));
    local = await startLocalNeo4j({ dataDir, heapMiB: 2048, pageCacheMiB: 1024 });
    uri = local.uri;
  }
  const executor = new Executor(
    createDriver(uri, {
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
    }),
  );
  try {
    await applySchema(executor);
    await load(executor);
    const selection: Selection = {
      labels: ['Domain'],
      tlps: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'],
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
