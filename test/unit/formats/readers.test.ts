// Unit tests of the ingest readers (no database): CSV header mapping, JSON Lines, text, STIX, MISP.
import { Readable } from 'node:stream';
import path from 'node:path';
import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../server/formats/csv/csv-reader.js';
import { readJsonl } from '../../../server/formats/jsonl/jsonl-reader.js';
import { readText } from '../../../server/formats/text/text-reader.js';
import { readStix } from '../../../server/formats/stix/stix-reader.js';
import { patternValues } from '../../../server/formats/stix/stix-patterns.js';
import { readMispEvent, readMispFeed } from '../../../server/formats/misp/misp-reader.js';
import type { ReaderItem } from '../../../server/formats/reader-types.js';
import { linkRule } from '../../../server/modules/ingest/link-rules.js';
import { parseDate, parseTlp } from '../../../server/formats/provenance-fields.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

async function collect(items: AsyncIterable<ReaderItem>): Promise<ReaderItem[]> {
  const out: ReaderItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}
const text = (s: string) => Readable.from([s]);
const rows = (items: ReaderItem[]) => items.flatMap((i) => (i.type === 'row' ? [i.row] : []));

describe('CSV reader', () => {
  it('maps indicator/type columns, dates and tolerates a BOM and CRLF', async () => {
    const items = await collect(
      readCsv(
        text(
          '\uFEFFtype,indicator,classification,detected_date\r\ndomain,evil[.]example,malicious,2024-12-11\r\nmd5,abc,x,2024-01-01\r\n',
        ),
      ),
    );
    expect(rows(items)).toEqual([
      {
        line: 2,
        main: { value: 'evil[.]example', kind: 'domain', field: 'indicator' },
        related: [],
        firstSeen: '2024-12-11T00:00:00.000Z',
        lastSeen: undefined,
        tlp: undefined,
        confidence: undefined,
        props: { classification: 'malicious' },
      },
    ]);
    expect(items.filter((i) => i.type === 'skip')).toEqual([{ type: 'skip', what: 'type:md5' }]);
  });

  it('makes the first kind column the main indicator and the others related values', async () => {
    const [row] = rows(
      await collect(readCsv(text('domain,wallet,phone,tlp\na.example,0xabc,+4477,amber+strict\n'))),
    );
    expect(row!.main).toEqual({ value: 'a.example', kind: 'domain', field: 'domain' });
    expect(row!.related.map((r) => [r.kind, r.field])).toEqual([
      ['wallet', 'wallet'],
      ['phone', 'phone'],
    ]);
    expect(row!.tlp).toBe('AMBER_STRICT');
  });

  it('rejects an empty indicator and a malformed row with their line, and reads on', async () => {
    const items = await collect(
      readCsv(text('indicator,type\n,domain\nbro"ken,domain\nok.example,domain\n')),
    );
    const rejects = items
      .filter((i) => i.type === 'reject')
      .map((i) => (i.type === 'reject' ? [i.reject.line, i.reject.reason] : []));
    expect(rejects).toContainEqual([2, 'EMPTY']);
    expect(rejects).toContainEqual([3, 'MALFORMED_ROW']);
    expect(rows(items).map((r) => r.main.value)).toEqual(['ok.example']);
  });

  it('rejects a quote never closed as a malformed file: it swallows the rest of the file', async () => {
    const items = await collect(readCsv(text('indicator,type\n,domain\n"broken,domain\n')));
    const rejects = items
      .filter((i) => i.type === 'reject')
      .map((i) => (i.type === 'reject' ? [i.reject.line, i.reject.reason, i.reject.problem] : []));
    expect(rejects).toEqual([
      [2, 'EMPTY', undefined],
      [3, 'MALFORMED_FILE', 'SYNTAX'],
    ]);
  });
});

describe('JSON Lines and text readers', () => {
  it('reads objects per line and rejects a bad line', async () => {
    const items = await collect(
      readJsonl(
        text(
          '{"value":"a.example","type":"domain"}\nnot json\n{"domain":"b.example","wallet":"0x1"}\n',
        ),
      ),
    );
    expect(rows(items).map((r) => [r.line, r.main.value, r.related.length])).toEqual([
      [1, 'a.example', 0],
      [3, 'b.example', 1],
    ]);
    expect(items.find((i) => i.type === 'reject')).toMatchObject({
      reject: { line: 2, reason: 'MALFORMED_ROW' },
    });
  });

  it('skips comments and blank lines in text lists, keeping line numbers', async () => {
    const r = rows(
      await collect(readText(text('# list\n\na.example\n  hxxp://b[.]example/x  \n'))),
    );
    expect(r.map((x) => [x.line, x.main.value])).toEqual([
      [3, 'a.example'],
      [4, 'hxxp://b[.]example/x'],
    ]);
  });
});

describe('STIX reader', () => {
  it('extracts modelled equality comparisons from patterns', () => {
    expect(
      patternValues(
        "[domain-name:value = 'a.example' OR ipv4-addr:value = '10.0.0.1'] AND [file:hashes.md5 = 'x']",
      ),
    ).toEqual({
      values: [
        { kind: 'domain', type: 'domain-name', value: 'a.example' },
        { kind: 'ip', type: 'ipv4-addr', value: '10.0.0.1' },
      ],
      unmodelled: ['file'],
    });
    expect(patternValues("[phone-number:value = '+855 12 345 678']").values[0]).toMatchObject({
      kind: 'phone',
    });
  });

  it('streams the APT1 bundle: 7 modelled values, the rest counted by type', async () => {
    const items = await collect(
      readStix(createReadStream(path.join(FIXTURES, 'stix21-oasis/threat-reports/apt1.json'))),
    );
    expect(rows(items)).toHaveLength(7);
    const skipped: Record<string, number> = {};
    for (const i of items) if (i.type === 'skip') skipped[i.what] = (skipped[i.what] ?? 0) + 1;
    expect(skipped).toMatchObject({
      relationship: 30,
      tool: 10,
      'pattern:x509-certificate': 4,
      'pattern:file': 3,
    });
  });

  it('reads a single object file and TLP markings', async () => {
    const obj = JSON.stringify({
      type: 'domain-name',
      id: 'domain-name--1',
      value: 'x.example',
      object_marking_refs: ['marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1'],
    });
    const [row] = rows(await collect(readStix(text(obj))));
    expect(row).toMatchObject({ main: { value: 'x.example', kind: 'domain' }, tlp: 'RED' });
  });
});

describe('MISP readers', () => {
  it('reads attributes and objects, TLP from tags, composite attributes as links', async () => {
    const event = {
      Event: {
        info: 'Test event',
        date: '2025-01-02',
        Tag: [{ name: 'tlp:green' }],
        Attribute: [
          { type: 'domain|ip', value: 'a.example|192.0.2.1' },
          { type: 'sha256', value: 'abc' },
        ],
        Object: [
          {
            name: 'coin-address',
            Attribute: [
              {
                object_relation: 'address',
                type: 'btc',
                value: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
              },
              { object_relation: 'symbol', type: 'text', value: 'BTC' },
            ],
          },
        ],
      },
    };
    const items = await collect(
      readMispEvent(text(JSON.stringify(event)), { useEventSource: true }),
    );
    const r = rows(items);
    expect(r[0]).toMatchObject({
      main: { kind: 'domain', value: 'a.example' },
      related: [{ kind: 'ip', value: '192.0.2.1' }],
      tlp: 'GREEN',
      firstSeen: '2025-01-02T00:00:00.000Z',
      source: { key: 'test-event', name: 'Test event' },
    });
    expect(r[1]).toMatchObject({ main: { kind: 'wallet', asset: 'BTC' } });
    expect(
      items.filter((i) => i.type === 'skip').map((i) => (i.type === 'skip' ? i.what : '')),
    ).toEqual(['misp:sha256', 'misp-object:coin-address/symbol']);
  });

  it('reports feed events listed in the manifest whose files are missing', async () => {
    const items = await collect(
      readMispFeed(path.join(FIXTURES, 'infoblox/misp'), { useEventSource: true }),
    );
    expect(items.filter((i) => i.type === 'missing')).toHaveLength(42);
    expect(rows(items)).toHaveLength(881);
  });
});

describe('link rules and provenance fields', () => {
  it('links in SPEC §1 directions', () => {
    expect(linkRule('wallet', 'domain')).toEqual({ type: 'PAYS_TO', forward: false });
    expect(linkRule('phone', 'app')).toEqual({ type: 'CONTACT_FOR', forward: true });
    expect(linkRule('domain', 'compound')).toEqual({ type: 'OPERATED_FROM', forward: true });
    expect(linkRule('phone', 'email')).toBeUndefined();
  });

  it('reads dates and TLP labels as feeds write them', () => {
    expect(parseDate('2024-09-14')).toBe('2024-09-14T00:00:00.000Z');
    expect(parseDate('1733875200')).toBe('2024-12-11T00:00:00.000Z');
    expect(parseDate('yesterday')).toBeUndefined();
    expect(parseTlp('tlp:white')).toBe('CLEAR');
    expect(parseTlp('AMBER_STRICT')).toBe('AMBER_STRICT');
    expect(parseTlp('purple')).toBeUndefined();
  });
});
