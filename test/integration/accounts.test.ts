// Organisations, accounts and account tokens: the CLI as a new user runs it, and the rules tokens follow
// (clearance at most the account's, expiry, disabled accounts, last use), checked through TAXII.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import {
  createAccount,
  createOrg,
  disableAccount,
  listAccounts,
} from '../../server/modules/accounts/accounts-service.js';
import {
  contextForToken,
  createToken,
  listTokens,
} from '../../server/modules/auth/token-service.js';
import { startTestServer, testUri } from './harness.js';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/scamgraph.js');

let server: Running;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

/** Runs the real CLI against the test Neo4j; resolves with its output and exit code. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, NEO4J_URI: testUri(), NEO4J_PASSWORD: '' },
      timeout: 60_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const discovery = (token: string) =>
  fetch(`${server.url}/taxii2/`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/taxii+json;version=2.1' },
  });

describe('the CLI for organisations, accounts and tokens', () => {
  it('creates an organisation, an account and a token a partner can use at once', async () => {
    const org = await cli('org', 'create', 'Mekong Telco (test)', '--json');
    expect(org.code).toBe(0);
    expect(JSON.parse(org.stdout)).toMatchObject({ id: 'member:mekong-telco-test' });

    const again = await cli('org', 'create', 'Mekong Telco (test)');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already/);

    const account = await cli(
      'account',
      'create',
      'telco-feed',
      '--org',
      'Mekong Telco (test)',
      '--role',
      'partner',
      '--clearance',
      'AMBER',
      '--json',
    );
    expect(account.code).toBe(0);
    expect(JSON.parse(account.stdout)).toMatchObject({
      name: 'telco-feed',
      role: 'partner',
      clearance: 'AMBER',
      orgName: 'Mekong Telco (test)',
    });

    const made = await cli(
      'token',
      'create',
      '--account',
      'telco-feed',
      '--clearance',
      'GREEN',
      '--expires',
      '30',
      '--json',
    );
    expect(made.code).toBe(0);
    const token = JSON.parse(made.stdout) as {
      token: string;
      clearance: string;
      expiresAt: string;
    };
    expect(token.clearance).toBe('GREEN');
    expect(Date.parse(token.expiresAt)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect((await discovery(token.token)).status).toBe(200);

    const listed = await cli('token', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('telco-feed@mekong-telco-test');
    expect(listed.stdout).not.toContain(token.token);

    const orgs = JSON.parse((await cli('org', 'list', '--json')).stdout) as { name: string }[];
    expect(orgs.map((o) => o.name)).toContain('Mekong Telco (test)');
    const help = await cli('account', 'create', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--role <role>/);
  }, 120_000);

  it('names the field and reason for bad input, exits 1, and prints JSON with --json', async () => {
    const role = await cli('account', 'create', 'x1', '--org', 'nowhere', '--role', 'king');
    expect(role.code).toBe(1);
    expect(role.stderr).toMatch(/role must be one of admin, analyst, partner, viewer/);
    const org = await cli('account', 'create', 'x1', '--org', 'no such org', '--role', 'viewer');
    expect(org.code).toBe(1);
    expect(org.stderr).toMatch(/No organisation "no such org"/);
  }, 60_000);
});

describe('account tokens', () => {
  it('read at most their account clearance, and stop with expiry or a disabled account', async () => {
    const executor = server.executor;
    await createOrg(executor, 'River NGO (test)');
    await createAccount(executor, {
      name: 'river-analyst',
      org: 'River NGO (test)',
      role: 'analyst',
      clearance: 'AMBER',
    });
    await expect(
      createToken(executor, { account: 'river-analyst', clearance: 'RED' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'clearance' } });

    const own = await createToken(executor, { account: 'river-analyst' });
    expect(own.clearance).toBe('AMBER');
    expect(await contextForToken(executor, own.token)).toMatchObject({
      caller: 'user:river-analyst',
      organisation: 'river-ngo-test',
      clearance: 'AMBER',
      roles: ['analyst'],
    });
    expect((await discovery(own.token)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const used = (await listTokens(executor)).find((t) => t.id === own.id);
    expect(used?.lastUsedAt).toBeTruthy();

    const expiring = await createToken(executor, { account: 'river-analyst', expiresDays: 1 });
    expect((await discovery(expiring.token)).status).toBe(200);
    await executor.write({
      cypher: 'MATCH (t:ApiToken {id: $id}) SET t.expiresAt = $past',
      params: { id: expiring.id, past: new Date(Date.now() - 1000).toISOString() },
    });
    expect((await discovery(expiring.token)).status).toBe(401);

    await disableAccount(executor, 'river-analyst');
    expect((await discovery(own.token)).status).toBe(401);
    expect((await listAccounts(executor)).find((a) => a.name === 'river-analyst')).toMatchObject({
      disabled: true,
    });
    await expect(createToken(executor, { account: 'river-analyst' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { reason: 'DISABLED' },
    });
  });

  it('an organisation shorthand makes one partner machine account and reuses it', async () => {
    const a = await createToken(server.executor, { organisation: 'Harbour Bank (test)' });
    const b = await createToken(server.executor, { organisation: 'Harbour Bank (test)' });
    expect(a.account).toBe('harbour-bank-test-api');
    expect(b.account).toBe(a.account);
    expect(a.clearance).toBe('GREEN');
    expect(await contextForToken(server.executor, b.token)).toMatchObject({
      organisation: 'harbour-bank-test',
      roles: ['partner'],
    });
  });
});
