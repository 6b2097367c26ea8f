// The shapes real lists come in, read without a database: CSV with other tools' type vocabularies or
// without a header, JSON arrays, objects of lists and maps, YAML with per-coin address maps, hosts files
// and Adblock lists; and the sniffing that picks the reader. Values are fictitious (.example/.test).
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../server/formats/csv/csv-reader.js';
import { readHostList, sniffHostList } from '../../../server/formats/hosts/hosts-reader.js';
import { readJsonList, readYaml } from '../../../server/formats/json/json-reader.js';
import type { IngestRow, ReaderItem } from '../../../server/formats/reader-types.js';
import { parseTypeName } from '../../../server/indicators/index.js';
import { sniffJson } from '../../../server/modules/ingest/ingest-input.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const ETH = '0x52908400098527886E0F7030069857D2E4169EE7';
const ETH2 = '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359';
const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const TRX = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';

async function collect(items: AsyncIterable<ReaderItem>): Promise<ReaderItem[]> {
  const out: ReaderItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}
const text = (s: string) => Readable.from([s]);
const rows = (items: ReaderItem[]): IngestRow[] =>
  items.flatMap((i) => (i.type === 'row' ? [i.row] : []));
const rejects = (items: ReaderItem[]) =>
  items.flatMap((i) => (i.type === 'reject' ? [[i.reject.reason, i.reject.value]] : []));
const skips = (items: ReaderItem[]) => items.flatMap((i) => (i.type === 'skip' ? [i.what] : []));
const layout = (items: ReaderItem[]) => items.find((i) => i.type === 'layout');
/** Each row as `main kind/asset → related…` for compact expectations. */
const brief = (items: ReaderItem[]) =>
  rows(items).map((r) =>
    [r.main, ...r.related]
      .map((v) => `${v.value}${v.kind ? `:${v.kind}` : ''}${v.asset ? `/${v.asset}` : ''}`)
      .join(' > '),
  );

describe('type names of other tools', () => {
  it.each([
    ['ip-dst', { kind: 'ip' }],
    ['Domain-Name', { kind: 'domain' }],
    ['IPv4-Addr', { kind: 'ip' }],
    ['Cryptocurrency-Wallet', { kind: 'wallet' }],
    ['Email-Addr', { kind: 'email' }],
    ['User-Account', { kind: 'account' }],
    ['email-src', { kind: 'email' }],
    ['phone-number', { kind: 'phone' }],
    ['btc', { kind: 'wallet', asset: 'BTC' }],
    ['xmr', { kind: 'wallet', asset: 'XMR' }],
    ['ethereum_address', { kind: 'wallet', asset: 'ETH' }],
    ['bitcoin_address', { kind: 'wallet', asset: 'BTC' }],
    ['trac_address', { kind: 'wallet', asset: 'TRAC' }],
    ['tron_address', { kind: 'wallet', asset: 'TRX' }],
    ['usdt_trc20', { kind: 'wallet', asset: 'USDT-TRC20' }],
    ['dogecoin_address', { kind: 'wallet', asset: 'DOGE' }],
    ['telegram', { kind: 'account', platform: 'telegram' }],
    ['StixFile', {}],
    ['SHA-256', {}],
    ['md5', {}],
  ])('%s', (name, expected) => {
    expect(parseTypeName(name)).toEqual(expected);
  });

  it('reads MISP composites part by part', () => {
    expect(parseTypeName('domain|ip')?.parts).toEqual([{ kind: 'domain' }, { kind: 'ip' }]);
    expect(parseTypeName('ip-dst|port')?.parts).toEqual([{ kind: 'ip' }, 'port']);
    expect(parseTypeName('filename|md5')).toEqual({});
    expect(parseTypeName('address')).toBeUndefined();
  });
});

describe('CSV shapes', () => {
  it('reads a list without a header, one value a line, the first line included', async () => {
    const items = await collect(readCsv(text(`scam-one.example\n${ETH}\n+44 7700 900123\n`)));
    expect(brief(items)).toEqual(['scam-one.example', ETH, '+44 7700 900123']);
    expect(layout(items)).toMatchObject({ layout: { shape: 'csv (no header)' } });
  });

  it('reads several columns without a header, each detected, a note kept as description', async () => {
    const items = await collect(
      readCsv(text(`scam-two.example,${ETH},fake exchange\nscam-three.example,${ETH2},giveaway\n`)),
    );
    expect(brief(items)).toEqual([`scam-two.example > ${ETH}`, `scam-three.example > ${ETH2}`]);
    expect(rows(items)[0]!.props).toEqual({ column3: 'fake exchange' });
  });

  it('reads a Data column typed in MISP words: composites split, hashes skipped by name', async () => {
    const items = await collect(
      readCsv(
        text(
          'Type,Data,Comment\nip-dst,203.0.113.7,panel\ndomain|ip,pay.scam.example|203.0.113.8,\nmd5,d41d8cd98f00b204e9800998ecf8427e,\nbtc,' +
            BTC +
            ',\n',
        ),
      ),
    );
    expect(brief(items)).toEqual([
      '203.0.113.7:ip',
      'pay.scam.example:domain > 203.0.113.8:ip',
      `${BTC}:wallet/BTC`,
    ]);
    expect(rows(items)[0]!.props).toEqual({ comment: 'panel' });
    expect(skips(items)).toEqual(['type:md5']);
  });

  it('reads OpenCTI observable types and vendor wallet names with their asset', async () => {
    const items = await collect(
      readCsv(
        text(
          `observable_type,observable_value\nDomain-Name,octi.scam.example\nCryptocurrency-Wallet,${ETH}\nStixFile,invoice.pdf\n` +
            `tron_address,${TRX}\n`,
        ),
      ),
    );
    expect(brief(items)).toEqual([
      'octi.scam.example:domain',
      `${ETH}:wallet`,
      `${TRX}:wallet/TRX`,
    ]);
    expect(skips(items)).toEqual(['type:stixfile']);
  });

  it('finds the type column by its values when its header says nothing', async () => {
    const items = await collect(
      readCsv(
        text(
          'what,ioc_kind_x,reporter\nhot.scam.example,hostname,hotline\n198.51.100.4,ip-src,hotline\n',
        ),
      ),
    );
    // `what` holds the values, `ioc_kind_x` the types: detected by their contents.
    expect(brief(items)).toEqual(['hot.scam.example:domain', '198.51.100.4:ip']);
    expect(rows(items)[0]!.props).toEqual({ reporter: 'hotline' });
  });

  it('reads vendor-named wallet columns as related wallets with their asset', async () => {
    const items = await collect(
      readCsv(
        text(
          `website,ethereum_address,usdt_trc20,notes\nvendor.scam.example,${ETH},${TRX},seen twice\n`,
        ),
      ),
    );
    expect(brief(items)).toEqual([
      `vendor.scam.example:url > ${ETH}:wallet/ETH > ${TRX}:wallet/USDT-TRC20`,
    ]);
    expect(rows(items)[0]!.props).toEqual({ notes: 'seen twice' });
  });

  it('says which headers it saw when no column holds indicators, with one reject', async () => {
    const items = await collect(readCsv(text('name,age\nalice,3\nbob,4\n')));
    expect(rows(items)).toEqual([]);
    expect(rejects(items)).toEqual([['NO_INDICATOR_COLUMN', 'name,age']]);
    expect(layout(items)).toMatchObject({
      layout: {
        columns: [
          { name: 'name', readAs: 'ignored' },
          { name: 'age', readAs: 'ignored' },
        ],
      },
    });
  });
});

describe('JSON shapes', () => {
  const json = (doc: unknown, keys?: string[]) =>
    collect(readJsonList(text(JSON.stringify(doc)), { keys }));

  it('reads an array of values', async () => {
    expect(brief(await json(['arr.scam.example', ETH]))).toEqual(['arr.scam.example', ETH]);
  });

  it('reads an array of records like CSV rows (the MEW darklist shape)', async () => {
    const items = await json([{ address: ETH, comment: 'fake ICO', date: '2020-11-17' }]);
    expect(rows(items)).toEqual([
      {
        line: 1,
        main: { value: ETH, field: 'address' },
        related: [],
        firstSeen: '2020-11-17T00:00:00.000Z',
        lastSeen: undefined,
        tlp: undefined,
        confidence: undefined,
        props: { comment: 'fake ICO' },
      },
    ]);
  });

  it('reads the deny lists of an object of lists, never its allow-lists', async () => {
    const doc = {
      version: 2,
      tolerance: 2,
      fuzzylist: ['wallet.test'],
      whitelist: ['good.test'],
      blacklist: ['deny-one.scam.example', 'deny-two.scam.example'],
    };
    const items = await json(doc);
    expect(brief(items)).toEqual(['deny-one.scam.example', 'deny-two.scam.example']);
    expect(layout(items)).toMatchObject({
      layout: {
        shape: 'json object of lists',
        columns: expect.arrayContaining([
          { name: 'whitelist', readAs: 'allow-list: never read as scams (1 entries)' },
        ]),
      },
    });
  });

  it('reads the keys --keys names; an allow-list named is refused, a missing key reported', async () => {
    const doc = { bad_sites: ['k.scam.example'], allow: ['ok.test'], other: ['x.scam.example'] };
    const items = await json(doc, ['other', 'allow', 'nope']);
    expect(brief(items)).toEqual(['x.scam.example']);
    expect(rejects(items)).toEqual([
      ['ALLOW_LIST_KEY', 'allow'],
      ['NO_SUCH_KEY', 'nope'],
    ]);
  });

  it('reads nothing when no key says what it holds, and lists the keys', async () => {
    const items = await json({ alpha: ['a.scam.example'], beta: ['b.scam.example'] });
    expect(rows(items)).toEqual([]);
    expect(rejects(items)).toEqual([['NO_INDICATOR_KEYS', 'alpha,beta']]);
    expect(layout(items)).toMatchObject({
      layout: { note: expect.stringContaining('--keys alpha') },
    });
  });

  it('takes lists under keys naming a kind, with the kind and asset', async () => {
    const items = await json({ domains: ['k.scam.example'], btc: [BTC] });
    expect(brief(items)).toEqual(['k.scam.example:domain', `${BTC}:wallet/BTC`]);
  });

  it('reads a map of value → related values: each key linked to its values', async () => {
    const items = await json({ 'map.scam.example': [ETH, ETH2], 'solo.scam.example': BTC });
    expect(brief(items)).toEqual([
      `map.scam.example > ${ETH} > ${ETH2}`,
      `solo.scam.example > ${BTC}`,
    ]);
  });

  it('is never taken for STIX unless it says it is STIX', () => {
    expect(sniffJson('{"deny": ["a.example"]}')).toBe('json');
    expect(sniffJson('[{"address": "0x1"}]')).toBe('json');
    expect(sniffJson('{"type": "bundle", "id": "bundle--1"}')).toBe('stix');
    expect(sniffJson('{"Event": {"info": "x"}}')).toBe('misp');
    expect(sniffJson('{"a": 1}\n{"a": 2}\n')).toBe('jsonl');
  });
});

describe('YAML', () => {
  it('reads entries with nested per-coin address maps as wallets linked to the entry', async () => {
    const yaml = [
      '- name: yaml-scam.example',
      "  url: 'https://yaml-scam.example/claim'",
      '  category: Phishing',
      '  reporter: hotline',
      '  addresses:',
      '    BTC:',
      `      - ${BTC}`,
      '    ETH:',
      `      - '${ETH}'`,
      `      - '${ETH2}'`,
      '- name: other.scam.example',
      "  url: 'https://other.scam.example/'",
      '  addresses:',
      `    TRX: ${TRX}`,
      '',
    ].join('\n');
    const items = await collect(readYaml(text(yaml)));
    expect(brief(items)).toEqual([
      `yaml-scam.example > https://yaml-scam.example/claim:url > ${BTC}:wallet/BTC > ${ETH}:wallet/ETH > ${ETH2}:wallet/ETH`,
      `other.scam.example > https://other.scam.example/:url > ${TRX}:wallet/TRX`,
    ]);
    expect(rows(items)[0]!.props).toEqual({ category: 'Phishing', reporter: 'hotline' });
  });

  it('reports invalid YAML as a malformed file with its line', async () => {
    const items = await collect(readYaml(text('a: [1, 2\nb: 3\n')));
    expect(items.find((i) => i.type === 'reject')).toMatchObject({
      reject: { reason: 'MALFORMED_FILE', problem: 'SYNTAX' },
    });
  });
});

describe('hosts files and Adblock lists', () => {
  it('reads every name of a hosts line; local names skipped; a real address linked', async () => {
    const items = await collect(
      readHostList(
        text(
          '# header\n127.0.0.1 localhost\n0.0.0.0 h1.scam.example www.h1.scam.example # twice\n203.0.113.9 h2.scam.example\n',
        ),
        'hosts',
      ),
    );
    expect(brief(items)).toEqual([
      'h1.scam.example:domain',
      'www.h1.scam.example:domain',
      'h2.scam.example:domain > 203.0.113.9:ip',
    ]);
    expect(skips(items)).toEqual(['hosts:local-name']);
  });

  it('reads ||name^ rules; wildcards and partial names rejected, exceptions skipped', async () => {
    const items = await collect(
      readHostList(
        text(
          '[Adblock Plus 2.0]\n! comment\n||ab.scam.example^\n||ab2.scam.example^$important\n@@||ok.test^\n' +
            '||booking.scam-id*\n.com-id*.info^\n||yandex.pay.avito.\n||ab3.scam.example/path\nexample.com##.banner\n',
        ),
        'adblock',
      ),
    );
    expect(brief(items)).toEqual(['ab.scam.example:domain', 'ab2.scam.example:domain']);
    expect(rejects(items).map((r) => r[0])).toEqual([
      'WILDCARD_RULE',
      'WILDCARD_RULE',
      'PARTIAL_RULE',
      'PARTIAL_RULE',
    ]);
    expect(skips(items)).toEqual(['adblock:exception', 'adblock:cosmetic']);
  });

  it('reads the scamblocklist fixture: 2,214 hosts; 949 rules and 10 patterns rejected', async () => {
    const hosts = await collect(
      readHostList(createReadStream(path.join(FIXTURES, 'scamblocklist/hosts.txt')), 'hosts'),
    );
    expect(rows(hosts)).toHaveLength(2214);
    expect(rejects(hosts)).toEqual([]);
    const adguard = await collect(
      readHostList(createReadStream(path.join(FIXTURES, 'scamblocklist/adguard.txt')), 'adblock'),
    );
    expect(rows(adguard)).toHaveLength(949);
    expect(rejects(adguard)).toHaveLength(10);
  });

  it('tells hosts files and Adblock lists from plain lists', () => {
    expect(sniffHostList('# x\n0.0.0.0 a.example\n0.0.0.0 b.example\n')).toBe('hosts');
    expect(sniffHostList('! x\n||a.example^\n||b.example^\n')).toBe('adblock');
    expect(sniffHostList('a.example\nb.example\n')).toBeUndefined();
  });
});
