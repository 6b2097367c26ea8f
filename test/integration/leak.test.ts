// Leak test (issue #10, SPEC §6): generated graphs of assertions from four organisations at every TLP, read by
// every role of every organisation (and lowered tokens, and anonymous callers) on every path; nothing that
// SPEC §6 hides may appear — no value, id, link, source, hidden-only fact or date, count, degree, derived
// column or distinguishable error.
//
// Callers (26): admin, analyst, partner and viewer of local, org-a, org-b and org-c (RED accounts), each
// organisation's partner token lowered to GREEN and analyst token to AMBER; anonymous on a private instance
// (401 everywhere) and on a public one (CLEAR only). In each world every caller reads lookup, entity, search,
// compounds and stats; half of them (in turn, so each caller every other world) also every other path, and
// the variants below rotate per caller and world (a different sample of ids, pairs, filters and formats).
// Paths covered:
// - GraphQL lookup(value, kind) of every value (hidden = never seen), with every Entity field
//   (tlp, confidence, firstSeen, lastSeen, raw, display, properties, sources, degree), and the `hostnames`
//   under each domain (the world's odd-numbered domains are hostnames of one registrable domain, which is
//   looked up and searched too: exactly the visible hostnames);
// - entity(id) of every visible entity and source; hidden entity or source ids → NOT_FOUND exactly like a
//   never-seen id;
// - search (the world's tag, compound names, hidden and visible values, hidden source names);
// - neighborhood(id) at depth 1, 2 and 3; cluster(id); shortestPath between pairs (first those that hidden
//   nodes or links connect, or connect more closely); hidden ids and hidden path ends → NOT_FOUND as never-seen;
// - compounds, compounds(country) for each country; stats (every count, per caller);
// - exportIndicators as CSV (everything visible), STIX or MISP, and CSV filtered by country, by maxTlp GREEN,
//   by a visible source, or by a hidden source vs a never-seen one: rows, tlp/confidence/dates/sources/cluster
//   columns, no hidden string in the content; exportIndicators(ids) (the explorer's "export selection") of
//   visible ids and a hidden one, which answers as a never-seen id;
// - indicatorSets, indicatorSet, exportIndicators(setId) of the organisation's ids/cluster/filter sets;
//   another organisation's set → as a missing one;
// - TAXII 2.1: discovery, API root, collections, every page of the collection of everything visible
//   (objects, manifest), the organisation's set collections, another organisation's → as a missing one;
// - takedown packs and MISP feeds (CLI-only formats), exported as the token's account.
// - named clusters (issue #12): clusters, clusterOf (hidden ids → NOT_FOUND as never-seen), clusterById:
//   members visible, never a Source or victim report, and inside one visible component (no cluster joins
//   through a hidden link); explainLink between visible pairs walks only visible links and sources, and
//   finds nothing where only hidden things connect them; estimates (everything, and one country): every
//   entity and source behind a figure visible, no more compounds than the caller sees; briefings (Markdown
//   of everything visible) for analysts and admins, refused to other roles.
// - watchlists (issue #12): between the first and the second half of a world's submissions, each
//   organisation's admin and analyst follow an entity (the one the rest links most), its cluster and a search
//   for the tag, and set a webhook; after the watches are evaluated: watchlist, watchChanges (all, one
//   watch's unseen), markChangesSeen, webhook, webhookDeliveries, testWebhook, and every signed post the
//   account's receiver (127.0.0.1) got: changes name only visible entities and count no more than the caller
//   sees; hidden entities and another account's watch ids answer as never-seen ones; viewers, partners,
//   anonymous callers and lowered tokens (watches are kept at the account's clearance) are refused.
// Not covered here: there is no HTTP export route besides GraphQL and TAXII (server/http/app.ts: /api/ingest
// and /api/session only); ingest is written through the ingest service, not re-read through uploads.
//
// The generic assertion: every response text (and export content, zip file, TAXII header) is scanned for the
// caller's needles — values/ids/display forms of hidden entities (any case), their STIX ids, hidden link ids
// (graph and STIX), hidden source slugs and names, and facts, spellings and dates only hidden assertions carry.
//
// SCAMGRAPH_FUZZ=long runs 60 larger worlds with every caller on every path; SCAMGRAPH_LEAK_WORLDS sets the
// number of worlds, SCAMGRAPH_LEAK_SEED the seed (printed in each world's name).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import { startTestServer, testExecutor, wipeGraph } from './harness.js';
import { createCallers } from './leak/callers.js';
import { checkExports } from './leak/export-checks.js';
import { checkFileExports } from './leak/file-checks.js';
import { checkCompounds, checkStats } from './leak/count-checks.js';
import { checkEntities, checkLookups, checkSearch } from './leak/graph-checks.js';
import { checkClusters, checkNeighborhoods, checkPaths } from './leak/traversal-checks.js';
import { ingestWorld } from './leak/ingest.js';
import { buildUniverse } from './leak/oracle.js';
import { Probe, Report, pool } from './leak/probe.js';
import { checkSets, createSets, foreignSetNeedles } from './leak/sets.js';
import { checkTaxii } from './leak/taxii-checks.js';
import {
  checkBriefings,
  checkEstimates,
  checkExplainLink,
  checkNamedClusters,
} from './leak/analytics-checks.js';
import { viewOf } from './leak/view.js';
import {
  HookReceiver,
  checkWatches,
  evaluateWatches,
  followWatches,
  watchNeedles,
} from './leak/watch-checks.js';
import { worldArb } from './leak/world.js';

const LONG = process.env.SCAMGRAPH_FUZZ === 'long';
const SEED = Number(process.env.SCAMGRAPH_LEAK_SEED ?? 20251017);
const WORLDS = Number(process.env.SCAMGRAPH_LEAK_WORLDS ?? (LONG ? 60 : 4));
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
  'clusters',
  'explainLink',
  'estimates',
  'briefings',
  'watchlists',
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
let receiver: HookReceiver;
const limits = { ratePerAddress: 0, ratePerToken: 0, concurrentExports: 0 };

beforeAll(async () => {
  executor = await testExecutor();
  privateServer = await startTestServer({ limits });
  publicServer = await startTestServer({ publicMode: true, limits });
  receiver = await new HookReceiver().start();
  // Watches are evaluated when the test says (no timers); a failed post is retried once, at once.
  const retry = {
    retries: 1,
    minTimeoutMs: 50,
    factor: 1,
    maxTimeoutMs: 50,
    attemptTimeoutMs: 5_000,
  };
  privateServer.watches.setOptions({ pollMs: 0, retry });
  publicServer.watches.setOptions({ pollMs: 0, retry });
});

afterAll(async () => {
  await privateServer?.stop();
  await publicServer?.stop();
  await receiver?.close();
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
      const u = buildUniverse(spec);
      const servers = { privateUrl: privateServer.url, publicUrl: publicServer.url };
      // Watches are followed when half of the world is in: the rest arrives as changes to them.
      const split = Math.ceil(spec.submissions.length / 2);
      await ingestWorld(executor, spec, 0, split);
      const watching = await followWatches(report, u, split, callers, servers, receiver, {
        entities: LONG ? 3 : 1,
      });
      await ingestWorld(executor, spec, split);
      await evaluateWatches(privateServer);
      const { sets, problems } = await createSets(privateServer.url, u, callers);
      for (const { caller, detail } of problems)
        report.fail('indicator sets', caller, 'an analyst could not save a set', detail);
      await pool(callers, 4, async (caller, i) => {
        const p = new Probe(report, viewOf(u, caller), servers, [
          ...foreignSetNeedles(caller, sets),
          ...watchNeedles(caller, watching),
        ]);
        const salt = mix(w * 1000 + i);
        await checkLookups(p, u);
        await checkEntities(p, u, salt);
        await checkSearch(p, u, salt);
        await checkCompounds(p);
        await checkStats(p);
        await checkWatches(p, u, watching, salt);
        if (caller.anonymous && caller.server === 'private') {
          await checkExports(p, u, salt); // 401s, like TAXII
          await checkTaxii(p, sets, salt);
          return;
        }
        // Every path for half of the callers, in turn (each caller every other world); the rest above.
        if (!LONG && (w + i) % 2 === 1) return;
        await checkNeighborhoods(p, u, salt);
        await checkClusters(p, u, salt);
        await checkPaths(p, u, salt);
        await checkExports(p, u, salt);
        await checkSets(p, u, sets, salt);
        await checkTaxii(p, sets, salt);
        await checkFileExports(p, executor, salt);
        await checkNamedClusters(p, u, salt);
        await checkExplainLink(p, u, salt);
        await checkEstimates(p, salt);
        await checkBriefings(p);
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
