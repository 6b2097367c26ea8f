// Export of a selection: CSV (RFC 4180) and STIX 2.1 built in the browser.
import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../web/src/export/csv.js';
import { buildStixBundle } from '../../../web/src/export/stix.js';
import { scoId, uuidv5 } from '../../../web/src/export/uuid.js';
import { selectionData } from '../../../web/src/export/selection.js';
import { graphFromSubgraph } from '../../../web/src/graph/build.js';
import { entity, sample } from './fixtures.js';

describe('uuidv5 and SCO ids', () => {
  it('matches RFC 4122 and the STIX 2.1 specification examples', () => {
    expect(uuidv5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
    expect(scoId('domain-name', 'example.com')).toBe(
      'domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7',
    );
  });
});

describe('buildCsv', () => {
  it('writes a header and one quoted row per entity', () => {
    const csv = buildCsv([
      entity('account:telegram:a,"b"', 'ACCOUNT', { display: 'line1\nline2' }),
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('id,kind,value,display,tlp,confidence,first_seen,last_seen,sources');
    expect(row).toContain('"account:telegram:a,""b"""');
    expect(csv).toContain('"line1\nline2"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises spreadsheet formulas in every cell, as the server exports do, and keeps E.164 numbers', () => {
    const csv = buildCsv([
      entity('account:telegram:=cmd|x', 'ACCOUNT', {
        value: '=cmd|x',
        display: ' @SUM(A1)',
        sources: [{ id: 'source:s', name: '+1+HYPERLINK("x")', reliability: 'B', url: null }],
      }),
      entity('phone:+447700900123', 'PHONE', { display: '+44 7700 900123' }),
    ]);
    const [, formula, phone] = csv.split('\r\n');
    expect(formula).toBe(
      `account:telegram:=cmd|x,ACCOUNT,'=cmd|x,' @SUM(A1),GREEN,70,2024-01-01T00:00:00Z,2024-06-01T00:00:00Z,"'+1+HYPERLINK(""x"")"`,
    );
    expect(phone).toBe(
      `phone:+447700900123,PHONE,+447700900123,'+44 7700 900123,GREEN,70,2024-01-01T00:00:00Z,2024-06-01T00:00:00Z,Feed (fictitious)`,
    );
  });
});

describe('buildStixBundle', () => {
  it('exports indicators with patterns, SCOs, compounds as locations, SROs among the selection and TLP markings', () => {
    const g = graphFromSubgraph(sample());
    const { entities, edges } = selectionData(g, [
      'domain:pay-fast.example',
      'wallet:tron:TXYZ',
      'compound:alpha-mm',
      'phone:+447700900123',
    ]);
    expect(edges).toHaveLength(3);
    const bundle = buildStixBundle(entities, edges, '2025-01-01T00:00:00.000Z');
    const byType = (t: string) => bundle.objects.filter((o) => o.type === t);
    expect(bundle.type).toBe('bundle');
    expect(byType('domain-name')[0]).toMatchObject({
      value: 'pay-fast.example',
      id: scoId('domain-name', 'pay-fast.example'),
    });
    expect(byType('cryptocurrency-wallet')[0]).toMatchObject({ value: 'tron:TXYZ' });
    expect(byType('phone-number')[0]).toMatchObject({ value: '+447700900123' });
    expect(byType('indicator').map((o) => o.pattern)).toContain(
      "[domain-name:value = 'pay-fast.example']",
    );
    expect(byType('location')[0]).toMatchObject({ country: 'MM', latitude: 16.8, longitude: 98.5 });
    expect(byType('infrastructure')).toHaveLength(1);
    const rels = byType('relationship').map((o) => o.relationship_type);
    expect(rels).toEqual(
      expect.arrayContaining(['based-on', 'located-at', 'pays-to', 'contact-for', 'operated-from']),
    );
    const markings = byType('marking-definition').map((o) => o.id);
    expect(markings).toEqual(
      expect.arrayContaining([
        'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
        'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
      ]),
    );
    const ids = new Set(bundle.objects.map((o) => o.id));
    for (const o of bundle.objects) {
      for (const ref of [
        o.source_ref,
        o.target_ref,
        ...((o.object_marking_refs as string[] | undefined) ?? []),
      ])
        if (ref) expect(ids.has(ref as string), String(ref)).toBe(true);
    }
    expect(bundle.objects.length).toBe(ids.size);
  });
});
