// TAXII through visibility (SPEC §6): a partner's feed is what its visible assertions say, dated by when its
// visible version appeared. RED and AMBER+STRICT submissions of a GREEN value by another organisation leave a
// GREEN partner's feed exactly as it was; a value whose first visible assertion comes later appears then; the
// collections are the sets shared with the caller's organisation plus everything visible to it, and any other
// set answers exactly as one that never existed.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Readable } from 'node:stream';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import type { RequestContext } from '../../server/context.js';
import { ingestStream } from '../../server/modules/ingest/ingest-run.js';
import type { PipelineOptions } from '../../server/modules/ingest/pipeline.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { createIndicatorSet } from '../../server/modules/exports/sets-service.js';
import { taxiiRouter } from '../../server/modules/taxii/taxii-router.js';
import { ALL_COLLECTION_ID, dateAddedOf } from '../../server/modules/taxii/taxii-service.js';
import { stixIdOfEntity } from '../../server/formats/stix/stix-ids.js';
import { TLP_MARKING_IDS } from '../../server/formats/stix/stix-markings.js';
import { testExecutor, wipeGraph } from './harness.js';

const TAXII = 'application/taxii+json;version=2.1';
const NEVER = '00000000-0000-4000-8000-000000000000';

const GREEN_CSV =
  'domain,wallet,phone,description\n' +
  'shop-a.example,TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf,+447700900123,Shop run by A\n' +
  'shop-b.example,TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf,,Second shop of A\n';
const RED_CSV =
  'domain,wallet,phone,description\n' +
  'shop-a.example,TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf,+447700900123,Secret note of B\n' +
  'secret-b.example,TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf,,Only B knows this one\n';
const STRICT_CSV =
  'domain,phone,description\n' +
  'shop-a.example,+447700900123,Strict note of B\n' +
  'shop-b.example,+447700900199,Another strict note of B\n';

let executor: Executor;
let http: Server;
let base: string;
const tokens: Record<string, string> = {};

async function ingest(csv: string, opts: PipelineOptions & { source: string }): Promise<void> {
  const summary = await ingestStream(executor, Readable.from([csv]), 'csv', opts, {
    add: () => undefined,
  });
  expect(summary).toBeTruthy();
}

const ctxOf = (organisation: string): RequestContext => ({
  caller: `${organisation}-analyst`,
  organisation,
  clearance: 'RED',
  roles: ['analyst'],
});

function get(token: string, path: string): Promise<Response> {
  return fetch(`${base}${path}`, { headers: { accept: TAXII, authorization: `Bearer ${token}` } });
}

interface StixObject {
  id: string;
  type: string;
  object_marking_refs?: string[];
  [key: string]: unknown;
}
interface ManifestEntry {
  id: string;
  date_added: string;
  version: string;
}

/** Every object and manifest entry of a collection, following `next` with small pages. */
async function feed(token: string, collection = ALL_COLLECTION_ID, limit = 7) {
  const read = async <T>(endpoint: string): Promise<T[]> => {
    const out: T[] = [];
    let next: string | undefined;
    for (let page = 0; page < 200; page += 1) {
      const q = `?limit=${limit}${next ? `&next=${next}` : ''}`;
      const res = await get(token, `/api/collections/${collection}/${endpoint}/${q}`);
      expect(res.status, await res.clone().text()).toBe(200);
      const body = (await res.json()) as { more?: boolean; next?: string; objects?: T[] };
      out.push(...(body.objects ?? []));
      if (!body.more) return out;
      next = body.next;
    }
    throw new Error('the feed did not end');
  };
  const objects = await read<StixObject>('objects');
  const manifest = await read<ManifestEntry>('manifest');
  return { objects, manifest, dates: new Map(manifest.map((m) => [m.id, m.date_added])) };
}

/** Stored times are compared to the second (date_added is given to the second). */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1100));

async function addedAt(id: string, source: string): Promise<string> {
  const rows = await executor.read({
    cypher:
      'MATCH (n {id: $id})-[a:REPORTED_IN]->(:Source {id: $source}) RETURN a.addedAt AS addedAt',
    params: { id, source },
  });
  return String(rows[0]?.addedAt);
}

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  for (const [name, organisation, clearance] of [
    ['green', 'partner-bank', 'GREEN'],
    ['amber', 'partner-bank', 'AMBER'],
    ['orgA', 'org-a', 'RED'],
    ['orgB', 'org-b', 'RED'],
  ] as const)
    tokens[name] = (await createToken(executor, { organisation, clearance })).token;
  const app = express().use('/taxii2', taxiiRouter(executor));
  http = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}/taxii2`;
});

afterAll(async () => {
  await new Promise((resolve) => http?.close(resolve));
  await executor?.driver.close();
});

describe('TAXII through visibility', () => {
  it('leaves a GREEN partner’s feed unchanged after RED and AMBER+STRICT submissions of the same values', async () => {
    await ingest(GREEN_CSV, { source: 'A tips', tlp: 'GREEN', org: 'org-a' });
    const before = await feed(tokens.green as string);
    const shopA = stixIdOfEntity('domain:shop-a.example') as string;
    expect(before.objects.map((o) => o.id)).toContain(shopA);

    await nextSecond();
    await ingest(RED_CSV, {
      source: 'B informant',
      tlp: 'RED',
      org: 'org-b',
      recipients: ['org-c'],
    });
    await ingest(STRICT_CSV, { source: 'B strict', tlp: 'AMBER_STRICT', org: 'org-b' });

    const after = await feed(tokens.green as string);
    expect(after.objects).toEqual(before.objects); // same objects, same content, same order
    expect(after.manifest).toEqual(before.manifest); // same date_added and version
    const text = JSON.stringify(after);
    for (const hidden of ['secret-b', '900199', 'Secret note', 'Strict note', 'b-informant'])
      expect(text).not.toContain(hidden);
    expect(text).not.toContain(TLP_MARKING_IDS.RED);
    expect(text).not.toContain(TLP_MARKING_IDS.AMBER_STRICT);
    // An AMBER token of the same partner sees no more (but the AMBER marking definition): neither submission
    // is shared with it.
    const data = (m: ManifestEntry[]) => m.filter((o) => !o.id.startsWith('marking-definition--'));
    expect(data((await feed(tokens.amber as string)).manifest)).toEqual(data(before.manifest));

    // The submitter sees its own later assertions: shop-a at their date, still marked GREEN (the least
    // restrictive TLP it may see), and the value only it reported.
    const b = await feed(tokens.orgB as string);
    const redAdded = await addedAt('domain:shop-a.example', 'source:b-informant');
    const strictAdded = await addedAt('domain:shop-a.example', 'source:b-strict');
    const latest = redAdded > strictAdded ? redAdded : strictAdded;
    expect(b.dates.get(shopA)).toBe(dateAddedOf(latest));
    expect(b.dates.get(shopA)! > before.dates.get(shopA)!).toBe(true);
    const shopAObject = b.objects.find((o) => o.id === shopA) as StixObject;
    expect(shopAObject.object_marking_refs).toEqual([TLP_MARKING_IDS.GREEN]);
    expect(b.objects.map((o) => o.id)).toContain(stixIdOfEntity('domain:secret-b.example'));
  });

  it('dates an item by its first visible assertion: a value hidden until later appears at that later date', async () => {
    await ingest('domain\nlate.example\n', { source: 'B early', tlp: 'RED', org: 'org-b' });
    const late = stixIdOfEntity('domain:late.example') as string;
    const hidden = await feed(tokens.green as string);
    expect(hidden.dates.has(late)).toBe(false);
    const last = [...hidden.dates.values()].sort().at(-1) as string;

    await nextSecond();
    await ingest('domain\nlate.example\n', { source: 'A later', tlp: 'GREEN', org: 'org-a' });
    const shown = await feed(tokens.green as string);
    const greenAdded = await addedAt('domain:late.example', 'source:a-later');
    const redAdded = await addedAt('domain:late.example', 'source:b-early');
    expect(greenAdded > redAdded).toBe(true);
    expect(shown.dates.get(late)).toBe(dateAddedOf(greenAdded));
    expect(shown.dates.get(late)! > dateAddedOf(redAdded)).toBe(true);
    // Everything else kept its date, and added_after finds the new item.
    for (const [id, date] of hidden.dates) expect(shown.dates.get(id)).toBe(date);
    const res = await get(
      tokens.green as string,
      `/api/collections/${ALL_COLLECTION_ID}/manifest/?added_after=${last}`,
    );
    const fresh = ((await res.json()) as { objects?: ManifestEntry[] }).objects ?? [];
    expect(fresh.map((o) => o.id)).toContain(late);
    expect(fresh.every((o) => o.date_added > last)).toBe(true);
  });

  it('lists the sets shared with the caller’s organisation and everything visible; any other set is not found', async () => {
    const shared = await createIndicatorSet(executor, ctxOf('org-a'), {
      name: 'A shares with the bank',
      filter: { kinds: ['Domain'] },
      sharedWith: ['partner-bank'],
    });
    const unshared = await createIndicatorSet(executor, ctxOf('org-a'), { name: 'A keeps this' });
    const own = await createIndicatorSet(executor, ctxOf('partner-bank'), { name: 'bank’s own' });

    const list = async (token: string) => {
      const res = await get(token, '/api/collections/');
      expect(res.status).toBe(200);
      const body = (await res.json()) as { collections: { id: string; title: string }[] };
      return body.collections.map((c) => c.id).sort();
    };
    expect(await list(tokens.green as string)).toEqual(
      [ALL_COLLECTION_ID, shared.id, own.id].sort(),
    );
    expect(await list(tokens.orgA as string)).toEqual(
      [ALL_COLLECTION_ID, shared.id, unshared.id].sort(),
    );
    expect(await list(tokens.orgB as string)).toEqual([ALL_COLLECTION_ID]);

    // A shared set's objects are what the partner may see of it: domains visible to it, nothing of B's.
    const sharedFeed = await feed(tokens.green as string, shared.id);
    const ids = sharedFeed.objects.map((o) => o.id);
    expect(ids).toContain(stixIdOfEntity('domain:shop-a.example'));
    expect(ids).not.toContain(stixIdOfEntity('domain:secret-b.example'));
    expect(ids.some((id) => id.startsWith('cryptocurrency-wallet--'))).toBe(false);

    // Another organisation's set answers exactly as one that never existed, on every endpoint.
    for (const endpoint of ['', 'objects/', 'manifest/']) {
      const a = await get(tokens.green as string, `/api/collections/${unshared.id}/${endpoint}`);
      const b = await get(tokens.green as string, `/api/collections/${NEVER}/${endpoint}`);
      expect(a.status).toBe(404);
      expect(b.status).toBe(404);
      expect((await a.text()).split(unshared.id).join('<id>')).toBe(
        (await b.text()).split(NEVER).join('<id>'),
      );
    }
  });
});
