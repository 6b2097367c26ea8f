// Indicator sets through GraphQL, inline exports, CSV and takedown packs from the CLI's export path.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import { adminContext, type RequestContext } from '../../server/context.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { exportTarget } from '../../server/modules/exports/exports-service.js';
import { loadInteropGraph } from '../interop/fixture.js';
import { graphql, startTestServer, testExecutor } from './harness.js';

let executor: Executor;
let server: Running;
const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-export-'));

beforeAll(async () => {
  executor = await testExecutor();
  await loadInteropGraph(executor);
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('indicator sets over GraphQL', () => {
  it('creates, lists and exports a set', async () => {
    const created = await graphql<{
      createIndicatorSet: { id: string; mode: string; filter: { kinds: string[]; maxTlp: string } };
    }>(
      server.url,
      'mutation($i: IndicatorSetInput!) { createIndicatorSet(input: $i) { id mode filter { kinds maxTlp } } }',
      { i: { name: 'green wallets', filter: { kinds: ['WALLET'], maxTlp: 'GREEN' } } },
    );
    expect(created.errors).toBeUndefined();
    const set = created.data!.createIndicatorSet;
    expect(set).toMatchObject({ mode: 'FILTER', filter: { kinds: ['WALLET'], maxTlp: 'GREEN' } });
    const list = await graphql<{ indicatorSets: { id: string; taxiiCollectionPath: string }[] }>(
      server.url,
      '{ indicatorSets { id taxiiCollectionPath } }',
    );
    expect(list.data!.indicatorSets.map((s) => s.id)).toContain(set.id);
    const csv = await graphql<{
      exportIndicators: { content: string; count: number; mediaType: string };
    }>(
      server.url,
      'query($s: ID) { exportIndicators(setId: $s, format: CSV) { content count mediaType } }',
      { s: set.id },
    );
    expect(csv.errors).toBeUndefined();
    const lines = csv.data!.exportIndicators.content.trim().split('\r\n');
    expect(lines[0]).toBe('kind,value,display,tlp,confidence,first_seen,last_seen,sources,cluster');
    expect(lines.length - 1).toBe(csv.data!.exportIndicators.count);
    expect(lines.slice(1).every((l) => l.startsWith('wallet,') && /,(CLEAR|GREEN),/.test(l))).toBe(
      true,
    );
  });

  it('deletes a set: gone from the list, from GraphQL and from TAXII; deleting it again is NOT_FOUND', async () => {
    const created = await graphql<{
      createIndicatorSet: { id: string; taxiiCollectionPath: string };
    }>(
      server.url,
      'mutation { createIndicatorSet(input: { name: "to delete", filter: { kinds: [DOMAIN] } }) { id taxiiCollectionPath } }',
    );
    const { id, taxiiCollectionPath } = created.data!.createIndicatorSet;
    const { token } = await createToken(executor, { organisation: 'local', clearance: 'GREEN' });
    const collection = () =>
      fetch(`${server.url}${taxiiCollectionPath}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/taxii+json;version=2.1' },
      });
    expect((await collection()).status).toBe(200);

    const deleted = await graphql<{ deleteIndicatorSet: { id: string; name: string } }>(
      server.url,
      'mutation($id: ID!) { deleteIndicatorSet(id: $id) { id name } }',
      { id },
    );
    expect(deleted.data?.deleteIndicatorSet).toEqual({ id, name: 'to delete' });
    const list = await graphql<{ indicatorSets: { id: string }[] }>(
      server.url,
      '{ indicatorSets { id } }',
    );
    expect(list.data!.indicatorSets.map((s) => s.id)).not.toContain(id);
    const gone = await graphql(server.url, 'query($id: ID!) { indicatorSet(id: $id) { id } }', {
      id,
    });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await collection()).status).toBe(404);
    const again = await graphql(
      server.url,
      'mutation($id: ID!) { deleteIndicatorSet(id: $id) { id } }',
      { id },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for an unknown set and BAD_USER_INPUT for a bad filter', async () => {
    const missing = await graphql(server.url, '{ indicatorSet(id: "nope") { id } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await graphql(
      server.url,
      'mutation { createIndicatorSet(input: { name: "x", filter: { country: "Cambodia" } }) { id } }',
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cluster = await graphql(
      server.url,
      'mutation { createIndicatorSet(input: { name: "x", clusterOf: "domain:absent.invalid" }) { id } }',
    );
    expect(cluster.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('CSV and takedown exports', () => {
  it('writes one CSV row per visible indicator', async () => {
    const file = path.join(dir, 'clear.csv');
    const ctx: RequestContext = { caller: 't', organisation: 'o', clearance: 'CLEAR', roles: [] };
    const r = await exportTarget(executor, ctx, {}, 'csv', { out: createWriteStream(file) });
    const rows = readFileSync(file, 'utf8').trim().split('\r\n').slice(1);
    expect(rows.length).toBe(r.count);
    const expected = await executor.read({
      cypher:
        "MATCH (n) WHERE (n:Domain OR n:Url OR n:App OR n:Wallet OR n:Phone OR n:Account OR n:Email OR n:IpAddress) AND EXISTS { (n)-[a:REPORTED_IN]->() WHERE a.tlp = 'CLEAR' } RETURN count(n) AS c",
    });
    expect(rows.length).toBe(Number(expected[0]?.c));
    expect(rows.every((l) => l.includes(',CLEAR,'))).toBe(true);
  });

  it('zips one CSV per party with a cover sheet', async () => {
    const file = path.join(dir, 'pack.zip');
    await exportTarget(executor, adminContext(), {}, 'takedown', { out: createWriteStream(file) });
    const listing = execFileSync(
      'python3',
      [
        '-c',
        'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))',
        file,
      ],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n');
    expect(listing).toEqual(expect.arrayContaining(['README.md', 'summary.json']));
    for (const folder of [
      'registrar/',
      'hosting/',
      'app-store/',
      'telco/',
      'wallets/',
      'platform/',
    ]) {
      expect(
        listing.some((f) => f.startsWith(folder)),
        folder,
      ).toBe(true);
    }
    const summary = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("summary.json").decode())',
          file,
        ],
        { encoding: 'utf8' },
      ),
    ) as {
      indicators: number;
      parties: { count: number }[];
      sources: string[];
    };
    expect(summary.indicators).toBeGreaterThan(10);
    expect(summary.sources.length).toBeGreaterThan(0);
  });
});
