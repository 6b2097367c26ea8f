// The dashboard and the cluster page in a real browser against the real server and Neo4j, on the demo data:
// figures equal `estimates`, a figure and a bar open the entities behind them, the time slider changes the
// compounds' statuses, the country filter narrows the figures, a largest cluster opens with its history,
// and an old `?cluster=<entity id>` link still works. Screenshots: test-output/dashboard/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Executor } from '../../server/db/executor.js';
import { loadDemoStore } from '../integration/demo-store.js';
import {
  adminSignInCode,
  graphql,
  startTestServer,
  testExecutor,
  type TestServer,
} from '../integration/harness.js';
import { ROOT, ensureWebBuilt, launch } from './browser.js';

const SHOTS = path.join(ROOT, 'test-output/dashboard');

let executor: Executor;
let server: TestServer;
let context: BrowserContext;
let page: Page;
let errors: string[];

interface Figure {
  key: string;
  label: string;
  unit: string;
  value: number;
  low: number;
  high: number;
  entityIds: string[];
}
interface Point {
  period: string;
  value: number;
  entityIds: string[];
}
interface Timeline {
  id: string;
  country: string | null;
  lat: number | null;
  history: { status: string; since: string }[];
}
interface Estimates {
  figures: Figure[];
  victimsByMonth: { points: Point[] };
  compounds: Timeline[];
  compoundsByCountry: { country: string; total: number; entityIds: string[] }[];
}
interface ClusterRow {
  id: string;
  name: string;
  size: number;
}

const cache = new Map<string, Promise<Estimates>>();

/** `estimates` as the API answers the admin (once per filter: each takes seconds). */
function estimates(filter: Record<string, string> = {}): Promise<Estimates> {
  const key = JSON.stringify(filter);
  if (!cache.has(key)) cache.set(key, askEstimates(filter));
  return cache.get(key)!;
}

async function askEstimates(filter: Record<string, string>): Promise<Estimates> {
  const r = await graphql<{ estimates: Estimates }>(
    server.url,
    `
      query ($filter: EstimateFilter) {
        estimates(filter: $filter) {
          figures {
            key
            label
            unit
            value
            low
            high
            entityIds
          }
          victimsByMonth {
            points {
              period
              value
              entityIds
            }
          }
          compounds {
            id
            country
            lat
            history {
              status
              since
            }
          }
          compoundsByCountry {
            country
            total
            entityIds
          }
        }
      }
    `,
    { filter },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.estimates;
}

async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

/** The dashboard as shown once the figures have loaded. */
async function dashboardReady(p: Page) {
  await p.getByRole('region', { name: 'Figures' }).waitFor({ timeout: 180_000 });
  await p.waitForFunction(
    () => document.querySelector('.dashboard-main')?.getAttribute('aria-busy') === 'false',
    null,
    { timeout: 180_000 },
  );
}

/** How the dashboard writes a figure's value (components/dashboard/format.ts). */
const shown = (f: Figure) =>
  f.unit === 'USD'
    ? `$${Math.round(f.value).toLocaleString('en-US')}`
    : Math.round(f.value).toLocaleString('en-US');

/** A compound's status at the end of a month, written out here independently of the page's code. */
function statusAtEnd(c: Timeline, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10); // the 1st of the next month
  const before = c.history.filter((h) => h.since.slice(0, 10) < end);
  before.sort((a, b) =>
    a.since.slice(0, 10) < b.since.slice(0, 10)
      ? -1
      : a.since.slice(0, 10) > b.since.slice(0, 10)
        ? 1
        : 0,
  );
  return before.at(-1)?.status ?? 'not yet reported';
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t0 = Date.now();
  const step = (what: string) => console.log(`[dashboard e2e] ${what} after ${Date.now() - t0} ms`);
  ensureWebBuilt();
  step('web built');
  executor = await testExecutor();
  await loadDemoStore(executor);
  step('demo loaded');
  // Estimates over the whole demo graph take seconds, many more when other test runs share the two cores.
  server = await startTestServer({ limits: { deadlineMs: 180_000 } });
  step('server started');
  ({ context, page, errors } = await launch());
  page.setDefaultTimeout(120_000);
  const signIn = await context.request.post(`${server.url}/api/session`, {
    data: { code: await adminSignInCode(server) },
  });
  expect(signIn.status()).toBe(200);
}, 600_000);

afterAll(async () => {
  await context?.close();
  await server?.stop();
  await executor?.driver.close();
});

describe('the dashboard in Chromium', { timeout: 400_000 }, () => {
  it('opens from the navigation and shows the figures that `estimates` gives', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Dashboard' }).click();
    await page.waitForURL(/\?view=dashboard/);
    await dashboardReady(page);
    const est = await estimates();
    expect(est.figures.length).toBeGreaterThanOrEqual(8);
    for (const f of est.figures) {
      const card = page.locator(`.figure-card[data-key="${f.key}"]`);
      expect(Number(await card.getAttribute('data-value')), f.key).toBe(f.value);
      expect(Number(await card.getAttribute('data-low')), f.key).toBe(f.low);
      expect(Number(await card.getAttribute('data-high')), f.key).toBe(f.high);
      expect(await card.locator('.figure-value').textContent(), f.key).toBe(shown(f));
    }
    // The demo data makes every headline figure meaningful.
    for (const key of ['compounds.total', 'victims', 'losses.usd'])
      expect(est.figures.find((f) => f.key === key)?.value, key).toBeGreaterThan(0);
    await page.waitForSelector('.trend .recharts-bar-rectangle');
    await shot(page, '01-dashboard');
    await page.locator('.compounds-panel').scrollIntoViewIfNeeded();
    await shot(page, '02-dashboard-compounds');
    await page.locator('.cluster-lists').scrollIntoViewIfNeeded();
    await shot(page, '03-dashboard-clusters');
  });

  it('opens the entities behind a figure, and one of them in the explorer', async () => {
    const victims = (await estimates()).figures.find((f) => f.key === 'victims')!;
    await page.locator('.dashboard-main').evaluate((e) => e.scrollTo(0, 0));
    await page.locator('.figure-card[data-key="victims"] .figure-value').click();
    await page.waitForURL(/drill=figure%3Avictims/);
    const panel = page.getByRole('complementary', { name: 'Entities behind' });
    await panel.waitFor();
    expect(await panel.getByTestId('drill-count').textContent()).toContain(
      String(victims.entityIds.length),
    );
    const firstId = victims.entityIds[0]!;
    const first = panel.locator(`li[data-id="${firstId}"]`);
    await first.locator('.kind-badge').waitFor();
    expect(await first.textContent()).toContain('Victim report');
    await shot(page, '04-drill-figure');
    await first.getByRole('button').first().click();
    await page.waitForURL(/\?entity=/);
    expect(decodeURIComponent(page.url())).toContain(firstId);
    await page.getByRole('region', { name: 'Details' }).waitFor();
    await shot(page, '05-drill-entity');
    await page.goBack();
    await dashboardReady(page);
  });

  it('opens the entities behind a month of the victims chart', async () => {
    const points = (await estimates()).victimsByMonth.points;
    expect(points.length).toBeGreaterThan(1);
    const i = points.reduce((best, p, j) => (p.value > points[best]!.value ? j : best), 0);
    const bars = page.locator('.trend[data-series="victimsByMonth"] .recharts-bar-rectangle');
    await bars.nth(i).waitFor();
    await bars.nth(i).click();
    await page.waitForURL(new RegExp(`drill=series%3AvictimsByMonth%3A${points[i]!.period}`));
    const panel = page.getByRole('complementary', { name: 'Entities behind' });
    expect(await panel.getByRole('heading').textContent()).toContain(points[i]!.period);
    expect(await panel.getByTestId('drill-count').textContent()).toContain(
      String(points[i]!.entityIds.length),
    );
    await panel.locator('li .kind-badge').first().waitFor();
    await shot(page, '06-drill-month');
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((u) => !u.search.includes('drill='));
  });

  it('moves the time slider and the compounds change status', async () => {
    const est = await estimates();
    const located = est.compounds.filter((c) => c.lat !== null);
    const slider = page.getByRole('slider', { name: 'Month' });
    await slider.scrollIntoViewIfNeeded();
    const statuses = () =>
      page.$$eval('.compounds-panel .compound', (gs) =>
        gs.map((g) => g.getAttribute('data-status') ?? ''),
      );
    const latestMonth = (await page.getByTestId('slider-month').textContent())!;
    const atEnd = await statuses();
    expect(atEnd).toHaveLength(located.length);
    expect(atEnd.sort()).toEqual(located.map((c) => statusAtEnd(c, latestMonth)).sort());
    await shot(page, '07-slider-latest');
    // Back to the first month, then to a month in the middle: the map follows each compound's history.
    await slider.focus();
    await page.keyboard.press('Home');
    const firstMonth = (await page.getByTestId('slider-month').textContent())!;
    expect(firstMonth < latestMonth).toBe(true);
    const atStart = await statuses();
    expect(atStart.sort()).toEqual(located.map((c) => statusAtEnd(c, firstMonth)).sort());
    expect(atStart).not.toEqual(atEnd);
    const max = Number(await slider.getAttribute('max'));
    await slider.fill(String(Math.floor(max / 2)));
    const midMonth = (await page.getByTestId('slider-month').textContent())!;
    const atMid = await statuses();
    expect(atMid.sort()).toEqual(located.map((c) => statusAtEnd(c, midMonth)).sort());
    await shot(page, '08-slider-middle');
    // The per-status counts under the map match the map.
    const raided = atMid.filter((s) => s === 'raided').length;
    expect(
      await page.locator('.status-counts button[data-status="raided"] strong').textContent(),
    ).toBe(String(raided));
  });

  it('filters by country', async () => {
    const all = await estimates();
    const top = [...all.compoundsByCountry].sort((a, b) => b.total - a.total)[0]!;
    await page.locator('.dashboard-main').evaluate((e) => e.scrollTo(0, 0));
    await page.getByLabel('Country', { exact: true }).selectOption(top.country);
    await page.waitForURL(new RegExp(`country=${top.country}`));
    await dashboardReady(page);
    const filtered = await estimates({ country: top.country });
    const total = filtered.figures.find((f) => f.key === 'compounds.total')!;
    expect(total.value).toBe(top.total);
    await page.waitForFunction(
      ([v]) =>
        document
          .querySelector('.figure-card[data-key="compounds.total"]')
          ?.getAttribute('data-value') === v,
      [String(total.value)],
    );
    for (const f of filtered.figures)
      expect(
        Number(await page.locator(`.figure-card[data-key="${f.key}"]`).getAttribute('data-value')),
        f.key,
      ).toBe(f.value);
    expect(await page.locator('.compounds-by-country tr').count()).toBe(1);
    await shot(page, '09-country-filter');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((u) => !u.search.includes('country='));
    await dashboardReady(page);
  });

  it('filters by period: the chosen months are asked as whole months', async () => {
    const points = (await estimates()).victimsByMonth.points;
    const from = points[Math.floor(points.length / 2)]!.period;
    await page.getByLabel('From month').selectOption(from);
    await page.waitForURL(new RegExp(`from=${from}`));
    await dashboardReady(page);
    const filtered = await estimates({ from: `${from}-01` });
    const victims = filtered.figures.find((f) => f.key === 'victims')!;
    const all = (await estimates()).figures.find((f) => f.key === 'victims')!;
    expect(victims.value).toBeLessThan(all.value);
    await page.waitForFunction(
      ([v]) =>
        document.querySelector('.figure-card[data-key="victims"]')?.getAttribute('data-value') ===
        v,
      [String(victims.value)],
    );
    const bars = page.locator('.trend[data-series="victimsByMonth"] .recharts-bar-rectangle');
    expect(await bars.count()).toBe(filtered.victimsByMonth.points.length);
    await shot(page, '09b-period-filter');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((u) => !u.search.includes('from='));
    await dashboardReady(page);
  });

  it('opens a largest cluster with its history, members graph and the evidence between two members', async () => {
    const r = await graphql<{ clusters: { nodes: ClusterRow[] } }>(
      server.url,
      '{ clusters(orderBy: SIZE_DESC, first: 5) { nodes { id name size } } }',
    );
    expect(r.errors).toBeUndefined();
    const largest = r.data!.clusters.nodes[0]!;
    const list = page.getByRole('region', { name: 'Clusters: Largest' });
    await list.scrollIntoViewIfNeeded();
    await list.locator(`[data-cluster="${largest.id}"]`).click();
    await page.waitForURL(new RegExp(`\\?cluster=${largest.id}`));
    const head = page.getByRole('region', { name: 'Cluster', exact: true });
    await head.getByRole('heading', { name: largest.name }).waitFor();
    expect(await head.textContent()).toContain(`${largest.size.toLocaleString('en-US')} members`);
    const history = page.getByRole('region', { name: 'Cluster history' });
    await history.locator('li').first().waitFor();
    expect(await history.textContent()).toMatch(/CREATED/);
    await page.waitForFunction(
      () =>
        ((window as unknown as { __scamgraph?: { explorer: { graph: { order: number } } } })
          .__scamgraph?.explorer.graph.order ?? 0) > 1,
      null,
      { timeout: 30_000 },
    );
    await page.getByText('Laying out…').waitFor({ state: 'hidden', timeout: 30_000 });
    await shot(page, '10-cluster');

    // Rename (the admin may), and the history says so.
    await head.getByRole('button', { name: 'Rename' }).click();
    const newName = `E2E Harbour Watch ${Date.now() % 100_000}`;
    await head.getByLabel('Cluster name').fill(newName);
    await head.getByRole('button', { name: 'Save' }).click();
    await head.getByRole('heading', { name: newName }).waitFor();
    await history.getByText('RENAMED').first().waitFor();

    // Two members selected: why they belong together.
    const pair = await page.evaluate(() => {
      const x = (
        window as unknown as {
          __scamgraph: {
            explorer: {
              graph: { nodes(): string[]; neighbors(n: string): string[] };
              setSelection(ids: string[]): void;
            };
          };
        }
      ).__scamgraph.explorer;
      const a = x.graph
        .nodes()
        .find((n) => !n.startsWith('source:') && x.graph.neighbors(n).length > 0)!;
      const b = x.graph.neighbors(a).find((n) => !n.startsWith('source:'))!;
      x.setSelection([a, b]);
      return [a, b];
    });
    const explain = page.getByRole('region', { name: 'Explain link' });
    await explain.getByRole('button', { name: 'Explain the link' }).click();
    await explain.getByTestId('explain-message').waitFor();
    expect(await explain.locator('.steps li').count()).toBeGreaterThan(0);
    expect(await explain.textContent()).toMatch(/TLP:/);
    expect(pair).toHaveLength(2);
    await shot(page, '11-cluster-explain');
  });

  it('still opens an old ?cluster=<entity id> link, as that entity’s cluster', async () => {
    const rows = await executor.read({
      cypher: `MATCH (d:Domain)-[:PAYS_TO]->(:Wallet), (d)-[:OPERATED_FROM]->(:Compound) RETURN d.id AS id ORDER BY id LIMIT 1`,
    });
    const entityId = String(rows[0]?.id);
    const r = await graphql<{ clusterOf: ClusterRow | null }>(
      server.url,
      'query($id: ID!) { clusterOf(entityId: $id) { id name size } }',
      { id: entityId },
    );
    expect(r.errors).toBeUndefined();
    const cluster = r.data!.clusterOf!;
    await page.goto(`${server.url}/?cluster=${encodeURIComponent(entityId)}`);
    const head = page.getByRole('region', { name: 'Cluster', exact: true });
    await head.getByRole('heading', { name: cluster.name }).waitFor({ timeout: 30_000 });
    expect(await head.textContent()).toContain(cluster.id);
    await page.getByRole('region', { name: 'Details' }).waitFor({ timeout: 30_000 });
    const selected = await page.evaluate(() => [
      ...(window as unknown as { __scamgraph: { explorer: { view: { selected: Set<string> } } } })
        .__scamgraph.explorer.view.selected,
    ]);
    expect(selected).toEqual([entityId]);
    await page.getByText('Laying out…').waitFor({ state: 'hidden', timeout: 30_000 });
    await shot(page, '12-old-cluster-link');
    expect(errors).toEqual([]);
  });
});
