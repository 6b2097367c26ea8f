// Every list shape partners publish, ingested into the real Neo4j: per shape, exact counts (values =
// accepted + rejected + skipped, rejects by reason, skips by type), the nodes that landed and the links
// that survived; and the CLI's exit codes (0 all landed, 1 could not run, 2 nothing ingested, 3 some
// rejected). Own inputs are fictitious (.example); real lists come from test/fixtures (see README).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { ingestPath } from '../../server/modules/ingest/ingest-run.js';
import type { IngestFormat } from '../../server/modules/ingest/ingest-types.js';
import { testExecutor, testUri, wipeGraph } from './harness.js';
import { labelCounts, linkCounts } from './ingest-helpers.js';

import { FIXTURE_SHAPES, FIXTURES, inputPath, NOW, SHAPES } from './list-shapes.js';

let executor: Executor;
let tmp: string;
const table: Record<string, unknown>[] = [];

beforeAll(async () => {
  executor = await testExecutor();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-shapes-'));
});

afterAll(async () => {
  console.log(`\nPer-shape counts (values = accepted + valuesRejected + valuesSkipped):`);
  console.table(table);
  await executor?.driver.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function run(s: { name: string; keys?: string[]; format?: IngestFormat }, file: string) {
  await wipeGraph(executor);
  const r = await ingestPath(executor, file, {
    source: `shape ${s.name}`,
    format: s.format,
    keys: s.keys,
    now: NOW,
    rejects: path.join(tmp, 'rejects.csv'),
  });
  expect(r.values).toBe(r.accepted + r.valuesRejected + r.valuesSkipped);
  const links = await linkCounts(executor);
  table.push({
    shape: s.name,
    format: r.files[0]?.format,
    read: r.read,
    values: r.values,
    accepted: r.accepted,
    rejected: r.valuesRejected,
    skipped: r.valuesSkipped,
    'other rejects': r.rejected - r.valuesRejected,
    nodes: r.new,
    links: Object.values(links).reduce((a, b) => a + b, 0),
    status: r.status,
    reasons: JSON.stringify({ ...r.rejectedByReason, ...r.skippedByType }),
  });
  return r;
}

describe('each shape lands exactly', () => {
  it.each(SHAPES)('$name', async (s) => {
    const r = await run(s, inputPath(s, tmp));
    expect(r.files.map((f) => f.format)).toEqual([s.detected]);
    const { rejectedByReason, skippedByType, ...counts } = s.counts;
    expect(r).toMatchObject({ ...counts, status: s.status });
    expect(r.rejectedByReason).toEqual(rejectedByReason);
    expect(r.skippedByType).toEqual(skippedByType);
    expect(await labelCounts(executor)).toEqual(s.labels);
    expect(await linkCounts(executor)).toEqual(s.links);
  });

  it.each(FIXTURE_SHAPES)('$name', async (s) => {
    const r = await run(s, path.join(FIXTURES, s.input));
    expect(r.files.map((f) => f.format)).toEqual([s.detected]);
    expect(r.values).toBe(s.values);
    expect(r.read).toBe(s.values);
    expect(r.accepted).toBeGreaterThan(0);
    // Every reject is a value's (counted in valuesRejected) or one the reader names.
    const readerRejects = s.reasons ?? {};
    const readerCount = Object.values(readerRejects).reduce((a, b) => a + b, 0);
    expect(r.rejected).toBe(r.valuesRejected + readerCount);
    for (const [reason, n] of Object.entries(readerRejects))
      expect(r.rejectedByReason[reason]).toBe(n);
    if (s.labels) expect(await labelCounts(executor)).toEqual(s.labels);
  });
});

describe('scamgraph ingest: exit codes and what it says', () => {
  const exec = promisify(execFile);
  const bin = path.resolve(import.meta.dirname, '../../bin/scamgraph.js');
  const env = {
    ...process.env,
    NEO4J_URI: testUri(),
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
  };
  async function cli(...args: string[]) {
    try {
      const { stdout, stderr } = await exec(process.execPath, [bin, 'ingest', ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }
  const file = (name: string, content: string) => {
    const f = path.join(tmp, name);
    writeFileSync(f, content);
    return f;
  };
  const rejects = () => ['--rejects', path.join(tmp, 'cli.rejects.csv')];

  it('0: everything landed', async () => {
    const r = await cli(
      file('clean.json', JSON.stringify(['clean-a.shape.example', 'clean-b.shape.example'])),
      ...rejects(),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Rejected 0.');
  });

  it('2: an object whose keys say nothing is read not at all; the keys are named', async () => {
    const f = file(
      'unsure.json',
      JSON.stringify({ alpha: ['a.shape.example'], whitelist: ['w.test'] }),
    );
    const human = await cli(f, ...rejects());
    expect(human.code).toBe(2);
    expect(human.stderr).toContain('Nothing was ingested');
    expect(human.stderr).toContain('alpha (not named as indicators (1 entries))');
    expect(human.stderr).toContain('--keys alpha');
    const json = await cli(f, '--json', ...rejects());
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      status: 'NOTHING_INGESTED',
      rejectedByReason: { NO_INDICATOR_KEYS: 1 },
      layouts: [
        { shape: 'json object of lists', columns: [{ name: 'alpha' }, { name: 'whitelist' }] },
      ],
    });
    // Naming the key reads it; the allow-list is never read.
    const keyed = await cli(f, '--keys', 'alpha', '--json', ...rejects());
    expect(keyed.code).toBe(0);
    expect(JSON.parse(keyed.stdout)).toMatchObject({ status: 'OK', accepted: 1, values: 1 });
  });

  it('2: a CSV none of whose columns holds indicators names its headers', async () => {
    const r = await cli(file('people.csv', 'name,age\nalice,3\n'), ...rejects());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('NO_INDICATOR_COLUMN');
    expect(r.stderr).toContain('name (ignored), age (ignored)');
  });

  it("3: some values rejected (the Adblock list's patterns); the rest landed", async () => {
    const r = await cli(path.join(FIXTURES, 'scamblocklist/adguard.txt'), '--json', ...rejects());
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'SOME_REJECTED',
      rejectedByReason: { PARTIAL_RULE: 5, WILDCARD_RULE: 5 },
    });
  });

  it('1: a bad option, as JSON with --json', async () => {
    const r = await cli(file('x.json', '["a.shape.example"]'), '--format', 'nope', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: '--format', reason: 'UNSUPPORTED_FORMAT' },
    });
  });

  it('documents its exit codes in --help', async () => {
    const r = await cli('--help');
    expect(r.stdout).toMatch(
      /Exit codes:[\s\S]*2 +nothing was ingested[\s\S]*3 +something was rejected/,
    );
  });
});
