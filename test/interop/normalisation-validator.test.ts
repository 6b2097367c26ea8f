// What the normalizers accept as domains and URLs is what the OASIS STIX validator accepts (issue #11
// point 6): domain-name values pass its idn-hostname check, url values its RFC 3986 check; and the names
// we refuse as domains (emoji, `_`, `--` labels) are the ones it refuses. No database needed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../server/indicators/index.js';
import type { Indicator } from '../../server/indicators/index.js';
import { scoId } from '../../server/formats/stix/stix-ids.js';
import { ensureVenv, runPython } from './python.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-norm-'));

const DOMAINS = [
  'trade-now.example',
  'Login.Trade-Now.EXAMPLE.',
  'bücher.de',
  'faß.de',
  'ＥＸＡＭＰＬＥ.com',
  'мой-сайт.рф',
  'مثال.مصر',
  'gооgle.com',
  'my_site.trade-now.example',
  'r3---sn-abc.trade-now.example',
  'scam.github.io',
  'x.scam.duckdns.org',
  'shop.onion',
];
const URLS = [
  'https://trade-now.example/a b',
  'https://trade-now.example/ü?q=ä',
  'https://trade-now.example/a|b?x={y}&z=100%',
  'https://trade-now.example/a^b`c[d]',
  'trade-now.example/login?ref=AGENT7',
  'https://my_site.trade-now.example/pay',
  'https://bücher.de/kaufen',
  'https://docs.google.com/forms/d/e/x/viewform',
  'http://user:pw@trade-now.example:8080/x',
  'https://[2001:db8::1]/x',
];
/** Values Node's WHATWG domainToASCII accepts but we reject as domains. */
const REFUSED_DOMAINS = [
  'xn--ls8h.la',
  'xn--i-7iq.ws',
  'my_site.trade-now.example',
  'ab--cd.example',
];

function bundle(objects: Record<string, unknown>[]): string {
  const file = path.join(dir, `b${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    file,
    JSON.stringify({ type: 'bundle', id: 'bundle--2f8f1c0e-6a4b-4c1e-9a51-0b6f3c1d2e3f', objects }),
  );
  return file;
}

function sco(ind: Indicator): Record<string, unknown> {
  const type = ind.kind === 'url' ? 'url' : 'domain-name';
  return { type, spec_version: '2.1', id: scoId(type, { value: ind.key }), value: ind.key };
}

beforeAll(async () => {
  await ensureVenv();
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('normalized keys validate', () => {
  it('domain-name and url values built from accepted input pass the OASIS validator', async () => {
    const objects = new Map<string, Record<string, unknown>>();
    for (const v of DOMAINS) {
      const r = normalize(v, 'domain');
      if (!r.ok) expect.fail(`${v} rejected: ${r.message}`);
      objects.set(String(sco(r.indicator).id), sco(r.indicator));
    }
    for (const v of URLS) {
      const r = normalize(v, 'url');
      if (!r.ok) expect.fail(`${v} rejected: ${r.message}`);
      for (const ind of [r.indicator, ...(r.indicator.implied ?? []).map((i) => i.indicator)])
        objects.set(String(sco(ind).id), sco(ind));
    }
    const result = await runPython('validate_stix.py', [bundle([...objects.values()])]);
    expect(result.lines[0]?.errors ?? result.stderr).toEqual([]);
    expect(result.lines[0]?.valid).toBe(true);
    expect(result.code).toBe(0);
  });

  it('the names we refuse as domains are the ones the validator refuses', async () => {
    for (const v of REFUSED_DOMAINS) {
      const r = normalize(v, 'domain');
      expect(r.ok && r.indicator.key === v).toBe(false);
    }
    const files = REFUSED_DOMAINS.map((value) =>
      bundle([
        { type: 'domain-name', spec_version: '2.1', id: scoId('domain-name', { value }), value },
      ]),
    );
    const result = await runPython('validate_stix.py', files);
    expect(result.lines.map((l) => l.valid)).toEqual(REFUSED_DOMAINS.map(() => false));
  });
});
