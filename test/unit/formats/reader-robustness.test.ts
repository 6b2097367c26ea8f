// Every reader survives every input: truncated, empty, binary, deeply nested and huge inputs end in one
// MALFORMED_FILE reject with its line and byte offset (no throw, no hang), and fast-check truncations and
// byte mutations of the real fixtures never make a reader throw or hang.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../server/formats/csv/csv-reader.js';
import { readJsonl } from '../../../server/formats/jsonl/jsonl-reader.js';
import { readMispEvent, readMispFeed } from '../../../server/formats/misp/misp-reader.js';
import type {
  FileProblem,
  ReaderItem,
  ReaderReject,
} from '../../../server/formats/reader-types.js';
import { readStix } from '../../../server/formats/stix/stix-reader.js';
import { readText } from '../../../server/formats/text/text-reader.js';
import { preflight, readInput } from '../../../server/modules/ingest/ingest-input.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

type Reader = (input: Readable) => AsyncIterable<ReaderItem>;
const READERS: Record<string, Reader> = {
  csv: readCsv,
  jsonl: readJsonl,
  text: readText,
  stix: readStix,
  misp: (input) => readMispEvent(input, { useEventSource: false }),
};

/** All items of a reader, or a failure when it throws or takes longer than `ms`. */
async function collect(items: AsyncIterable<ReaderItem>, ms = 5_000): Promise<ReaderItem[]> {
  const out: ReaderItem[] = [];
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the reader did not end within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([
      (async () => {
        for await (const item of items) out.push(item);
      })(),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
  return out;
}

const malformed = (items: ReaderItem[]): ReaderReject[] =>
  items.flatMap((i) =>
    i.type === 'reject' && i.reject.reason === 'MALFORMED_FILE' ? [i.reject] : [],
  );

/** The reader ends with exactly one MALFORMED_FILE reject of `problem`, which says where. */
async function expectMalformed(
  reader: Reader,
  input: Buffer | string | Readable,
  problem: FileProblem,
): Promise<ReaderReject> {
  const stream = input instanceof Readable ? input : Readable.from([input]);
  const items = await collect(reader(stream));
  const found = malformed(items);
  expect(found.map((r) => r.problem)).toEqual([problem]);
  const [r] = found;
  expect(r!.offset).toBeTypeOf('number');
  expect(r!.line).toBeGreaterThanOrEqual(1);
  expect(r!.message.length).toBeGreaterThan(10);
  return r!;
}

// Deterministic "random" bytes (xorshift), so a failure can be replayed.
function noise(n: number, seed = 42): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

const GZIP = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c]);

describe.each(Object.keys(READERS))('the %s reader', (name) => {
  const reader = READERS[name]!;

  it('refuses an empty input, and one of only whitespace and a BOM', async () => {
    await expectMalformed(reader, '', 'EMPTY');
    await expectMalformed(reader, '\uFEFF \r\n\t\n', 'EMPTY');
  });

  it('refuses binary input with the byte offset: random bytes, NUL bytes, gzip, invalid UTF-8', async () => {
    const rand = await expectMalformed(reader, noise(4096), 'BINARY');
    expect(rand.offset).toBeLessThan(4096);
    const nul = await expectMalformed(reader, 'a.example\nb.exa\0mple\n', 'BINARY');
    expect([nul.offset, nul.line]).toEqual([15, 2]);
    await expectMalformed(reader, GZIP, 'BINARY');
    const latin1 = await expectMalformed(
      reader,
      Buffer.from('ok.example\ncaf\xe9.example\n', 'latin1'),
      'NOT_UTF8',
    );
    expect([latin1.offset, latin1.line]).toEqual([14, 2]);
  });

  it('finds invalid UTF-8 split across chunks, and accepts a character split across chunks', async () => {
    // `[` first: a JSON parser waits for more rather than failing on the first chunk.
    const split = Readable.from([Buffer.from([0x5b, 0xc3]), Buffer.from([0x28, 0x0a])]);
    const r = await expectMalformed(reader, split, 'NOT_UTF8');
    expect(r.offset).toBe(1);
    const cutAtEnd = Readable.from([Buffer.from('[\n'), Buffer.from([0xe2, 0x82])]);
    await expectMalformed(reader, cutAtEnd, 'NOT_UTF8');
  });

  it('refuses a huge single line (60 MB, no newline) quickly, without buffering it', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const huge = Readable.from(
      (function* () {
        for (let i = 0; i < 60; i++) yield chunk;
      })(),
    );
    const items = await collect(reader(huge), 10_000);
    expect(malformed(items)).toHaveLength(1);
  });
});

describe('deep nesting and huge records', () => {
  it('refuses 100k nested [ in the JSON readers at the depth limit', async () => {
    for (const reader of [READERS.stix!, READERS.misp!]) {
      const r = await expectMalformed(reader, '['.repeat(100_000), 'TOO_LARGE');
      expect(r.offset).toBe(128);
      await expectMalformed(
        reader,
        `{"type":"bundle","objects":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`,
        'TOO_LARGE',
      );
    }
  });

  it('rejects one 100k-deep JSON line as a bad row and reads the next', async () => {
    const items = await collect(
      readJsonl(Readable.from([`${'['.repeat(100_000)}\n{"domain":"ok.example"}\n`])),
    );
    expect(malformed(items)).toEqual([]);
    expect(items.filter((i) => i.type !== 'layout').map((i) => i.type)).toEqual(['reject', 'row']);
  });

  it('refuses a CSV field of 10 MB at its record (csv-parse max_record_size)', async () => {
    const r = await expectMalformed(
      readCsv,
      `indicator\nok.example\n"${'x'.repeat(10 * 1024 * 1024)}"\nlater.example\n`,
      'TOO_LARGE',
    );
    expect([r.line, r.offset]).toEqual([3, 21]);
  });

  it('refuses a CSV quote never closed, after the rows before it', async () => {
    const items = await collect(readCsv(Readable.from(['indicator\na.example\n"b.example\n'])));
    expect(items.filter((i) => i.type !== 'layout').map((i) => i.type)).toEqual(['row', 'reject']);
    expect(malformed(items)[0]).toMatchObject({ problem: 'SYNTAX', line: 3, offset: 20 });
  });
});

describe('JSON syntax: truncated bundles and events', () => {
  it('refuses the truncated bundle that crashed the server, with its byte offset', async () => {
    const body = '{"type":"bundle","objects":[{"type":"domain-name",';
    const r = await expectMalformed(readStix, body, 'SYNTAX');
    expect(r.offset).toBe(body.length);
    expect(r.message).toMatch(/cut off/);
  });

  it('refuses a stray comma, and a second object after the bundle, naming the object it follows', async () => {
    const comma =
      '{"type":"bundle","objects":[{"type":"domain-name","id":"domain-name--1","value":"a.example"},]}';
    const r = await expectMalformed(readStix, comma, 'SYNTAX');
    expect([r.offset, r.line]).toEqual([comma.indexOf(',]') + 1, 1]);
    await expectMalformed(readStix, '{"type":"bundle","objects":[]} {}', 'SYNTAX');
  });

  it('says which JSON is not STIX at all', async () => {
    await expectMalformed(readStix, '[1, 2, 3]', 'NOT_FORMAT');
    await expectMalformed(readStix, '"domain-name"', 'NOT_FORMAT');
    const items = await collect(readStix(Readable.from(['{"type":"bundle","id":"bundle--1"}'])));
    expect(items).toEqual([]);
  });

  it('rejects objects that are not objects one by one and reads the rest', async () => {
    const items = await collect(
      readStix(
        Readable.from([
          '{"type":"bundle","objects":[null, 7, "x", [], {"type":"domain-name","id":"domain-name--1","value":"ok.example"}]}',
        ]),
      ),
    );
    expect(items.map((i) => (i.type === 'reject' ? i.reject.reason : i.type))).toEqual([
      'MALFORMED_ROW',
      'MALFORMED_ROW',
      'MALFORMED_ROW',
      'MALFORMED_ROW',
      'row',
    ]);
  });

  it('rejects an over-long pattern instead of scanning it (its regex is quadratic)', async () => {
    const bundle = JSON.stringify({
      type: 'bundle',
      objects: [{ type: 'indicator', id: 'indicator--1', pattern: `[${'a'.repeat(200_000)}]` }],
    });
    const started = Date.now();
    const items = await collect(readStix(Readable.from([bundle])));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(items).toMatchObject([{ type: 'reject', reject: { reason: 'TOO_LONG' } }]);
  });

  it('refuses a truncated MISP event with the offset where it ends', async () => {
    const event = readFileSync(path.join(FIXTURES, 'misp-circl/sighting_1.json'));
    const cut = event.subarray(0, 5000);
    const r = await expectMalformed(READERS.misp!, cut, 'SYNTAX');
    expect(r.offset).toBe(5000);
  });
});

describe('files and feeds', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scamgraph-robust-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('turns an unreadable file (a folder read as a file) into one UNREADABLE reject', async () => {
    for (const format of ['csv', 'jsonl', 'text', 'stix', 'misp'] as const) {
      const items = await collect(readInput({ path: dir, format }, { useEventSource: false }));
      expect(malformed(items).map((r) => r.problem)).toEqual(['UNREADABLE']);
    }
  });

  it('reads a feed whose manifest is truncated or whose event file is binary without throwing', async () => {
    const manifestless = mkdtempSync(path.join(dir, 'feed-'));
    writeFileSync(path.join(manifestless, 'manifest.json'), '{"6981d484-d332-48ab-a6b6-');
    let items = await collect(readMispFeed(manifestless, { useEventSource: true }));
    expect(malformed(items)).toMatchObject([{ problem: 'SYNTAX', field: 'manifest.json' }]);

    const feed = mkdtempSync(path.join(dir, 'feed-'));
    const uuid = '6981d484-d332-48ab-a6b6-38a89c65a6ee';
    const good = 'f02183b6-33a0-4a69-bc22-7a0d5b034ab6';
    writeFileSync(path.join(feed, 'manifest.json'), JSON.stringify({ [uuid]: {}, [good]: {} }));
    writeFileSync(path.join(feed, `${uuid}.json`), GZIP);
    writeFileSync(
      path.join(feed, `${good}.json`),
      readFileSync(path.join(FIXTURES, `infoblox/misp/${good}.json`)),
    );
    items = await collect(readMispFeed(feed, { useEventSource: true }));
    expect(malformed(items)).toMatchObject([{ problem: 'BINARY', field: `${uuid}.json` }]);
    expect(items.filter((i) => i.type === 'row').length).toBeGreaterThan(0);
  });

  it('preflight refuses empty, binary and unreadable files from their first bytes', async () => {
    const empty = path.join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const zipped = path.join(dir, 'data.json');
    writeFileSync(zipped, GZIP);
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, 'ok.example\n'.repeat(10_000) + '\0');
    expect(await preflight({ path: empty, format: 'csv' })).toMatchObject({ problem: 'EMPTY' });
    expect(await preflight({ path: zipped, format: 'stix' })).toMatchObject({ problem: 'BINARY' });
    expect(await preflight({ path: dir, format: 'text' })).toMatchObject({
      problem: 'UNREADABLE',
    });
    // Past the first 64 KiB, the problem is the reader's to find.
    expect(await preflight({ path: big, format: 'text' })).toBeUndefined();
    const items = await collect(
      readInput({ path: big, format: 'text' }, { useEventSource: false }),
    );
    expect(malformed(items)).toMatchObject([{ problem: 'BINARY', line: 10_001 }]);
    expect(
      await preflight({ path: path.join(FIXTURES, 'infoblox/misp'), format: 'misp-feed' }),
    ).toBeUndefined();
  });
});

describe('fast-check: truncations and mutations of real files', () => {
  const fixtures: [string, string][] = [
    ['stix', 'stix21-oasis/threat-reports/apt1.json'],
    ['stix', 'stix21-oasis/infrastructure.json'],
    ['stix', 'stix21-oasis/indicator-for-c2-ip-address.json'],
    ['misp', 'misp-circl/57c4445b-c548-4654-af0b-4be3950d210f.json'],
    ['misp', 'misp-circl/sighting_1.json'],
    ['csv', 'infoblox/csv/pig_butchering_20250506_iocs.csv'],
    ['csv', 'infoblox/csv/vigorish_viper_20240722_iocs.csv'],
    ['jsonl', 'infoblox/csv/pig_butchering_20250506_iocs.csv'],
    ['text', 'infoblox/csv/pig_butchering_20250506_iocs.csv'],
  ];
  const files = fixtures.map(([format, file]) => ({
    format,
    file,
    bytes: readFileSync(path.join(FIXTURES, file)),
  }));
  const fileArb = fc.constantFrom(...files);

  /** Runs the reader over `bytes` cut into chunks; at most one MALFORMED_FILE reject, and it is last. */
  async function survives(format: string, bytes: Buffer, chunk: number): Promise<ReaderItem[]> {
    const parts: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
    const items = await collect(READERS[format]!(Readable.from(parts)), 2_000);
    const bad = malformed(items);
    expect(bad.length).toBeLessThanOrEqual(1);
    if (bad.length) {
      expect(items.at(-1)).toEqual({ type: 'reject', reject: bad[0] });
      expect(bad[0]!.offset).toBeLessThanOrEqual(bytes.length);
    }
    return items;
  }

  it('a truncated JSON file is one MALFORMED_FILE reject at its end; CSV and text never throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fileArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 70_000 }),
        async (f, at, chunk) => {
          const cut = f.bytes.subarray(0, Math.floor(at * f.bytes.length));
          const items = await survives(f.format, cut, chunk);
          const text = cut.toString('utf8');
          if ((f.format === 'stix' || f.format === 'misp') && text.trim()) {
            let valid = true;
            try {
              JSON.parse(text);
            } catch {
              valid = false;
            }
            if (!valid) expect(malformed(items)).toHaveLength(1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('byte mutations (overwrite, insert, delete) never make a reader throw or hang', async () => {
    const edit = fc.record({
      kind: fc.constantFrom('set', 'insert', 'delete'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fileArb,
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 16, max: 70_000 }),
        async (f, edits, chunk) => {
          let b = Buffer.from(f.bytes);
          for (const e of edits) {
            const i = Math.floor(e.at * b.length);
            const bytes = Buffer.from(e.bytes);
            if (e.kind === 'set') bytes.copy(b, i);
            else if (e.kind === 'insert')
              b = Buffer.concat([b.subarray(0, i), bytes, b.subarray(i)]);
            else b = Buffer.concat([b.subarray(0, i), b.subarray(i + bytes.length)]);
          }
          await survives(f.format, b, chunk);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('reads every fixture unchanged without a MALFORMED_FILE reject', async () => {
    for (const f of files) {
      if (f.format === 'jsonl') continue;
      expect(malformed(await survives(f.format, f.bytes, 65_536))).toEqual([]);
    }
    const feed = await collect(
      readMispFeed(path.join(FIXTURES, 'infoblox/misp'), { useEventSource: true }),
    );
    expect(malformed(feed)).toEqual([]);
    const file = path.join(FIXTURES, 'stix21-oasis/threat-reports/poisonivy.json');
    const items = await collect(
      readInput({ path: file, format: 'stix' }, { useEventSource: false }),
    );
    expect(malformed(items)).toEqual([]);
  });
});
