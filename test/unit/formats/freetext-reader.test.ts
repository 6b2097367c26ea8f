// Unit tests of the free-text reader (no database): what it finds in running text (defanged forms, links,
// phones, handles, wallets, hashes), which values one row links, references, e-mail and HTML documents,
// the ESET Telekopye write-up, malformed input, and the format wiring (extensions, INGEST_FORMATS).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFreeText } from '../../../server/formats/freetext/freetext-reader.js';
import { refangLine, sourceOf } from '../../../server/formats/freetext/freetext-refang.js';
import { scanLine } from '../../../server/formats/freetext/freetext-scan.js';
import type { IngestRow, ReaderItem } from '../../../server/formats/reader-types.js';
import { formatOfFile } from '../../../server/modules/ingest/ingest-input.js';
import { parseFormat } from '../../../server/modules/ingest/ingest-options.js';
import { INGEST_FORMATS } from '../../../server/modules/ingest/ingest-types.js';
import { CHAT_TXT, PAGE_HTML, PHISHING_EML, REPORT_MD } from './freetext-samples.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

async function read(text: string | Buffer): Promise<ReaderItem[]> {
  const out: ReaderItem[] = [];
  for await (const item of readFreeText(Readable.from([text]))) out.push(item);
  return out;
}
const rows = (items: ReaderItem[]) => items.flatMap((i) => (i.type === 'row' ? [i.row] : []));
const skips = (items: ReaderItem[]) => items.flatMap((i) => (i.type === 'skip' ? [i.what] : []));
const rejects = (items: ReaderItem[]) =>
  items.flatMap((i) => (i.type === 'reject' ? [i.reject] : []));
/** A row as `line: main <- related, related`. */
const shape = (r: IngestRow) =>
  `${r.line}: ${[r.main, ...r.related].map((v) => v.value + (v.platform ? `(${v.platform})` : '')).join(' <- ')}`;
const values = (text: string) => scanLine(text, { field: 'text' }).found.map((f) => f.value);

describe('scanning a line', () => {
  it('undoes defanging and keeps the original spelling of each value', () => {
    const line = refangLine('see hxxps[:]//evil[.]example/a and user [at] mail(dot)test');
    expect(line.text).toBe('see https://evil.example/a and user@mail.test');
    expect(
      sourceOf(line, 'see hxxps[:]//evil[.]example/a and user [at] mail(dot)test', 4, 26),
    ).toBe('hxxps[:]//evil[.]example/a');
    expect(values('see hxxps[:]//evil[.]example/a and user [at] mail(dot)test')).toEqual([
      'hxxps[:]//evil[.]example/a',
      'user [at] mail(dot)test',
    ]);
    expect(values('hXXp://a[.]example/x, fxp://b(.)example/ and c{.}example')).toEqual([
      'hXXp://a[.]example/x',
      'fxp://b(.)example/',
      'c{.}example',
    ]);
  });

  it('reads markup around values: AsciiDoc passthrough, backticks, Markdown links, brackets, punctuation', () => {
    expect(values('| `+id7423[.]ru+` | Cloudflare |')).toEqual(['id7423[.]ru']);
    expect(
      values('[site](https://scam.example/path_(x)). Also <https://b.example/>, **c.example**.'),
    ).toEqual(['https://scam.example/path_(x)', 'https://b.example/', 'c.example']);
    expect(values('Wallet:TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf; WhatsApp:+44 7700 900123!')).toEqual([
      'TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf',
      '+44 7700 900123',
    ]);
  });

  it('ignores file names, version numbers, dates and words with dots; reads names with a public suffix', () => {
    expect(
      values(
        'setup.exe scam.php config.sh README.md v1.2.3 1.2.3 2024-05-30 10:15:02 e.g. PHP/HackTool.Telekopye.B',
      ),
    ).toEqual([]);
    expect(
      values('sites: shop.example.co.uk, foo.github.io, invoice[.]zip, bücher.de, 1.2.3.4'),
    ).toEqual(['shop.example.co.uk', 'foo.github.io', 'invoice[.]zip', 'bücher.de', '1.2.3.4']);
  });

  it('reads phones in international form up to their last digit group, not into the next number', () => {
    expect(values('call +44 7700 900123 2024-05-30 or +855 12 345 678/+1 (201) 555-0123')).toEqual([
      '+44 7700 900123',
      '+855 12 345 678',
      '+1 (201) 555-0123',
    ]);
  });

  it('reads messenger and store links as their phone, account or app', () => {
    const found = scanLine(
      'wa.me/447700900123 https://api.whatsapp.com/send?phone=447700900456 t.me/some_handle https://apps.apple.com/app/id1234567890',
      { field: 'text' },
    ).found.map((f) =>
      f.result.ok ? `${f.result.indicator.kind} ${f.result.indicator.key}` : '?',
    );
    expect(found).toEqual([
      'phone +447700900123',
      'phone +447700900456',
      'account telegram:some_handle',
      'app ios:1234567890',
    ]);
  });

  it('reads wallets of the common chains; hashes are skipped by name, never read as wallets', () => {
    const scan = scanLine(
      'btc bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 eth 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed tron TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf ' +
        'md5 d41d8cd98f00b204e9800998ecf8427e sha1 26727D5FCEEF79DE2401CA0C9B2974CD99226DCB',
      { field: 'text' },
    );
    expect(scan.found.map((f) => (f.result.ok ? f.result.indicator.key : '?'))).toEqual([
      'btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      'eth:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      'tron:TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf',
    ]);
    expect(scan.skips).toEqual(['hash:md5', 'hash:sha1']);
  });

  it('gives an @handle the platform the line, the table column or the heading names', () => {
    const platform = (text: string, header?: string[], heading?: string) =>
      scanLine(text, { field: 'text', header, platform: heading }).found.map((f) => f.platform);
    expect(platform('Telegram @first_handle, Instagram @second.handle')).toEqual([
      'telegram',
      'instagram',
    ]);
    expect(platform('| @in_a_column | x |', ['TG', 'Note'])).toEqual(['telegram']);
    expect(platform('ask @someone_here', undefined, 'whatsapp')).toEqual(['whatsapp']);
    expect(platform('ask @someone_here')).toEqual([undefined]);
  });
});

describe('a Markdown write-up', () => {
  it('links what each table row names, skips hashes and the references of a defanged report', async () => {
    const items = await read(REPORT_MD);
    expect(rows(items).map(shape)).toEqual([
      '3: hxxps://refund-parcel[.]example/track?id=1',
      '10: refund-parcel[.]example <- 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed <- +44 7700 900123 <- @parcel_refunds(telegram)',
      '11: courier-fee[.]test <- TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf <- wa.me/447700900456 <- t.me/courier_fee_help',
      '12: hxxp://track-my-box[.]example/pay <- bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 <- +44 7700 900789',
      '14: https://play.google.com/store/apps/details?id=com.example.parcelrefund',
      '14: 203.0.113[.]7',
    ]);
    expect(rows(items)[1]!.related.map((v) => v.field)).toEqual(['Wallet', 'WhatsApp', 'Telegram']);
    expect(skips(items)).toEqual(['hash:md5', 'hash:sha256', 'reference:email', 'reference:url']);
    expect(rejects(items)).toEqual([]);
  });

  it('gives one row per value on a long line of prose, so that no link is guessed', async () => {
    const prose = `The operators ran scam-site.example for months ${'and kept moving '.repeat(20)}while paying into TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf.`;
    expect(rows(await read(prose)).map(shape)).toEqual([
      '1: scam-site.example',
      '1: TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf',
    ]);
    expect(
      rows(await read(`- scam-site.example pays to TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf`)).map(shape),
    ).toEqual(['1: scam-site.example <- TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf']);
  });
});

describe('a chat export', () => {
  it('reads messenger links and contacts, links a message’s site and wallet, keeps plain links', async () => {
    const items = await read(CHAT_TXT);
    expect(rows(items).map(shape)).toEqual([
      '1: https://vip-signals.example/register',
      '2: https://api.whatsapp.com/send?phone=447700900321',
      '2: t.me/coach_lina_vip',
      '4: TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf <- vip-signals.example',
      '5: 0x1111111111111111111111111111111111111111',
      '6: @vip_manager_anna(telegram)',
      '6: +44 7700 900654',
    ]);
    expect(skips(items)).toEqual([]);
  });
});

describe('an e-mail', () => {
  it('reads the sender headers, the subject and the HTML body; never the recipients or relays', async () => {
    const items = await read(PHISHING_EML);
    const found = rows(items).map((r) => [
      r.main.field,
      ...[r.main, ...r.related].map((v) => v.value),
    ]);
    expect(found).toEqual([
      ['from', 'support@scam-bank.example'],
      ['reply-to', 'refunds.desk@reply-desk.test'],
      ['return-path', 'bounce@mailer.scam-bank.example'],
      ['subject', '+44 7700 900999'],
      ['body', 'https://scam-bank.example/verify?u=1'],
      ['body', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'secure-unlock.example'],
    ]);
    expect(
      rows(items)
        .map((r) => r.line)
        .slice(0, 4),
    ).toEqual([3, 4, 1, 6]);
    expect(JSON.stringify(items)).not.toMatch(/victim@isp|198\.51\.100\.23/);
  });
});

describe('an HTML page', () => {
  it('reads link targets and table rows, not scripts or images', async () => {
    const items = await read(PAGE_HTML);
    expect(rows(items).map((r) => [r.main, ...r.related].map((v) => v.value))).toEqual([
      ['https://fake-exchange.example/signup'],
      ['fake-exchange.example', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'],
    ]);
  });
});

describe('the ESET Telekopye write-up (AsciiDoc)', () => {
  it('finds the 28 defanged domains, skips the 10 SHA-1 hashes and the 2 blog links', async () => {
    const items = await read(readFileSync(path.join(FIXTURES, 'eset-ioc/telekopye/README.adoc')));
    const found = rows(items);
    expect(found.map((r) => r.main.value)).toEqual([
      'id23352352[.]ru',
      'id8092[.]ru',
      'id2770[.]ru',
      'id83792[.]ru',
      'id39103[.]ru',
      '2cdx[.]site',
      '3inf[.]site',
      'pay-sacure4ds[.]ru',
      'id7423[.]ru',
      'id2918[.]site',
      'formaa[.]ga',
      'id0391[.]ru',
      'id66410[.]ru',
      'id82567[.]ru',
      '3-dsecurepay[.]com',
      'approveine[.]com',
      'audittravelerbookdetails[.]com',
      'btsdostavka-uz[.]ru',
      'burdchoureserdoc[.]com',
      'check-629807-id[.]top',
      'contact-click2399[.]com',
      'contact-click7773[.]com',
      'get3ds-safe[.]info',
      'hostelguest[.]com',
      'order-9362[.]click',
      'shiptakes[.]info',
      'quickroombook[.]com',
      'validation-confi[.]info',
    ]);
    // One domain per table row: nothing to link; the column is named by the table's header.
    expect(found.every((r) => r.related.length === 0 && r.main.field === 'Domain')).toBe(true);
    expect(found.slice(0, 2).map((r) => r.line)).toEqual([30, 31]);
    expect(skips(items).filter((s) => s === 'hash:sha1')).toHaveLength(10);
    expect(skips(items).filter((s) => s !== 'hash:sha1')).toEqual([
      'reference:url',
      'reference:url',
    ]);
    expect(rejects(items)).toEqual([]);
  });
});

describe('malformed input', () => {
  it('ends binary, non-UTF-8 and empty input in one MALFORMED_FILE reject', async () => {
    for (const [input, problem] of [
      [Buffer.from([0x1f, 0x8b, 0x08, 0x00]), 'BINARY'],
      [Buffer.concat([Buffer.from('a.example\n'), Buffer.from([0xff, 0xfe, 0x41])]), 'NOT_UTF8'],
      ['', 'EMPTY'],
      [`x ${'y'.repeat(1024 * 1024 + 10)}\n`, 'TOO_LARGE'],
    ] as const) {
      const items = await read(input);
      expect(rejects(items).map((r) => [r.reason, r.problem])).toEqual([
        ['MALFORMED_FILE', problem],
      ]);
    }
  });

  it('never throws on mutated documents', async () => {
    const samples = [REPORT_MD, CHAT_TXT, PHISHING_EML, PAGE_HTML];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: samples.length - 1 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.string({ maxLength: 8 }),
        async (i, at, insert) => {
          const s = samples[i]!;
          const cut = at % (s.length + 1);
          const items = await read(s.slice(0, cut) + insert + s.slice(cut));
          expect(items.every((x) => ['row', 'skip', 'reject'].includes(x.type))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('format wiring', () => {
  it('is a format of its own, chosen for write-ups, e-mails and pages by their extension', async () => {
    expect(INGEST_FORMATS).toContain('freetext');
    expect(parseFormat('FREETEXT')).toBe('freetext');
    for (const name of ['r.md', 'r.markdown', 'r.adoc', 'r.rst', 'm.eml', 'p.html', 'p.HTM'])
      expect(await formatOfFile(name)).toBe('freetext');
  });

  it('reads a .txt of running text (a chat export) as free text, a list of values as text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scamgraph-freetext-'));
    try {
      writeFileSync(path.join(dir, 'chat.txt'), CHAT_TXT);
      writeFileSync(
        path.join(dir, 'list.txt'),
        '# scam sites\nscam.example\npay.example\n+44 7700 900123\n',
      );
      expect(await formatOfFile(path.join(dir, 'chat.txt'))).toBe('freetext');
      expect(await formatOfFile(path.join(dir, 'list.txt'))).toBe('text');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
