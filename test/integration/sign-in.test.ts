// Sign-in as a new user meets it: the first start's one-time link, sessions (HttpOnly SameSite=Strict cookie,
// sign-out, expiry, disabled accounts), invitations, bearer tokens on GraphQL, public mode, and writes by role.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import {
  createAccount,
  createOrg,
  disableAccount,
  listAccounts,
  listOrgs,
} from '../../server/modules/accounts/accounts-service.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { issueCode } from '../../server/modules/session/one-time-codes.js';
import {
  ANONYMOUS,
  graphql,
  startTestServer,
  testExecutor,
  testUri,
  wipeGraph,
} from './harness.js';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/scamgraph.js');

let executor: Executor;
let server: Running;

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

const codeOf = (link: string) => new URL(link).searchParams.get('code') ?? '';

/** POST /api/session {code}: the status, the JSON body and the Set-Cookie header. */
async function exchange(code: string, base = server.url) {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const setCookie = res.headers.get('set-cookie') ?? '';
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & {
      error?: { code: string; reason?: string };
    },
    setCookie,
    cookie: setCookie.split(';')[0] ?? '',
  };
}

/** Signs in with a fresh one-time code of `accountId`; returns the `name=value` cookie. */
async function signIn(accountId: string): Promise<string> {
  const { code } = await issueCode(executor, accountId, 'signin');
  const r = await exchange(code);
  expect(r.status).toBe(200);
  return r.cookie;
}

const session = (cookie: string, base = server.url) =>
  fetch(`${base}/api/session`, { headers: cookie ? { cookie } : {} });

const ME = '{ me { account accountId organisation organisationKey role clearance } }';

function upload(auth: { token?: string; cookie?: string } = {}, base = server.url) {
  return fetch(`${base}/api/ingest?format=csv&source=Role%20test%20upload&tlp=green`, {
    method: 'POST',
    body: 'domain\r\nrole-upload.example\r\n',
    headers: {
      'content-type': 'text/csv',
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
    },
  });
}

describe('the first start on an empty store', () => {
  it('creates the host organisation (key local) and its admin, and returns a one-time sign-in link', async () => {
    expect(server.signInLink).toMatch(/^http:\/\/localhost:\d+\/signin\?code=[A-Za-z0-9_-]{43}$/);
    expect(server.signInLink).toContain(`:${server.port}/`);
    const orgs = await listOrgs(executor);
    expect(orgs.find((o) => o.id === 'member:local')).toMatchObject({ name: 'Local' });
    const admin = (await listAccounts(executor)).find((a) => a.id === 'user:admin');
    expect(admin).toMatchObject({ role: 'admin', clearance: 'RED', orgId: 'member:local' });
  });

  it('prints no link on the next start: the store has accounts', async () => {
    const again = await startTestServer();
    try {
      expect(again.signInLink).toBeUndefined();
    } finally {
      await again.stop();
    }
  });
});

describe('exchanging a sign-in code', () => {
  let cookie = '';

  it('sets an HttpOnly, SameSite=Strict session cookie for the whole site, and works only once', async () => {
    const r = await exchange(codeOf(server.signInLink!));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      account: 'admin',
      organisation: 'Local',
      role: 'admin',
      clearance: 'RED',
    });
    expect(r.setCookie).toMatch(/^scamgraph_session=[A-Za-z0-9_-]{43};/);
    expect(r.setCookie).toMatch(/;\s*HttpOnly/i);
    expect(r.setCookie).toMatch(/;\s*SameSite=Strict/i);
    expect(r.setCookie).toMatch(/;\s*Path=\/(;|$)/);
    expect(r.setCookie).not.toMatch(/;\s*Secure/i); // plain http on localhost
    cookie = r.cookie;

    const second = await exchange(codeOf(server.signInLink!));
    expect(second.status).toBe(401);
    expect(second.body.error).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'CODE_USED' });
    expect(second.setCookie).toBe('');
  });

  it('accepts the whole pasted link as the code', async () => {
    const { code } = await issueCode(executor, 'user:admin', 'signin');
    const r = await exchange(`http://localhost:4000/signin?code=${code}`);
    expect(r.status).toBe(200);
  });

  it('lets exactly one of two simultaneous exchanges of one code through', async () => {
    const { code } = await issueCode(executor, 'user:admin', 'signin');
    const results = await Promise.all([exchange(code), exchange(code), exchange(code)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401]);
  });

  it('refuses expired, unknown and malformed codes', async () => {
    const expired = await issueCode(executor, 'user:admin', 'signin', { ttlMs: -1_000 });
    expect((await exchange(expired.code)).body.error).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'CODE_EXPIRED',
    });
    const unknown = await exchange('A'.repeat(43));
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toMatchObject({ reason: 'CODE_UNKNOWN' });
    expect((await exchange("' OR 1=1 //")).status).toBe(401);
    const empty = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(empty.status).toBe(400);
    const notJson = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code":',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
  });

  it('GET /api/session says who is signed in, or 401', async () => {
    const res = await session(cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      account: 'admin',
      organisation: 'Local',
      organisationKey: 'local',
      role: 'admin',
      clearance: 'RED',
      via: 'session',
    });
    const anonymous = await session('');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('opens GraphQL to the session: me is the admin', async () => {
    const r = await graphql<{ me: Record<string, string> }>(server.url, ME, {}, { cookie });
    expect(r.errors).toBeUndefined();
    expect(r.data!.me).toEqual({
      account: 'admin',
      accountId: 'user:admin',
      organisation: 'Local',
      organisationKey: 'local',
      role: 'ADMIN',
      clearance: 'RED',
    });
  });

  it('ends the session at sign-out: the same cookie opens nothing afterwards', async () => {
    const out = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^scamgraph_session=;/);
    expect((await session(cookie)).status).toBe(401);
    const r = await graphql(server.url, ME, {}, { cookie });
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const rows = await executor.read({ cypher: 'MATCH (s:UserSession) RETURN count(s) AS n' });
    expect(Number(rows[0]?.n)).toBeGreaterThan(0); // the other sessions of this file are still there
  });

  it('ends a session idle for longer than 12 hours', async () => {
    const idle = await signIn('user:admin');
    expect((await session(idle)).status).toBe(200);
    const old = new Date(Date.now() - 13 * 3_600_000).toISOString();
    await executor.write({
      cypher: 'MATCH (s:UserSession) WHERE s.lastSeenAt > $old SET s.lastSeenAt = $old',
      params: { old },
    });
    expect((await session(idle)).status).toBe(401);
  });

  it('makes a new link with the CLI when the first one is lost', async () => {
    const r = await run(process.execPath, [BIN, 'signin-link', '--json', '--url', server.url], {
      env: { ...process.env, NEO4J_URI: testUri(), NEO4J_PASSWORD: '' },
      timeout: 60_000,
    });
    const made = JSON.parse(r.stdout) as { link: string; account: string };
    expect(made.account).toBe('admin');
    expect(made.link).toMatch(new RegExp(`^${server.url}/signin\\?code=`));
    expect((await exchange(codeOf(made.link))).status).toBe(200);
  });
});

describe('invitations', () => {
  let admin = '';
  let partner = '';

  const INVITE = `mutation($name: String!, $org: String!, $role: AccountRole!) {
    inviteAccount(name: $name, org: $org, role: $role) {
      link expiresAt created account { id name organisation organisationKey role clearance } } }`;

  it('an admin creates an organisation and invites a partner; the partner signs in with the link', async () => {
    admin = await signIn('user:admin');
    const org = await graphql<{ createOrganisation: { key: string; name: string } }>(
      server.url,
      'mutation { createOrganisation(name: "Mekong Telco") { key name accounts } }',
      {},
      { cookie: admin },
    );
    expect(org.errors).toBeUndefined();
    expect(org.data!.createOrganisation).toEqual({
      key: 'mekong-telco',
      name: 'Mekong Telco',
      accounts: 0,
    });

    const invited = await graphql<{
      inviteAccount: { link: string; expiresAt: string; created: boolean; account: object };
    }>(
      server.url,
      INVITE,
      { name: 'telco-analyst', org: 'Mekong Telco', role: 'PARTNER' },
      { cookie: admin },
    );
    expect(invited.errors).toBeUndefined();
    const invitation = invited.data!.inviteAccount;
    expect(invitation.created).toBe(true);
    expect(invitation.account).toMatchObject({
      name: 'telco-analyst',
      organisationKey: 'mekong-telco',
      role: 'PARTNER',
    });
    expect(invitation.link).toMatch(new RegExp(`^${server.url}/signin\\?code=[A-Za-z0-9_-]{43}$`));
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const r = await exchange(codeOf(invitation.link));
    expect(r.status).toBe(200);
    partner = r.cookie;
    const me = await graphql<{ me: Record<string, string> }>(
      server.url,
      ME,
      {},
      { cookie: partner },
    );
    expect(me.data!.me).toMatchObject({
      account: 'telco-analyst',
      organisation: 'Mekong Telco',
      organisationKey: 'mekong-telco',
      role: 'PARTNER',
    });
    expect((await exchange(codeOf(invitation.link))).status).toBe(401);
  });

  it('refuses invitations, organisations and account lists to non-admins (FORBIDDEN)', async () => {
    const invite = await graphql(
      server.url,
      INVITE,
      { name: 'sneaky', org: 'local', role: 'ADMIN' },
      { cookie: partner },
    );
    expect(invite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const query of [
      '{ organisations { key } }',
      '{ accounts { name } }',
      'mutation { createOrganisation(name: "Mine") { key } }',
    ]) {
      const r = await graphql(server.url, query, {}, { cookie: partner });
      expect(r.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    expect((await listAccounts(executor)).some((a) => a.name === 'sneaky')).toBe(false);
  });

  it('lists organisations and accounts to the admin, and gives an existing account a new link', async () => {
    const r = await graphql<{
      organisations: { key: string }[];
      accounts: { name: string; role: string }[];
    }>(server.url, '{ organisations { key } accounts { name role } }', {}, { cookie: admin });
    expect(r.data!.organisations.map((o) => o.key)).toEqual(['local', 'mekong-telco']);
    expect(r.data!.accounts).toContainEqual({ name: 'telco-analyst', role: 'PARTNER' });
    const again = await graphql<{ inviteAccount: { created: boolean } }>(
      server.url,
      INVITE,
      { name: 'telco-analyst', org: 'mekong-telco', role: 'PARTNER' },
      { cookie: admin },
    );
    expect(again.data!.inviteAccount.created).toBe(false);
    const changed = await graphql(
      server.url,
      INVITE,
      { name: 'telco-analyst', org: 'mekong-telco', role: 'ADMIN' },
      { cookie: admin },
    );
    expect(changed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const nowhere = await graphql(
      server.url,
      INVITE,
      { name: 'someone', org: 'No Such Org', role: 'VIEWER' },
      { cookie: admin },
    );
    expect(nowhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('stops a disabled account at once: its open session, its links and its tokens', async () => {
    const { code } = await issueCode(executor, 'user:telco-analyst', 'invite');
    const { token } = await createToken(executor, { account: 'telco-analyst' });
    expect((await session(partner)).status).toBe(200);
    await disableAccount(executor, 'telco-analyst');
    expect((await session(partner)).status).toBe(401);
    const r = await graphql(server.url, ME, {}, { cookie: partner });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await exchange(code)).body.error).toMatchObject({ reason: 'ACCOUNT_DISABLED' });
    const byToken = await graphql(server.url, ME, {}, { token });
    expect(byToken.status).toBe(401);
    expect(byToken.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'BAD_TOKEN',
    });
  });
});

describe('anonymous callers (public mode off)', () => {
  it('get UNAUTHENTICATED from every GraphQL operation', async () => {
    for (const query of ['{ ok }', ME, '{ stats { totalNodes } }', '{ __typename }']) {
      const r = await graphql(server.url, query, {}, ANONYMOUS);
      expect(r.status, query).toBe(401);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
      expect(r.data ?? null).toBeNull();
    }
  });

  it('get 401 JSON from an upload, and nothing is ingested', async () => {
    const res = await upload();
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const rows = await executor.read({
      cypher: "MATCH (d:Domain {value: 'role-upload.example'}) RETURN count(d) AS n",
    });
    expect(Number(rows[0]?.n)).toBe(0);
  });
});

describe('bearer tokens on GraphQL', () => {
  it('act as their account, with the token clearance', async () => {
    const { token } = await createToken(executor, { account: 'admin', clearance: 'GREEN' });
    const r = await graphql<{ me: { account: string; clearance: string } }>(
      server.url,
      ME,
      {},
      { token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.me).toMatchObject({ account: 'admin', role: 'ADMIN', clearance: 'GREEN' });
    const bad = await graphql(server.url, ME, {}, { token: 'sgt_not-a-token' });
    expect(bad.status).toBe(401);
    expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('writes by role', () => {
  const roles = ['admin', 'analyst', 'partner', 'viewer'] as const;
  const tokens: Record<string, string> = {};
  let otherSet = '';

  beforeAll(async () => {
    await createOrg(executor, 'Role Org', { existing: 'reuse' });
    for (const role of roles) {
      await createAccount(
        executor,
        { name: `role-${role}`, org: 'Role Org', role },
        { existing: 'reuse' },
      );
      tokens[role] = (await createToken(executor, { account: `role-${role}` })).token;
    }
    // A set of another organisation, made by the host's admin.
    const admin = (await createToken(executor, { account: 'admin' })).token;
    const set = await graphql<{ createIndicatorSet: { id: string } }>(
      server.url,
      'mutation { createIndicatorSet(input: { name: "Host set", ids: ["domain:host.example"] }) { id } }',
      {},
      { token: admin },
    );
    otherSet = set.data!.createIndicatorSet.id;
  });

  const INGEST = `mutation($source: String!) { ingest(input: { source: $source, tlp: GREEN,
    values: ["role-ingest.example"] }) { indicators } }`;
  const CREATE_SET = `mutation($name: String!) { createIndicatorSet(input: { name: $name,
    ids: ["domain:role-ingest.example"] }) { id organisation } }`;
  const DELETE_SET = 'mutation($id: ID!) { deleteIndicatorSet(id: $id) { id } }';

  it.each(roles)('%s: ingest, sets, invitations and uploads as its role allows', async (role) => {
    const token = tokens[role]!;
    const writes = role !== 'viewer';
    const code = (r: { errors?: { extensions?: { code?: string } }[] }) =>
      r.errors?.[0]?.extensions?.code ?? 'OK';

    const ingest = await graphql(server.url, INGEST, { source: `Role ${role}` }, { token });
    expect(code(ingest), 'ingest').toBe(writes ? 'OK' : 'FORBIDDEN');

    const created = await graphql<{ createIndicatorSet: { id: string; organisation: string } }>(
      server.url,
      CREATE_SET,
      { name: `Set of ${role}` },
      { token },
    );
    expect(code(created), 'createIndicatorSet').toBe(writes ? 'OK' : 'FORBIDDEN');
    if (writes) {
      expect(created.data!.createIndicatorSet.organisation).toBe('role-org');
      const deleted = await graphql(
        server.url,
        DELETE_SET,
        { id: created.data!.createIndicatorSet.id },
        { token },
      );
      expect(code(deleted), 'deleteIndicatorSet').toBe('OK');
    }
    // Another organisation's set: nobody outside it sees it, administrators included (SPEC §6: a role gives
    // rights, not sight); it answers like a set that never existed.
    const foreign = await graphql(server.url, DELETE_SET, { id: otherSet }, { token });
    expect(code(foreign), 'deleteIndicatorSet (foreign)').toBe(writes ? 'NOT_FOUND' : 'FORBIDDEN');

    const invite = await graphql(
      server.url,
      'mutation { inviteAccount(name: "x-invitee", org: "role-org", role: VIEWER) { link } }',
      {},
      { token },
    );
    expect(code(invite), 'inviteAccount').toBe(role === 'admin' ? 'OK' : 'FORBIDDEN');
    const org = await graphql(
      server.url,
      `mutation { createOrganisation(name: "Org by ${role}") { key } }`,
      {},
      { token },
    );
    expect(code(org), 'createOrganisation').toBe(role === 'admin' ? 'OK' : 'FORBIDDEN');

    const res = await upload({ token });
    expect(res.status, 'upload').toBe(writes ? 200 : 403);
    if (!writes) expect(await res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

describe('public mode (SCAMGRAPH_PUBLIC=clear)', () => {
  let pub: Running;

  beforeAll(async () => {
    pub = await startTestServer({ publicMode: true });
  });

  afterAll(async () => {
    await pub?.stop();
  });

  it('lets anonymous callers read, as nobody (me is null)', async () => {
    const r = await graphql<{ ok: boolean; me: null; stats: { totalNodes: number } }>(
      pub.url,
      '{ ok me { account } stats { totalNodes } }',
      {},
      ANONYMOUS,
    );
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({ ok: true, me: null });
  });

  it('refuses every write and every admin operation to anonymous callers', async () => {
    for (const query of [
      'mutation { ingest(input: { source: "anon", values: ["anon.example"] }) { indicators } }',
      'mutation { createIndicatorSet(input: { name: "anon" }) { id } }',
      'mutation { deleteIndicatorSet(id: "x") { id } }',
      'mutation { inviteAccount(name: "anon", org: "local", role: ADMIN) { link } }',
      'mutation { createOrganisation(name: "Anon Org") { key } }',
      '{ accounts { name } }',
    ]) {
      const r = await graphql(pub.url, query, {}, ANONYMOUS);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
    }
    const res = await upload({}, pub.url);
    expect(res.status).toBe(401);
    expect((await session('', pub.url)).status).toBe(401);
  });
});
