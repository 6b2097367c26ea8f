// The search box and "export selection" in a real browser against the real server and Neo4j (issue #11,
// points 7, 8 and 10): a pasted registrable domain lists the stored hostnames under it; Enter opens a value
// the graph holds, or the highlighted result (arrow keys move the highlight); the explorer's STIX and CSV
// exports of a selection are the server's exports of the same ids (the same STIX object ids, byte for byte).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Executor } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import type { NodeRecord, RelRecord } from '../../server/model.js';
import {
  adminSignInCode,
  graphql,
  startTestServer,
  testExecutor,
  wipeGraph,
  type TestServer,
} from '../integration/harness.js';
import { ensureWebBuilt, launch, shot } from './browser.js';

const SRC = 'source:e2e-feed';
const WWW = 'domain:www.scam-shop.test';
const M = 'domain:m.scam-shop.test';
const PAY = 'domain:pay.scam-shop.test';
const WALLET = 'wallet:tron:TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf';
const PHONE = 'phone:+447700900123';

const prov = {
  tlp: 'GREEN' as const,
  confidence: 80,
  firstSeen: '2024-02-01T00:00:00Z',
  lastSeen: '2024-03-01T00:00:00Z',
  sources: [SRC],
  synthetic: false,
};

function entity(id: string, label: NodeRecord['label'], facts: NodeRecord['facts'] = {}) {
  const value = id.slice(id.indexOf(':') + 1);
  return { id, label, value, display: value, raw: [value], facts, props: {}, ...prov };
}

const link = (type: RelRecord['type'], from: string, to: string): RelRecord => ({
  type,
  from,
  to,
  props: {},
  ...prov,
});

let executor: Executor;
let server: TestServer;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ensureWebBuilt();
  executor = await testExecutor();
  await wipeGraph(executor);
  const domain = (id: string) =>
    entity(id, 'Domain', { registrable: 'scam-shop.test', tld: 'test' });
  await writeBatch(
    executor,
    [
      {
        ...entity(SRC, 'Source'),
        value: 'e2e-feed',
        display: 'E2E feed',
        tlp: 'GREEN',
        confidence: 100,
        sources: [],
        props: { name: 'E2E feed' },
      },
      domain(WWW),
      domain(M),
      domain(PAY),
      entity(WALLET, 'Wallet', { chain: 'tron' }),
      entity(PHONE, 'Phone', { country: 'GB' }),
    ],
    [link('PAYS_TO', WWW, WALLET), link('CONTACT_FOR', PHONE, WWW), link('PAYS_TO', PAY, WALLET)],
  );
  server = await startTestServer({ limits: { ratePerAddress: 0, ratePerToken: 0 } });
  ({ context, page, errors } = await launch());
  const signIn = await context.request.post(`${server.url}/api/session`, {
    data: { code: await adminSignInCode(server) },
  });
  expect(signIn.status()).toBe(200);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await server?.stop();
  await executor?.driver.close();
});

/** The explorer's loaded and selected ids, as the page exposes them for tests. */
async function explorerState(p: Page) {
  return p.evaluate(() => {
    const x = (
      window as unknown as {
        __scamgraph?: {
          explorer: { graph: { nodes(): string[] }; view: { selected: Set<string> } };
        };
      }
    ).__scamgraph?.explorer;
    return { nodes: x?.graph.nodes() ?? [], selected: [...(x?.view.selected ?? [])] };
  });
}

async function typeInSearch(p: Page, text: string) {
  const box = p.getByRole('combobox', { name: 'Search indicators' });
  await box.fill('');
  await box.focus();
  await p.keyboard.type(text);
  return box;
}

interface ExportJson {
  content: string;
  count: number;
}

/** The server's export of these ids, asked directly (as the admin the browser is signed in as). */
async function serverExport(ids: string[], format: 'STIX' | 'CSV'): Promise<ExportJson> {
  const r = await graphql<{ exportIndicators: ExportJson }>(
    server.url,
    `
      query ($ids: [ID!], $format: ExportFormat!) {
        exportIndicators(ids: $ids, format: $format) {
          content
          count
        }
      }
    `,
    { ids, format },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.exportIndicators;
}

const objectIds = (content: string) =>
  (JSON.parse(content) as { objects: { id: string }[] }).objects.map((o) => o.id);

describe('search box and export selection in Chromium', () => {
  it('lists the hostnames under a pasted registrable domain; arrows move the highlight, Enter opens it', async () => {
    await page.goto(server.url);
    await page.getByText('Paste an indicator to start').waitFor();
    const box = await typeInSearch(page, 'scam-shop[.]test');
    const detected = page.getByTestId('detected');
    await detected.getByText('3 hostnames under it').waitFor();
    expect(await detected.textContent()).toContain('not in the graph');
    await shot(page, 'sel-01-hostnames-detected');
    await page.keyboard.press('Enter');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await results.waitFor();
    const options = results.getByRole('option');
    // Shortest first, before any full-text hit.
    expect((await options.locator('strong').allTextContents()).slice(0, 3)).toEqual([
      'm.scam-shop.test',
      'pay.scam-shop.test',
      'www.scam-shop.test',
    ]);
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('false');
    expect(await box.getAttribute('aria-activedescendant')).toBe('search-result-1');
    await shot(page, 'sel-02-results-highlighted');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('entity') === PAY);
    await page.waitForFunction(
      (id) =>
        (
          window as unknown as { __scamgraph?: { explorer: { view: { selected: Set<string> } } } }
        ).__scamgraph?.explorer.view.selected.has(id),
      PAY,
    );
    await results.waitFor({ state: 'detached' });
  });

  it('opens a recognised value the graph holds on Enter, without a results list', async () => {
    await typeInSearch(page, 'WWW.scam-shop.test');
    await page.keyboard.press('Enter'); // at once: the lookup is asked on Enter if it is not back yet
    await page.waitForURL((u) => u.searchParams.get('entity') === WWW);
    expect(await page.getByRole('listbox', { name: 'Search results' }).count()).toBe(0);
    await page.waitForFunction(
      (id) =>
        (
          window as unknown as { __scamgraph?: { explorer: { view: { selected: Set<string> } } } }
        ).__scamgraph?.explorer.view.selected.has(id),
      WWW,
    );
    await shot(page, 'sel-02b-opened-on-enter');
  });

  it("exports a selection through the server's exporter: the same STIX ids and the same CSV bytes", async () => {
    await page.goto(`${server.url}/?entity=${encodeURIComponent(WWW)}`);
    await page.waitForFunction(
      (ids) => {
        const x = (
          window as unknown as {
            __scamgraph?: { explorer: { graph: { hasNode(n: string): boolean } } };
          }
        ).__scamgraph?.explorer;
        return ids.every((id) => x?.graph.hasNode(id));
      },
      [WWW, WALLET, PHONE],
      { timeout: 20_000 },
    );
    const picks = [WWW, WALLET, PHONE];
    await page.evaluate((ids) => {
      (
        window as unknown as {
          __scamgraph: { explorer: { setSelection(ids: string[]): void } };
        }
      ).__scamgraph.explorer.setSelection(ids);
    }, picks);
    await page.getByRole('region', { name: 'Selection' }).waitFor();
    expect((await explorerState(page)).selected.sort()).toEqual([...picks].sort());
    await shot(page, 'sel-03-selection');

    const [stixDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export STIX' }).click(),
    ]);
    expect(stixDownload.suggestedFilename()).toMatch(/^scamgraph-selection-[0-9a-f]{16}\.json$/);
    const browserBundle = readFileSync((await stixDownload.path())!, 'utf8');
    const server_ = await serverExport(picks, 'STIX');
    const got = objectIds(browserBundle);
    // Every object id, in order, byte for byte: only the bundle's own id differs between two exports.
    expect(got).toEqual(objectIds(server_.content));
    expect(got.length).toBe(server_.count);
    expect(got.some((id) => id.startsWith('relationship--'))).toBe(true);
    expect(got.some((id) => id.startsWith('cryptocurrency-wallet--'))).toBe(true);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(readFileSync((await csvDownload.path())!, 'utf8')).toBe(
      (await serverExport(picks, 'CSV')).content,
    );
    await shot(page, 'sel-04-exported');
    expect(errors).toEqual([]);
  });
});
