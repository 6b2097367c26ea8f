// The Content-Security-Policy in a real browser: the explorer (sigma's WebGL, the layout's blob: worker, the
// map page) and the bundled GraphQL IDE run under it without a single violation, and the pages cannot be framed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Executor } from '../../server/db/executor.js';
import {
  adminHeaders,
  adminSignInCode,
  startTestServer,
  testExecutor,
  wipeGraph,
  type TestServer,
} from '../integration/harness.js';
import { ensureWebBuilt, launch, shot } from './browser.js';

let executor: Executor;
let server: TestServer;
let context: BrowserContext;
let page: Page;
let errors: string[];
const domain = 'csp-check.example';
/** Console messages of every level that mention the CSP, and any console error. */
const console_: string[] = [];

beforeAll(async () => {
  ensureWebBuilt();
  executor = await testExecutor();
  await wipeGraph(executor);
  server = await startTestServer();
  // A small linked neighbourhood, uploaded as a partner would (a typed body passes the CSRF rule).
  const upload = await fetch(`${server.url}/api/ingest?format=csv&source=CSP%20test`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', ...(await adminHeaders(server.url)) },
    body:
      'domain,wallet,phone,email,url\r\n' +
      `${domain},bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq,+44 7700 900456,desk@${domain},https://pay.${domain}/deposit\r\n`,
  });
  expect(upload.status).toBe(200);
  ({ context, page, errors } = await launch());
  // Signed in as the admin, as the printed sign-in link does (the session cookie lands in the browser).
  const signIn = await context.request.post(`${server.url}/api/session`, {
    data: { code: await adminSignInCode(server) },
  });
  expect(signIn.status()).toBe(200);
  // Collected in every document (and reported by workers to their page) from the first script on.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text()))
      console_.push(`${m.type()}: ${m.text()}`);
  });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await server?.stop();
  await executor?.driver.close();
});

async function violations(p: Page): Promise<string[]> {
  return p.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

describe('the CSP in Chromium', () => {
  it('lets the explorer load an entity, lay it out in its worker and draw it, with no violation', async () => {
    const response = await page.goto(
      `${server.url}/?entity=${encodeURIComponent(`domain:${domain}`)}`,
    );
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.waitForFunction(
      () => {
        const x = (
          window as unknown as { __scamgraph?: { explorer: { graph: { order: number } } } }
        ).__scamgraph?.explorer;
        return (x?.graph.order ?? 0) > 3 && !document.querySelector('.layout-status');
      },
      null,
      { timeout: 60_000 },
    );
    await page.getByRole('region', { name: 'Details' }).getByText('Sources').waitFor();
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    await page.goto(`${server.url}/?view=map`);
    await page.getByRole('heading', { name: /compounds/ }).waitFor({ timeout: 30_000 });
    await shot(page, 'csp-explorer');
    expect(await violations(page)).toEqual([]);
    expect(console_).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('lets the GraphQL IDE load, introspect and run a query, with no violation', async () => {
    await page.goto(`${server.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page
      .locator('.result-window')
      .getByText('totalNodes', { exact: false })
      .waitFor({ timeout: 40_000 });
    await page.waitForTimeout(500);
    await shot(page, 'csp-graphiql');
    expect(await violations(page)).toEqual([]);
    expect(console_).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);

  it('refuses to be framed by another page', async () => {
    const frames: string[] = [];
    page.on('console', (m) => frames.push(m.text()));
    await page.setContent(`<iframe src="${server.url}/" width="400" height="300"></iframe>`);
    await page.waitForTimeout(1_500);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    const body = await framed?.evaluate(() => document.body?.innerHTML ?? '').catch(() => '');
    expect(body ?? '').not.toContain('id="root"');
  });
});
