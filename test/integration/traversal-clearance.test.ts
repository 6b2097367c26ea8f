// The graph read paths follow SPEC §6: entity, lookup, search, sources, degree, neighbourhood, cluster,
// shortest path, compounds and stats show a caller only the nodes and links one of whose assertions it may
// see, folded over those assertions only; a hidden id answers as one that never existed. Admins follow the
// same table: another organisation's admin does not see this one's RED data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../server/context.js';
import type { Executor } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import type { NodeRecord, RelRecord, SharingScope, Tlp } from '../../server/model.js';
import { compounds } from '../../server/modules/compounds/compounds-service.js';
import {
  getEntity,
  lookup,
  search,
  sourcesByIds,
} from '../../server/modules/entities/entities-service.js';
import {
  cluster,
  neighborhood,
  shortestPath,
} from '../../server/modules/entities/traversal-service.js';
import { stats } from '../../server/modules/stats/stats-service.js';
import { createAccount, createOrg } from '../../server/modules/accounts/accounts-service.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { graphql, startTestServer, testExecutor, wipeGraph, type TestServer } from './harness.js';

let executor: Executor;

const caller = (org: string, clearance: Tlp, role = 'analyst'): RequestContext => ({
  caller: `user:${org}-${role}`,
  organisation: org,
  clearance,
  roles: [role],
});
/** Org A's own analyst at RED: sees everything A wrote. */
const ownerRed = caller('org-a', 'RED');
/** A partner of another organisation capped at GREEN. */
const partnerGreen = caller('org-b', 'GREEN', 'partner');
/** Another organisation's admin at RED: the same table applies (GREEN, CLEAR, nothing of A's RED). */
const otherAdmin = caller('org-b', 'RED', 'admin');

const A: SharingScope = { org: 'org-a' };
const GREEN_SRC = 'source:a-green';
const RED_SRC = 'source:a-red';

const prov = (
  tlp: Tlp,
  source: string,
  confidence = 60,
  lastSeen = '2025-02-01T00:00:00.000Z',
) => ({
  tlp,
  confidence,
  firstSeen: '2025-01-01T00:00:00.000Z',
  lastSeen,
  sources: [source],
  synthetic: true,
});
const source = (id: string, tlp: Tlp): NodeRecord => ({
  id,
  label: 'Source',
  value: id.slice(7),
  display: id.slice(7),
  raw: [],
  props: { name: `Report ${id.slice(7)}`, reliability: 'B' },
  ...prov(tlp, id),
  sources: [],
});
const domain = (
  name: string,
  tlp: Tlp,
  src: string,
  props: NodeRecord['props'] = {},
  confidence = 60,
): NodeRecord => ({
  id: `domain:${name}`,
  label: 'Domain',
  value: name,
  display: name,
  raw: [name.toUpperCase()],
  facts: { registrable: name },
  props,
  ...prov(tlp, src, confidence),
});
const wallet = (address: string, tlp: Tlp, src: string): NodeRecord => ({
  id: `wallet:tron:${address}`,
  label: 'Wallet',
  value: `tron:${address}`,
  display: address,
  raw: [address],
  facts: { chain: 'tron' },
  props: {},
  ...prov(tlp, src),
});
const compound = (
  slug: string,
  country: string,
  status: string,
  tlp: Tlp,
  src: string,
  lastSeen: string,
  name = slug,
): NodeRecord => ({
  id: `compound:${slug}`,
  label: 'Compound',
  value: slug,
  display: `${name} (${country})`,
  raw: [`${name}, ${country}`],
  facts: { country, name },
  props: { status },
  ...prov(tlp, src, 60, lastSeen),
});
const link = (
  type: RelRecord['type'],
  from: string,
  to: string,
  tlp: Tlp,
  src: string,
  confidence = 60,
): RelRecord => ({ type, from, to, props: {}, ...prov(tlp, src, confidence) });

const d = (n: string) => `domain:${n}.clearance.example`;
const w = (n: string) => `wallet:tron:T${n}WalletFictitious`;

// a ─GREEN→ R(ed wallet) ←GREEN─ b ; a ─RED link→ G1 ←GREEN─ c ; a ═GREEN+RED→ G2 ←GREEN─ d
// a is GREEN and RED (two assertions, different facts); hidden.clearance.example is RED only.
beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  const nodesGreen: NodeRecord[] = [
    source(GREEN_SRC, 'GREEN'),
    domain('a.clearance.example', 'GREEN', GREEN_SRC, { registrar: 'Green Registrar' }, 40),
    domain('b.clearance.example', 'GREEN', GREEN_SRC),
    domain('c.clearance.example', 'GREEN', GREEN_SRC),
    domain('d.clearance.example', 'CLEAR', GREEN_SRC),
    wallet('TG1WalletFictitious', 'GREEN', GREEN_SRC),
    wallet('TG2WalletFictitious', 'GREEN', GREEN_SRC),
    compound(
      'compound-seen-mm',
      'MM',
      'active',
      'GREEN',
      GREEN_SRC,
      '2025-01-15T00:00:00.000Z',
      'Compound Seen',
    ),
    compound('compound-known-kh', 'KH', 'active', 'GREEN', GREEN_SRC, '2025-01-15T00:00:00.000Z'),
    ...['one', 'two', 'three'].map((n) =>
      domain(`shop-${n}.clearance.example`, 'GREEN', GREEN_SRC),
    ),
  ];
  const relsGreen: RelRecord[] = [
    link('PAYS_TO', d('a'), w('R'), 'GREEN', GREEN_SRC),
    link('PAYS_TO', d('b'), w('R'), 'GREEN', GREEN_SRC),
    link('PAYS_TO', d('c'), w('G1'), 'GREEN', GREEN_SRC),
    link('PAYS_TO', d('a'), w('G2'), 'GREEN', GREEN_SRC, 50),
    link('PAYS_TO', d('d'), w('G2'), 'GREEN', GREEN_SRC),
  ];
  const nodesRed: NodeRecord[] = [
    source(RED_SRC, 'RED'),
    domain('a.clearance.example', 'RED', RED_SRC, { registrar: 'Secret Registrar' }, 95),
    wallet('TRWalletFictitious', 'RED', RED_SRC),
    domain('hidden.clearance.example', 'RED', RED_SRC),
    // The RED source spells it otherwise; the node keeps the last writer's spelling.
    compound(
      'compound-seen-mm',
      'MM',
      'raided',
      'RED',
      RED_SRC,
      '2025-03-01T00:00:00.000Z',
      'COMPOUND--SEEN',
    ),
    compound('compound-secret-la', 'LA', 'active', 'RED', RED_SRC, '2025-03-01T00:00:00.000Z'),
    ...['four', 'five', 'six'].map((n) => domain(`shop-${n}.clearance.example`, 'RED', RED_SRC)),
  ];
  const relsRed: RelRecord[] = [
    link('PAYS_TO', d('a'), w('G1'), 'RED', RED_SRC),
    link('PAYS_TO', d('a'), w('G2'), 'RED', RED_SRC, 90),
    link('OPERATED_FROM', d('hidden'), 'compound:compound-known-kh', 'RED', RED_SRC),
  ];
  // The links need their ends: the RED batch refers to nodes of the GREEN one, so it goes second.
  await writeBatch(executor, nodesGreen, [], undefined, A);
  await writeBatch(executor, nodesRed, relsRed, undefined, A);
  await writeBatch(executor, [], relsGreen, undefined, A);
});

afterAll(async () => {
  await executor?.driver.close();
});

const ids = (sub: { nodes: { id: string }[] }) => sub.nodes.map((n) => n.id).sort();

describe('neighbourhoods and clusters', () => {
  it('reach only what visible nodes and links connect', async () => {
    const visible = [d('a'), d('d'), w('G2')].sort();
    for (const ctx of [partnerGreen, otherAdmin]) {
      expect(ids(await cluster(executor, ctx, d('a'), 100))).toEqual(visible);
      const hood = await neighborhood(executor, ctx, d('a'), 2, 100);
      expect(ids(hood).filter((id) => !id.startsWith('source:'))).toEqual(visible);
      expect(ids(hood).filter((id) => id.startsWith('source:'))).toEqual([GREEN_SRC]);
      for (const e of hood.edges) expect(e.sources).not.toContain(RED_SRC);
    }
    expect(ids(await cluster(executor, ownerRed, d('a'), 100))).toEqual(
      [d('a'), d('b'), d('c'), d('d'), w('G1'), w('G2'), w('R')].sort(),
    );
  });

  it('fold the parallel links of one pair over the visible ones only', async () => {
    const edge = async (ctx: RequestContext) =>
      (await cluster(executor, ctx, d('a'), 100)).edges.filter(
        (e) => e.from === d('a') && e.to === w('G2'),
      );
    const forGreen = await edge(partnerGreen);
    expect(forGreen).toHaveLength(1);
    expect(forGreen[0]).toMatchObject({ tlp: 'GREEN', confidence: 50, sources: [GREEN_SRC] });
    const forOwner = await edge(ownerRed);
    expect(forOwner).toHaveLength(1);
    expect(forOwner[0]).toMatchObject({
      tlp: 'GREEN',
      confidence: 90,
      sources: [GREEN_SRC, RED_SRC],
    });
  });

  it('do not start from a node the caller may not see, and say so as for an unknown id', async () => {
    const hidden = await cluster(executor, partnerGreen, w('R'), 100).catch((e: unknown) => e);
    const unknown = await cluster(executor, partnerGreen, w('Nowhere'), 100).catch(
      (e: unknown) => e,
    );
    expect(hidden).toMatchObject({ code: 'NOT_FOUND' });
    expect((hidden as Error).message).toBe(
      (unknown as Error).message.replace(w('Nowhere'), w('R')),
    );
    await expect(neighborhood(executor, otherAdmin, w('R'), 1, 10)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('one entity', () => {
  it('shows only what visible assertions say, and counts visible neighbours only', async () => {
    const forGreen = await getEntity(executor, partnerGreen, d('a'));
    expect(forGreen).toMatchObject({
      tlp: 'GREEN',
      confidence: 40,
      sourceIds: [GREEN_SRC],
      degree: 1,
    });
    expect(forGreen.props.registrar).toBe('Green Registrar');
    expect(JSON.stringify(forGreen)).not.toMatch(/Secret|a-red|"RED"/);
    const forOwner = await getEntity(executor, ownerRed, d('a'));
    expect(forOwner).toMatchObject({ tlp: 'GREEN', confidence: 95, degree: 3 });
    expect(forOwner.sourceIds).toEqual([GREEN_SRC, RED_SRC]);
  });

  it('answers a hidden id exactly as one that never existed', async () => {
    const hidden = await getEntity(executor, partnerGreen, d('hidden')).catch((e: unknown) => e);
    const unknown = await getEntity(executor, partnerGreen, d('never')).catch((e: unknown) => e);
    expect(hidden).toMatchObject({ code: 'NOT_FOUND', details: { field: 'id' } });
    expect((hidden as Error).message).toBe((unknown as Error).message.replace('never', 'hidden'));
    expect(await getEntity(executor, ownerRed, d('hidden'))).toMatchObject({ tlp: 'RED' });
  });

  it('looks a hidden value up as a never-seen one', async () => {
    const hidden = await lookup(executor, otherAdmin, 'hidden.clearance.example');
    const never = await lookup(executor, otherAdmin, 'never.clearance.example');
    const strip = (l: typeof hidden) => ({ ...l, input: '', normalized: '', id: '' });
    expect(hidden.entity).toBeNull();
    expect(strip(hidden)).toEqual(strip(never));
    expect((await lookup(executor, ownerRed, 'hidden.clearance.example')).entity?.id).toBe(
      d('hidden'),
    );
  });

  it('cites only the sources the caller may see', async () => {
    expect(
      (await sourcesByIds(executor, partnerGreen, [GREEN_SRC, RED_SRC])).map((s) => s.id),
    ).toEqual([GREEN_SRC]);
    expect(
      (await sourcesByIds(executor, ownerRed, [GREEN_SRC, RED_SRC])).map((s) => s.id).sort(),
    ).toEqual([GREEN_SRC, RED_SRC]);
  });
});

describe('search', () => {
  it('never returns a hidden node, and pages over visible hits only', async () => {
    const page = (ctx: RequestContext, after: string | null) =>
      search(executor, ctx, 'shop', ['Domain'], 2, after);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const r = await page(partnerGreen, after);
      seen.push(...r.hits.map((h) => h.node.id));
      if (!r.hasNextPage) break;
      after = r.endCursor;
    }
    expect(seen.sort()).toEqual(['one', 'three', 'two'].map((n) => d(`shop-${n}`)).sort());
    const first = await page(partnerGreen, null);
    expect(first.hits).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const all = await search(executor, ownerRed, 'shop', ['Domain'], 100, null);
    expect(all.hits).toHaveLength(6);
  });

  it('has no exact hit for a hidden value', async () => {
    const r = await search(executor, partnerGreen, 'hidden.clearance.example', null, 10, null);
    expect(r.hits).toEqual([]);
    const owner = await search(executor, ownerRed, 'hidden.clearance.example', null, 10, null);
    expect(owner.hits.map((h) => [h.node.id, h.exact])).toEqual([[d('hidden'), true]]);
  });
});

describe('shortest paths', () => {
  it('never pass through a hidden node or link', async () => {
    const owner = await shortestPath(executor, ownerRed, d('c'), d('d'), 6);
    expect(owner).toMatchObject({ found: true, length: 4 });
    expect(owner.paths).toEqual([[d('c'), w('G1'), d('a'), w('G2'), d('d')]]);
    // c → G1 is visible, G1 → a is a RED link: no path for GREEN.
    expect(await shortestPath(executor, partnerGreen, d('c'), d('d'), 6)).toMatchObject({
      found: false,
      paths: [],
    });
    const green = await shortestPath(executor, partnerGreen, d('a'), d('d'), 6);
    expect(green.paths).toEqual([[d('a'), w('G2'), d('d')]]);
    expect(green.subgraph.edges.flatMap((e) => e.sources)).not.toContain(RED_SRC);
  });

  it('answers a hidden end as an unknown id', async () => {
    const hidden = await shortestPath(executor, partnerGreen, d('b'), w('R'), 6).catch(
      (e: unknown) => e,
    );
    const unknown = await shortestPath(executor, partnerGreen, d('b'), w('Nowhere'), 6).catch(
      (e: unknown) => e,
    );
    expect(hidden).toMatchObject({ code: 'NOT_FOUND', details: { field: 'toId' } });
    expect((hidden as Error).message).toBe(
      (unknown as Error).message.replace(w('Nowhere'), w('R')),
    );
  });
});

describe('compounds and stats', () => {
  it('lists and filters compounds on what the caller is shown', async () => {
    const names = async (ctx: RequestContext, country: string | null, status: string | null) =>
      (await compounds(executor, ctx, country, status, 100)).map((c) => c.id).sort();
    expect(await names(partnerGreen, null, null)).toEqual([
      'compound:compound-known-kh',
      'compound:compound-seen-mm',
    ]);
    // The RED report that the MM compound was raided is newer, but only its owner sees it.
    expect(await names(partnerGreen, null, 'raided')).toEqual([]);
    expect(await names(partnerGreen, 'MM', 'active')).toEqual(['compound:compound-seen-mm']);
    expect(await names(ownerRed, null, 'raided')).toEqual(['compound:compound-seen-mm']);
    expect(await names(ownerRed, 'mm', 'active')).toEqual([]);
    expect(await names(ownerRed, 'LA', null)).toEqual(['compound:compound-secret-la']);
    expect(await names(partnerGreen, 'LA', null)).toEqual([]);
    const [seen] = await compounds(executor, partnerGreen, 'MM', null, 10);
    expect(seen).toMatchObject({ display: 'Compound Seen (MM)', props: { name: 'Compound Seen' } });
    const [seenByOwner] = await compounds(executor, ownerRed, 'MM', null, 10);
    expect(seenByOwner).toMatchObject({ display: 'COMPOUND--SEEN (MM)', raw: expect.any(Array) });
    const kh = (await compounds(executor, partnerGreen, 'KH', null, 10))[0]!;
    expect(kh.degree).toBe(0);
    expect((await compounds(executor, ownerRed, 'KH', null, 10))[0]!.degree).toBe(1);
  });

  it('counts only visible nodes and links', async () => {
    const count = async (ctx: RequestContext) => {
      const s = await stats(executor, ctx);
      const n = Object.fromEntries(s.nodes.map((x) => [x.label, x.count]));
      const r = Object.fromEntries(s.relationships.map((x) => [x.type, x.count]));
      return { n, r, totalNodes: s.totalNodes };
    };
    const green = await count(partnerGreen);
    expect(green.n).toMatchObject({ Domain: 7, Wallet: 2, Compound: 2, Source: 1 });
    // a→G2 twice (one per source) is one link; a→R and b→R end at a hidden wallet.
    expect(green.r).toMatchObject({ PAYS_TO: 3, OPERATED_FROM: 0 });
    expect(await count(otherAdmin)).toEqual(green);
    const owner = await count(ownerRed);
    expect(owner.n).toMatchObject({ Domain: 11, Wallet: 3, Compound: 3, Source: 2 });
    expect(owner.r).toMatchObject({ PAYS_TO: 6, OPERATED_FROM: 1 });
  });
});

describe('over GraphQL', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer();
    await createOrg(executor, 'org-b', { existing: 'reuse' });
    await createAccount(
      executor,
      { name: 'partner-b', org: 'org-b', role: 'partner', clearance: 'GREEN' },
      { existing: 'reuse' },
    );
    token = (await createToken(executor, { account: 'partner-b', label: 'tests' })).token;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("cites on an entity only the caller's visible sources, and hides what it may not see", async () => {
    const r = await graphql<{
      entity: { sources: { id: string }[]; degree: number; properties: { key: string }[] };
    }>(
      server.url,
      'query($id: ID!) { entity(id: $id) { sources { id } degree properties { key value } } }',
      { id: d('a') },
      { token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.entity.sources).toEqual([{ id: GREEN_SRC }]);
    expect(r.data!.entity.degree).toBe(1);
    const hidden = await graphql(
      server.url,
      'query($id: ID!) { entity(id: $id) { id } }',
      { id: d('hidden') },
      { token },
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const src = await graphql<{ entity: { properties: { key: string }[] } }>(
      server.url,
      'query($id: ID!) { entity(id: $id) { properties { key } } }',
      { id: GREEN_SRC },
      { token },
    );
    const keys = src.data!.entity.properties.map((p) => p.key);
    expect(keys).toContain('org');
    expect(keys).not.toContain('recipients');
  });
});
