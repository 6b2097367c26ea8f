// Leak test (issue #10, SPEC §6): generated graphs of assertions from four organisations at every TLP, read by
// every role of every organisation (and lowered tokens, and anonymous callers) on every path; nothing that
// SPEC §6 hides may appear — no value, id, link, source, hidden-only fact or date, count, degree, derived
// column or distinguishable error.
//
// Paths covered, for every caller (in each world, every caller reads lookup, entity, search, compounds and
// stats, and half of them, in turn, every other path too; 24 signed-in callers: admin/analyst/partner/viewer of local, org-a, org-b,
// org-c, each org's partner token at GREEN and analyst token at AMBER; anonymous on a private instance → 401
// everywhere; anonymous on a public instance → CLEAR only):
// - GraphQL lookup(value, kind) of every value (hidden = never seen), with every Entity field
//   (tlp, confidence, firstSeen, lastSeen, raw, display, properties, sources, degree);
// - entity(id) of every visible entity and source; hidden ids → NOT_FOUND exactly like a never-seen id;
// - search (the world's tag, compound names, hidden and visible values, hidden source names);
// - neighborhood(id, depth 1) of every visible entity, depth 2 and 3 of some; hidden ids → NOT_FOUND;
// - cluster(id); shortestPath between pairs (first those that hidden nodes or links connect), hidden ends;
// - compounds, compounds(country) for each country; stats (every count per caller);
// - exportIndicators as STIX, MISP and CSV (everything visible; CSV filtered by each country, by a visible
//   source, by a hidden source vs a never-seen one, by maxTlp GREEN): rows, tlp/confidence/dates/sources/
//   cluster columns;
// - indicatorSets, indicatorSet, exportIndicators(setId) of the organisation's ids/cluster/filter sets;
//   another organisation's set → as a missing one;
// - TAXII 2.1: discovery, API root, collections, every page of the collection of everything visible
//   (objects, manifest), the organisation's set collections, another organisation's → as a missing one;
// - takedown packs and MISP feeds (CLI-only formats), exported as the token's account.
// Not covered here: there is no HTTP export route besides GraphQL and TAXII (server/http/app.ts: /api/ingest
// and /api/session only); ingest is written through the ingest service, not re-read through uploads.
//
// The generic assertion: every response text (and export content, zip file, TAXII header) is scanned for the
// caller's needles — values/ids/display forms of hidden entities (any case), their STIX ids, hidden link ids
// (graph and STIX), hidden source slugs and names, and facts, spellings and dates only hidden assertions carry.
//
// SCAMGRAPH_FUZZ=long runs many more worlds; SCAMGRAPH_LEAK_SEED picks the seed.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import { startTestServer, testExecutor, wipeGraph } from './harness.js';
import { createCallers } from './leak/callers.js';
import { checkExports, checkSets, foreignSetNeedles } from './leak/export-checks.js';
import { checkFileExports } from './leak/file-checks.js';
import {
  checkClusters,
  checkCompounds,
  checkEntities,
  checkLookups,
  checkNeighborhoods,
  checkPaths,
  checkSearch,
  checkStats,
} from './leak/graph-checks.js';
import { ingestWorld } from './leak/ingest.js';
import { buildUniverse, viewOf } from './leak/oracle.js';
import { Probe, Report, pool } from './leak/probe.js';
import { createSets } from './leak/sets.js';
import { checkTaxii } from './leak/taxii-checks.js';
import { worldArb } from './leak/world.js';

const LONG = process.env.SCAMGRAPH_FUZZ === 'long';
const SEED = Number(process.env.SCAMGRAPH_LEAK_SEED ?? 20251017);
const WORLDS = Number(process.env.SCAMGRAPH_LEAK_WORLDS ?? (LONG ? 60 : 6));
const worlds = fc.sample(worldArb({ minSubmissions: 3, maxSubmissions: LONG ? 9 : 6 }), {
  seed: SEED,
  numRuns: WORLDS,
});

const FAMILIES = [
  'lookup',
  'entity',
  'search',
  'neighborhood',
  'cluster',
  'shortestPath',
  'compounds',
  'stats',
  'exportIndicators',
  'indicator sets',
  'TAXII',
  'takedown & MISP feed',
] as const;

/** A well-mixed number per (world, caller): which samples and variants a caller gets, independent of parity. */
function mix(n: number): number {
  let x = (n + 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) % 1_000_000;
}

let executor: Executor;
let privateServer: Running;
let publicServer: Running;
const limits = { ratePerAddress: 0, ratePerToken: 0, concurrentExports: 0 };

beforeAll(async () => {
  executor = await testExecutor();
  privateServer = await startTestServer({ limits });
  publicServer = await startTestServer({ publicMode: true, limits });
});

afterAll(async () => {
  await privateServer?.stop();
  await publicServer?.stop();
  await executor?.driver.close();
});

for (const [w, spec] of worlds.entries()) {
  const label = `world ${w + 1}/${WORLDS} (seed ${SEED}, tag ${spec.tag}, ${spec.submissions.length} sources)`;
  describe(label, () => {
    const report = new Report();
    beforeAll(async () => {
      const started = Date.now();
      await wipeGraph(executor);
      const callers = await createCallers(executor);
      await ingestWorld(executor, spec);
      const u = buildUniverse(spec);
      const { sets, problems } = await createSets(privateServer.url, u, callers);
      for (const { caller, detail } of problems)
        report.fail('indicator sets', caller, 'an analyst could not save a set', detail);
      const servers = { privateUrl: privateServer.url, publicUrl: publicServer.url };
      await pool(callers, 4, async (caller, i) => {
        const p = new Probe(report, viewOf(u, caller), servers, foreignSetNeedles(caller, sets));
        const salt = mix(w * 1000 + i);
        await checkLookups(p, u);
        await checkEntities(p, u, salt);
        await checkSearch(p, u, salt);
        await checkCompounds(p);
        await checkStats(p);
        // Every path for half of the callers, in turn (each caller every other world); the rest above.
        if ((w + i) % 2 === 1 || (caller.anonymous && caller.server === 'private')) return;
        await checkNeighborhoods(p, u, salt);
        await checkClusters(p, u, salt);
        await checkPaths(p, u, salt);
        await checkExports(p, u, salt);
        await checkSets(p, u, sets, salt);
        await checkTaxii(p, sets, salt);
        await checkFileExports(p, executor, salt);
      });
      const responses = [...report.checked.values()].reduce((a, b) => a + b, 0);
      console.log(
        `[leak] ${label}: ${u.nodes.size} entities, ${u.links.size} links, ${callers.length} callers, ` +
          `${responses} responses checked, ${report.failures.length} failures, ${Date.now() - started} ms ` +
          `(waiting per family: ${[...report.ms].map(([f, ms]) => `${f} ${ms}`).join(', ')})`,
      );
    }, 600_000);

    for (const family of FAMILIES)
      it(family, () => {
        expect(
          report.checked.get(family) ?? 0,
          `no ${family} response was checked`,
        ).toBeGreaterThan(0);
        const summary = report.summary(family);
        if (summary) throw new Error(summary);
      });
  });
}
