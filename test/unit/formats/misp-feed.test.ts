// MISP feeds: one event per source and month, split into numbered parts of bounded size, each tagged with
// the highest TLP it holds, with uuids that stay the same when the same data is exported again.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  FeedPlan,
  UNDATED,
  feedEventInfo,
  feedMonth,
  writeMispFeed,
} from '../../../server/formats/misp/misp-feed-writer.js';
import type { Tlp } from '../../../server/model.js';
import type {
  ExportAssertion,
  ExportMeta,
  ExportNode,
  ExportPage,
} from '../../../server/modules/exports/exports-types.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-misp-feed-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const meta: ExportMeta = {
  setId: 'all',
  name: 'everything visible',
  producer: 'Scamgraph',
  organisation: 'feed-bank',
  exportedAt: '2026-06-15T10:00:00.000Z',
  maxTlp: 'RED',
};

function said(source: string, tlp: Tlp, firstSeen: string | null, addedAt: string | null = null) {
  return { source, tlp, confidence: 70, firstSeen, lastSeen: firstSeen, addedAt };
}

function domain(name: string, assertions: ExportAssertion[]): ExportNode {
  return {
    id: `domain:${name}`,
    label: 'Domain',
    value: name,
    display: name,
    tlp: assertions[0]!.tlp,
    confidence: 70,
    firstSeen: assertions[0]!.firstSeen,
    lastSeen: assertions[0]!.lastSeen,
    sources: assertions.map((a) => a.source),
    props: {},
    assertions,
  };
}

function wallet(address: string, assertions: ExportAssertion[]): ExportNode {
  return {
    ...domain('unused.example', assertions),
    id: `wallet:eth:${address}`,
    label: 'Wallet',
    value: `eth:${address}`,
    display: address,
    props: { chain: 'eth', address, asset: 'USDT' },
  };
}

/** 12 domains from the "bank-alerts" source in May (GREEN, one RED), 3 in June, 2 from "partner-list"
 * (one reported by both), one undated, and one wallet (an object of 3 attributes). */
function sample(): ExportPage[] {
  const nodes: ExportNode[] = [];
  for (let i = 0; i < 12; i += 1)
    nodes.push(
      domain(`may-${String(i).padStart(2, '0')}.scam-shop.example`, [
        said('source:bank-alerts', i === 7 ? 'RED' : 'GREEN', `2026-05-${10 + i}T00:00:00Z`),
      ]),
    );
  for (let i = 0; i < 3; i += 1)
    nodes.push(
      domain(`june-${i}.scam-shop.example`, [
        said('source:bank-alerts', 'GREEN', `2026-06-0${i + 1}`),
      ]),
    );
  nodes.push(
    domain('both.scam-shop.example', [
      said('source:bank-alerts', 'CLEAR', '2026-05-30'),
      said('source:partner-list', 'AMBER', null, '2026-04-02T08:00:00Z'),
    ]),
  );
  nodes.push(
    domain('only-partner.scam-shop.example', [said('source:partner-list', 'GREEN', '2026-04-20')]),
  );
  nodes.push(domain('no-date.scam-shop.example', [said('source:partner-list', 'GREEN', null)]));
  const wallets = [
    wallet('0x52908400098527886e0f7030069857d2e4169ee7', [
      said('source:bank-alerts', 'AMBER', '2026-05-02'),
    ]),
  ];
  return [
    { label: 'Domain', nodes, rels: [] },
    { label: 'Wallet', nodes: wallets, rels: [] },
  ];
}

interface FeedEvent {
  Event: {
    uuid: string;
    info: string;
    date: string;
    timestamp: string;
    Tag: { name: string }[];
    Attribute: { uuid: string; value: string; Tag: { name: string }[] }[];
    Object: { uuid: string; name: string; Attribute: { uuid: string; value: string }[] }[];
  };
}

async function feed(name: string, eventSize: number) {
  const dir = path.join(tmp, name);
  const pages = sample();
  const result = await writeMispFeed(
    async function* () {
      yield* pages;
    },
    meta,
    dir,
    {
      eventSize,
      sourceNames: async (ids) =>
        new Map(
          ids.filter((id) => id !== 'source:partner-list').map((id) => [id, 'Bank scam alerts']),
        ),
    },
  );
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<
    string,
    { info: string; Tag: { name: string }[]; timestamp: string; date: string }
  >;
  const events = readdirSync(dir)
    .filter((f) => /^[0-9a-f-]{36}\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as FeedEvent);
  const byInfo = new Map(events.map((e) => [e.Event.info, e.Event]));
  const hashes = readFileSync(path.join(dir, 'hashes.csv'), 'utf8').trim().split('\n');
  return { dir, result, manifest, events, byInfo, hashes };
}

describe('feedMonth', () => {
  it('files an assertion under its firstSeen month, else when it was added, else undated', () => {
    expect(feedMonth({ firstSeen: '2026-05-31T23:59:59Z', addedAt: '2026-07-01' })).toBe('2026-05');
    expect(feedMonth({ firstSeen: null, addedAt: '2026-07-01T00:00:00Z' })).toBe('2026-07');
    expect(feedMonth({ firstSeen: 'not a date', addedAt: null })).toBe(UNDATED);
    expect(feedMonth({ firstSeen: '2026-13-01', addedAt: null })).toBe(UNDATED);
  });
});

describe('FeedPlan', () => {
  it('starts a new part when the next entry would pass the bound, never splitting an object', () => {
    const plan = new FeedPlan(5);
    const add = (weight: number, tlp: Tlp = 'GREEN') =>
      plan.add('source:a', '2026-05', { weight, object: weight > 1, tlp, timestamp: weight }).part;
    expect([add(1), add(1), add(3), add(1), add(4, 'RED'), add(7), add(1)]).toEqual([
      1, 1, 1, 2, 2, 3, 4,
    ]);
    expect(
      plan.add('source:b', '2026-05', { weight: 1, object: false, tlp: 'CLEAR', timestamp: 0 })
        .part,
    ).toBe(1);
    const [a, b] = plan.sorted();
    expect(a!.parts.map((p) => [p.weight, p.attributes, p.objects, p.maxTlp])).toEqual([
      [5, 2, 1, 'GREEN'],
      [5, 1, 1, 'RED'],
      [7, 0, 1, 'GREEN'],
      [1, 1, 0, 'GREEN'],
    ]);
    expect(b!.source).toBe('source:b');
    expect(() => new FeedPlan(0)).toThrow(RangeError);
  });

  it('names events so that an analyst recognises them', () => {
    expect(feedEventInfo('Bank scam alerts', '2026-05', 1, 2)).toBe(
      'Scamgraph: Bank scam alerts 2026-05 (1/2)',
    );
    expect(feedEventInfo('Bank scam alerts', '2026-05', 1, 1)).toBe(
      'Scamgraph: Bank scam alerts 2026-05',
    );
  });
});

describe('writeMispFeed', () => {
  it('writes one event per source and month, split into numbered parts of at most eventSize attributes', async () => {
    const { result, manifest, events, byInfo, hashes } = await feed('split', 6);
    expect([...byInfo.keys()].sort()).toEqual([
      'Scamgraph: Bank scam alerts 2026-05 (1/3)',
      'Scamgraph: Bank scam alerts 2026-05 (2/3)',
      'Scamgraph: Bank scam alerts 2026-05 (3/3)',
      'Scamgraph: Bank scam alerts 2026-06',
      'Scamgraph: partner-list 2026-04',
      'Scamgraph: partner-list undated',
    ]);
    expect(result).toMatchObject({ events: 6, attributes: 19, objects: 1 });
    // May: 13 domains then the wallet object (3 attributes): 6 + 6 + (1 + 3).
    const may = [1, 2, 3].map((n) => byInfo.get(`Scamgraph: Bank scam alerts 2026-05 (${n}/3)`)!);
    expect(may.map((e) => [e.Attribute.length, e.Object.length])).toEqual([
      [6, 0],
      [6, 0],
      [1, 1],
    ]);
    for (const { Event: e } of events) {
      const size = e.Attribute.length + e.Object.reduce((n, o) => n + o.Attribute.length, 0);
      expect(size).toBeLessThanOrEqual(6);
    }
    expect(Object.keys(manifest).sort()).toEqual(events.map((e) => e.Event.uuid).sort());
    expect(hashes).toHaveLength(19 + 3);
    expect(may[0]!.date).toBe('2026-05-01');
  });

  it('tags each event with the highest TLP among what it holds, and every attribute with its own', async () => {
    const { byInfo, manifest } = await feed('tlp', 6);
    const tag = (info: string) => byInfo.get(info)!.Tag.map((t) => t.name);
    expect(tag('Scamgraph: Bank scam alerts 2026-05 (1/3)')).toEqual(['tlp:green']);
    expect(tag('Scamgraph: Bank scam alerts 2026-05 (2/3)')).toEqual(['tlp:red']);
    // The CLEAR domain and the AMBER wallet.
    expect(tag('Scamgraph: Bank scam alerts 2026-05 (3/3)')).toEqual(['tlp:amber']);
    expect(tag('Scamgraph: partner-list 2026-04')).toEqual(['tlp:amber']);
    const red = byInfo.get('Scamgraph: Bank scam alerts 2026-05 (2/3)')!;
    expect(red.Attribute.filter((a) => a.Tag[0]!.name === 'tlp:red')).toHaveLength(1);
    expect(red.Attribute.filter((a) => a.Tag[0]!.name === 'tlp:green')).toHaveLength(5);
    expect(manifest[red.uuid]!.Tag).toEqual([{ name: 'tlp:red' }]);
    // What two sources said is in both sources' events, each at that source's TLP, with distinct uuids.
    const both = [...byInfo.values()].flatMap((e) =>
      e.Attribute.filter((a) => a.value === 'both.scam-shop.example'),
    );
    expect(both.map((a) => a.Tag[0]!.name).sort()).toEqual(['tlp:amber', 'tlp:clear']);
    expect(new Set(both.map((a) => a.uuid)).size).toBe(2);
  });

  it('writes the same uuids and bytes when the same data is exported again', async () => {
    const a = await feed('again-1', 6);
    const b = await feed('again-2', 6);
    expect(a.result.uuids).toEqual(b.result.uuids);
    for (const f of readdirSync(a.dir))
      expect(readFileSync(path.join(b.dir, f), 'utf8')).toBe(
        readFileSync(path.join(a.dir, f), 'utf8'),
      );
    const uuids = a.events.flatMap((e) => [
      e.Event.uuid,
      ...e.Event.Attribute.map((x) => x.uuid),
      ...e.Event.Object.flatMap((o) => [o.uuid, ...o.Attribute.map((x) => x.uuid)]),
    ]);
    expect(new Set(uuids).size).toBe(uuids.length);
    // One event per source and month when the bound is large.
    expect((await feed('large', 5000)).result.events).toBe(4);
  });
});
