// The explorer in a real browser against the real server and Neo4j, as an investigator uses it:
// search a seeded domain, expand it, open its details, load its cluster, select nodes and export them.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Dialog, Page } from 'playwright-core';
import type { Executor } from '../../server/db/executor.js';
import { loadDemoStore } from '../integration/demo-store.js';
import {
  adminSignInCode,
  startTestServer,
  testExecutor,
  type TestServer,
} from '../integration/harness.js';
import { ensureWebBuilt, launch, shot } from './browser.js';

let executor: Executor;
let server: TestServer;
let context: BrowserContext;
let page: Page;
let errors: string[];
let domain: string;

beforeAll(async () => {
  ensureWebBuilt();
  executor = await testExecutor();
  await loadDemoStore(executor);
  server = await startTestServer();
  const rows = await executor.read({
    cypher: `MATCH (d:Domain)-[:PAYS_TO]->(:Wallet), (d)<-[:CONTACT_FOR]-(:Phone), (d)-[:OPERATED_FROM]->(:Compound)
             RETURN d.value AS value ORDER BY value LIMIT 1`,
  });
  domain = String(rows[0]?.value);
  ({ context, page, errors } = await launch());
  // Signed in as the admin, as the printed sign-in link does (the session cookie lands in the browser).
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

/** The explorer's state as the page exposes it for tests. */
async function graphState(p: Page) {
  return p.evaluate(() => {
    const w = window as unknown as {
      __scamgraph?: {
        explorer: {
          graph: { order: number; nodes(): string[] };
          loading: string | null;
          view: { selected: Set<string> };
        };
      };
    };
    const x = w.__scamgraph?.explorer;
    return {
      order: x?.graph.order ?? 0,
      loading: x?.loading ?? null,
      selected: [...(x?.view.selected ?? [])],
    };
  });
}

/** Waits for loads and the layout to finish. */
async function settled(p: Page) {
  await p.waitForFunction(
    () => !document.querySelector('.overlay-status') && !document.querySelector('.layout-status'),
    null,
    { timeout: 20_000 },
  );
  await p.waitForTimeout(400); // the camera's fit animation
}

/** Where a node is drawn, in page coordinates. */
async function nodePoint(p: Page, id: string): Promise<{ x: number; y: number }> {
  return p.evaluate((nodeId) => {
    const sigma = (
      window as unknown as {
        __scamgraphSigma: {
          getNodeDisplayData(n: string): { x: number; y: number };
          framedGraphToViewport(c: { x: number; y: number }): { x: number; y: number };
          getContainer(): HTMLElement;
        };
      }
    ).__scamgraphSigma;
    // Display data is in sigma's normalized ("framed") space.
    const vp = sigma.framedGraphToViewport(sigma.getNodeDisplayData(nodeId));
    const r = sigma.getContainer().getBoundingClientRect();
    return { x: r.left + vp.x, y: r.top + vp.y };
  }, id);
}

/**
 * Zooms in on a node (so that no other node covers it) and returns where it is drawn, once sigma has drawn
 * a frame at the new camera: clicks are picked against the last frame, and software WebGL can be slow.
 */
async function centerOn(p: Page, id: string): Promise<{ x: number; y: number }> {
  await p.evaluate(
    (nodeId) =>
      new Promise<void>((resolve) => {
        const sigma = (
          window as unknown as {
            __scamgraphSigma: {
              getNodeDisplayData(n: string): { x: number; y: number };
              getCamera(): { setState(s: object): void };
              once(event: 'afterRender', listener: () => void): void;
            };
          }
        ).__scamgraphSigma;
        const d = sigma.getNodeDisplayData(nodeId);
        sigma.once('afterRender', () => resolve());
        sigma.getCamera().setState({ x: d.x, y: d.y, ratio: 0.1 });
        setTimeout(resolve, 3_000);
      }),
    id,
  );
  // Longer than sigma's double-click window, so that clicks on two nodes are not taken for a double-click.
  await p.waitForTimeout(400);
  return nodePoint(p, id);
}

/** Clicks a node where it is drawn (shift adds to the selection) and waits until it is selected. */
async function clickNode(p: Page, id: string, shift: boolean): Promise<boolean> {
  const at = await centerOn(p, id);
  if (shift) await p.keyboard.down('Shift');
  await p.mouse.click(at.x, at.y);
  if (shift) await p.keyboard.up('Shift');
  return p
    .waitForFunction(
      (nodeId) =>
        (
          window as unknown as { __scamgraph: { explorer: { view: { selected: Set<string> } } } }
        ).__scamgraph.explorer.view.selected.has(nodeId),
      id,
      { timeout: 5_000 },
    )
    .then(
      () => true,
      () => false,
    );
}

/** Ids of loaded nodes of a kind (by id prefix). */
async function nodesOfKind(p: Page, prefix: string): Promise<string[]> {
  return p.evaluate((pre) => {
    const x = (window as unknown as { __scamgraph: { explorer: { graph: { nodes(): string[] } } } })
      .__scamgraph.explorer;
    return x.graph.nodes().filter((n) => n.startsWith(pre));
  }, prefix);
}

describe('the explorer in Chromium', () => {
  it('searches a pasted, defanged domain, shows what it was recognised as, and opens it', async () => {
    await page.goto(server.url);
    await page.getByRole('status').filter({ hasText: 'DEMO DATA' }).waitFor();
    await page.getByText('Paste an indicator to start').waitFor();
    await shot(page, '01-home');
    await page.keyboard.press('/');
    await page.keyboard.type(domain.toUpperCase().replace(/\./g, '[.]'));
    const detected = page.getByTestId('detected');
    await detected.getByText(domain, { exact: true }).waitFor();
    expect(await detected.textContent()).toContain('Domain');
    await shot(page, '02-search-detected');
    // A recognised value that the graph holds opens at once (test/e2e/export-selection.test.ts: results).
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?entity=domain/);
    await settled(page);
    const state = await graphState(page);
    expect(state.order).toBeGreaterThan(3);
    expect(state.selected).toEqual([`domain:${domain}`]);
    await page.getByRole('region', { name: 'Details' }).getByText('Sources').waitFor();
    await shot(page, '04-entity');
  });

  it('expands a neighbour on double-click and shows its details on click', async () => {
    const before = (await graphState(page)).order;
    // The neighbour with the most links not loaded yet.
    const target = await page.evaluate((root) => {
      const g = (
        window as unknown as {
          __scamgraph: {
            explorer: {
              graph: {
                nodes(): string[];
                degree(n: string): number;
                getNodeAttribute(n: string, a: 'entity'): { degree: number; kind: string };
              };
            };
          };
        }
      ).__scamgraph.explorer.graph;
      const candidates = g
        .nodes()
        .filter((n) => n !== root && g.getNodeAttribute(n, 'entity').kind !== 'SOURCE');
      candidates.sort(
        (a, b) =>
          g.getNodeAttribute(b, 'entity').degree -
          g.degree(b) -
          (g.getNodeAttribute(a, 'entity').degree - g.degree(a)),
      );
      return candidates[0]!;
    }, `domain:${domain}`);
    const at = await centerOn(page, target);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __scamgraph: { explorer: { graph: { order: number } } } })
          .__scamgraph.explorer.graph.order > n,
      before,
      { timeout: 15_000 },
    );
    await settled(page);
    await shot(page, '05-expanded');
    const d = await centerOn(page, `domain:${domain}`);
    await page.mouse.click(d.x, d.y);
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: domain }).waitFor();
    const text = (await details.textContent()) ?? '';
    expect(text).toMatch(/TLP:/);
    expect(text).toMatch(/confidence/);
    expect(text).toMatch(/first seen/);
    expect(text).toMatch(/Wallet/);
    await shot(page, '06-details');
  });

  it('loads the cluster with a summary, communities and the truncated flag', async () => {
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Show cluster' })
      .click();
    await page.waitForURL(/\?cluster=domain/);
    const summary = page.getByRole('region', { name: 'Cluster summary' });
    await summary.waitFor();
    await settled(page);
    expect(await summary.textContent()).toMatch(/communities/);
    expect(await summary.textContent()).toMatch(/Compounds \(\d+\)/);
    expect((await graphState(page)).order).toBeGreaterThan(10);
    await shot(page, '07-cluster');
  });

  it('selects nodes with click and shift-click and exports them as CSV and STIX', async () => {
    const picks = [
      `domain:${domain}`,
      (await nodesOfKind(page, 'wallet:'))[0]!,
      (await nodesOfKind(page, 'phone:'))[0]!,
    ];
    // Nodes move while ForceAtlas2 runs and the camera then animates to fit: click once all is still.
    await page.getByText('Laying out…').waitFor({ state: 'hidden', timeout: 30_000 });
    await page.waitForTimeout(500);
    // Select by clicking where each node is drawn (shift adds). A click that the slow software renderer
    // picked against a stale frame is tried once more; the selection is then checked as a whole.
    for (const [i, id] of picks.entries()) {
      if (!(await clickNode(page, id, i > 0))) await clickNode(page, id, i > 0);
    }
    const selected = (await graphState(page)).selected;
    expect(selected.sort(), `clicked ${picks.join(' ')}`).toEqual([...picks].sort());
    await page.getByRole('region', { name: 'Selection' }).waitFor();
    await shot(page, '08-selection');

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    // The server's CSV writer (docs/exports.md), one row per indicator.
    expect(lines[0]).toBe('kind,value,display,tlp,confidence,first_seen,last_seen,sources,cluster');
    expect(lines).toHaveLength(4);
    const rows = parse(csv, { columns: true }) as { kind: string; value: string }[];
    expect(rows.map((r) => `${r.kind}:${r.value}`).sort()).toEqual([...picks].sort());

    const [stixDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export STIX' }).click(),
    ]);
    const bundle = JSON.parse(readFileSync((await stixDownload.path())!, 'utf8')) as {
      type: string;
      objects: { type: string; value?: string; pattern?: string }[];
    };
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects.find((o) => o.type === 'domain-name')?.value).toBe(domain);
    expect(bundle.objects.some((o) => o.type === 'cryptocurrency-wallet')).toBe(true);
    expect(bundle.objects.some((o) => o.type === 'phone-number')).toBe(true);
    expect(bundle.objects.some((o) => o.pattern === `[domain-name:value = '${domain}']`)).toBe(
      true,
    );
    await shot(page, '09-exported');

    // Server side: the selection saved as an indicator set, and exported by the server as a MISP event.
    const names = ['E2E selection (MISP)', 'E2E selection (set)'];
    const onDialog = (d: Dialog) => void d.accept(names.shift());
    page.on('dialog', onDialog);
    const [mispDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'MISP' }).click(),
    ]);
    const misp = JSON.parse(readFileSync((await mispDownload.path())!, 'utf8')) as {
      Event: { info: string; Attribute?: { value: string }[]; Object?: unknown[] };
    };
    expect(misp.Event.info).toContain('E2E selection (MISP)');
    expect(JSON.stringify(misp)).toContain(domain);
    await page.getByRole('button', { name: 'Save set' }).click();
    await page.getByText('Saved "E2E selection (set)"').waitFor();
    page.off('dialog', onDialog);
    await shot(page, '09b-saved-set');
  });

  it('finds a path from a deep link, and back/forward restore the views', async () => {
    const wallet = (await nodesOfKind(page, 'wallet:'))[0]!;
    const compound = (await nodesOfKind(page, 'compound:'))[0]!;
    await page.goto(
      `${server.url}/?path=${encodeURIComponent(wallet)}&path=${encodeURIComponent(compound)}`,
    );
    const panel = page.getByRole('region', { name: 'Shortest path' });
    await panel.waitFor();
    await settled(page);
    expect(await panel.textContent()).toMatch(/\d+ links/);
    expect(await panel.textContent()).toMatch(/confidence \d+/);
    await shot(page, '10-path');
    await page.getByRole('button', { name: 'Map' }).click();
    await page.getByRole('img', { name: 'Map of compounds' }).waitFor();
    await shot(page, '11-map');
    await page.goBack();
    await page.getByRole('region', { name: 'Shortest path' }).waitFor();
    await page.goForward();
    await page.getByRole('img', { name: 'Map of compounds' }).waitFor();
    expect(errors).toEqual([]);
  });
});
