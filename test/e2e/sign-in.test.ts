// Sign-in in a real browser, as a new user meets it: open the link printed at first start, see the explorer
// and who is signed in, invite a partner, sign out, sign in with the invitation and with a pasted link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Executor } from '../../server/db/executor.js';
import type { Running } from '../../server/boot.js';
import { issueCode, signInLink } from '../../server/modules/session/one-time-codes.js';
import { startTestServer, testExecutor, wipeGraph } from '../integration/harness.js';
import { ensureWebBuilt, launch, shot } from './browser.js';

let executor: Executor;
let server: Running;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ensureWebBuilt();
  executor = await testExecutor();
  await wipeGraph(executor);
  server = await startTestServer();
  ({ context, page, errors } = await launch());
}, 180_000);

afterAll(async () => {
  await context?.close();
  await server?.stop();
  await executor?.driver.close();
});

const signedIn = (p: Page) => p.getByRole('group', { name: 'Signed in' });
const signInScreen = (p: Page) => p.getByRole('heading', { name: 'Sign in to Scamgraph' });

describe('signing in with the browser', () => {
  let invitation = '';

  it('opens the printed link: the explorer shows the signed-in admin; the cookie is HttpOnly and Strict', async () => {
    expect(server.signInLink).toBeTruthy();
    await page.goto(server.signInLink!);
    await signedIn(page).getByText('admin · Local · admin').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(page.url()).not.toContain('code=');
    await page.getByText('Paste an indicator to start').waitFor();
    await page.getByRole('button', { name: 'Map' }).waitFor();
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'scamgraph_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('scamgraph_session');
    await shot(page, 'signin-admin');
  });

  it('lets the admin invite a partner of a new organisation and shows the link to copy', async () => {
    await signedIn(page).getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite an account' });
    await dialog.getByLabel('Account name').fill('e2e-partner');
    await dialog.getByLabel('Organisation').selectOption({ label: 'New organisation…' });
    await dialog.getByLabel("New organisation's name").fill('E2E Partner Org');
    await dialog.getByLabel('Role').selectOption({ label: 'partner' });
    await dialog.getByRole('button', { name: 'Create invitation' }).click();
    const link = dialog.getByLabel('Invitation link');
    await link.waitFor();
    invitation = await link.inputValue();
    expect(invitation).toMatch(new RegExp(`^${server.url}/signin\\?code=[A-Za-z0-9_-]{43}$`));
    await shot(page, 'signin-invite');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('signs out to the sign-in screen, which explains where links come from', async () => {
    await signedIn(page).getByRole('button', { name: 'Sign out' }).click();
    await signInScreen(page).waitFor();
    await page.getByText('npx scamgraph signin-link').waitFor();
    expect((await context.cookies()).some((c) => c.name === 'scamgraph_session')).toBe(false);
    // Reloading keeps the sign-in screen: the session is gone on the server too.
    await page.goto(server.url);
    await signInScreen(page).waitFor();
    await shot(page, 'signin-screen');
  });

  it('refuses the used first link, and signs the partner in with the invitation', async () => {
    await page.goto(server.signInLink!);
    await page.getByRole('alert').getByText('used already').waitFor();
    await page.goto(invitation);
    await signedIn(page).getByText('e2e-partner · E2E Partner Org · partner').waitFor();
    expect(await signedIn(page).getByRole('button', { name: 'Invite' }).count()).toBe(0);
  });

  it('takes a pasted sign-in link on the sign-in screen', async () => {
    await signedIn(page).getByRole('button', { name: 'Sign out' }).click();
    await signInScreen(page).waitFor();
    const { code } = await issueCode(executor, 'user:admin', 'signin');
    await page.getByLabel('Sign-in link or code').fill(signInLink(server.url, code));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signedIn(page).getByText('admin · Local · admin').waitFor();
    expect(errors).toEqual([]);
  });
});
