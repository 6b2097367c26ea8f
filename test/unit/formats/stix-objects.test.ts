// Unit tests of the STIX reader's bundle-wide part: observables covered by indicators, compounds,
// organisations and relationships in any order (no database).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ReaderItem } from '../../../server/formats/reader-types.js';
import { readStix } from '../../../server/formats/stix/stix-reader.js';
import { descriptionProps, REL_OF_STIX } from '../../../server/formats/stix/stix-reader-fields.js';
import { STIX_REL_TYPE } from '../../../server/formats/stix/stix-mapping.js';

const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';

async function read(objects: object[]): Promise<ReaderItem[]> {
  const out: ReaderItem[] = [];
  const bundle = JSON.stringify({ type: 'bundle', id: 'bundle--1', objects });
  for await (const item of readStix(Readable.from([bundle]))) out.push(item);
  return out;
}
const ref = (id: string) => [{ source_name: 'scamgraph', external_id: id }];

const sco = { type: 'domain-name', id: 'domain-name--1', value: 'pay.example' };
const wallet = {
  type: 'cryptocurrency-wallet',
  id: 'cryptocurrency-wallet--1',
  value: 'TSSC3BDdeEz9kj1uSk5joNwT1urdqaG8FZ',
};
const indicator = {
  type: 'indicator',
  id: 'indicator--1',
  name: 'pay.example',
  pattern: "[domain-name:value = 'pay.example']",
  pattern_type: 'stix',
  valid_from: '2024-01-02T00:00:00.000Z',
  created: '2024-01-02T00:00:00.000Z',
  modified: '2024-03-04T00:00:00.000Z',
  confidence: 70,
  object_marking_refs: [GREEN],
  external_references: ref('domain:pay.example'),
};
const basedOn = {
  type: 'relationship',
  id: 'relationship--b',
  relationship_type: 'based-on',
  source_ref: 'indicator--1',
  target_ref: 'domain-name--1',
};
const paysTo = {
  type: 'relationship',
  id: 'relationship--p',
  relationship_type: 'pays-to',
  source_ref: 'domain-name--1',
  target_ref: 'cryptocurrency-wallet--1',
  description: 'amount: 12.5; asset: USDT-TRC20; txCount: 3',
  confidence: 40,
  start_time: '2024-02-01T00:00:00.000Z',
  stop_time: '2024-02-03T00:00:00.000Z',
  object_marking_refs: [GREEN],
};

describe('STIX reader: objects across the bundle', () => {
  it('shares the relationship table with the writer, without sources and victim reports', () => {
    expect(REL_OF_STIX.get(STIX_REL_TYPE.PAYS_TO)).toBe('PAYS_TO');
    expect(REL_OF_STIX.has('reported-in')).toBe(false);
    expect(REL_OF_STIX.has('involves')).toBe(false);
    // Generic STIX types (related-to, resolves-to) are typed by their ends, not by this table.
    expect(REL_OF_STIX.has('related-to')).toBe(false);
    expect(REL_OF_STIX.has('resolves-to')).toBe(false);
    expect(REL_OF_STIX.size).toBe(8);
  });

  it('reads an observable its indicator is based on once, with the indicator’s provenance and display', async () => {
    const items = await read([sco, indicator, basedOn]);
    expect(items).toEqual([
      {
        type: 'row',
        row: expect.objectContaining({
          main: {
            value: 'pay.example',
            kind: 'domain',
            field: 'pattern domain-name:value',
            display: 'pay.example',
          },
          tlp: 'GREEN',
          confidence: 70,
          firstSeen: '2024-01-02T00:00:00.000Z',
          lastSeen: '2024-03-04T00:00:00.000Z',
          noImplied: true,
        }),
      },
    ]);
  });

  it('links what a relationship names, whichever comes first, with its own provenance and properties', async () => {
    const items = await read([paysTo, sco, indicator, basedOn, wallet]);
    expect(items.map((i) => i.type)).toEqual(['row', 'row', 'link']);
    expect(items[2]).toEqual({
      type: 'link',
      link: {
        line: 1,
        field: 'relationship pays-to',
        type: 'PAYS_TO',
        from: {
          value: 'pay.example',
          kind: 'domain',
          field: 'pattern domain-name:value',
          display: 'pay.example',
        },
        to: {
          value: wallet.value,
          kind: 'wallet',
          field: 'cryptocurrency-wallet.value',
          asset: undefined,
        },
        props: { amount: 12.5, asset: 'USDT-TRC20', txCount: 3 },
        tlp: 'GREEN',
        confidence: 40,
        firstSeen: '2024-02-01T00:00:00.000Z',
        lastSeen: '2024-02-03T00:00:00.000Z',
      },
    });
  });

  it('reads infrastructure located-at a location as a Compound, and a crime syndicate as an Organization', async () => {
    const items = await read([
      {
        type: 'location',
        id: 'location--1',
        country: 'MM',
        latitude: 16.8,
        longitude: 98.5,
        city: 'Shwe Kokko',
      },
      {
        type: 'infrastructure',
        id: 'infrastructure--1',
        name: 'KK Park (MM)',
        aliases: ['KK'],
        description: 'Scam compound in Shwe Kokko, MM; status: raided.',
        confidence: 80,
      },
      {
        type: 'relationship',
        id: 'relationship--l',
        relationship_type: 'located-at',
        source_ref: 'infrastructure--1',
        target_ref: 'location--1',
      },
      {
        type: 'threat-actor',
        id: 'threat-actor--1',
        name: 'Lotus Group',
        threat_actor_types: ['crime-syndicate'],
        description: 'Organisation kind: front-company.',
      },
      {
        type: 'threat-actor',
        id: 'threat-actor--2',
        name: 'Unit 1',
        threat_actor_types: ['nation-state'],
      },
      {
        type: 'relationship',
        id: 'relationship--r',
        relationship_type: 'run-by',
        source_ref: 'infrastructure--1',
        target_ref: 'threat-actor--1',
        description: 'role: operator',
      },
    ]);
    const entities = items.flatMap((i) => (i.type === 'entity' ? [i.entity] : []));
    expect(entities).toEqual([
      expect.objectContaining({
        label: 'Compound',
        id: 'compound:kk-park-mm',
        display: 'KK Park (MM)',
        confidence: 80,
        props: {
          name: 'KK Park',
          country: 'MM',
          lat: 16.8,
          lon: 98.5,
          aliases: ['KK'],
          status: 'raided',
          town: 'Shwe Kokko',
        },
      }),
      expect.objectContaining({
        label: 'Organization',
        id: 'org:lotus-group',
        props: { name: 'Lotus Group', kind: 'front-company' },
      }),
    ]);
    expect(items).toContainEqual({ type: 'skip', what: 'threat-actor' });
    expect(items.at(-1)).toMatchObject({
      type: 'link',
      link: {
        type: 'RUN_BY',
        from: { id: 'compound:kk-park-mm' },
        to: { id: 'org:lotus-group' },
        props: { role: 'operator' },
      },
    });
  });

  it('skips relationships whose ends are not in the bundle or not ours, counted by type', async () => {
    const items = await read([
      sco,
      { ...paysTo, relationship_type: 'uses' },
      { ...paysTo, target_ref: 'malware--1' },
      { type: 'infrastructure', id: 'infrastructure--2', name: 'C2' },
    ]);
    expect(items.filter((i) => i.type === 'skip')).toEqual([
      { type: 'skip', what: 'relationship' },
      { type: 'skip', what: 'relationship' },
      { type: 'skip', what: 'infrastructure' },
    ]);
    expect(items.filter((i) => i.type === 'row')).toHaveLength(1);
  });

  it('reads link properties only from the writer’s `key: value; …` descriptions', () => {
    expect(descriptionProps('amount: 1.5; role: otc-desk')).toEqual({
      amount: 1.5,
      role: 'otc-desk',
    });
    expect(descriptionProps('A free text: with a colon.')).toEqual({});
    expect(descriptionProps(undefined)).toEqual({});
  });
});
