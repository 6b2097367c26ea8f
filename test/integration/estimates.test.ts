// Scale estimates on the real Neo4j, on a small hand-built fixture whose figures are worked out by hand
// below: compounds by country and status with a history, victims deduplicated by a shared victimRef and
// a shared txHash, losses, inflows along TRANSFERRED_TO to exchange and OTC wallets by month; what a GREEN
// partner sees without another organisation's AMBER inputs; and the CLI's JSON equal to the GraphQL answer.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import {
  entityId,
  type NodeLabel,
  type NodeRecord,
  type RelRecord,
  type RelType,
  type SharingScope,
  type Tlp,
} from '../../server/model.js';
import { createAccount, createOrg } from '../../server/modules/accounts/accounts-service.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import {
  graphql,
  startTestServer,
  testExecutor,
  testUri,
  wipeGraph,
  type TestServer,
} from './harness.js';

type Props = NodeRecord['props'];

/** One source's submission: its Source node and what it said, at one TLP, by one organisation. */
class Run {
  readonly nodes: NodeRecord[] = [];
  readonly rels: RelRecord[] = [];
  readonly source: string;

  constructor(
    key: string,
    name: string,
    reliability: string,
    readonly tlp: Tlp,
    readonly scope: SharingScope,
  ) {
    this.source = entityId('Source', key);
    this.nodes.push({
      ...this.prov('2024-01-01T00:00:00Z'),
      id: this.source,
      label: 'Source',
      value: key,
      display: name,
      raw: [],
      sources: [],
      props: { name, reliability, url: null },
    });
  }

  private prov(firstSeen: string) {
    return {
      tlp: this.tlp,
      confidence: 70,
      firstSeen,
      lastSeen: firstSeen,
      sources: [this.source],
      synthetic: false,
    };
  }

  node(
    label: NodeLabel,
    key: string,
    props: Props,
    facts: Props = {},
    seen = '2024-01-01T00:00:00Z',
  ) {
    this.nodes.push({
      ...this.prov(seen),
      id: entityId(label, key),
      label,
      value: key,
      display: typeof props.name === 'string' ? props.name : key,
      raw: [key],
      facts,
      props,
    });
    return this;
  }

  rel(type: RelType, from: string, to: string, props: Props = {}, seen = '2024-01-01T00:00:00Z') {
    this.rels.push({ ...this.prov(seen), type, from, to, props });
    return this;
  }

  write(executor: Executor) {
    return writeBatch(executor, this.nodes, this.rels, undefined, this.scope);
  }
}

const ANALYST_ORG: SharingScope = { org: 'analyst-org' };
const HELPLINE_ORG: SharingScope = { org: 'helpline-org', sharedWith: ['analyst-org'] };

const W = (name: string) => `wallet:tron:TFixture${name}`;
const [D1, D2, COL, OTHER, EXCH, X2, OTC, EXCH2] = [
  'Deposit1',
  'Deposit2',
  'Collector',
  'Other',
  'Exchange',
  'Beyond',
  'OtcDesk',
  'Exchange2',
].map(W) as [string, string, string, string, string, string, string, string];
const C1 = 'compound:alpha-park-mm';
const C2 = 'compound:bravo-site-mm';
const C3 = 'compound:charlie-zone-kh';
const C4 = 'compound:delta-tower-kh';
const V = (n: number) => `victim:vr-fixture-${n}`;
const wallet = (id: string) => id.slice('wallet:'.length);
const compound = (id: string) => id.slice('compound:'.length);
const victim = (id: string) => id.slice('victim:'.length);
const place = (name: string, status: string, statusDate: string) => ({
  name,
  status,
  statusDate,
  lat: 16.7,
  lon: 98.5,
});

async function writeFixture(executor: Executor) {
  // Chain analytics (GREEN, B): the wallets, the transfers, an exchange and an OTC desk's wallet.
  const chain = new Run('fixture-chain', 'Fixture chain analytics', 'B', 'GREEN', ANALYST_ORG);
  for (const id of [D1, D2, COL, OTHER, X2]) chain.node('Wallet', wallet(id), {});
  chain.node('Wallet', wallet(EXCH), { walletRole: 'exchange' });
  chain.node('Wallet', wallet(OTC), {});
  chain.node('Organization', 'otc-desk-fixture', {
    name: 'OTC desk (fixture)',
    kind: 'otc-broker',
  });
  chain.rel('RUN_BY', OTC, 'org:otc-desk-fixture', { role: 'otc-desk' });
  const usdt = (amount: number, date?: string) => ({
    amount,
    asset: 'USDT-TRC20',
    txCount: 3,
    ...(date ? { date } : {}),
  });
  chain.rel('TRANSFERRED_TO', D1, COL, usdt(30_000, '2024-02-25T00:00:00Z'));
  chain.rel('TRANSFERRED_TO', D2, COL, usdt(10_000), '2024-03-10T00:00:00Z'); // dated by firstSeen
  chain.rel('TRANSFERRED_TO', OTHER, COL, usdt(10_000, '2024-03-01T00:00:00Z'));
  chain.rel('TRANSFERRED_TO', COL, EXCH, usdt(45_000, '2024-03-20T00:00:00Z'));
  chain.rel('TRANSFERRED_TO', EXCH, X2, usdt(99_999, '2024-03-25T00:00:00Z')); // beyond an exit
  chain.rel('TRANSFERRED_TO', D2, OTC, { amount: 1, asset: 'BTC', date: '2024-04-05T00:00:00Z' });
  await chain.write(executor);

  // Compound statements from sources of different reliability and TLP.
  const ngo = new Run('fixture-ngo', 'Fixture NGO report', 'B', 'CLEAR', ANALYST_ORG);
  ngo.node('Compound', compound(C1), place('Alpha Park', 'active', '2022-05-01'), {
    country: 'MM',
  });
  ngo.node('Compound', compound(C2), place('Bravo Site', 'active', '2023-01-01'), {
    country: 'MM',
  });
  ngo.node('Compound', compound(C3), place('Charlie Zone', 'active', '2022-01-01'), {
    country: 'KH',
  });
  await ngo.write(executor);
  const news = new Run('fixture-news', 'Fixture newsroom', 'C', 'GREEN', ANALYST_ORG);
  news.node('Compound', compound(C1), place('Alpha Park', 'raided', '2024-03-15'), {
    country: 'MM',
  });
  await news.write(executor);
  const tips = new Run('fixture-tips', 'Fixture tip line', 'F', 'GREEN', ANALYST_ORG);
  tips.node('Compound', compound(C2), place('Bravo Site', 'active', '2023-06-01'), {
    country: 'MM',
  });
  await tips.write(executor);

  // Police reports (GREEN, B): one victim reported again (victimRef), one by the same transfer (txHash).
  const police = new Run('fixture-police', 'Fixture police reports', 'B', 'GREEN', ANALYST_ORG);
  const report = (run: Run, n: number, props: Props, wallets: string[], date: string) => {
    run.node('VictimReport', victim(V(n)), { country: 'GB', date, ...props }, {}, date);
    for (const w of wallets) run.rel('INVOLVES', V(n), w, { role: 'paid-to' }, date);
  };
  report(police, 2, { victimRef: 'vr-001', amountUsd: 9_000 }, [D1], '2024-02-20T00:00:00Z');
  report(police, 4, { txHash: '0xABC', amountUsd: 5_000 }, [D2], '2024-03-06T00:00:00Z');
  report(police, 5, { amountUsd: 2_000 }, [D2], '2024-04-01T00:00:00Z');
  report(police, 7, { amountUsd: 2_010 }, [D2], '2024-04-03T00:00:00Z'); // probable duplicate of 5
  await police.write(executor);

  // The helpline (AMBER, D) of another organisation, shared with the analyst's: reports, a compound, a
  // transfer to an exchange wallet only it names.
  const helpline = new Run('fixture-helpline', 'Fixture helpline', 'D', 'AMBER', HELPLINE_ORG);
  helpline.node('Domain', 'fixture-other.example', {});
  helpline.node('Wallet', wallet(EXCH2), { walletRole: 'exchange' });
  helpline.rel('TRANSFERRED_TO', D1, EXCH2, usdt(5_000, '2024-05-02T00:00:00Z'));
  helpline.node('Compound', compound(C3), place('Charlie Zone', 'closed', '2024-08-01'), {
    country: 'KH',
  });
  helpline.node('Compound', compound(C4), place('Delta Tower', 'active', '2023-03-01'), {
    country: 'KH',
  });
  report(helpline, 1, { victimRef: 'VR-001', amountUsd: 10_000 }, [D1], '2024-02-10T00:00:00Z');
  report(helpline, 3, { txHash: '0xabc', amountUsd: 5_000 }, [D2], '2024-03-05T00:00:00Z');
  report(helpline, 6, {}, [], '2024-04-15T00:00:00Z');
  helpline.rel('INVOLVES', V(6), 'domain:fixture-other.example', { role: 'platform' });
  // It also speaks of a compound and a report the partner sees through other sources: those statements
  // (changing no figure of the analyst's) stay hidden from the partner.
  helpline.node('Compound', compound(C2), place('Bravo Site', 'active', '2023-06-01'), {
    country: 'MM',
  });
  report(helpline, 5, { victimRef: 'hl-5', amountUsd: 2_000 }, [], '2024-04-01T00:00:00Z');

  await helpline.write(executor);
}

const SOURCE = 'id name reliability url';
const RANGE = 'value low high';
const ESTIMATES = `query($f: EstimateFilter) { estimates(filter: $f) {
  generatedAt tlp
  figures { key label unit ${RANGE} method rangeMethod sources { ${SOURCE} } counted excluded { reason count } entityIds }
  compoundsByCountry { country active raided relocated closed total entityIds }
  compounds { id name country lat lon history { status since sourceId } }
  victimsByMonth { key label unit method points { period ${RANGE} entityIds } }
  lossesByMonth { key label unit method points { period ${RANGE} entityIds } }
  inflowsByMonth { key label unit method points { period ${RANGE} entityIds } }
  inflowsByCluster { clusterId clusterName month usd low high }
  sources { ${SOURCE} } } }`;

interface Figure {
  key: string;
  value: number;
  low: number;
  high: number;
  counted: number;
  excluded: { reason: string; count: number }[];
  sources: { id: string }[];
  entityIds: string[];
}
interface Point {
  period: string;
  value: number;
  low: number;
  high: number;
}
interface Answer {
  generatedAt: string;
  tlp: string;
  figures: Figure[];
  compoundsByCountry: Record<string, unknown>[];
  compounds: { id: string; history: { status: string; since: string; sourceId: string }[] }[];
  victimsByMonth: { points: Point[] };
  inflowsByMonth: { points: Point[] };
  inflowsByCluster: { clusterId: string; month: string; usd: number; low: number; high: number }[];
  sources: { id: string }[];
}

let executor: Executor;
let server: TestServer;
const tokens: Record<'analyst' | 'partner', string> = { analyst: '', partner: '' };

async function estimatesAs(who: 'analyst' | 'partner', filter: Record<string, unknown> = {}) {
  const r = await graphql<{ estimates: Answer }>(
    server.url,
    ESTIMATES,
    { f: filter },
    {
      token: tokens[who],
    },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.estimates;
}

type FigureKey =
  | 'compounds.total'
  | 'compounds.active'
  | 'compounds.raided'
  | 'compounds.relocated'
  | 'compounds.closed'
  | 'victims'
  | 'losses.usd'
  | 'inflows.usd';
const figures = (e: Answer) =>
  Object.fromEntries(
    e.figures.map((f) => [f.key, { low: f.low, value: f.value, high: f.high }]),
  ) as Record<FigureKey, { low: number; value: number; high: number }>;
const fig = (e: Answer, key: string) => e.figures.find((f) => f.key === key)!;
const points = (ps: Point[]) => ps.map((p) => [p.period, p.low, p.value, p.high]);

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  await writeFixture(executor);
  server = await startTestServer();
  await createOrg(executor, 'analyst-org', { existing: 'reuse' });
  await createOrg(executor, 'partner-org', { existing: 'reuse' });
  await createAccount(executor, {
    name: 'fixture-analyst',
    org: 'analyst-org',
    role: 'analyst',
    clearance: 'AMBER',
  });
  await createAccount(executor, {
    name: 'fixture-partner',
    org: 'partner-org',
    role: 'partner',
    clearance: 'GREEN',
  });
  tokens.analyst = (await createToken(executor, { account: 'fixture-analyst' })).token;
  tokens.partner = (await createToken(executor, { account: 'fixture-partner' })).token;
});

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

describe('estimates for an analyst who sees the shared AMBER helpline data', () => {
  it('counts compounds by status today, with corroboration ranges and countries', async () => {
    const e = await estimatesAs('analyst');
    expect(e.tlp).toBe('AMBER');
    // C1 raided (newsroom, C), C2 active (NGO + tips), C3 closed (helpline, D, alone), C4 active (helpline).
    expect(figures(e)).toMatchObject({
      'compounds.total': { low: 3, value: 4, high: 4 },
      'compounds.active': { low: 1, value: 2, high: 2 },
      'compounds.raided': { low: 1, value: 1, high: 1 },
      'compounds.relocated': { low: 0, value: 0, high: 0 },
      'compounds.closed': { low: 0, value: 1, high: 1 },
    });
    expect(fig(e, 'compounds.active').entityIds.sort()).toEqual([C2, C4]);
    expect(e.compoundsByCountry).toEqual([
      {
        country: 'KH',
        active: 1,
        raided: 0,
        relocated: 0,
        closed: 1,
        total: 2,
        entityIds: [C3, C4],
      },
      {
        country: 'MM',
        active: 1,
        raided: 1,
        relocated: 0,
        closed: 0,
        total: 2,
        entityIds: [C1, C2],
      },
    ]);
    expect(e.compounds.find((c) => c.id === C1)!.history).toEqual([
      { status: 'active', since: '2022-05-01', sourceId: 'source:fixture-ngo' },
      { status: 'raided', since: '2024-03-15', sourceId: 'source:fixture-news' },
    ]);
  });

  it('answers the status at the end of a period', async () => {
    const e = await estimatesAs('analyst', { to: '2024-01-31' });
    // Everything active then; C4 rests on the D-rated helpline alone.
    expect(figures(e)['compounds.active']).toEqual({ low: 3, value: 4, high: 4 });
    expect(figures(e)['compounds.raided']).toEqual({ low: 0, value: 0, high: 0 });
  });

  it('deduplicates victims by a shared victimRef and a shared txHash, with losses', async () => {
    const e = await estimatesAs('analyst');
    // Groups {1,2} (vr-001), {3,4} (0xabc), {5}, {6}, {7}; 5 and 7 probable duplicates (same wallet,
    // 2,000 vs 2,010 USD, two days apart); 6 gives no amount.
    expect(figures(e).victims).toEqual({ low: 4, value: 5, high: 7 });
    expect(fig(e, 'victims').excluded).toEqual([{ reason: 'DUPLICATE_REPORT', count: 2 }]);
    // value: max(10,000, 9,000) + 5,000 + 2,000 + 2,010; low: 9,000 + 5,000 + 2,000; high: all six amounts.
    expect(figures(e)['losses.usd']).toEqual({ low: 16_000, value: 19_010, high: 33_010 });
    expect(fig(e, 'losses.usd').excluded).toEqual([
      { reason: 'DUPLICATE_REPORT', count: 2 },
      { reason: 'NO_AMOUNT', count: 1 },
    ]);
    expect(points(e.victimsByMonth.points)).toEqual([
      ['2024-02', 1, 1, 2],
      ['2024-03', 1, 1, 2],
      ['2024-04', 2, 3, 3],
    ]);
    const period = await estimatesAs('analyst', { from: '2024-03-01', to: '2024-03-31' });
    expect(figures(period).victims).toEqual({ low: 1, value: 1, high: 2 });
    expect(fig(period, 'victims').excluded).toContainEqual({ reason: 'OUTSIDE_PERIOD', count: 5 });
  });

  it('sums inflows from deposit wallets to exchange and OTC wallets by month (Griffin & Mei)', async () => {
    const e = await estimatesAs('analyst');
    // Arrivals: collector → exchange 45,000 USDT (March; the collector got 40,000 of its 50,000 from
    // deposit wallets: haircut 0.8), deposit 2 → OTC desk wallet 1 BTC (April; 16,000 / 42,000 / 100,000),
    // deposit 1 → the helpline's exchange wallet 5,000 USDT (May). The exchange's onward 99,999 is not followed.
    expect(figures(e)['inflows.usd']).toEqual({ low: 57_000, value: 92_000, high: 150_000 });
    expect(fig(e, 'inflows.usd').counted).toBe(3);
    expect(points(e.inflowsByMonth.points)).toEqual([
      ['2024-03', 36_000, 45_000, 45_000],
      ['2024-04', 16_000, 42_000, 100_000],
      ['2024-05', 5_000, 5_000, 5_000],
    ]);
    const r = await graphql<{ clusterOf: { id: string } | null }>(
      server.url,
      'query($id: ID!) { clusterOf(entityId: $id) { id } }',
      { id: D1 },
      { token: tokens.analyst },
    );
    expect(r.errors).toBeUndefined();
    const cluster = r.data!.clusterOf!.id;
    expect(e.inflowsByCluster.map((c) => [c.clusterId, c.month, c.low, c.usd, c.high])).toEqual([
      [cluster, '2024-03', 36_000, 45_000, 45_000],
      [cluster, '2024-04', 16_000, 42_000, 100_000],
      [cluster, '2024-05', 5_000, 5_000, 5_000],
    ]);
    // Only that cluster: the compounds and the report that involves nothing of it drop out.
    const only = await estimatesAs('analyst', { clusterId: cluster });
    expect(figures(only)['inflows.usd'].value).toBe(92_000);
    expect(figures(only).victims.value).toBe(4);
    expect(fig(only, 'victims').excluded).toContainEqual({ reason: 'OUTSIDE_CLUSTER', count: 1 });
    expect(figures(only)['compounds.total'].value).toBe(0);
  });

  it('counts only sources at least as reliable as asked', async () => {
    const e = await estimatesAs('analyst', { minReliability: 'C' });
    expect(figures(e)['compounds.total'].value).toBe(3);
    expect(fig(e, 'compounds.total').excluded).toEqual([{ reason: 'UNRELIABLE_SOURCE', count: 1 }]);
    expect(figures(e).victims.value).toBe(4);
    expect(e.sources.map((s) => s.id)).not.toContain('source:fixture-helpline');
  });

  it('rejects a bad filter and an unknown cluster with typed errors', async () => {
    const bad = await graphql(
      server.url,
      ESTIMATES,
      { f: { country: 'Myanmar' } },
      {
        token: tokens.analyst,
      },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'country',
      reason: 'INVALID_COUNTRY',
    });
    const missing = await graphql(
      server.url,
      ESTIMATES,
      { f: { clusterId: 'cl-nosuchclust' } },
      {
        token: tokens.analyst,
      },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('estimates for a GREEN partner', () => {
  it('leave out the AMBER inputs of another organisation the analyst counts', async () => {
    const analyst = await estimatesAs('analyst');
    const partner = await estimatesAs('partner');
    expect(partner.tlp).toBe('GREEN');
    // No helpline: C4 unseen, C3 active by the NGO; reports 2, 4, 5, 7 only; no transfer to the helpline's exchange wallet.
    expect(figures(partner)).toMatchObject({
      'compounds.total': { low: 3, value: 3, high: 3 },
      'compounds.active': { low: 2, value: 2, high: 2 },
      'compounds.raided': { low: 1, value: 1, high: 1 },
      'compounds.closed': { low: 0, value: 0, high: 0 },
      victims: { low: 3, value: 4, high: 4 },
      'losses.usd': { low: 16_000, value: 18_010, high: 18_010 },
      'inflows.usd': { low: 52_000, value: 87_000, high: 145_000 },
    });
    expect(figures(analyst).victims.value).toBeGreaterThan(figures(partner).victims.value);
    const hidden = [C4, V(1), V(3), V(6), EXCH2, 'source:fixture-helpline'];
    const text = JSON.stringify(partner);
    for (const id of hidden) expect(text, id).not.toContain(id);
    for (const f of partner.figures)
      expect(
        f.excluded.map((x) => x.reason),
        f.key,
      ).not.toContain('UNRELIABLE_SOURCE');
  });
});

describe('the CLI', () => {
  it('prints with --json what GraphQL answers, as the same account', async () => {
    const run = promisify(execFile);
    const bin = path.resolve(import.meta.dirname, '../../bin/scamgraph.js');
    const { stdout } = await run(
      process.execPath,
      [bin, 'estimates', '--as', 'fixture-analyst', '--country', 'MM', '--json'],
      { env: { ...process.env, NEO4J_URI: testUri(), NEO4J_PASSWORD: '' }, timeout: 60_000 },
    );
    const cli = JSON.parse(stdout) as Answer;
    const api = await estimatesAs('analyst', { country: 'MM' });
    expect(figures(cli)['compounds.total'].value).toBe(2);
    expect({ ...cli, generatedAt: '' }).toEqual({ ...api, generatedAt: '' });
  });

  it('prints a table by default and explains itself with --help', async () => {
    const run = promisify(execFile);
    const bin = path.resolve(import.meta.dirname, '../../bin/scamgraph.js');
    const env = { ...process.env, NEO4J_URI: testUri(), NEO4J_PASSWORD: '' };
    const { stdout } = await run(process.execPath, [bin, 'estimates', '--as', 'fixture-partner'], {
      env,
      timeout: 60_000,
    });
    expect(stdout).toMatch(/Victims \(deduplicated\)\s+4\s+3 – 4/);
    expect(stdout).toContain('TLP:GREEN');
    const help = await run(process.execPath, [bin, 'estimates', '--help'], { env });
    expect(help.stdout).toContain('--min-reliability');
  });
});
