// Indicator sets belong to their organisation and can be shared with others (SPEC §6): listed, read and
// exported by the owner and the organisations named in `sharedWith`, NOT_FOUND for everyone else (as a set
// that never existed), deleted only by the owner with write rights; ids a caller may not see are not shown.
// Also `scamgraph export --as <account>`.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../server/context.js';
import type { Executor } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import type { NodeRecord, Tlp } from '../../server/model.js';
import { createAccount, createOrg } from '../../server/modules/accounts/accounts-service.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import {
  createIndicatorSet,
  deleteIndicatorSet,
  exportTarget,
  getIndicatorSet,
  presentSets,
  setsVisibleTo,
} from '../../server/modules/exports/exports-service.js';
import {
  graphql,
  startTestServer,
  testExecutor,
  testUri,
  wipeGraph,
  type TestServer,
} from './harness.js';

const ctxOf = (org: string, role = 'analyst', clearance: Tlp = 'RED'): RequestContext => ({
  caller: `user:${org}-${role}`,
  organisation: org,
  clearance,
  roles: [role],
});
const ownerA = ctxOf('org-a');
const viewerA = ctxOf('org-a', 'viewer');
const partnerB = ctxOf('org-b', 'partner', 'GREEN');
const adminC = ctxOf('org-c', 'admin');

function node(id: string, src: string, tlp: Tlp): NodeRecord {
  const value = id.slice(id.indexOf(':') + 1);
  return {
    id,
    label: 'Domain',
    value,
    display: value,
    raw: [value],
    props: {},
    tlp,
    confidence: 50,
    firstSeen: '2024-01-01T00:00:00Z',
    lastSeen: '2024-01-01T00:00:00Z',
    sources: [src],
    synthetic: false,
  };
}

function source(id: string, tlp: Tlp): NodeRecord {
  return { ...node(id, id, tlp), label: 'Source', sources: [], props: { name: id } };
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

let executor: Executor;
let server: TestServer;

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  for (const org of ['org-a', 'org-b', 'org-c'])
    await createOrg(executor, org, { existing: 'reuse' });
  // org-a: a GREEN domain and an AMBER+STRICT one only org-a sees.
  await writeBatch(
    executor,
    [
      source('source:a-green', 'GREEN'),
      node('domain:open.example', 'source:a-green', 'GREEN'),
      node('domain:closed.example', 'source:a-green', 'AMBER_STRICT'),
    ],
    [],
    undefined,
    { org: 'org-a' },
  );
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

describe('indicator sets shared between organisations', () => {
  it('lists, reads and exports a set for its owner and the organisations it is shared with only', async () => {
    const set = await createIndicatorSet(executor, ownerA, {
      name: 'shared with b',
      ids: ['domain:open.example', 'domain:closed.example'],
      sharedWith: ['org-b', 'ORG-B', 'org-a'],
    });
    expect(set).toMatchObject({ organisation: 'org-a', sharedWith: ['org-b'] });
    const mine = await createIndicatorSet(executor, ownerA, { name: 'only a' });

    expect((await setsVisibleTo(executor, ownerA)).map((s) => s.name)).toEqual([
      'shared with b',
      'only a',
    ]);
    expect((await setsVisibleTo(executor, partnerB)).map((s) => s.name)).toEqual(['shared with b']);
    // An admin of another organisation: a role gives rights, not sight.
    expect(await setsVisibleTo(executor, adminC)).toEqual([]);
    expect((await getIndicatorSet(executor, partnerB, set.id)).id).toBe(set.id);

    // Not shared: exactly as a set that never existed (code and message).
    const hidden = await getIndicatorSet(executor, adminC, set.id).catch((e: Error) => e);
    const absent = await getIndicatorSet(executor, adminC, 'no-such-set').catch((e: Error) => e);
    expect(hidden).toMatchObject({ code: 'NOT_FOUND' });
    expect((hidden as Error).message.replace(set.id, 'ID')).toBe(
      (absent as Error).message.replace('no-such-set', 'ID'),
    );
    expect(await codeOf(getIndicatorSet(executor, partnerB, mine.id))).toBe('NOT_FOUND');
    const out = new PassThrough();
    expect(await codeOf(exportTarget(executor, adminC, { setId: set.id }, 'csv', { out }))).toBe(
      'NOT_FOUND',
    );

    // The recipient exports what it may see of the set: the GREEN domain, not org-a's strict one.
    const chunks: Buffer[] = [];
    const csv = new PassThrough();
    csv.on('data', (c: Buffer) => chunks.push(c));
    await exportTarget(executor, partnerB, { setId: set.id }, 'csv', { out: csv });
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toContain('open.example');
    expect(text).not.toContain('closed.example');
  });

  it('shows a caller only the ids of a set it may see, and the sharing list to the owner only', async () => {
    const set = await createIndicatorSet(executor, ownerA, {
      name: 'ids',
      ids: ['domain:open.example', 'domain:closed.example'],
      sharedWith: ['org-b'],
    });
    const [forOwner] = await presentSets(executor, ownerA, [set]);
    const [forB] = await presentSets(executor, partnerB, [set]);
    expect(forOwner!.definition.ids).toEqual(['domain:open.example', 'domain:closed.example']);
    expect(forOwner!.sharedWith).toEqual(['org-b']);
    expect(forB!.definition.ids).toEqual(['domain:open.example']);
    expect(forB!.sharedWith).toEqual([]);
  });

  it('exports nothing around a cluster root the caller may not see, and never names that root', async () => {
    const set = await createIndicatorSet(executor, ownerA, {
      name: 'around the closed one',
      clusterOf: 'domain:closed.example',
    });
    const greenA = ctxOf('org-a', 'partner', 'GREEN');
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const r = await exportTarget(executor, greenA, { setId: set.id }, 'csv', { out });
    expect(r.count).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).not.toContain('closed.example');
    const [shown] = await presentSets(executor, greenA, [set]);
    expect(shown!.definition.clusterOf).toBeUndefined();
    // Saving a set around a root the caller may not see: NOT_FOUND, as for one that never existed.
    expect(
      await codeOf(
        createIndicatorSet(executor, greenA, { name: 'x', clusterOf: 'domain:closed.example' }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('is deleted by its owning organisation with write rights only', async () => {
    const set = await createIndicatorSet(executor, ownerA, {
      name: 'to delete',
      sharedWith: ['org-b'],
    });
    expect(await codeOf(deleteIndicatorSet(executor, partnerB, set.id))).toBe('FORBIDDEN');
    expect(await codeOf(deleteIndicatorSet(executor, adminC, set.id))).toBe('NOT_FOUND');
    expect(await codeOf(deleteIndicatorSet(executor, viewerA, set.id))).toBe('FORBIDDEN');
    expect((await deleteIndicatorSet(executor, ownerA, set.id)).id).toBe(set.id);
    expect(await codeOf(getIndicatorSet(executor, partnerB, set.id))).toBe('NOT_FOUND');
  });

  it('refuses sharing with an organisation that does not exist or a malformed key', async () => {
    expect(
      await codeOf(createIndicatorSet(executor, ownerA, { name: 'x', sharedWith: ['org-zz'] })),
    ).toBe('BAD_USER_INPUT');
    expect(
      await codeOf(createIndicatorSet(executor, ownerA, { name: 'x', sharedWith: ['no way'] })),
    ).toBe('BAD_USER_INPUT');
  });

  it('over GraphQL: sharedWith saved and shown to the owner; the recipient lists it, others get NOT_FOUND', async () => {
    await createAccount(
      executor,
      { name: 'b-partner', org: 'org-b', role: 'partner', clearance: 'GREEN' },
      { existing: 'reuse' },
    );
    await createAccount(
      executor,
      { name: 'c-admin', org: 'org-c', role: 'admin', clearance: 'RED' },
      { existing: 'reuse' },
    );
    await createAccount(
      executor,
      { name: 'a-analyst', org: 'org-a', role: 'analyst', clearance: 'RED' },
      { existing: 'reuse' },
    );
    const tokenOf = async (account: string) => ({
      token: (await createToken(executor, { account })).token,
    });
    const [a, b, c] = [
      await tokenOf('a-analyst'),
      await tokenOf('b-partner'),
      await tokenOf('c-admin'),
    ];
    const created = await graphql<{
      createIndicatorSet: { id: string; sharedWith: string[]; ids: string[] };
    }>(
      server.url,
      'mutation($i: IndicatorSetInput!) { createIndicatorSet(input: $i) { id sharedWith ids } }',
      {
        i: {
          name: 'gql shared',
          ids: ['domain:open.example', 'domain:closed.example'],
          sharedWith: ['org-b'],
        },
      },
      a,
    );
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createIndicatorSet;
    expect(created.data!.createIndicatorSet.sharedWith).toEqual(['org-b']);
    const listB = await graphql<{
      indicatorSets: { id: string; ids: string[]; sharedWith: string[] }[];
    }>(server.url, '{ indicatorSets { id ids sharedWith } }', {}, b);
    expect(listB.data!.indicatorSets.find((s) => s.id === id)).toEqual({
      id,
      ids: ['domain:open.example'],
      sharedWith: [],
    });
    const getC = await graphql(
      server.url,
      'query($id: ID!) { indicatorSet(id: $id) { id } }',
      { id },
      c,
    );
    expect(getC.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const exportC = await graphql(
      server.url,
      'query($id: ID) { exportIndicators(setId: $id, format: CSV) { count } }',
      { id },
      c,
    );
    expect(exportC.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('scamgraph export --as', () => {
  const run = promisify(execFile);
  const bin = path.resolve(import.meta.dirname, '../../bin/scamgraph.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-export-as-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = {
    ...process.env,
    NEO4J_URI: testUri(),
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
  };
  async function cli(...args: string[]) {
    try {
      const r = await run(process.execPath, [bin, 'export', '--json', ...args], { env });
      return { code: 0, out: JSON.parse(r.stdout) as Record<string, unknown>, stderr: r.stderr };
    } catch (error) {
      const e = error as { code: number; stderr: string };
      return { code: e.code, out: {}, stderr: e.stderr };
    }
  }

  it("exports what the account's organisation may see, never more than the account's clearance", async () => {
    await createAccount(
      executor,
      { name: 'a-green', org: 'org-a', role: 'partner', clearance: 'GREEN' },
      { existing: 'reuse' },
    );
    const a = path.join(dir, 'a.csv');
    const r = await cli('--format', 'csv', '--out', a, '--as', 'a-analyst');
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(a, 'utf8')).toContain('closed.example');
    const g = path.join(dir, 'g.csv');
    expect(
      (await cli('--format', 'csv', '--out', g, '--as', 'a-analyst', '--clearance', 'GREEN')).code,
    ).toBe(0);
    expect(readFileSync(g, 'utf8')).not.toContain('closed.example');
    expect(
      (await cli('--format', 'csv', '--out', g, '--as', 'a-green', '--clearance', 'RED')).code,
    ).toBe(1);
    const unknown = await cli('--format', 'csv', '--out', g, '--as', 'nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No account "nobody"');
  });
});
