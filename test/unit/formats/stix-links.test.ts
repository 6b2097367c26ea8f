// Unit tests of STIX relationships from other tools (issue 11 point 3): the generic vocabulary typed by the
// kinds of its ends (SPEC §1), RELATED_TO where SPEC has no rule, infrastructures as compounds or groups.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ReaderItem } from '../../../server/formats/reader-types.js';
import { objectOfRel } from '../../../server/formats/stix/stix-mapping.js';
import { readStix } from '../../../server/formats/stix/stix-reader.js';
import { linkRecords } from '../../../server/modules/ingest/entity-records.js';
import { labelLinkRule } from '../../../server/modules/ingest/link-rules.js';
import { toExportRel } from '../../../server/modules/exports/export-reader.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const NOW = '2025-06-01T00:00:00.000Z';
const W = 'wallet:eth:0x1111111111111111111111111111111111111111';

async function collect(input: Readable): Promise<ReaderItem[]> {
  const out: ReaderItem[] = [];
  for await (const item of readStix(input)) out.push(item);
  return out;
}
const read = (objects: object[]) =>
  collect(Readable.from([JSON.stringify({ type: 'bundle', id: 'bundle--1', objects })]));

/** What the links of a read would write: `from -TYPE-> to` and their properties, or why not. */
function landed(items: ReaderItem[]): { links: Record<string, object>; other: string[] } {
  const links: Record<string, object> = {};
  const other: string[] = [];
  for (const item of items) {
    if (item.type !== 'link') continue;
    const r = linkRecords(item.link, 'source:t', {}, NOW);
    if ('rel' in r) links[`${r.rel.from} -${r.rel.type}-> ${r.rel.to}`] = r.rel.props;
    else other.push('skip' in r ? r.skip : r.reject.reason);
  }
  return { links, other };
}
const skipped = (items: ReaderItem[]) => {
  const out: Record<string, number> = {};
  for (const i of items) if (i.type === 'skip') out[i.what] = (out[i.what] ?? 0) + 1;
  return out;
};
const entities = (items: ReaderItem[]) =>
  items.flatMap((i) => (i.type === 'entity' ? [`${i.entity.label} ${i.entity.id}`] : []));

const dom = (id: string, value: string) => ({ type: 'domain-name', id, value });
const ip = (id: string, value: string) => ({ type: 'ipv4-addr', id, value });
const url = (id: string, value: string) => ({ type: 'url', id, value });
const rel = (relationship_type: string, source_ref: string, target_ref: string) => ({
  type: 'relationship',
  id: `relationship--${relationship_type}-${source_ref}-${target_ref}`,
  relationship_type,
  source_ref,
  target_ref,
});

describe('SPEC §1 rules for stated links', () => {
  it('types a pair of labels in SPEC’s direction, anything but an organisation RUN_BY an organisation', () => {
    expect(labelLinkRule('Wallet', 'Domain')).toEqual({ type: 'PAYS_TO', forward: false });
    expect(labelLinkRule('Compound', 'Organization')).toEqual({ type: 'RUN_BY', forward: true });
    expect(labelLinkRule('Organization', 'Url')).toEqual({ type: 'RUN_BY', forward: false });
    expect(labelLinkRule('Phone', 'Compound')).toEqual({ type: 'OPERATED_FROM', forward: true });
    expect(labelLinkRule('Wallet', 'Wallet')).toBeUndefined();
    expect(labelLinkRule('Organization', 'Organization')).toBeUndefined();
  });
});

describe('STIX reader: relationships from other tools', () => {
  it('reads an OpenCTI-style bundle: every relationship between things we model lands', async () => {
    const items = await collect(
      createReadStream(path.join(FIXTURES, 'stix-links/opencti-style.json')),
    );
    expect(items.filter((i) => i.type === 'reject')).toEqual([]);
    expect(entities(items).sort()).toEqual([
      'Compound compound:example-park-kh',
      'Organization org:example-crew',
      'Organization org:example-front-ltd',
      'Organization org:example-syndicate',
    ]);
    // 11 observables and 2 indicators: the observables the indicators are based on are read once.
    expect(items.filter((i) => i.type === 'row')).toHaveLength(13);
    const { links, other } = landed(items);
    expect(other).toEqual([]);
    expect(links).toEqual({
      'domain:shop-scam.example -RESOLVES_TO-> ip:192.0.2.10': {},
      'domain:shop-scam.example -PAYS_TO-> wallet:eth:0x1111111111111111111111111111111111111111':
        {},
      'phone:+447700900123 -CONTACT_FOR-> domain:shop-scam.example': {},
      'wallet:eth:0x1111111111111111111111111111111111111111 -RELATED_TO-> wallet:eth:0x2222222222222222222222222222222222222222':
        { stixType: 'related-to' },
      'email:support@shop-scam.example -RELATED_TO-> phone:+447700900123': {
        stixType: 'related-to',
      },
      'url:https://pay-scam.example/deposit -RUN_BY-> org:example-syndicate': {},
      'domain:shop-scam.example -RUN_BY-> org:example-crew': {},
      'domain:pay-scam.example -RUN_BY-> org:example-front-ltd': {},
      'phone:+447700900456 -OPERATED_FROM-> compound:example-park-kh': {},
      // derived-from is not in the generic list: RELATED_TO even though SPEC has PAYS_TO for the kinds.
      'domain:kit-scam.example -RELATED_TO-> wallet:eth:0x2222222222222222222222222222222222222222':
        { stixType: 'derived-from' },
      // The parts of "Phishing kit hosting", each linked to its domain.
      'domain:kit-scam.example -RESOLVES_TO-> ip:198.51.100.20': {
        infrastructure: 'Phishing kit hosting',
      },
      'url:http://kit-scam.example/admin -ON_DOMAIN-> domain:kit-scam.example': {
        infrastructure: 'Phishing kit hosting',
      },
    });
    // The bundle's author is no organisation of ours; the malware and what it uses are not modelled.
    expect(skipped(items)).toEqual({ identity: 1, malware: 1, relationship: 1 });
  });

  it('collapses based-on and indicates onto the indicator’s own observable, in either order', async () => {
    const indicator = {
      type: 'indicator',
      id: 'indicator--1',
      pattern: "[domain-name:value = 'a.example']",
      pattern_type: 'stix',
    };
    for (const objects of [
      [
        indicator,
        dom('domain-name--1', 'a.example'),
        rel('based-on', 'indicator--1', 'domain-name--1'),
      ],
      [
        rel('indicates', 'indicator--1', 'domain-name--1'),
        dom('domain-name--1', 'a.example'),
        indicator,
      ],
    ]) {
      const items = await read(objects);
      expect(items.map((i) => i.type)).toEqual(['row']);
    }
    // Based on another observable: a link by the kinds (the URL is on the indicator's domain).
    const items = await read([
      indicator,
      url('url--1', 'https://a.example/pay'),
      rel('based-on', 'indicator--1', 'url--1'),
    ]);
    expect(Object.keys(landed(items).links)).toEqual([
      'url:https://a.example/pay -ON_DOMAIN-> domain:a.example',
    ]);
  });

  it('links the parts of an infrastructure located nowhere to its domain; a lone part is not linked', async () => {
    const items = await read([
      { type: 'infrastructure', id: 'infrastructure--1', name: 'Kit' },
      rel('consists-of', 'infrastructure--1', 'ipv4-addr--1'),
      rel('related-to', 'url--1', 'infrastructure--1'),
      rel('uses', 'infrastructure--1', 'domain-name--1'),
      rel('communicates-with', 'infrastructure--1', 'malware--1'),
      ip('ipv4-addr--1', '192.0.2.7'),
      url('url--1', 'https://b.example/x'),
      dom('domain-name--1', 'c.example'),
      { type: 'infrastructure', id: 'infrastructure--2', name: 'Lone' },
      rel('consists-of', 'infrastructure--2', 'ipv4-addr--1'),
    ]);
    expect(landed(items).links).toEqual({
      'domain:c.example -RESOLVES_TO-> ip:192.0.2.7': { infrastructure: 'Kit' },
      // Not ON_DOMAIN: the URL is not on that domain.
      'domain:c.example -RELATED_TO-> url:https://b.example/x': {
        infrastructure: 'Kit',
        stixType: 'related-to',
      },
    });
    // Lone's one relationship links nothing: skipped with it, as the one to the malware.
    expect(skipped(items)).toEqual({ infrastructure: 1, relationship: 2 });
  });

  it('makes an infrastructure located at a place a Compound its parts are operated from', async () => {
    const items = await read([
      rel('consists-of', 'infrastructure--1', 'domain-name--1'),
      dom('domain-name--1', 'd.example'),
      { type: 'infrastructure', id: 'infrastructure--1', name: 'Example Park' },
      rel('located-at', 'infrastructure--1', 'location--1'),
      { type: 'location', id: 'location--1', country: 'MM', city: 'Example Town' },
    ]);
    expect(entities(items)).toEqual(['Compound compound:example-park-mm']);
    expect(Object.keys(landed(items).links)).toEqual([
      'domain:d.example -OPERATED_FROM-> compound:example-park-mm',
    ]);
  });

  it('writes an identity or intrusion-set only when linked by a relationship that makes it an operator', async () => {
    const items = await read([
      dom('domain-name--1', 'e.example'),
      { type: 'identity', id: 'identity--1', name: 'Example Bank', identity_class: 'organization' },
      { type: 'identity', id: 'identity--2', name: 'A Person', identity_class: 'individual' },
      { type: 'intrusion-set', id: 'intrusion-set--1', name: 'Example Set' },
      rel('targets', 'domain-name--1', 'identity--1'),
      rel('related-to', 'domain-name--1', 'identity--2'),
      rel('attributed-to', 'domain-name--1', 'intrusion-set--1'),
    ]);
    expect(entities(items)).toEqual(['Organization org:example-set']);
    expect(landed(items).links).toEqual({
      'domain:e.example -RELATED_TO-> org:example-set': { stixType: 'attributed-to' },
    });
    expect(skipped(items)).toEqual({ identity: 2, relationship: 2 });
  });

  it('does not link a thing to itself; keeps our own types strict', async () => {
    const items = await read([
      dom('domain-name--1', 'F.example'),
      dom('domain-name--2', 'f.example.'),
      rel('related-to', 'domain-name--1', 'domain-name--2'),
      url('url--1', 'https://f.example/'),
      rel('pays-to', 'domain-name--1', 'url--1'),
    ]);
    expect(landed(items).other).toEqual([
      'relationship:related-to (one entity)',
      'NO_RELATIONSHIP',
    ]);
  });

  it('reads the OASIS infrastructure example: parts of one-part infrastructures, the malware skipped', async () => {
    const items = await collect(
      createReadStream(path.join(FIXTURES, 'stix21-oasis/infrastructure.json')),
    );
    expect(items.flatMap((i) => (i.type === 'row' ? [i.row.main.value] : []))).toEqual([
      '198.51.100.3',
      'example.com',
    ]);
    expect(items.filter((i) => i.type === 'link')).toEqual([]);
    expect(skipped(items)).toEqual({ malware: 2, relationship: 4, infrastructure: 2 });
  });

  it('writes RELATED_TO as `related-to` with its original type, and reads it back the same', async () => {
    const exported = objectOfRel(
      toExportRel('domain:g.example', 'RELATED_TO', W, [
        {
          tlp: 'GREEN',
          confidence: 60,
          firstSeen: NOW,
          lastSeen: NOW,
          source: 'source:t',
          stixType: 'derived-from',
          infrastructure: 'Kit',
        },
      ]),
      'identity--x',
      NOW,
    )!;
    expect(exported).toMatchObject({
      relationship_type: 'related-to',
      description: 'infrastructure: Kit; stixType: derived-from',
    });
    const items = await read([
      dom(String(exported.source_ref), 'g.example'),
      { type: 'cryptocurrency-wallet', id: exported.target_ref, value: W.slice(11) },
      exported,
    ]);
    // Still RELATED_TO (derived-from is no PAYS_TO), not typed again by the kinds of its ends.
    expect(landed(items).links).toEqual({
      [`domain:g.example -RELATED_TO-> ${W}`]: { infrastructure: 'Kit', stixType: 'derived-from' },
    });
  });
});
