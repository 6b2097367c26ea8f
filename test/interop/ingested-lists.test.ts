// Everything the list-shape tests ingest — each shape of test/integration/list-shapes.ts, the real lists in
// test/fixtures (deny lists, hosts and Adblock lists, a trail list, vendor CSVs, an AsciiDoc write-up, a
// MISP feed, OpenCTI-style STIX) and the free-text samples — ingested into one graph, exported as one STIX
// bundle, and checked by the OASIS validator in strict mode: 0 errors, 0 warnings. In `npm test` the big
// lists (13,356 phishing domains, 715 darklist addresses, the hosts and Adblock lists) go in as a slice:
// every 3rd entry that is odd (punycode, `_`, capitals, non-ASCII) and every 25th other. `npm run
// test:lists` ingests them whole (the validator then takes minutes).
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminContext } from '../../server/context.js';
import type { Executor } from '../../server/db/executor.js';
import { exportTarget } from '../../server/modules/exports/exports-service.js';
import { ingestPath } from '../../server/modules/ingest/ingest-run.js';
import { testExecutor, wipeGraph } from '../integration/harness.js';
import { FIXTURE_SHAPES, FIXTURES, inputPath, NOW, SHAPES } from '../integration/list-shapes.js';
import { CHAT_TXT, PAGE_HTML, PHISHING_EML, REPORT_MD } from '../unit/formats/freetext-samples.js';
import { ensureVenv, runPython } from './python.js';

const FULL = process.env.SCAMGRAPH_LISTS === 'full';
/** The big lists, sliced in `npm test`. */
const SLICED: Record<string, 'json' | 'lines'> = {
  'etheraddresslookup/domains.json': 'json',
  'mew-ethereum-lists/addresses-darklist.json': 'json',
  'scamblocklist/hosts.txt': 'lines',
  'scamblocklist/adguard.txt': 'lines',
};

let executor: Executor;
const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-lists-'));
let bundle: { objects: { type: string; id: string }[] };
let file: string;
const landed: Record<string, number> = {};

/** Every input, with the options its shape needs. */
function inputs(): { name: string; path: string; format?: string; keys?: string[] }[] {
  const own = SHAPES.map((s) => ({
    name: s.name,
    path: inputPath(s, dir),
    format: s.format,
    keys: s.keys,
  }));
  const fixtures = FIXTURE_SHAPES.map((s) => ({
    name: s.name,
    path: FULL || !SLICED[s.input] ? path.join(FIXTURES, s.input) : slice(s.input),
  }));
  const texts: [string, string | readonly string[]][] = [
    ['report.md', REPORT_MD],
    ['chat.txt', CHAT_TXT],
    ['phishing.eml', PHISHING_EML],
    ['page.html', PAGE_HTML],
  ];
  const freetext = texts.map(([name, text]) => {
    const target = path.join(dir, name);
    writeFileSync(target, Array.isArray(text) ? text.join('\r\n') : (text as string));
    return { name, path: target, format: 'freetext' };
  });
  return [
    ...own,
    ...fixtures,
    ...freetext,
    { name: 'Telekopye write-up', path: path.join(FIXTURES, 'eset-ioc/telekopye/README.adoc') },
    { name: 'Infoblox CSVs', path: path.join(FIXTURES, 'infoblox/csv') },
    { name: 'Infoblox MISP feed', path: path.join(FIXTURES, 'infoblox/misp') },
    { name: 'OpenCTI-style STIX', path: path.join(FIXTURES, 'stix-links/opencti-style.json') },
  ];
}

/** Every 3rd odd entry (punycode, `_`, capitals, non-ASCII) and every 25th other, in the list's syntax. */
function slice(input: string): string {
  let odds = 0;
  const odd = (v: unknown) => /xn--|_|[A-Z]|[^ -~]/.test(JSON.stringify(v)) && odds++ % 3 === 0;
  const text = readFileSync(path.join(FIXTURES, input), 'utf8');
  const target = path.join(dir, path.basename(input));
  if (SLICED[input] === 'json') {
    const all = JSON.parse(text) as unknown[];
    writeFileSync(target, JSON.stringify(all.filter((v, i) => odd(v) || i % 25 === 0)));
  } else {
    const lines = text.split('\n');
    writeFileSync(
      target,
      lines.filter((l, i) => /^[#!]/.test(l) || odd(l) || i % 25 === 0).join('\n'),
    );
  }
  return target;
}

beforeAll(async () => {
  await ensureVenv();
  executor = await testExecutor();
  await wipeGraph(executor);
  for (const input of inputs()) {
    const r = await ingestPath(executor, input.path, {
      source: `lists ${input.name}`,
      format: input.format as never,
      keys: input.keys,
      now: NOW,
      rejects: path.join(dir, 'rejects.csv'),
    });
    expect(r.values, input.name).toBe(r.accepted + r.valuesRejected + r.valuesSkipped);
    landed[input.name] = r.accepted;
  }
  file = path.join(dir, 'everything.json');
  await exportTarget(executor, adminContext(), {}, 'stix', { out: createWriteStream(file) });
  bundle = JSON.parse(readFileSync(file, 'utf8')) as typeof bundle;
}, 600_000);

afterAll(async () => {
  await executor?.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a STIX export of every list shape ingested', () => {
  it('holds what landed', () => {
    console.table(landed);
    const types = new Set(bundle.objects.map((o) => o.type));
    for (const t of ['domain-name', 'url', 'cryptocurrency-wallet', 'relationship', 'indicator'])
      expect(types, t).toContain(t);
    expect(bundle.objects.length).toBeGreaterThan(FULL ? 20_000 : 2_000);
  });

  it('passes the OASIS validator in strict mode', async () => {
    const result = await runPython('validate_stix.py', [file], 900_000);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0], JSON.stringify(result.lines[0]).slice(0, 4000)).toMatchObject({
      valid: true,
      error_count: 0,
    });
    expect(result.code).toBe(0);
  }, 900_000);
});
