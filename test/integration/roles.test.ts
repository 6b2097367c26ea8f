// Writes by role (issue 10 §7): every GraphQL mutation and POST /api/ingest, for each role by token and by
// session and for anonymous callers (public mode off and on); invitations, and expiry and revocation of
// links, sessions and tokens. A refused write leaves nothing behind.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import {
  createAccount,
  createOrg,
  type Role,
} from '../../server/modules/accounts/accounts-service.js';
import { createToken, revokeToken } from '../../server/modules/auth/token-service.js';
import { issueCode, sha256 } from '../../server/modules/session/one-time-codes.js';
import {
  ANONYMOUS,
  graphql,
  startTestServer,
  testExecutor,
  wipeGraph,
  type Auth,
  type GraphQLResponse,
  type TestServer,
} from './harness.js';

const ROLES = ['admin', 'analyst', 'partner', 'viewer'] as const satisfies readonly Role[];
const WRITERS: readonly Role[] = ['admin', 'analyst', 'partner'];
const ADMINS: readonly Role[] = ['admin'];
/** Analyst work (SPEC §6): watchlists, briefings, cluster names. */
const ANALYSTS: readonly Role[] = ['admin', 'analyst'];
/** The account of an attempt's caller: tags are `<role>-<via>`. */
const ownerOf = (tag: string) => `user:roles-${tag.split('-')[0]}`;
const VIAS = ['token', 'session'] as const;
type Via = (typeof VIAS)[number];

let executor: Executor;
let server: TestServer;
/** The same store in public mode (SCAMGRAPH_PUBLIC=clear). */
let pub: TestServer;
const tokens = {} as Record<Role, string>;
const cookies = {} as Record<Role, string>;

/** POST /api/session {code}: the status, the JSON body and the `name=value` session cookie. */
async function exchange(code: string) {
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const body = (await res.json()) as { error?: { code: string; reason?: string } };
  return { status: res.status, body, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! };
}

/** Signs in with a fresh one-time code of `accountId`; returns the session cookie. */
async function signIn(accountId: string): Promise<string> {
  const r = await exchange((await issueCode(executor, accountId, 'signin')).code);
  expect(r.status).toBe(200);
  return r.cookie;
}

const authOf = (role: Role, via: Via): Auth =>
  via === 'token' ? { token: tokens[role] } : { cookie: cookies[role] };

const codeOf = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code ?? 'OK';

async function count(cypher: string, params: Record<string, unknown>): Promise<number> {
  return Number((await executor.read({ cypher, params }))[0]?.n ?? 0);
}

/** POST /api/ingest of one domain as `auth`; the domain is in the store only when the upload was accepted. */
async function upload(auth: Auth, domain: string, base = server.url) {
  const res = await fetch(
    `${base}/api/ingest?format=csv&source=${encodeURIComponent(`Roles ${domain}`)}&tlp=green`,
    {
      method: 'POST',
      body: `domain\r\n${domain}\r\n`,
      headers: {
        'content-type': 'text/csv',
        ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
      },
    },
  );
  const body = (await res.json()) as { error?: { code: string; reason?: string } };
  return { status: res.status, body };
}

const domainCount = (value: string) =>
  count('MATCH (d:Domain {value: $value}) RETURN count(d) AS n', { value });

const CREATE_SET =
  'mutation($n: String!) { createIndicatorSet(input: { name: $n, filter: { kinds: [DOMAIN] } }) { id organisation } }';

/** One attempt at a mutation: its document, and whether its write is in the store afterwards. */
interface Attempt {
  query: string;
  variables: Record<string, unknown>;
  written: () => Promise<boolean>;
}

interface MutationCase {
  /** The roles that may run it; every other caller is refused and nothing is written. */
  allowed: readonly Role[];
  /** A fresh attempt; `tag` (lower-case letters, digits, '-') tells the attempts apart. */
  attempt: (tag: string) => Promise<Attempt>;
}

/** Every field of `type Mutation`: a new mutation fails the coverage test below until it is added here. */
const MUTATIONS: Record<string, MutationCase> = {
  ingest: {
    allowed: WRITERS,
    attempt: async (tag) => {
      const value = `${tag}.roles-ingest.example`;
      return {
        query: `mutation($s: String!, $v: String!) {
          ingest(input: { source: $s, tlp: GREEN, values: [$v] }) { indicators } }`,
        variables: { s: `Roles ${tag}`, v: value },
        written: async () => (await domainCount(value)) > 0,
      };
    },
  },
  createIndicatorSet: {
    allowed: WRITERS,
    attempt: async (tag) => {
      const name = `Roles set ${tag}`;
      return {
        query: CREATE_SET,
        variables: { n: name },
        written: async () =>
          (await count('MATCH (s:IndicatorSet {name: $name}) RETURN count(s) AS n', { name })) > 0,
      };
    },
  },
  deleteIndicatorSet: {
    allowed: WRITERS,
    attempt: async (tag) => {
      // A set of the callers' organisation (the analyst's), made for this attempt.
      const made = await graphql<{ createIndicatorSet: { id: string } }>(
        server.url,
        CREATE_SET,
        { n: `Roles doomed ${tag}` },
        { token: tokens.analyst },
      );
      expect(made.errors).toBeUndefined();
      const id = made.data!.createIndicatorSet.id;
      return {
        query: 'mutation($id: ID!) { deleteIndicatorSet(id: $id) { id } }',
        variables: { id },
        written: async () =>
          (await count('MATCH (s:IndicatorSet {id: $id}) RETURN count(s) AS n', { id })) === 0,
      };
    },
  },
  inviteAccount: {
    allowed: ADMINS,
    attempt: async (tag) => {
      const name = `roles-invitee-${tag}`;
      return {
        query:
          'mutation($n: String!) { inviteAccount(name: $n, org: "roles-org", role: VIEWER) { link } }',
        variables: { n: name },
        written: async () =>
          (await count('MATCH (a:UserAccount {name: $name}) RETURN count(a) AS n', { name })) > 0,
      };
    },
  },
  createOrganisation: {
    allowed: ADMINS,
    attempt: async (tag) => {
      const name = `Roles Org ${tag}`;
      return {
        query: 'mutation($n: String!) { createOrganisation(name: $n) { key } }',
        variables: { n: name },
        written: async () =>
          (await count('MATCH (o:MemberOrg {name: $name}) RETURN count(o) AS n', { name })) > 0,
      };
    },
  },
  renameCluster: {
    allowed: ANALYSTS,
    attempt: async (tag) => {
      // A cluster of two GREEN members (a URL on its domain), uploaded by the admin.
      const host = `${tag}.roles-cluster.example`;
      const res = await fetch(
        `${server.url}/api/ingest?format=csv&source=Roles%20${tag}&tlp=green`,
        {
          method: 'POST',
          body: `domain,url\r\n${host},https://${host}/login\r\n`,
          headers: { 'content-type': 'text/csv', authorization: `Bearer ${tokens.admin}` },
        },
      );
      expect(res.status).toBe(200);
      const of = await graphql<{ clusterOf: { id: string } }>(
        server.url,
        'query($e: ID!) { clusterOf(entityId: $e) { id } }',
        { e: `domain:${host}` },
        { token: tokens.admin },
      );
      const id = of.data!.clusterOf.id;
      const name = `Roles ${tag}`;
      return {
        query: 'mutation($id: ID!, $n: String) { renameCluster(id: $id, name: $n) { id } }',
        variables: { id, n: name },
        written: async () =>
          (await count('MATCH (n:ClusterName {id: $id, name: $name}) RETURN count(n) AS n', {
            id,
            name,
          })) > 0,
      };
    },
  },
  recomputeClusters: {
    allowed: ANALYSTS,
    attempt: async () => {
      const versions = () =>
        count('MATCH (v:ClusterView) RETURN sum(coalesce(v.version, 0)) AS n', {});
      const before = await versions();
      return {
        query: 'mutation { recomputeClusters(full: true) { mode } }',
        variables: {},
        written: async () => (await versions()) > before,
      };
    },
  },
  follow: {
    allowed: ANALYSTS,
    attempt: async (tag) => {
      const q = `roles-follow-${tag}`;
      return {
        query: 'mutation($q: String!) { follow(target: { kind: SEARCH, query: $q }) { id } }',
        variables: { q },
        written: async () =>
          (await count(
            'MATCH (w:Watch) WHERE w.owner = $owner AND w.target CONTAINS $q RETURN count(w) AS n',
            { owner: ownerOf(tag), q },
          )) > 0,
      };
    },
  },
  unfollow: {
    allowed: ANALYSTS,
    attempt: async (tag) => {
      const id = `w-roles-${tag}`;
      await executor.write({
        cypher: `CREATE (:Watch {id: $id, key: $id, owner: $owner, kind: 'SEARCH', target: $id,
          label: $id, createdAt: '2026-01-01T00:00:00Z', state: '{}', rev: 0})`,
        params: { id, owner: ownerOf(tag) },
      });
      return {
        query: 'mutation($id: ID!) { unfollow(id: $id) }',
        variables: { id },
        written: async () =>
          (await count('MATCH (w:Watch {id: $id}) RETURN count(w) AS n', { id })) === 0,
      };
    },
  },
  markChangesSeen: {
    allowed: ANALYSTS,
    attempt: async (tag) => {
      const id = `wc-roles-${tag}`;
      await executor.write({
        cypher: `CREATE (:WatchChange {id: $id, owner: $owner, watchId: 'w-roles-none', seen: false,
          at: '2026-01-01T00:00:00Z', kind: 'NEW_RESULT', count: 1, entityIds: [], summary: 'test'})`,
        params: { id, owner: ownerOf(tag) },
      });
      return {
        query: 'mutation { markChangesSeen }',
        variables: {},
        written: async () =>
          (await count('MATCH (c:WatchChange {id: $id, seen: true}) RETURN count(c) AS n', {
            id,
          })) > 0,
      };
    },
  },
  setWebhook: {
    allowed: ANALYSTS,
    attempt: async (tag) => {
      const url = `${receiver}/roles/${tag}`;
      return {
        query:
          'mutation($u: String!) { setWebhook(url: $u, secret: "roles-test-secret-0123456789") { url } }',
        variables: { u: url },
        written: async () =>
          (await count('MATCH (h:Webhook {owner: $owner, url: $url}) RETURN count(h) AS n', {
            owner: ownerOf(tag),
            url,
          })) > 0,
      };
    },
  },
  testWebhook: {
    allowed: ANALYSTS,
    attempt: async (tag) => {
      const owner = ownerOf(tag);
      await executor.write({
        cypher: `MERGE (h:Webhook {owner: $owner})
          SET h.url = $url, h.secret = 'roles-test-secret-0123456789', h.updatedAt = '2026-01-01T00:00:00Z'`,
        params: { owner, url: `${receiver}/roles/test` },
      });
      const deliveries = () =>
        count('MATCH (d:WebhookDelivery {owner: $owner}) RETURN count(d) AS n', { owner });
      const before = await deliveries();
      return {
        query: 'mutation { testWebhook { status } }',
        variables: {},
        written: async () => (await deliveries()) > before,
      };
    },
  },
};

/** A webhook receiver on this machine that accepts every post. */
const hooks = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(204).end());
});
let receiver = '';

beforeAll(async () => {
  await new Promise<void>((done) => hooks.listen(0, '127.0.0.1', done));
  receiver = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}`;
  executor = await testExecutor();
  await wipeGraph(executor);
  server = await startTestServer();
  pub = await startTestServer({ publicMode: true });
  await createOrg(executor, 'Roles Org');
  for (const role of ROLES) {
    await createAccount(executor, { name: `roles-${role}`, org: 'Roles Org', role });
    tokens[role] = (await createToken(executor, { account: `roles-${role}` })).token;
    cookies[role] = await signIn(`user:roles-${role}`);
  }
});

afterAll(async () => {
  hooks.close();
  await pub?.stop();
  await server?.stop();
  await executor?.driver.close();
});

describe('every GraphQL mutation', () => {
  it('has its role cases here', async () => {
    const r = await graphql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      server.url,
      '{ __schema { mutationType { fields { name } } } }',
    );
    expect(r.errors).toBeUndefined();
    const fields = r.data!.__schema.mutationType.fields.map((f) => f.name).sort();
    expect(Object.keys(MUTATIONS).sort()).toEqual(fields);
  });

  describe.each(Object.keys(MUTATIONS))('%s', (name) => {
    const mutation = MUTATIONS[name]!;

    it.each(ROLES.flatMap((role) => VIAS.map((via) => [role, via] as const)))(
      '%s by %s: allowed, or FORBIDDEN with nothing written',
      async (role, via) => {
        const attempt = await mutation.attempt(`${role}-${via}`);
        const r = await graphql(server.url, attempt.query, attempt.variables, authOf(role, via));
        if (mutation.allowed.includes(role)) {
          expect(r.errors).toBeUndefined();
          expect(await attempt.written()).toBe(true);
        } else {
          expect(codeOf(r)).toBe('FORBIDDEN');
          expect(r.data?.[name] ?? null).toBeNull();
          expect(await attempt.written()).toBe(false);
        }
      },
    );

    it('anonymous: 401 UNAUTHENTICATED, nothing written', async () => {
      const attempt = await mutation.attempt('anonymous');
      const r = await graphql(server.url, attempt.query, attempt.variables, ANONYMOUS);
      expect(r.status).toBe(401);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(await attempt.written()).toBe(false);
    });

    it('anonymous on a public instance: UNAUTHENTICATED, nothing written', async () => {
      const attempt = await mutation.attempt('anonymous-public');
      const r = await graphql(pub.url, attempt.query, attempt.variables, ANONYMOUS);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.data?.[name] ?? null).toBeNull();
      expect(await attempt.written()).toBe(false);
    });

    it('a bad bearer token: 401 UNAUTHENTICATED (BAD_TOKEN), nothing written', async () => {
      const attempt = await mutation.attempt('bad-token');
      const r = await graphql(server.url, attempt.query, attempt.variables, {
        token: 'sgt_not-a-token',
      });
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'BAD_TOKEN',
      });
      expect(await attempt.written()).toBe(false);
    });
  });

  it.each(ROLES.filter((role) => role !== 'admin'))(
    '%s: FORBIDDEN to list organisations and accounts',
    async (role) => {
      for (const query of ['{ organisations { key } }', '{ accounts { name } }']) {
        const r = await graphql(server.url, query, {}, { token: tokens[role] });
        expect(codeOf(r), query).toBe('FORBIDDEN');
      }
    },
  );
});

describe('uploads (POST /api/ingest)', () => {
  it.each(ROLES.flatMap((role) => VIAS.map((via) => [role, via] as const)))(
    '%s by %s: 200, or 403 FORBIDDEN with nothing written',
    async (role, via) => {
      const domain = `${role}-${via}.roles-upload.example`;
      const r = await upload(authOf(role, via), domain);
      if (WRITERS.includes(role)) {
        expect(r.status).toBe(200);
        expect(await domainCount(domain)).toBe(1);
      } else {
        expect(r.status).toBe(403);
        expect(r.body.error).toMatchObject({ code: 'FORBIDDEN' });
        expect(await domainCount(domain)).toBe(0);
      }
    },
  );

  it('anonymous (public mode off and on) and bad tokens: 401 UNAUTHENTICATED, nothing written', async () => {
    const tries = [
      ['anonymous.roles-upload.example', ANONYMOUS, server.url],
      ['anonymous-public.roles-upload.example', ANONYMOUS, pub.url],
      ['bad-token.roles-upload.example', { token: 'sgt_not-a-token' }, server.url],
      [
        'bad-cookie.roles-upload.example',
        { cookie: `scamgraph_session=${'A'.repeat(43)}` },
        server.url,
      ],
    ] as const;
    for (const [domain, auth, base] of tries) {
      const r = await upload(auth, domain, base);
      expect(r.status, domain).toBe(401);
      expect(r.body.error, domain).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(await domainCount(domain), domain).toBe(0);
    }
  });
});

describe('expired and revoked tokens', () => {
  const ME = '{ me { account role } }';

  it('an expired token gets 401 BAD_TOKEN from GraphQL and uploads', async () => {
    const made = await createToken(executor, { account: 'roles-analyst', expiresDays: 1 });
    expect(codeOf(await graphql(server.url, ME, {}, { token: made.token }))).toBe('OK');
    await executor.write({
      cypher: 'MATCH (t:ApiToken {id: $id}) SET t.expiresAt = $past',
      params: { id: made.id, past: new Date(Date.now() - 1000).toISOString() },
    });
    const r = await graphql(server.url, ME, {}, { token: made.token });
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'BAD_TOKEN',
    });
    const up = await upload({ token: made.token }, 'expired-token.roles-upload.example');
    expect(up.status).toBe(401);
    expect(await domainCount('expired-token.roles-upload.example')).toBe(0);
  });

  it('a revoked token stops at the next request; the account’s other tokens keep working', async () => {
    const made = await createToken(executor, { account: 'roles-partner' });
    expect(codeOf(await graphql(server.url, ME, {}, { token: made.token }))).toBe('OK');
    await revokeToken(executor, made.id);
    const r = await graphql(server.url, ME, {}, { token: made.token });
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions).toMatchObject({ reason: 'BAD_TOKEN' });
    const attempt = await MUTATIONS.ingest!.attempt('revoked-token');
    const write = await graphql(server.url, attempt.query, attempt.variables, {
      token: made.token,
    });
    expect(codeOf(write)).toBe('UNAUTHENTICATED');
    expect(await attempt.written()).toBe(false);
    const up = await upload({ token: made.token }, 'revoked-token.roles-upload.example');
    expect(up.status).toBe(401);
    expect(await domainCount('revoked-token.roles-upload.example')).toBe(0);
    expect(codeOf(await graphql(server.url, ME, {}, { token: tokens.partner }))).toBe('OK');
  });
});

describe('sessions', () => {
  it('end at their absolute expiry, however recently used', async () => {
    const cookie = await signIn('user:roles-partner');
    const ME = '{ me { account } }';
    expect(codeOf(await graphql(server.url, ME, {}, { cookie }))).toBe('OK');
    await executor.write({
      cypher: 'MATCH (s:UserSession {hash: $hash}) SET s.expiresAt = $past',
      params: {
        hash: sha256(cookie.slice('scamgraph_session='.length)),
        past: new Date(Date.now() - 1000).toISOString(),
      },
    });
    const r = await graphql(server.url, ME, {}, { cookie });
    expect(r.status).toBe(401);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    const up = await upload({ cookie }, 'expired-session.roles-upload.example');
    expect(up.status).toBe(401);
    expect(await domainCount('expired-session.roles-upload.example')).toBe(0);
  });

  it('end at sign-out, for uploads too', async () => {
    const cookie = await signIn('user:roles-analyst');
    const out = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(200);
    const up = await upload({ cookie }, 'signed-out.roles-upload.example');
    expect(up.status).toBe(401);
    expect(await domainCount('signed-out.roles-upload.example')).toBe(0);
  });
});

describe('invitations', () => {
  it('give the invited role: an invited viewer signs in, reads, and may not write', async () => {
    const invited = await graphql<{ inviteAccount: { link: string } }>(
      server.url,
      'mutation { inviteAccount(name: "roles-new-viewer", org: "roles-org", role: VIEWER) { link } }',
    );
    expect(invited.errors).toBeUndefined();
    const code = new URL(invited.data!.inviteAccount.link).searchParams.get('code')!;
    const signedIn = await exchange(code);
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.cookie;
    const me = await graphql<{ me: { account: string; role: string; organisationKey: string } }>(
      server.url,
      '{ me { account role organisationKey } }',
      {},
      { cookie },
    );
    expect(me.data!.me).toEqual({
      account: 'roles-new-viewer',
      role: 'VIEWER',
      organisationKey: 'roles-org',
    });
    expect(codeOf(await graphql(server.url, '{ stats { totalNodes } }', {}, { cookie }))).toBe(
      'OK',
    );
    const attempt = await MUTATIONS.ingest!.attempt('invited-viewer');
    const write = await graphql(server.url, attempt.query, attempt.variables, { cookie });
    expect(codeOf(write)).toBe('FORBIDDEN');
    expect(await attempt.written()).toBe(false);
    expect((await upload({ cookie }, 'invited-viewer.roles-upload.example')).status).toBe(403);
  });

  it('refuse an expired or already used invitation link', async () => {
    const expired = await issueCode(executor, 'user:roles-new-viewer', 'invite', { ttlMs: -1000 });
    const late = await exchange(expired.code);
    expect(late.status).toBe(401);
    expect(late.body.error).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'CODE_EXPIRED' });
    expect(late.cookie).toBe('');

    const fresh = await issueCode(executor, 'user:roles-new-viewer', 'invite');
    expect((await exchange(fresh.code)).status).toBe(200);
    const again = await exchange(fresh.code);
    expect(again.status).toBe(401);
    expect(again.body.error).toMatchObject({ reason: 'CODE_USED' });
  });
});
