// Re-marking test (issue #10, SPEC §6): a RED and an AMBER+STRICT submission from org-b about values that
// org-a reported GREEN — with other facts, dates, confidence, spellings and links — leave every other
// organisation's view unchanged: GraphQL answers, exports in each format (and the takedown pack), TAXII pages,
// field for field. Only what differs between two reads with nothing changed between them is ignored.
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import { toChecksumAddress } from '../../server/indicators/wallet-evm.js';
import { ingestStream } from '../../server/modules/ingest/ingest-run.js';
import type { PipelineOptions } from '../../server/modules/ingest/pipeline.js';
import { startTestServer, testExecutor, wipeGraph } from './harness.js';
import { createCallers } from './leak/callers.js';
import type { Caller } from './leak/oracle.js';
import {
  changes,
  exportSnapshot,
  graphqlSnapshot,
  taxiiAddedAfter,
  taxiiSnapshot,
  type Snapshot,
  type Subjects,
} from './leak/snapshots.js';

const TAG = 'remarkqz';
const D = `${TAG}-d0.example`;
const W = toChecksumAddress('0x5e7a11c0ffee2d9b4a6c3e8f1d0b9a7c6e5f4d3c');
const W2 = toChecksumAddress('0x9c4f2e1d0b8a7f6e5d4c3b2a19f8e7d6c5b4a392');
const P = '+447700900417';
const C = `Remark Park ${TAG}, MM`;

let executor: Executor;
let server: Running;
let callers: Caller[];
/**
 * The GREEN recipients watched (org-c's partner and its GREEN-capped token, the GREEN submitter org-a's analyst,
 * the host's admin), with their snapshots before, again (nothing changed) and after.
 */
const WATCHED = ['org-c partner', 'org-c partner@GREEN', 'org-a analyst', 'local admin'];
const watched: { caller: Caller; before: Snapshot[]; again: Snapshot[]; after: Snapshot[] }[] = [];
let orgB: Caller;
let orgBBefore: Snapshot;
const lastAdded = new Map<Caller, string | null>();

async function submit(
  source: string,
  scope: { tlp: 'GREEN' | 'RED' | 'AMBER_STRICT'; org: string; recipients?: string[] },
  confidence: number,
  now: string,
  csv: string,
): Promise<void> {
  const opts: PipelineOptions & {
    source: string;
    org: string;
    sharedWith: string[];
    recipients: string[];
  } = {
    source,
    tlp: scope.tlp,
    confidence,
    now,
    org: scope.org,
    sharedWith: [],
    recipients: scope.recipients ?? [],
  };
  const rejects: unknown[] = [];
  await ingestStream(executor, Readable.from([csv]), 'csv', opts, { add: (r) => rejects.push(r) });
  expect(rejects).toEqual([]);
}

const subjects: Subjects = {
  values: [
    { text: D, kind: 'DOMAIN' },
    { text: W, kind: 'WALLET' },
    { text: P, kind: 'PHONE' },
    { text: C, kind: 'COMPOUND' },
  ],
  ids: [`domain:${D}`, `wallet:eth:${W}`, `phone:${P}`, `compound:remark-park-${TAG}-mm`],
  root: `domain:${D}`,
  pathFrom: `phone:${P}`,
  pathTo: `compound:remark-park-${TAG}-mm`,
  search: TAG,
  country: 'MM',
};

async function snapshots(c: Caller): Promise<Snapshot[]> {
  return [
    await graphqlSnapshot(server.url, c.token!, subjects),
    await exportSnapshot(server.url, c.token!, executor, 'MM'),
    await taxiiSnapshot(server.url, c.token!),
  ];
}

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  server = await startTestServer({
    limits: { ratePerAddress: 0, ratePerToken: 0, concurrentExports: 0 },
  });
  callers = (await createCallers(executor)).filter((c) => !c.anonymous);
  await submit(
    'Remark green report',
    { tlp: 'GREEN', org: 'org-a' },
    60,
    '2022-03-01T10:00:00.000Z',
    [
      'domain,wallet,phone,compound,comment',
      `"${D}","${W}","${P}","${C}","green fact"`,
      `"","${W}","","${C}",""`,
    ].join('\n'),
  );
  orgB = callers.find((c) => c.org === 'org-b' && c.role === 'analyst' && c.clearance === 'RED')!;
  orgBBefore = await graphqlSnapshot(server.url, orgB.token!, subjects);
  for (const caller of callers.filter((c) => WATCHED.includes(c.name))) {
    const before = await snapshots(caller);
    const pages = [...before[2]!.entries()].filter(([k]) => k.startsWith('objects page'));
    lastAdded.set(caller, (pages.at(-1)?.[1] as { last: string | null } | undefined)?.last ?? null);
    watched.push({ caller, before, again: [], after: [] });
  }
  // Read again a second later, nothing changed: what differs then (export times, to the second) is ignored.
  await sleep(1100);
  for (const w of watched) w.again = await snapshots(w.caller);
  await sleep(1100); // anything re-dated by the new submissions would fall after `lastAdded`
  await submit(
    'Remark red tip',
    { tlp: 'RED', org: 'org-b' },
    95,
    '2023-06-01T08:00:00.000Z',
    [
      'domain,wallet,phone,compound,comment',
      `"${D.toUpperCase()}","${W.toLowerCase()}","${P}","REMARK PARK ${TAG.toUpperCase()}, MM","red fact"`,
      `"${D}","${W2}","","Red Park ${TAG}, KH",""`,
    ].join('\n'),
  );
  await submit(
    'Remark strict note',
    { tlp: 'AMBER_STRICT', org: 'org-b' },
    90,
    '2020-01-15T08:00:00.000Z',
    [
      'domain,wallet,phone,compound,comment',
      `"${D}","","+61491570417","remark park ${TAG}, MM","strict fact"`,
    ].join('\n'),
  );
  for (const w of watched) w.after = await snapshots(w.caller);
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

describe('a RED and an AMBER+STRICT submission about GREEN values', () => {
  it('are stored: org-b sees its new assertions (the test is not vacuous)', async () => {
    const after = await graphqlSnapshot(server.url, orgB.token!, subjects);
    expect(changes(orgBBefore, orgBBefore, after).length).toBeGreaterThan(0);
    expect(JSON.stringify(after.get(`lookup(${D})`))).toContain('source:remark-red-tip');
  });

  for (const [index, what] of [
    'GraphQL view',
    'exports (STIX, MISP, CSV, takedown)',
    'TAXII pages',
  ].entries())
    it(`leave every other organisation's ${what} unchanged`, () => {
      const diffs = watched.flatMap((w) =>
        changes(w.before[index]!, w.again[index]!, w.after[index]!).map(
          (d) => `${w.caller.name}: ${d}`,
        ),
      );
      expect(watched.length).toBeGreaterThan(0);
      expect(diffs.slice(0, 12), `${diffs.length} differences`).toEqual([]);
    });

  it('add nothing to their TAXII feeds after what they had already read', async () => {
    const added: string[] = [];
    for (const w of watched) {
      const last = lastAdded.get(w.caller);
      if (!last) continue;
      const r = await taxiiAddedAfter(server.url, w.caller.token!, last);
      const n = r.body.objects?.length ?? 0;
      if (r.status !== 200 || n > 0)
        added.push(`${w.caller.name}: ${r.status}, ${n} objects after ${last}`);
    }
    expect(added).toEqual([]);
  });
});
