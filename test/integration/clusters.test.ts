// Clusters on the real Neo4j (docs/clusters.md): stable ids when unrelated data arrives and when a cluster
// grows, a split (a re-marked link) and a merge in the history, views that never join through a link the
// caller may not see, hidden ids answering like unknown ones, explainLink's evidence, renames by analysts,
// and the GraphQL fields (with the old `cluster(id)` taking a cluster id).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminContext, type RequestContext } from '../../server/context.js';
import type { Executor } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import type { NodeRecord, RelRecord, SharingScope, Tlp } from '../../server/model.js';
import {
  clusterById,
  clusterHistory,
  clusterIndexFor,
  clusterOf,
  explainLink,
  forgetClusterViews,
  listClusters,
  recomputeClusters,
  refreshClusters,
  renameCluster,
} from '../../server/modules/clusters/clusters-service.js';
import { clusterIdFor } from '../../server/modules/clusters/cluster-names.js';
import { graphql, startTestServer, testExecutor, wipeGraph, type TestServer } from './harness.js';

const SRC_A = 'source:clusters-a';
const SRC_B = 'source:clusters-b';
const A: SharingScope = { org: 'org-a' };
const B: SharingScope = { org: 'org-b' };

const greenPartner: RequestContext = {
  caller: 'user:g',
  organisation: 'org-d',
  clearance: 'GREEN',
  roles: ['partner'],
};
const greenAnalyst: RequestContext = { ...greenPartner, caller: 'user:ga', roles: ['analyst'] };
const amberB: RequestContext = {
  caller: 'user:b',
  organisation: 'org-b',
  clearance: 'AMBER',
  roles: ['analyst'],
};
const admin = adminContext();

function said(src: string, tlp: Tlp, firstSeen = '2025-01-01T00:00:00Z') {
  return {
    tlp,
    confidence: 70,
    firstSeen,
    lastSeen: '2025-06-01T00:00:00Z',
    sources: [src],
    synthetic: false,
  };
}
const source = (id: string, tlp: Tlp): NodeRecord => ({
  id,
  label: 'Source',
  value: id.slice(7),
  display: id.slice(7),
  raw: [],
  ...said(id, tlp),
  sources: [],
  props: { name: `Source ${id.slice(7)}`, reliability: 'B' },
});
function node(id: string, label: NodeRecord['label'], prov: ReturnType<typeof said>): NodeRecord {
  const value = id.slice(id.indexOf(':') + 1);
  return { id, label, value, display: value, raw: [value], facts: {}, props: {}, ...prov };
}
const link = (
  type: RelRecord['type'],
  from: string,
  to: string,
  prov: ReturnType<typeof said>,
): RelRecord => ({ type, from, to, props: {}, ...prov });

const d = (n: string) => `domain:${n}.example`;
const w = (n: string) => `wallet:tron:T${n.padEnd(33, 'x')}`;

let executor: Executor;

async function write(
  nodes: NodeRecord[],
  rels: RelRecord[],
  scope: SharingScope = A,
  tlp: Tlp = 'GREEN',
  src = SRC_A,
) {
  await writeBatch(executor, [source(src, tlp), ...nodes], rels, undefined, scope);
}

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  forgetClusterViews(executor);
});

afterAll(async () => {
  await executor.driver.close();
});

describe('clusters', () => {
  const g = said(SRC_A, 'GREEN');

  it('keeps ids when unrelated data arrives and when a cluster grows', async () => {
    await write(
      [node(d('shop1'), 'Domain', g), node(d('shop2'), 'Domain', g), node(w('w1'), 'Wallet', g)],
      [link('PAYS_TO', d('shop1'), w('w1'), g), link('PAYS_TO', d('shop2'), w('w1'), g)],
    );
    const first = await clusterOf(executor, greenPartner, d('shop1'));
    expect(first).not.toBeNull();
    expect(first!.id).toBe(clusterIdFor(d('shop1')));
    expect(first!.size).toBe(3);
    expect(first!.name).toMatch(/^(\w)\w* \1\w*$/);
    // Unrelated data: another cluster.
    await write(
      [node(d('far1'), 'Domain', g), node('ip:192.0.2.7', 'IpAddress', g)],
      [link('RESOLVES_TO', d('far1'), 'ip:192.0.2.7', g)],
    );
    expect((await clusterOf(executor, greenPartner, d('shop1')))!.id).toBe(first!.id);
    // It grows.
    await write([node(d('shop3'), 'Domain', g)], [link('PAYS_TO', d('shop3'), w('w1'), g)]);
    const grown = await clusterById(executor, greenPartner, first!.id);
    expect(grown.size).toBe(4);
    const history = await clusterHistory(executor, greenPartner, first!.id);
    expect(history.map((e) => e.kind)).toEqual(['GREW', 'CREATED']);
    expect(history[0]).toMatchObject({ sizeBefore: 3, sizeAfter: 4, added: 1 });
    // A second process (nothing in memory) sees the same ids.
    forgetClusterViews(executor);
    expect((await clusterOf(executor, greenAnalyst, d('shop3')))!.id).toBe(first!.id);
    const far = await clusterOf(executor, greenPartner, 'ip:192.0.2.7');
    const list = await listClusters(executor, greenPartner, {});
    expect(list.nodes.map((c) => c.id)).toEqual([first!.id, far!.id]);
    expect(list.totalCount).toBe(2);
  });

  it('reports a split (a link re-marked away) and a merge in the history', async () => {
    const s = said(SRC_A, 'GREEN');
    await write(
      [
        node(d('left'), 'Domain', s),
        node(w('left'), 'Wallet', s),
        node(d('right'), 'Domain', s),
        node(w('right'), 'Wallet', s),
      ],
      [
        link('PAYS_TO', d('left'), w('left'), s),
        link('PAYS_TO', d('right'), w('right'), s),
        link('PAYS_TO', d('right'), w('left'), s),
      ],
    );
    const whole = (await clusterOf(executor, greenPartner, d('left')))!;
    expect(whole.size).toBe(4);
    // The source re-marks the bridge AMBER: a GREEN caller no longer sees it.
    const amber = said(SRC_A, 'AMBER');
    await writeBatch(executor, [], [link('PAYS_TO', d('right'), w('left'), amber)], undefined, A);
    const events = await refreshClusters(executor, greenPartner);
    const split = events.find((e) => e.kind === 'SPLIT');
    expect(split).toBeDefined();
    expect(split!.clusterId).toBe(whole.id);
    const kept = await clusterById(executor, greenPartner, whole.id);
    expect(kept.size).toBe(2);
    const other = (await clusterOf(executor, greenPartner, d('right')))!;
    expect(other.id).not.toBe(whole.id);
    expect(split!.others).toEqual([other.id]);
    // A new GREEN link joins them again: the bigger (tie: smaller id) keeps its id, the other merged.
    await write([], [link('PAYS_TO', d('left'), w('right'), s)]);
    const merged = (await clusterOf(executor, greenPartner, d('right')))!;
    expect(merged.size).toBe(4);
    const gone = merged.id === whole.id ? other.id : whole.id;
    expect(merged.mergedFrom).toEqual([gone]);
    // The absorbed id answers the cluster it merged into.
    expect((await clusterById(executor, greenPartner, gone)).id).toBe(merged.id);
    const history = await clusterHistory(executor, greenPartner, merged.id);
    expect(history.map((e) => e.kind)).toContain('MERGED');
    expect(history.map((e) => e.kind)).toContain('SPLIT');
  });

  it('never joins a GREEN caller’s clusters through an AMBER link of another organisation', async () => {
    const amberOfB = said(SRC_B, 'AMBER');
    await write(
      [node(d('bsecret1'), 'Domain', amberOfB), node(d('bsecret2'), 'Domain', amberOfB)],
      [
        link('RELATED_TO', d('shop1'), d('far1'), amberOfB),
        link('ROTATED_TO', d('bsecret1'), d('bsecret2'), amberOfB),
      ],
      B,
      'AMBER',
      SRC_B,
    );
    const shop = (await clusterOf(executor, greenPartner, d('shop1')))!;
    const far = (await clusterOf(executor, greenPartner, d('far1')))!;
    expect(shop.id).not.toBe(far.id);
    // org-b sees the link: one cluster there.
    const shopB = (await clusterOf(executor, amberB, d('shop1')))!;
    expect((await clusterOf(executor, amberB, d('far1')))!.id).toBe(shopB.id);
    expect(shopB.size).toBe(shop.size + far.size);
    // A cluster only org-b sees answers NOT_FOUND to the GREEN caller, with an unknown id's words.
    const secret = (await clusterOf(executor, amberB, d('bsecret1')))!;
    const hidden = await clusterById(executor, greenPartner, secret.id).catch((e: Error) => e);
    const unknown = await clusterById(executor, greenPartner, 'cl-0000000000').catch(
      (e: Error) => e,
    );
    expect(hidden).toMatchObject({ code: 'NOT_FOUND' });
    expect((hidden as Error).message.replace(secret.id, 'X')).toBe(
      (unknown as Error).message.replace('cl-0000000000', 'X'),
    );
    await expect(clusterOf(executor, greenPartner, d('bsecret1'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const index = await clusterIndexFor(executor, greenPartner);
    expect(index.clusterOf(d('bsecret1'))).toBeUndefined();
    expect(index.memberIds(shop.id)).toContain(d('shop1'));
  });

  it('explains a link with each step’s sources, TLP and dates', async () => {
    const e = await explainLink(executor, greenPartner, d('shop1'), d('shop2'));
    expect(e.found).toBe(true);
    expect(e.sameCluster).toBe(true);
    expect(e.steps).toHaveLength(2);
    expect(e.steps.map((s) => [s.from.id, s.type, s.to.id])).toEqual([
      [d('shop1'), 'PAYS_TO', w('w1')],
      [w('w1'), 'PAYS_TO', d('shop2')],
    ]);
    expect(e.steps[0]).toMatchObject({ tlp: 'GREEN', firstSeen: '2025-01-01T00:00:00Z' });
    expect(e.steps[0]!.sources.map((s) => s.id)).toEqual([SRC_A]);
    // Not through the AMBER link the caller may not see.
    const none = await explainLink(executor, greenPartner, d('shop1'), d('far1'));
    expect(none).toMatchObject({ found: false, sameCluster: false, steps: [] });
    const viaB = await explainLink(executor, amberB, d('shop1'), d('far1'));
    expect(viaB.steps.map((s) => s.tlp)).toEqual(['AMBER']);
    await expect(
      explainLink(executor, greenPartner, d('bsecret1'), d('shop1')),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('lets analysts rename, not partners or viewers; the rename is in the history', async () => {
    const shop = (await clusterOf(executor, greenPartner, d('shop1')))!;
    await expect(renameCluster(executor, greenPartner, shop.id, 'Pig farm')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      renameCluster(executor, { ...greenPartner, roles: ['viewer'] }, shop.id, 'x'),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(renameCluster(executor, greenAnalyst, shop.id, ' ')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const renamed = await renameCluster(executor, greenAnalyst, shop.id, 'Pig farm');
    expect(renamed).toMatchObject({ name: 'Pig farm', renamed: true });
    expect((await clusterById(executor, greenPartner, shop.id)).name).toBe('Pig farm');
    expect((await clusterHistory(executor, greenPartner, shop.id))[0]!.kind).toBe('RENAMED');
    const back = await renameCluster(executor, greenAnalyst, shop.id, null);
    expect(back).toMatchObject({ renamed: false, name: back.generatedName });
  });

  it('keeps ids when the caller’s view changes: its organisation’s first AMBER data arrives', async () => {
    const amberA: RequestContext = {
      caller: 'user:a',
      organisation: 'org-a',
      clearance: 'AMBER',
      roles: ['analyst'],
    };
    const src = 'source:clusters-view';
    const gv = said(src, 'GREEN');
    await write(
      [node(d('view1'), 'Domain', gv), node(d('view2'), 'Domain', gv), node(w('wv'), 'Wallet', gv)],
      [link('PAYS_TO', d('view1'), w('wv'), gv), link('PAYS_TO', d('view2'), w('wv'), gv)],
      A,
      'GREEN',
      src,
    );
    const before = (await clusterOf(executor, amberA, d('view2')))!;
    // org-a's first AMBER report: a new key in the graph, so a new view for org-a; the new domain sorts
    // before every member, so a view computed from nothing would found the cluster on it.
    const srcAmber = 'source:clusters-view-amber';
    const av = said(srcAmber, 'AMBER');
    await write(
      [node(d('aaa-view0'), 'Domain', av)],
      [link('PAYS_TO', d('aaa-view0'), w('wv'), av)],
      A,
      'AMBER',
      srcAmber,
    );
    const after = (await clusterOf(executor, amberA, d('view2')))!;
    expect(after.id).toBe(before.id);
    expect(after.size).toBe(before.size + 1);
    expect((await clusterHistory(executor, amberA, after.id)).map((e) => e.kind)).toContain('GREW');
  });

  it('recomputes from scratch without changing ids', async () => {
    const before = (await listClusters(executor, admin, { first: 100 })).nodes.map((c) => c.id);
    const r = await recomputeClusters(executor, admin, { full: true });
    expect(r.mode).toBe('full');
    expect(r.events).toBe(0);
    const after = (await listClusters(executor, admin, { first: 100 })).nodes.map((c) => c.id);
    expect(after).toEqual(before);
  });

  it('updates a cluster’s figures when a victim report or a country arrives for a member, without new links', async () => {
    const pays = link('PAYS_TO', d('fig1'), w('fig1'), g);
    await write([node(d('fig1'), 'Domain', g), node(w('fig1'), 'Wallet', g)], [pays]);
    const before = (await clusterOf(executor, greenAnalyst, d('fig1')))!;
    expect(before).toMatchObject({ size: 2, victimReports: 0, reportedLossUsd: 0, countries: [] });
    // A victim report naming the wallet: no infrastructure link, the same members.
    const report: NodeRecord = {
      ...node('victim:vr-clusters-fig1', 'VictimReport', g),
      props: { amountUsd: 1234, date: '2025-02-01' },
    };
    await write([report], [link('INVOLVES', 'victim:vr-clusters-fig1', w('fig1'), g)]);
    const reported = (await clusterById(executor, greenAnalyst, before.id))!;
    expect(reported).toMatchObject({ size: 2, victimReports: 1, reportedLossUsd: 1234 });
    // Another source places the domain in a country.
    const b = said(SRC_B, 'GREEN');
    await write(
      [{ ...node(d('fig1'), 'Domain', b), facts: { country: 'KH' } }],
      [],
      A,
      'GREEN',
      SRC_B,
    );
    const placed = (await clusterById(executor, greenAnalyst, before.id))!;
    expect(placed).toMatchObject({ size: 2, victimReports: 1, countries: ['KH'] });
  });
});

describe('clusters over GraphQL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('lists clusters, opens one by id (also through the old cluster field), explains a link', async () => {
    const r = await graphql<{
      clusters: {
        totalCount: number;
        nodes: { id: string; size: number; kinds: { kind: string; count: number }[] }[];
      };
      clusterOf: { id: string; history: { kind: string }[]; members: { id: string }[] };
      explainLink: { found: boolean; steps: { type: string; sources: { id: string }[] }[] };
    }>(
      server.url,
      `query($e: ID!) {
        clusters(orderBy: SIZE_DESC, first: 5) { totalCount nodes { id size kinds { kind count } } }
        clusterOf(entityId: $e) { id history { kind } members(kind: WALLET) { id } }
        explainLink(a: $e, b: "${d('shop3')}") { found steps { type sources { id } } }
      }`,
      { e: d('shop1') },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.clusters.totalCount).toBeGreaterThan(0);
    const id = r.data!.clusterOf.id;
    expect(r.data!.clusterOf.members.map((m) => m.id)).toEqual([w('w1')]);
    expect(r.data!.explainLink.steps).toHaveLength(2);
    const byId = await graphql<{
      clusterById: { id: string; subgraph: { nodes: { id: string }[] } };
      cluster: { nodes: { id: string }[] };
    }>(
      server.url,
      `
        query ($id: ID!) {
          clusterById(id: $id) {
            id
            subgraph {
              nodes {
                id
              }
            }
          }
          cluster(id: $id) {
            nodes {
              id
            }
          }
        }
      `,
      { id },
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.cluster.nodes.map((n) => n.id).sort()).toEqual(
      byId.data!.clusterById.subgraph.nodes.map((n) => n.id).sort(),
    );
    const missing = await graphql(
      server.url,
      `
        {
          clusterById(id: "cl-0000000000") {
            id
          }
        }
      `,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const recompute = await graphql<{ recomputeClusters: { mode: string } }>(
      server.url,
      `
        mutation {
          recomputeClusters(full: true) {
            mode
            clusters
            events
            ms
          }
        }
      `,
    );
    expect(recompute.data?.recomputeClusters.mode).toBe('full');
  });
});
