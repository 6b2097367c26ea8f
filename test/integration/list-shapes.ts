// The list shapes of test/integration/ingest-shapes.test.ts, with what each must give; shared with the
// interop test that validates a STIX export of everything they ingest (test/interop/ingested-lists.test.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FileIngestResult } from '../../server/modules/ingest/ingest-run.js';
import type { IngestFormat } from '../../server/modules/ingest/ingest-types.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const NOW = '2025-06-01T00:00:00.000Z';
const ETH = '0x52908400098527886E0F7030069857D2E4169EE7';
const ETH2 = '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359';
const ETH3 = '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB';
const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const TRX = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';

export interface Shape {
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

/** The shape's input file: a fixture, or its own content written into `tmp`. */
export function inputPath(s: Shape, tmp: string): string {
  if (typeof s.input === 'string') return path.join(FIXTURES, s.input);
  const file = path.join(tmp, s.input[0]);
  writeFileSync(file, s.input[1]);
  return file;
}

export const SHAPES: Shape[] = [
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
export const FIXTURE_SHAPES: {
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
