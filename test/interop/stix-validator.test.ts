// Every STIX export passes the OASIS validator strictly (py/validate_stix.py lists the disabled checks),
// and the bundles hold what partners rely on: deterministic SCO ids, markings on every object, TLP ceilings.
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { v5 as uuidv5 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { adminContext, type RequestContext } from '../../server/context.js';
import { TLP_LEVELS } from '../../server/model.js';
import {
  createIndicatorSet,
  exportTarget,
  type ExportTarget,
} from '../../server/modules/exports/exports-service.js';
import { TLP_MARKING_IDS } from '../../server/formats/stix/stix-markings.js';
import { testExecutor } from '../integration/harness.js';
import { loadInteropGraph } from './fixture.js';
import { ensureVenv, runPython } from './python.js';

let executor: Executor;
const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-stix-'));
type Obj = Record<string, unknown> & { id: string; type: string };
const bundles: Record<string, Obj[]> = {};

async function exportStix(
  name: string,
  ctx: RequestContext,
  target: ExportTarget,
): Promise<string> {
  const file = path.join(dir, `${name}.json`);
  await exportTarget(executor, ctx, target, 'stix', { out: createWriteStream(file) });
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { type: string; objects: Obj[] };
  expect(bundle.type).toBe('bundle');
  bundles[name] = bundle.objects;
  return file;
}

const green: RequestContext = {
  caller: 'test',
  organisation: 'partner',
  clearance: 'GREEN',
  roles: [],
};
let files: string[];

beforeAll(async () => {
  await ensureVenv();
  executor = await testExecutor();
  await loadInteropGraph(executor);
  const admin = adminContext();
  const rows = await executor.read({
    cypher:
      'MATCH (d:Domain) RETURN d.id AS id ORDER BY COUNT { (d)-[:PAYS_TO|CONTACT_FOR|USES_DOMAIN|OPERATED_FROM]-() } DESC, id LIMIT 1',
  });
  const cluster = await createIndicatorSet(executor, admin, {
    name: 'cluster around a domain',
    clusterOf: String(rows[0]?.id),
  });
  files = [
    await exportStix('all', admin, {}),
    await exportStix('green', green, {}),
    await exportStix('cluster', admin, { setId: cluster.id }),
    await exportStix('wallets-phones', admin, {
      filter: { kinds: ['Wallet', 'Phone'], minConfidence: 50 },
    }),
  ];
});

afterAll(async () => {
  await executor?.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('STIX 2.1 exports', () => {
  it('pass the OASIS validator in strict mode', async () => {
    const result = await runPython('validate_stix.py', files);
    expect(result.lines).toHaveLength(files.length);
    for (const line of result.lines)
      expect(line, JSON.stringify(line).slice(0, 2000)).toMatchObject({
        valid: true,
        error_count: 0,
      });
    expect(result.code).toBe(0);
  });

  it('hold every object kind the SPEC names', () => {
    const types = new Set(bundles.all!.map((o) => o.type));
    for (const t of [
      'marking-definition',
      'identity',
      'indicator',
      'relationship',
      'domain-name',
      'url',
      'ipv4-addr',
      'email-addr',
      'software',
      'phone-number',
      'cryptocurrency-wallet',
      'location',
      'infrastructure',
      'threat-actor',
    ]) {
      expect(types, t).toContain(t);
    }
    const relTypes = new Set(
      bundles.all!.filter((o) => o.type === 'relationship').map((o) => o.relationship_type),
    );
    for (const t of ['based-on', 'located-at', 'pays-to', 'contact-for', 'operated-from', 'run-by'])
      expect(relTypes, t).toContain(t);
    expect(
      bundles.all!.find(
        (o) =>
          o.type === 'threat-actor' &&
          (o.threat_actor_types as string[]).includes('crime-syndicate'),
      ),
    ).toBeDefined();
  });

  it('gives SCOs deterministic UUIDv5 ids over the canonical JSON of their value', () => {
    const domain = bundles.all!.find((o) => o.type === 'domain-name')!;
    const expected = uuidv5(
      canonicalize({ value: domain.value }) as string,
      '00abedb4-aa42-466c-9c01-fed23315a9b7',
    );
    expect(domain.id).toBe(`domain-name--${expected}`);
    const phone = bundles.all!.find((o) => o.type === 'phone-number')!;
    expect(String(phone.value)).toMatch(/^\+\d{8,15}$/);
    expect(phone.id).toBe(
      `phone-number--${uuidv5(canonicalize({ value: phone.value }) as string, '00abedb4-aa42-466c-9c01-fed23315a9b7')}`,
    );
  });

  it('marks every object with a TLP 2.0 marking in the bundle and names the producer', () => {
    for (const objects of Object.values(bundles)) {
      const ids = new Set(objects.map((o) => o.id));
      const identity = objects.find((o) => o.type === 'identity')!;
      for (const o of objects) {
        if (o.type === 'marking-definition') continue;
        const refs = o.object_marking_refs as string[];
        expect(refs, o.id).toHaveLength(1);
        expect(ids.has(refs[0]!), o.id).toBe(true);
        if (
          ![
            'domain-name',
            'url',
            'ipv4-addr',
            'ipv6-addr',
            'email-addr',
            'software',
            'user-account',
            'phone-number',
            'cryptocurrency-wallet',
            'identity',
          ].includes(o.type)
        ) {
          expect(o.created_by_ref, o.id).toBe(identity.id);
        }
      }
      for (const r of objects.filter((o) => o.type === 'relationship')) {
        expect(ids.has(r.source_ref as string) && ids.has(r.target_ref as string), r.id).toBe(true);
      }
      expect(ids.size).toBe(objects.length);
    }
  });

  it('exports nothing above the caller’s clearance', () => {
    const allowed = new Set(TLP_LEVELS.slice(0, 2).map((t) => TLP_MARKING_IDS[t]));
    const green = bundles.green!;
    expect(green.length).toBeGreaterThan(100);
    for (const o of green)
      if (o.type !== 'marking-definition')
        expect(allowed.has((o.object_marking_refs as string[])[0]!), o.id).toBe(true);
    expect(green.filter((o) => o.type === 'marking-definition')).toHaveLength(2);
    expect(green.length).toBeLessThan(bundles.all!.length);
  });

  it('keeps a filtered export to its kinds and a cluster export to its cluster', () => {
    const kinds = new Set(
      bundles['wallets-phones']!.filter(
        (o) => o.type !== 'relationship' && o.type !== 'indicator',
      ).map((o) => o.type),
    );
    expect([...kinds].sort()).toEqual([
      'cryptocurrency-wallet',
      'identity',
      'marking-definition',
      'phone-number',
    ]);
    const cluster = bundles.cluster!.filter((o) => o.type === 'indicator');
    expect(cluster.length).toBeGreaterThan(1);
    expect(cluster.length).toBeLessThan(bundles.all!.filter((o) => o.type === 'indicator').length);
  });
});
