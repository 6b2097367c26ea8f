// The explorer's two reads on the real server and Neo4j (issue #11, points 7 and 8): the export of a selection
// by its ids (the server's one STIX and CSV writer, with the visibility, limits and audit of every export),
// and the lookup of a registrable domain, which lists the stored hostnames under it that the caller may see.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import { stixIdOfEntity } from '../../server/formats/stix/stix-ids.js';
import type { NodeRecord, RelRecord, SharingScope, Tlp } from '../../server/model.js';
import { createAccount, createOrg } from '../../server/modules/accounts/accounts-service.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { auditEvents } from '../../server/modules/audit/audit-service.js';
import { flushAuditLog } from '../../server/modules/audit/audit-recorder.js';
import { adminContext } from '../../server/context.js';
import { graphql, startTestServer, testExecutor, wipeGraph, type TestServer } from './harness.js';

const GREEN_SRC = 'source:sel-green';
const RED_SRC = 'source:sel-red';
const WWW = 'domain:www.scam-shop.test';
const M = 'domain:m.scam-shop.test';
const DEEP = 'domain:pay.www.scam-shop.test';
const SECRET = 'domain:secret.scam-shop.test';
const OTHER = 'domain:other-shop.test';
const WALLET = 'wallet:tron:TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf';
const NEVER = 'domain:never.scam-shop.test';

const source = (id: string, tlp: Tlp): NodeRecord => ({
  id,
  label: 'Source',
  value: id.slice(7),
  display: id.slice(7),
  raw: [],
  tlp,
  confidence: 100,
  firstSeen: '2024-01-01T00:00:00Z',
  lastSeen: '2024-01-01T00:00:00Z',
  sources: [],
  synthetic: false,
  props: { name: id.slice(7) },
});

const said = (src: string, tlp: Tlp) => ({
  tlp,
  confidence: 70,
  firstSeen: '2024-02-01T00:00:00Z',
  lastSeen: '2024-03-01T00:00:00Z',
  sources: [src],
  synthetic: false,
});

function domain(id: string, prov: ReturnType<typeof said>): NodeRecord {
  const value = id.slice('domain:'.length);
  const registrable = value.split('.').slice(-2).join('.');
  return {
    id,
    label: 'Domain',
    value,
    display: value,
    raw: [value],
    facts: { registrable, tld: 'test' },
    props: {},
    ...prov,
  };
}

const link = (type: RelRecord['type'], from: string, to: string, prov: ReturnType<typeof said>) =>
  ({ type, from, to, props: {}, ...prov }) satisfies RelRecord;

let executor: Executor;
let server: TestServer;
/** A partner of another organisation, cleared up to GREEN: it may not see organisation b's RED reports. */
let partner: { token: string };
/** An analyst of organisation c, the recipient of b's RED reports. */
let recipient: { token: string };

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  const g = said(GREEN_SRC, 'GREEN');
  const r = said(RED_SRC, 'RED');
  const a: SharingScope = { org: 'org-a' };
  const b: SharingScope = { org: 'org-b', recipients: ['org-c'] };
  const wallet: NodeRecord = {
    id: WALLET,
    label: 'Wallet',
    value: WALLET.slice('wallet:'.length),
    display: 'TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf',
    raw: [],
    facts: { chain: 'tron' },
    props: {},
    ...g,
  };
  await writeBatch(
    executor,
    [source(GREEN_SRC, 'GREEN'), domain(WWW, g), domain(M, g), domain(DEEP, g), domain(OTHER, g)],
    [],
    undefined,
    a,
  );
  await writeBatch(executor, [wallet], [link('PAYS_TO', WWW, WALLET, g)], undefined, a);
  await writeBatch(
    executor,
    [source(RED_SRC, 'RED'), domain(SECRET, r)],
    [link('PAYS_TO', SECRET, WALLET, r)],
    undefined,
    b,
  );
  server = await startTestServer({ limits: { ratePerAddress: 0, ratePerToken: 0 } });
  for (const org of ['org-c', 'org-d']) await createOrg(executor, org, { existing: 'reuse' });
  await createAccount(
    executor,
    { name: 'sel-partner', org: 'org-d', role: 'partner', clearance: 'GREEN' },
    { existing: 'reuse' },
  );
  await createAccount(
    executor,
    { name: 'sel-recipient', org: 'org-c', role: 'analyst', clearance: 'RED' },
    { existing: 'reuse' },
  );
  partner = await createToken(executor, { account: 'sel-partner', label: 'test' });
  recipient = await createToken(executor, { account: 'sel-recipient', label: 'test' });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

interface LookupJson {
  recognized: boolean;
  kind: string | null;
  registrable: string | null;
  entity: { id: string } | null;
  hostnames: { id: string; value: string; tlp: string }[];
}

const LOOKUP = `query($value: String!) { lookup(value: $value) {
  recognized kind registrable entity { id } hostnames { id value tlp } } }`;

async function lookupAs(auth: { token: string }, value: string): Promise<LookupJson> {
  const r = await graphql<{ lookup: LookupJson }>(server.url, LOOKUP, { value }, auth);
  expect(r.errors).toBeUndefined();
  return r.data!.lookup;
}

interface ExportJson {
  format: string;
  mediaType: string;
  filename: string;
  content: string;
  count: number;
}

const EXPORT = `query($ids: [ID!], $setId: ID, $format: ExportFormat!) {
  exportIndicators(ids: $ids, setId: $setId, format: $format) { format mediaType filename content count } }`;

async function exportAs(
  auth: { token: string },
  variables: { ids?: string[]; setId?: string; format: 'STIX' | 'CSV' | 'MISP' },
) {
  return graphql<{ exportIndicators: ExportJson }>(server.url, EXPORT, variables, auth);
}

const objectIds = (content: string) =>
  (JSON.parse(content) as { objects: { id: string }[] }).objects.map((o) => o.id);

describe('lookup of a registrable domain', () => {
  it('lists the stored hostnames under it, shortest first, though the domain itself is not stored', async () => {
    const l = await lookupAs(recipient, 'SCAM-SHOP[.]test');
    expect(l.recognized).toBe(true);
    expect(l.kind).toBe('DOMAIN');
    expect(l.entity).toBeNull();
    expect(l.registrable).toBe('scam-shop.test');
    expect(l.hostnames.map((h) => h.id)).toEqual([M, WWW, SECRET, DEEP]);
  });

  it('lists only the hostnames the caller may see: a hostname only a RED report names is not listed', async () => {
    const l = await lookupAs(partner, 'scam-shop.test');
    expect(l.hostnames.map((h) => h.id)).toEqual([M, WWW, DEEP]);
    expect(l.hostnames.every((h) => h.tlp === 'GREEN')).toBe(true);
  });

  it('lists what is under a hostname, and nothing for other kinds', async () => {
    const www = await lookupAs(partner, 'www.scam-shop.test');
    expect(www.entity?.id).toBe(WWW);
    expect(www.registrable).toBe('scam-shop.test');
    expect(www.hostnames.map((h) => h.id)).toEqual([DEEP]);
    const phone = await lookupAs(partner, '+44 7700 900123');
    expect(phone.kind).toBe('PHONE');
    expect(phone.registrable).toBeNull();
    expect(phone.hostnames).toEqual([]);
  });

  it('search lists them after the exact match, then full-text hits', async () => {
    const r = await graphql<{ search: { hits: { exact: boolean; node: { id: string } }[] } }>(
      server.url,
      `
        query {
          search(query: "scam-shop.test", first: 10) {
            hits {
              exact
              node {
                id
              }
            }
          }
        }
      `,
      {},
      partner,
    );
    expect(r.errors).toBeUndefined();
    const ids = r.data!.search.hits.map((h) => h.node.id);
    expect(ids.slice(0, 3)).toEqual([M, WWW, DEEP]);
    expect(ids).not.toContain(SECRET);
    expect(r.data!.search.hits.some((h) => h.exact)).toBe(false);
  });
});

describe('export of a selection by ids', () => {
  it('writes the STIX the server writes for a set of the same ids: the same object ids', async () => {
    const ids = [WWW, M, WALLET];
    const byIds = await exportAs(partner, { ids, format: 'STIX' });
    expect(byIds.errors).toBeUndefined();
    const file = byIds.data!.exportIndicators;
    expect(file.mediaType).toBe('application/stix+json;version=2.1');
    expect(file.filename).toMatch(/^scamgraph-selection-[0-9a-f]{16}\.json$/);
    const got = objectIds(file.content);
    for (const id of ids) expect(got).toContain(stixIdOfEntity(id));
    expect(got.some((id) => id.startsWith('relationship--'))).toBe(true);

    const saved = await graphql<{ createIndicatorSet: { id: string } }>(
      server.url,
      `
        mutation ($ids: [ID!]) {
          createIndicatorSet(input: { name: "same ids", ids: $ids }) {
            id
          }
        }
      `,
      { ids },
      partner,
    );
    expect(saved.errors).toBeUndefined();
    const bySet = await exportAs(partner, {
      setId: saved.data!.createIndicatorSet.id,
      format: 'STIX',
    });
    expect(got.sort()).toEqual(objectIds(bySet.data!.exportIndicators.content).sort());
  });

  it('skips an id the caller may not see exactly as one that never existed', async () => {
    const hidden = await exportAs(partner, { ids: [WWW, WALLET, SECRET], format: 'CSV' });
    const never = await exportAs(partner, { ids: [WWW, WALLET, NEVER], format: 'CSV' });
    const rows = parse(hidden.data!.exportIndicators.content, { columns: true }) as {
      kind: string;
      value: string;
      sources: string;
    }[];
    expect(rows.map((r) => `${r.kind}:${r.value}`).sort()).toEqual(
      ['domain:www.scam-shop.test', `wallet:${WALLET.slice('wallet:'.length)}`].sort(),
    );
    expect(rows.every((r) => r.sources === GREEN_SRC)).toBe(true);
    expect(hidden.data!.exportIndicators.content).toBe(never.data!.exportIndicators.content);
    expect(hidden.data!.exportIndicators.count).toBe(never.data!.exportIndicators.count);
    expect(hidden.data!.exportIndicators.content).not.toContain('secret');
    // The recipient of the RED report gets it, and the RED link to the wallet.
    const red = await exportAs(recipient, { ids: [SECRET, WALLET], format: 'STIX' });
    const redIds = objectIds(red.data!.exportIndicators.content);
    expect(redIds).toContain(stixIdOfEntity(SECRET));
    expect(redIds.some((id) => id.startsWith('relationship--'))).toBe(true);
  });

  it('refuses bad ids with typed reasons, and ids with a setId', async () => {
    const reason = async (variables: Parameters<typeof exportAs>[1]) => {
      const r = await exportAs(partner, variables);
      return [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.reason];
    };
    expect(await reason({ ids: [], format: 'CSV' })).toEqual(['BAD_USER_INPUT', 'OUT_OF_RANGE']);
    expect(await reason({ ids: ['not an id'], format: 'CSV' })).toEqual([
      'BAD_USER_INPUT',
      'BAD_ID',
    ]);
    expect(await reason({ ids: [WWW], setId: 'x', format: 'CSV' })).toEqual([
      'BAD_USER_INPUT',
      'CONFLICTING_ARGS',
    ]);
  });

  it('is audited as an export, naming the selection', async () => {
    await exportAs(partner, { ids: [WWW, M], format: 'CSV' });
    await flushAuditLog(server.executor);
    const page = await auditEvents(executor, adminContext(), { account: 'user:sel-partner' }, 100);
    const event = page.events.find(
      (e) => e.operation.startsWith('export:csv') && e.detail.includes('selection of 2 id(s)'),
    );
    expect(event, JSON.stringify(page.events.map((e) => [e.operation, e.detail]))).toBeDefined();
    expect(event!.ids).toEqual([WWW, M]);
    expect(event!.count).toBe(2);
  });
});
