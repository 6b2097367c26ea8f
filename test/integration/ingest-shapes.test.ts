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
import { ingestPath, type FileIngestResult } from '../../server/modules/ingest/ingest-run.js';
import type { IngestFormat } from '../../server/modules/ingest/ingest-types.js';
import { testExecutor, testUri, wipeGraph } from './harness.js';
import { labelCounts, linkCounts } from './ingest-helpers.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const NOW = '2025-06-01T00:00:00.000Z';
const ETH = '0x52908400098527886E0F7030069857D2E4169EE7';
const ETH2 = '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359';
const ETH3 = '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB';
const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const TRX = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';

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

interface Shape {
  name: string;
  /** A file of the fixtures, or [file name, content] written to a temporary folder. */
  input: string | [string, string];
  format?: IngestFormat;
  keys?: string[];
  /** The format the input is detected as (when no format is given). */
  detected: IngestFormat;
  counts: {
    values: number;
    accepted: number;
    valuesRejected: number;
    valuesSkipped: number;
    rejectedByReason: Record<string, number>;
    skippedByType: Record<string, number>;
  };
  labels: Record<string, number>;
  links: Record<string, number>;
  status: FileIngestResult['status'];
}

function inputPath(s: Shape): string {
  if (typeof s.input === 'string') return path.join(FIXTURES, s.input);
  const file = path.join(tmp, s.input[0]);
  writeFileSync(file, s.input[1]);
  return file;
}

const SHAPES: Shape[] = [
  {
    name: 'CSV without a header, several values a line',
    input: [
      'no-header.csv',
      `nh-one.shape.example,${ETH},fake exchange\nnh-two.shape.example,${ETH2},giveaway\nnh-three.shape.example,not-a-wallet-0x12,\n`,
    ],
    detected: 'csv',
    counts: {
      values: 6,
      accepted: 5,
      valuesRejected: 1,
      valuesSkipped: 0,
      rejectedByReason: { UNKNOWN_KIND: 1 },
      skippedByType: {},
    },
    labels: { Domain: 3, Source: 1, Wallet: 2 },
    links: { PAYS_TO: 2 },
    status: 'SOME_REJECTED',
  },
  {
    name: 'CSV Data column with MISP types',
    input: [
      'misp-types.csv',
      `Type,Data,Comment\nip-dst,203.0.113.7,panel\ndomain|ip,pay.shape.example|203.0.113.8,\nmd5,d41d8cd98f00b204e9800998ecf8427e,\nbtc,${BTC},\nurl,https://login.shape.example/verify,kit\nemail-src,billing@shape.example,\n`,
    ],
    detected: 'csv',
    counts: {
      values: 6,
      accepted: 6,
      valuesRejected: 0,
      valuesSkipped: 0,
      rejectedByReason: {},
      skippedByType: { 'type:md5': 1 },
    },
    labels: { Domain: 2, Email: 1, IpAddress: 2, Source: 1, Url: 1, Wallet: 1 },
    links: { ON_DOMAIN: 1, RESOLVES_TO: 1 },
    status: 'OK',
  },
  {
    name: 'CSV with OpenCTI types and vendor wallet columns',
    input: [
      'vendor.csv',
      `website,ethereum_address,usdt_trc20,notes\nhttps://vendor.shape.example/,${ETH3},${TRX},seen twice\n`,
    ],
    detected: 'csv',
    counts: {
      values: 3,
      accepted: 3,
      valuesRejected: 0,
      valuesSkipped: 0,
      rejectedByReason: {},
      skippedByType: {},
    },
    labels: { Domain: 1, Source: 1, Url: 1, Wallet: 2 },
    links: { ON_DOMAIN: 1, PAYS_TO: 2 },
    status: 'OK',
  },
  {
    name: 'CSV whose type column is found by its values',
    input: [
      'type-by-values.csv',
      `what,kind_of,reporter\nhot.shape.example,hostname,hotline\n198.51.100.4,ip-src,hotline\ninvoice.pdf,filename,hotline\n`,
    ],
    detected: 'csv',
    counts: {
      values: 2,
      accepted: 2,
      valuesRejected: 0,
      valuesSkipped: 0,
      rejectedByReason: {},
      skippedByType: { 'type:filename': 1 },
    },
    labels: { Domain: 1, IpAddress: 1, Source: 1 },
    links: {},
    status: 'OK',
  },
  {
    name: 'JSON object of lists (deny/allow)',
    input: [
      'lists.json',
      JSON.stringify({
        version: 2,
        fuzzylist: ['wallet.test'],
        whitelist: ['good.test', 'also-good.test'],
        blacklist: ['deny-one.shape.example', 'deny-two.shape.example', 'not a domain'],
      }),
    ],
    detected: 'json',
    counts: {
      values: 3,
      accepted: 2,
      valuesRejected: 1,
      valuesSkipped: 0,
      rejectedByReason: { UNKNOWN_KIND: 1 },
      skippedByType: {},
    },
    labels: { Domain: 2, Source: 1 },
    links: {},
    status: 'SOME_REJECTED',
  },
  {
    name: 'JSON object of lists with --keys',
    input: [
      'keys.json',
      JSON.stringify({ reported: ['r.shape.example'], queue: ['q.shape.example'] }),
    ],
    keys: ['queue'],
    detected: 'json',
    counts: {
      values: 1,
      accepted: 1,
      valuesRejected: 0,
      valuesSkipped: 0,
      rejectedByReason: {},
      skippedByType: {},
    },
    labels: { Domain: 1, Source: 1 },
    links: {},
    status: 'OK',
  },
  {
    name: 'JSON map of value → related values',
    input: [
      'map.json',
      JSON.stringify({ 'map.shape.example': [ETH, ETH2], 'solo.shape.example': BTC }),
    ],
    detected: 'json',
    counts: {
      values: 5,
      accepted: 5,
      valuesRejected: 0,
      valuesSkipped: 0,
      rejectedByReason: {},
      skippedByType: {},
    },
    labels: { Domain: 2, Source: 1, Wallet: 3 },
    links: { PAYS_TO: 3 },
    status: 'OK',
  },
  {
    name: 'YAML entries with per-coin address maps',
    input: [
      'entries.yaml',
      [
        '- name: yaml.shape.example',
        "  url: 'https://yaml.shape.example/claim'",
        '  category: Phishing',
        '  reporter: hotline',
        '  addresses:',
        '    BTC:',
        `      - ${BTC}`,
        '    ETH:',
        `      - '${ETH}'`,
        '- name: other.shape.example',
        '  addresses:',
        `    TRX: ${TRX}`,
        '',
      ].join('\n'),
    ],
    detected: 'yaml',
    counts: {
      values: 6,
      accepted: 6,
      valuesRejected: 0,
      valuesSkipped: 0,
      rejectedByReason: {},
      skippedByType: {},
    },
    labels: { Domain: 2, Source: 1, Url: 1, Wallet: 3 },
    links: { ON_DOMAIN: 1, PAYS_TO: 3 },
    status: 'OK',
  },
];

/**
 * Real lists, as published. What the reader yields is exact (values, and the reader's own rejects); how
 * many of the values then land depends on the normalizers (platform domains skipped, IDNA…), so those
 * counts are printed in the table and held to values = accepted + rejected + skipped.
 */
const FIXTURE_SHAPES: {
  name: string;
  input: string;
  detected: IngestFormat;
  values: number;
  reasons?: Record<string, number>;
  labels?: Record<string, number>;
}[] = [
  {
    name: 'JSON array of values (etheraddresslookup)',
    input: 'etheraddresslookup/domains.json',
    detected: 'json',
    values: 13_356,
  },
  {
    name: 'JSON array of records (mew darklist)',
    input: 'mew-ethereum-lists/addresses-darklist.json',
    detected: 'json',
    values: 715,
    // 715 addresses (652 distinct), all landed; 16 dates written 7/18/17 are not dates.
    reasons: { INVALID_DATE: 16 },
    labels: { Source: 1, Wallet: 652 },
  },
  {
    name: 'hosts file (scamblocklist)',
    input: 'scamblocklist/hosts.txt',
    detected: 'hosts',
    values: 2214,
  },
  {
    name: 'Adblock list (scamblocklist)',
    input: 'scamblocklist/adguard.txt',
    detected: 'adblock',
    values: 949,
    reasons: { PARTIAL_RULE: 5, WILDCARD_RULE: 5 },
  },
  {
    name: 'text list with # comments (maltrail)',
    input: 'maltrail/laplasclipper.txt',
    detected: 'text',
    values: 45,
  },
];

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
    const r = await run(s, inputPath(s));
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
