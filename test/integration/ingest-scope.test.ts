// Who a submission belongs to and who it is shared with (SPEC §6), on every way data comes in: the `ingest`
// mutation, POST /api/ingest and `scamgraph ingest --as --share-with --recipients`. The submitting
// organisation is always the caller's; a source belongs to one organisation.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { createAccount, createOrg } from '../../server/modules/accounts/accounts-service.js';
import { canSee, callerKeys } from '../../server/modules/access/visibility.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import {
  graphql,
  startTestServer,
  testExecutor,
  testUri,
  wipeGraph,
  type TestServer,
} from './harness.js';

let executor: Executor;
let server: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  server = await startTestServer();
  await server.adminToken(); // the host organisation `local` and its `admin`
  for (const org of ['org-a', 'org-b', 'org-c']) await createOrg(executor, org);
  const accounts = [
    ['partner-a', 'org-a', 'partner'],
    ['partner-b', 'org-b', 'partner'],
    ['viewer-a', 'org-a', 'viewer'],
  ] as const;
  for (const [name, org, role] of accounts) {
    await createAccount(executor, { name, org, role, clearance: 'RED' });
    tokens[name] = (await createToken(executor, { account: name })).token;
  }
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

const MUTATION = `mutation($input: IngestInput!) { ingest(input: $input) {
  indicators sourceId organisation sharedWith recipients } }`;

interface Ingested {
  ingest: {
    indicators: number;
    sourceId: string;
    organisation: string;
    sharedWith: string[];
    recipients: string[];
  };
}

/** The assertions about a node: their visibility keys (sorted) and their source's organisation. */
async function assertions(id: string) {
  const rows = await executor.read({
    cypher:
      'MATCH (n {id:$id})-[a:REPORTED_IN]->(s) RETURN a.vis AS vis, s.org AS org, s.id AS sid',
    params: { id },
  });
  return rows.map((r) => ({
    source: String(r.sid),
    org: String(r.org),
    vis: [...(r.vis as string[])].sort(),
  }));
}

async function exists(id: string): Promise<boolean> {
  const rows = await executor.read({ cypher: 'MATCH (n {id:$id}) RETURN n.id', params: { id } });
  return rows.length > 0;
}

/** What a partner of `org` (account `name`, RED clearance) may see of keys `vis`. */
const sees = (org: string, name: string, vis: string[]) =>
  canSee(
    callerKeys({ caller: `user:${name}`, organisation: org, clearance: 'RED', roles: ['partner'] }),
    vis,
  );

describe('the ingest mutation', () => {
  it("attributes a partner's AMBER submission to its organisation and shares it with org-b only", async () => {
    const r = await graphql<Ingested>(
      server.url,
      MUTATION,
      {
        input: {
          source: 'Org A tips',
          tlp: 'AMBER',
          values: ['scope-amber.example'],
          shareWith: ['org-b'],
        },
      },
      { token: tokens['partner-a'] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingest).toMatchObject({
      indicators: 1,
      sourceId: 'source:org-a-tips',
      organisation: 'org-a',
      sharedWith: ['org-b'],
      recipients: [],
    });
    const [a] = await assertions('domain:scope-amber.example');
    expect(a).toEqual({
      source: 'source:org-a-tips',
      org: 'org-a',
      vis: ['amber:o:org-a', 'amber:o:org-b'],
    });
    // Who sees it: org-a and org-b, not org-c nor the host organisation.
    expect(sees('org-a', 'partner-a', a!.vis)).toBe(true);
    expect(sees('org-b', 'partner-b', a!.vis)).toBe(true);
    expect(sees('org-c', 'someone', a!.vis)).toBe(false);
    expect(sees('local', 'admin', a!.vis)).toBe(false);
  });

  it('takes the organisation from the caller, never from the input', async () => {
    const r = await graphql(
      server.url,
      MUTATION,
      { input: { source: 'Sneaky', values: ['sneaky.example'], org: 'org-b' } },
      { token: tokens['partner-a'] },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT'); // no such input field
    expect(await exists('domain:sneaky.example')).toBe(false);
  });

  it('shares RED with recipients (organisations and accounts) and AMBER with the community', async () => {
    const red = await graphql<Ingested>(
      server.url,
      MUTATION,
      {
        input: {
          source: 'Org A red',
          tlp: 'RED',
          values: ['scope-red.example'],
          recipients: ['org-c', 'user:partner-b'],
        },
      },
      { token: tokens['partner-a'] },
    );
    expect(red.errors).toBeUndefined();
    expect((await assertions('domain:scope-red.example'))[0]!.vis).toEqual([
      'red:o:org-a',
      'red:o:org-c',
      'red:u:partner-b',
    ]);
    const community = await graphql<Ingested>(
      server.url,
      MUTATION,
      {
        input: {
          source: 'Org A community',
          tlp: 'AMBER',
          values: ['scope-community.example'],
          shareWith: ['community'],
        },
      },
      { token: tokens['partner-a'] },
    );
    expect(community.errors).toBeUndefined();
    expect((await assertions('domain:scope-community.example'))[0]!.vis).toEqual(['amber:*']);
    // At GREEN the sharing lists are stored with the source but open nothing more: every account sees it.
    const green = await graphql<Ingested>(
      server.url,
      MUTATION,
      {
        input: {
          source: 'Org A green',
          tlp: 'GREEN',
          values: ['scope-green.example'],
          shareWith: ['org-b'],
        },
      },
      { token: tokens['partner-a'] },
    );
    expect(green.data?.ingest.sharedWith).toEqual(['org-b']);
    expect(await assertions('domain:scope-green.example')).toEqual([
      { source: 'source:org-a-green', org: 'org-a', vis: ['green'] },
    ]);
  });

  it('refuses an unknown organisation or account with BAD_USER_INPUT naming the field and value', async () => {
    const cases = [
      { shareWith: ['org-b', 'no-such-org'], field: 'shareWith', value: 'no-such-org' },
      { recipients: ['user:ghost'], field: 'recipients', value: 'user:ghost' },
      { recipients: ['community'], field: 'recipients', value: 'community' },
      { shareWith: ['user:partner-b'], field: 'shareWith', value: 'user:partner-b' },
      { shareWith: ['Org B!'], field: 'shareWith', value: 'Org B!' },
    ];
    for (const { field, value, ...lists } of cases) {
      const r = await graphql(
        server.url,
        MUTATION,
        { input: { source: 'Refused', tlp: 'AMBER', values: ['refused.example'], ...lists } },
        { token: tokens['partner-a'] },
      );
      expect(r.errors?.[0]?.extensions, JSON.stringify(lists)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        value,
      });
      expect(r.errors![0]!.message).toContain(field);
    }
    expect(await exists('domain:refused.example')).toBe(false);
    expect(await exists('source:refused')).toBe(false);
  });

  it("refuses a partner of org-b submitting into org-a's source with CONFLICT, writing nothing", async () => {
    const r = await graphql(
      server.url,
      MUTATION,
      { input: { source: 'Org A tips', tlp: 'GREEN', values: ['intruder.example'] } },
      { token: tokens['partner-b'] },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(r.errors![0]!.message).toMatch(/belongs to another organisation/);
    expect(await exists('domain:intruder.example')).toBe(false);
    expect((await assertions('domain:scope-amber.example')).map((a) => a.org)).toEqual(['org-a']);
  });
});

describe('POST /api/ingest', () => {
  async function upload(token: string, params: string, body: string) {
    const res = await fetch(`${server.url}/api/ingest?format=text&${params}`, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'text/plain',
        'x-scamgraph-upload': '1',
        authorization: `Bearer ${token}`,
      },
    });
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown> & {
        error?: { code: string; field?: string; value?: string };
      },
    };
  }

  it('takes shareWith and recipients as query parameters, org from the caller', async () => {
    const r = await upload(
      tokens['partner-a']!,
      'source=Org%20A%20upload&tlp=RED&shareWith=org-b&recipients=org-b,user:partner-b',
      'upload-red.example\n',
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      organisation: 'org-a',
      sharedWith: ['org-b'],
      recipients: ['org-b', 'user:partner-b'],
    });
    expect(await assertions('domain:upload-red.example')).toEqual([
      {
        source: 'source:org-a-upload',
        org: 'org-a',
        vis: ['red:o:org-a', 'red:o:org-b', 'red:u:partner-b'],
      },
    ]);
  });

  it('answers 400 for an unknown organisation and 409 for a source of another organisation', async () => {
    const unknown = await upload(
      tokens['partner-a']!,
      'source=Org%20A%20upload&tlp=AMBER&shareWith=org-b,nowhere',
      'upload-refused.example\n',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'shareWith',
      value: 'nowhere',
    });
    const conflict = await upload(
      tokens['partner-b']!,
      'source=Org%20A%20upload&tlp=GREEN',
      'upload-intruder.example\n',
    );
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ code: 'CONFLICT', field: 'source' });
    expect(await exists('domain:upload-refused.example')).toBe(false);
    expect(await exists('domain:upload-intruder.example')).toBe(false);
  });
});

describe('scamgraph ingest --as --share-with --recipients', () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(path.join(tmpdir(), 'scamgraph-scope-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bin = path.resolve(import.meta.dirname, '../../bin/scamgraph.js');
  const env = {
    ...process.env,
    NEO4J_URI: testUri(),
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
  };

  /** Runs `scamgraph ingest <name>.csv … --json` (one after another: each run applies the schema). */
  async function cli(name: string, csv: string, ...args: string[]) {
    const file = path.join(dir, `${name}.csv`);
    writeFileSync(file, csv);
    const argv = [bin, 'ingest', file, '--rejects', path.join(dir, 'r.csv'), '--json', ...args];
    try {
      const { stdout } = await run(process.execPath, argv, { env });
      return { code: 0, out: JSON.parse(stdout) as Record<string, unknown> };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      return { code: e.code, out: JSON.parse(e.stdout || '{}') as Record<string, unknown> };
    }
  }

  it('submits as the named account, each list opening its TLP; by default as the local admin', async () => {
    // One file, rows at AMBER and RED: --share-with opens the AMBER row, --recipients the RED one.
    const partner = await cli(
      'cli-partner',
      'domain,tlp\r\ncli-amber.example,AMBER\r\ncli-red.example,RED\r\n',
      '--as',
      'partner-a',
      '--share-with',
      'org-b',
      '--recipients',
      'org-c,user:partner-b',
    );
    expect(partner).toMatchObject({
      code: 0,
      out: { indicators: 2, rejected: 0, sources: ['source:cli-partner'] },
    });
    expect(await assertions('domain:cli-amber.example')).toEqual([
      { source: 'source:cli-partner', org: 'org-a', vis: ['amber:o:org-a', 'amber:o:org-b'] },
    ]);
    expect(await assertions('domain:cli-red.example')).toEqual([
      {
        source: 'source:cli-partner',
        org: 'org-a',
        vis: ['red:o:org-a', 'red:o:org-c', 'red:u:partner-b'],
      },
    ]);
    const host = await cli('cli-host', 'domain\r\ncli-host.example\r\n', '--tlp', 'AMBER');
    expect(host.code).toBe(0);
    expect(await assertions('domain:cli-host.example')).toEqual([
      { source: 'source:cli-host', org: 'local', vis: ['amber:o:local'] },
    ]);
  }, 60_000);

  it("refuses a viewer's --as and an unknown organisation, writing nothing", async () => {
    const viewer = await cli('cli-viewer', 'domain\r\ncli-viewer.example\r\n', '--as', 'viewer-a');
    expect(viewer).toMatchObject({ code: 1, out: { error: { code: 'FORBIDDEN' } } });
    const unknown = await cli(
      'cli-unknown',
      'domain\r\ncli-unknown.example\r\n',
      '--as',
      'partner-a',
      '--share-with',
      'org-b,nowhere',
    );
    expect(unknown).toMatchObject({
      code: 1,
      out: { error: { code: 'BAD_USER_INPUT', field: '--share-with', value: 'nowhere' } },
    });
    expect(await exists('domain:cli-viewer.example')).toBe(false);
    expect(await exists('domain:cli-unknown.example')).toBe(false);
  }, 60_000);
});
