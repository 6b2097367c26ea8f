// Assertions per source (SPEC §6): what each source said is stored apart, with its own TLP and keys, and
// no submission re-marks, hides or overwrites another organisation's.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { ingestStream } from '../../server/modules/ingest/ingest-run.js';
import type { PipelineOptions } from '../../server/modules/ingest/pipeline.js';
import { testExecutor, wipeGraph } from './harness.js';

const CSV_GREEN =
  'domain,wallet,description\nshop-a.example,TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf,Shop run by A\n';
const CSV_RED =
  'domain,wallet,description\nshop-a.example,TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf,Secret note of B\n';

async function ingestCsv(
  executor: Executor,
  text: string,
  opts: PipelineOptions & { source: string },
) {
  const rejects: unknown[] = [];
  const summary = await ingestStream(executor, Readable.from([text]), 'csv', opts, {
    add: (r) => rejects.push(r),
  });
  return { summary, rejects };
}

async function assertions(executor: Executor, id: string) {
  const rows = await executor.read({
    cypher:
      'MATCH (n {id: $id})-[a:REPORTED_IN]->(s:Source) RETURN s.id AS source, properties(a) AS a ORDER BY source',
    params: { id },
  });
  return rows.map((r) => ({ source: String(r.source), ...(r.a as Record<string, unknown>) }));
}

async function node(executor: Executor, id: string) {
  const rows = await executor.read({
    cypher: 'MATCH (n {id: $id}) RETURN properties(n) AS p',
    params: { id },
  });
  return rows[0]?.p as Record<string, unknown>;
}

describe('assertions per source', () => {
  let executor: Executor;
  beforeAll(async () => {
    executor = await testExecutor();
  });
  afterAll(async () => {
    await executor.driver.close();
  });
  beforeEach(async () => {
    await wipeGraph(executor);
  });

  it('keeps a GREEN assertion as it was when another organisation reports the same value at RED', async () => {
    await ingestCsv(executor, CSV_GREEN, { source: 'A tips', tlp: 'GREEN', org: 'org-a' });
    const before = await assertions(executor, 'domain:shop-a.example');
    await ingestCsv(executor, CSV_RED, {
      source: 'B informant',
      tlp: 'RED',
      org: 'org-b',
      recipients: ['org-c'],
    });
    const after = await assertions(executor, 'domain:shop-a.example');
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual(before[0]);
    expect(after[0]).toMatchObject({
      source: 'source:a-tips',
      tlp: 'GREEN',
      vis: ['green'],
      description: 'Shop run by A',
    });
    expect(after[1]).toMatchObject({
      source: 'source:b-informant',
      tlp: 'RED',
      vis: ['red:o:org-b', 'red:o:org-c'],
      description: 'Secret note of B',
    });
    const n = await node(executor, 'domain:shop-a.example');
    expect(n.vis).toEqual(['green', 'red:o:org-b', 'red:o:org-c']);
    for (const k of ['tlp', 'description', 'sources', 'confidence', 'firstSeen', 'raw'])
      expect(n).not.toHaveProperty(k);
    expect(n.registrable).toBe('shop-a.example');
    const links = await executor.read({
      cypher:
        'MATCH (:Domain {id: $id})-[r:PAYS_TO]->() RETURN r.source AS source, r.tlp AS tlp, r.vis AS vis ORDER BY source',
      params: { id: 'domain:shop-a.example' },
    });
    expect(links.map((l) => [l.source, l.tlp])).toEqual([
      ['source:a-tips', 'GREEN'],
      ['source:b-informant', 'RED'],
    ]);
  });

  it('changes nothing when the same input is ingested again', async () => {
    await ingestCsv(executor, CSV_GREEN, {
      source: 'A tips',
      tlp: 'AMBER',
      org: 'org-a',
      sharedWith: ['org-b'],
      now: '2026-11-01T00:00:00.000Z',
    });
    const first = await assertions(executor, 'domain:shop-a.example');
    await ingestCsv(executor, CSV_GREEN, {
      source: 'A tips',
      tlp: 'AMBER',
      org: 'org-a',
      sharedWith: ['org-b'],
      now: '2026-11-01T00:00:00.000Z',
    });
    expect(await assertions(executor, 'domain:shop-a.example')).toEqual(first);
    expect((first[0] as Record<string, unknown>).vis).toEqual(['amber:o:org-a', 'amber:o:org-b']);
  });

  it('narrows a node when its only source re-marks it stricter', async () => {
    await ingestCsv(executor, CSV_GREEN, { source: 'A tips', tlp: 'GREEN', org: 'org-a' });
    await ingestCsv(executor, CSV_GREEN, { source: 'A tips', tlp: 'AMBER_STRICT', org: 'org-a' });
    const n = await node(executor, 'domain:shop-a.example');
    expect(n.vis).toEqual(['strict:o:org-a']);
  });

  it("refuses a run into another organisation's source, writing nothing", async () => {
    await ingestCsv(executor, CSV_GREEN, { source: 'A tips', tlp: 'GREEN', org: 'org-a' });
    await expect(
      ingestCsv(executor, 'domain\nother.example\n', {
        source: 'A tips',
        tlp: 'GREEN',
        org: 'org-b',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await node(executor, 'domain:other.example')).toBeUndefined();
  });
});
