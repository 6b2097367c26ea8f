// Takedown packs: each indicator goes to the parties that can act on it; what users wrote (set name,
// registrar, values) reaches the receiving party as text: no Markdown in the README, no formula in a CSV.
import { execFileSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../../server/formats/takedown/takedown-parties.js';
import { writeTakedownPack } from '../../../server/formats/takedown/takedown-writer.js';
import type { ExportNode, ExportPage } from '../../../server/modules/exports/exports-types.js';

const base: Pick<
  ExportNode,
  'display' | 'tlp' | 'confidence' | 'firstSeen' | 'lastSeen' | 'sources'
> = { display: '', tlp: 'GREEN', confidence: 50, firstSeen: null, lastSeen: null, sources: [] };

describe('partiesOf', () => {
  it('sends a domain to its registrar and hosting', () => {
    const parties = partiesOf({
      ...base,
      id: 'domain:a.test',
      label: 'Domain',
      value: 'a.test',
      props: { registrar: 'Example Names Ltd' },
      resolvesTo: ['192.0.2.1'],
    } as ExportNode);
    expect(parties.map((p) => p.file)).toEqual([
      'registrar/example-names-ltd.csv',
      'hosting/unknown-provider.csv',
    ]);
    expect(parties[1]!.details).toContain('192.0.2.1');
  });

  it('sends apps to their store, phones to their country and carrier, wallets to chain and token issuer', () => {
    expect(
      partiesOf({
        ...base,
        id: 'app:com.x',
        label: 'App',
        value: 'com.x',
        props: { store: 'google_play' },
      } as ExportNode)[0]!.file,
    ).toBe('app-store/google-play.csv');
    expect(
      partiesOf({
        ...base,
        id: 'phone:+1',
        label: 'Phone',
        value: '+1',
        props: { country: 'GB', carrier: 'Demo Tel' },
      } as ExportNode)[0]!.file,
    ).toBe('telco/gb-demo-tel.csv');
    const usdt = partiesOf({
      ...base,
      id: 'wallet:tron:T1',
      label: 'Wallet',
      value: 'tron:T1',
      props: { chain: 'tron', asset: 'USDT' },
    } as ExportNode)[0]!;
    expect(usdt.file).toBe('wallets/tron-tether.csv');
    expect(
      partiesOf({
        ...base,
        id: 'wallet:btc:b1',
        label: 'Wallet',
        value: 'btc:b1',
        props: { chain: 'btc', asset: 'BTC' },
      } as ExportNode)[0]!.file,
    ).toBe('wallets/btc.csv');
    expect(
      partiesOf({
        ...base,
        id: 'compound:x',
        label: 'Compound',
        value: 'x',
        props: {},
      } as ExportNode),
    ).toEqual([]);
  });
});

/** The files of a zip (read by Python's zipfile, as a recipient's tools would). */
function unzip(zip: Buffer): Record<string, string> {
  return JSON.parse(
    execFileSync(
      'python3',
      [
        '-c',
        'import sys,io,json,zipfile; z=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))',
      ],
      { input: zip, encoding: 'utf8' },
    ),
  ) as Record<string, string>;
}

async function pack(name: string, nodes: ExportNode[]): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  async function* pages(): AsyncIterable<ExportPage> {
    yield { label: 'Domain', nodes, rels: [] };
  }
  await writeTakedownPack(
    pages(),
    {
      setId: 'set:x',
      name,
      producer: 'test',
      organisation: 'org',
      exportedAt: '2025-01-02T03:04:05.000Z',
      maxTlp: 'RED',
    },
    out,
  );
  return unzip(Buffer.concat(chunks));
}

describe('writeTakedownPack with hostile text', () => {
  it('escapes the set name, sources and party names in the README and neutralises CSV formulas', async () => {
    const files = await pack(
      'Wave 3\n# URGENT [pay here](https://evil.example) <img src=x onerror=alert(1)>',
      [
        {
          ...base,
          id: 'domain:a.test',
          label: 'Domain',
          value: 'a.test',
          display: '=HYPERLINK("https://evil.example","a.test")',
          firstSeen: '2025-01-01T00:00:00Z',
          sources: ['source:[x](https://evil.example)'],
          props: { registrar: '<b>Names</b> [Ltd](https://evil.example)' },
          resolvesTo: ['@SUM(1+1)'],
        } as ExportNode,
      ],
    );
    const readme = files['README.md']!;
    const lines = readme.split('\n');
    expect(lines[0]).toBe(
      '# Takedown and evidence-request pack: Wave 3 \\# URGENT \\[pay here\\]\\(https\\://evil\\.example\\) &lt;img src\\=x onerror\\=alert\\(1\\)&gt;',
    );
    expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(1);
    expect(readme).not.toMatch(/(^|[^\\])\[/m);
    expect(readme).not.toContain('<');
    expect(readme).toContain('Sources: source\\:\\[x\\]\\(https\\://evil\\.example\\).');
    expect(readme).toContain(
      '| registrar/b-names-b-ltd-https-evil-example.csv | &lt;b&gt;Names&lt;/b&gt; \\[Ltd\\]',
    );
    expect(readme).toContain('2025-01-01T00:00:00Z');
    const registrar = files['registrar/b-names-b-ltd-https-evil-example.csv']!;
    expect(registrar).toContain(`,"'=HYPERLINK(""https://evil.example"",""a.test"")",`);
    const hosting = files['hosting/unknown-provider.csv']!;
    expect(hosting).toContain(',resolves to: @SUM(1+1)\r\n');
  });
});
