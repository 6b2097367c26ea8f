// STIX mapping: deterministic ids, patterns, markings and the streamed bundle.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scoId, stixIdOfEntity } from '../../../server/formats/stix/stix-ids.js';
import { objectsOfNode, patternString } from '../../../server/formats/stix/stix-mapping.js';
import { TLP_MARKING_IDS } from '../../../server/formats/stix/stix-markings.js';
import { writeStixBundle } from '../../../server/formats/stix/stix-writer.js';
import type { ExportNode, ExportPage } from '../../../server/modules/exports/exports-types.js';

const node = (over: Partial<ExportNode>): ExportNode => ({
  id: 'domain:example.test',
  label: 'Domain',
  value: 'example.test',
  display: 'example.test',
  tlp: 'AMBER',
  confidence: 70,
  firstSeen: '2024-01-01T00:00:00Z',
  lastSeen: '2024-03-01T00:00:00Z',
  sources: ['source:x'],
  props: {},
  ...over,
});

describe('STIX ids', () => {
  it('match the STIX 2.1 example for a domain-name (UUIDv5 over canonical JSON)', () => {
    // The id python-stix2 computes for DomainName(value="example.com").
    expect(scoId('domain-name', { value: 'example.com' })).toBe(
      'domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7',
    );
  });

  it('key wallets on the address and relationships on the graph ids', () => {
    expect(stixIdOfEntity('wallet:tron:TAbc')).toBe(
      scoId('cryptocurrency-wallet', { value: 'TAbc' }),
    );
    expect(stixIdOfEntity('compound:x-kh')).toMatch(/^infrastructure--/);
    expect(stixIdOfEntity('org:x')).toMatch(/^threat-actor--/);
  });
});

describe('objectsOfNode', () => {
  it('makes an SCO, an indicator with a pattern and a based-on link, all marked', () => {
    const [sco, indicator, rel] = objectsOfNode(
      node({ value: "it's.test", id: "domain:it's.test" }),
      'identity--x',
      '2025-01-01T00:00:00.000Z',
    );
    expect(sco).toMatchObject({
      type: 'domain-name',
      value: "it's.test",
      object_marking_refs: [TLP_MARKING_IDS.AMBER],
    });
    expect(indicator).toMatchObject({
      type: 'indicator',
      pattern: "[domain-name:value = 'it\\'s.test']",
      created_by_ref: 'identity--x',
      valid_from: '2024-01-01T00:00:00.000Z',
    });
    expect(rel).toMatchObject({
      relationship_type: 'based-on',
      source_ref: indicator!.id,
      target_ref: sco!.id,
    });
    expect(patternString('a\\b')).toBe("'a\\\\b'");
  });

  it('makes a compound a location and an infrastructure located there', () => {
    const objs = objectsOfNode(
      node({
        id: 'compound:x-kh',
        label: 'Compound',
        display: 'X Park',
        props: { lat: 10.6, lon: 103.5, country: 'KH', town: 'Sihanoukville' },
      }),
      'identity--x',
      'now',
    );
    expect(objs.map((o) => o.type)).toEqual(['location', 'infrastructure', 'relationship']);
    expect(objs[0]).toMatchObject({ latitude: 10.6, longitude: 103.5, country: 'KH' });
    expect(objs[2]).toMatchObject({
      relationship_type: 'located-at',
      source_ref: objs[1]!.id,
      target_ref: objs[0]!.id,
    });
  });
});

describe('writeStixBundle', () => {
  it('streams a bundle that parses, with markings and the producer first', async () => {
    let text = '';
    const out = new Writable({
      write(chunk, _e, done) {
        text += String(chunk);
        done();
      },
    });
    async function* pages(): AsyncGenerator<ExportPage> {
      yield { label: 'Domain', nodes: [node({})], rels: [] };
    }
    const meta = {
      setId: 'all',
      name: 'x',
      producer: 'Scamgraph',
      organisation: 'o',
      exportedAt: '2025-01-01T00:00:00.000Z',
      maxTlp: 'AMBER' as const,
    };
    const r = await writeStixBundle(pages(), meta, out);
    const bundle = JSON.parse(text) as { type: string; objects: { type: string }[] };
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects.slice(0, 4).map((o) => o.type)).toEqual([
      'marking-definition',
      'marking-definition',
      'marking-definition',
      'identity',
    ]);
    expect(r).toEqual({ objects: 7, indicators: 1 });
  });
});
