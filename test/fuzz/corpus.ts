// The file corpus: real files from test/fixtures per ingest format (JSON Lines and text derived from them).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FORMATS = [
  'csv',
  'jsonl',
  'text',
  'stix',
  'misp',
  'json',
  'yaml',
  'hosts',
  'adblock',
  'freetext',
] as const;
export type Format = (typeof FORMATS)[number];

export interface CorpusFile {
  name: string;
  bytes: Buffer;
}

/** A generated input: its bytes and how it was made (for the report). */
export interface Sample {
  bytes: Buffer;
  desc: string;
}

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

function filesIn(dir: string, ext: string): CorpusFile[] {
  const full = path.join(FIXTURES, dir);
  return readdirSync(full)
    .filter((f) => f.endsWith(ext) && f !== 'manifest.json')
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, bytes: readFileSync(path.join(full, f)) }));
}

function readFixture(file: string): Buffer {
  return readFileSync(path.join(FIXTURES, file));
}

interface MispAttribute {
  type?: string;
  value?: string;
  category?: string;
  comment?: string;
}

function mispAttributes(file: CorpusFile): MispAttribute[] {
  const event = (
    JSON.parse(file.bytes.toString('utf8')) as { Event?: { Attribute?: MispAttribute[] } }
  ).Event;
  return event?.Attribute ?? [];
}

function csvRecords(file: CorpusFile): Record<string, string>[] {
  const [header, ...lines] = file.bytes.toString('utf8').split(/\r?\n/).filter(Boolean);
  const keys = (header ?? '').split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i] ?? `c${i}`, v])));
}

let cached: Record<Format, CorpusFile[]> | undefined;

/** The real files of each format (read once). */
export function corpus(): Record<Format, CorpusFile[]> {
  if (cached) return cached;
  const csv = filesIn('infoblox/csv', '.csv');
  const stix = [
    ...filesIn('stix21-oasis', '.json'),
    ...filesIn('stix21-oasis/threat-reports', '.json'),
  ];
  const misp = [...filesIn('misp-circl', '.json'), ...filesIn('infoblox/misp', '.json')];
  const jsonl: CorpusFile[] = [
    ...csv.map((f) => ({
      name: `${f.name} as JSON Lines`,
      bytes: Buffer.from(
        csvRecords(f)
          .map((r) => JSON.stringify(r))
          .join('\n'),
      ),
    })),
    ...misp.slice(0, 3).map((f) => ({
      name: `${f.name} attributes as JSON Lines`,
      bytes: Buffer.from(
        mispAttributes(f)
          .map((a) => JSON.stringify(a))
          .join('\n'),
      ),
    })),
  ];
  const text: CorpusFile[] = [
    ...csv.map((f) => ({
      name: `${f.name} indicators as text`,
      bytes: Buffer.from(
        csvRecords(f)
          .map((r) => r.indicator ?? '')
          .join('\n'),
      ),
    })),
    ...misp.slice(0, 3).map((f) => ({
      name: `${f.name} values as text`,
      bytes: Buffer.from(
        mispAttributes(f)
          .map((a) => a.value ?? '')
          .join('\n'),
      ),
    })),
  ];
  // The list shapes of issue 11: real lists as published, and shapes made from the real values.
  const darklist = readFileSync(path.join(FIXTURES, 'mew-ethereum-lists/addresses-darklist.json'));
  const records = JSON.parse(darklist.toString('utf8')) as Record<string, string>[];
  const indicators = csv.flatMap((f) => csvRecords(f).map((r) => r.indicator ?? ''));
  const json: CorpusFile[] = [
    { name: 'mew-ethereum-lists/addresses-darklist.json', bytes: darklist },
    {
      name: 'infoblox indicators as a JSON object of lists',
      bytes: Buffer.from(
        JSON.stringify({ deny: indicators.slice(0, 200), allow: indicators.slice(200, 220) }),
      ),
    },
    {
      name: 'infoblox domains as a JSON map of domain → darklist addresses',
      bytes: Buffer.from(
        JSON.stringify(
          Object.fromEntries(
            indicators.slice(0, 50).map((d, i) => [d, [records[i]?.address ?? '']]),
          ),
        ),
      ),
    },
  ];
  const yaml: CorpusFile[] = [
    {
      name: 'darklist as YAML entries with coin maps',
      bytes: Buffer.from(
        records
          .slice(0, 150)
          .map(
            (r, i) =>
              `- url: https://${indicators[i] ?? 'x.example'}/\n  comment: ${JSON.stringify(r.comment ?? '')}\n  addresses:\n    ETH: [${r.address}]`,
          )
          .join('\n'),
      ),
    },
  ];
  const hosts = [
    { name: 'scamblocklist/hosts.txt', bytes: readFixture('scamblocklist/hosts.txt') },
  ];
  const adblock = [
    { name: 'scamblocklist/adguard.txt', bytes: readFixture('scamblocklist/adguard.txt') },
  ];
  const freetext = [
    {
      name: 'eset-ioc/telekopye/README.adoc',
      bytes: readFixture('eset-ioc/telekopye/README.adoc'),
    },
    { name: 'maltrail/laplasclipper.txt', bytes: readFixture('maltrail/laplasclipper.txt') },
  ];
  cached = { csv, jsonl, text, stix, misp, json, yaml, hosts, adblock, freetext };
  return cached;
}

/** Some sample values from the corpus (indicators as real feeds write them). */
export function corpusValues(): string[] {
  const values = new Set<string>();
  for (const f of corpus().text)
    for (const v of f.bytes.toString('utf8').split('\n')) values.add(v);
  return [...values].filter(Boolean).slice(0, 400);
}
