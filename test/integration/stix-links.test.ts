// STIX from other tools keeps its links (issue 11 point 3): an OpenCTI-style bundle ingested into the real
// Neo4j writes one link per relationship between things we model, and a STIX export carries them back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminContext } from '../../server/context.js';
import type { Executor } from '../../server/db/executor.js';
import { STIX_REL_TYPE } from '../../server/formats/stix/stix-mapping.js';
import { stixIdOfEntity } from '../../server/formats/stix/stix-ids.js';
import type { RelType } from '../../server/model.js';
import { exportTarget } from '../../server/modules/exports/exports-service.js';
import { ingestPath, ingestStream } from '../../server/modules/ingest/ingest-run.js';
import { RejectList } from '../../server/modules/ingest/reject-file.js';
import { ensureVenv, runPython } from '../interop/python.js';
import { testExecutor, wipeGraph } from './harness.js';

const BUNDLE = path.resolve(import.meta.dirname, '../fixtures/stix-links/opencti-style.json');
const W1 = 'wallet:eth:0x1111111111111111111111111111111111111111';
const W2 = 'wallet:eth:0x2222222222222222222222222222222222222222';

/** The bundle's relationships between things we model (by relationship id), and the link each becomes. */
const STATED: Record<string, string> = {
  'related-to domain → ipv4-addr': 'domain:shop-scam.example -RESOLVES_TO-> ip:192.0.2.10',
  'related-to wallet → domain': `domain:shop-scam.example -PAYS_TO-> ${W1}`,
  'related-to phone → domain': 'phone:+447700900123 -CONTACT_FOR-> domain:shop-scam.example',
  'related-to wallet → wallet': `${W1} -RELATED_TO-> ${W2}`,
  'related-to email → phone': 'email:support@shop-scam.example -RELATED_TO-> phone:+447700900123',
  'indicates indicator → threat-actor':
    'url:https://pay-scam.example/deposit -RUN_BY-> org:example-syndicate',
  'uses intrusion-set → domain': 'domain:shop-scam.example -RUN_BY-> org:example-crew',
  'owns identity → domain': 'domain:pay-scam.example -RUN_BY-> org:example-front-ltd',
  'related-to phone → infrastructure (compound)':
    'phone:+447700900456 -OPERATED_FROM-> compound:example-park-kh',
  'derived-from domain → wallet': `domain:kit-scam.example -RELATED_TO-> ${W2}`,
};
/** The three parts of "Phishing kit hosting" (consists-of), linked to its domain. */
const GROUPED = [
  'domain:kit-scam.example -RESOLVES_TO-> ip:198.51.100.20',
  'url:http://kit-scam.example/admin -ON_DOMAIN-> domain:kit-scam.example',
];
/** A URL's domain is implied by the URL itself (SPEC §1). */
const IMPLIED = [
  'url:https://shop-scam.example/login -ON_DOMAIN-> domain:shop-scam.example',
  'url:https://pay-scam.example/deposit -ON_DOMAIN-> domain:pay-scam.example',
];
const EXPECTED = [...Object.values(STATED), ...GROUPED, ...IMPLIED].sort();
/** A cold Neo4j on a busy 2-core machine plans each statement slowly the first time. */
const SLOW = 180_000;

let executor: Executor;
let tmp: string;

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-stix-links-'));
});

afterAll(async () => {
  await executor?.driver.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Every link but provenance, once per (from, type, to), with its `stixType` when it has one. */
async function links(): Promise<Map<string, string | null>> {
  const rows = await executor.read({
    cypher: `MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['REPORTED_IN', 'MEMBER_OF', 'CODE_FOR', 'SESSION_OF', 'TOKEN_OF']
      RETURN DISTINCT a.id + ' -' + type(r) + '-> ' + b.id AS link, r.stixType AS stixType`,
  });
  return new Map(rows.map((r) => [String(r.link), (r.stixType as string | null) ?? null]));
}

async function exportStix(): Promise<{ objects: Record<string, unknown>[] }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportTarget(executor, adminContext(), {}, 'stix', { out });
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

describe('STIX relationships from other tools, through the real store', () => {
  it(
    'writes one link per relationship between things we model, and nothing else',
    async () => {
      const summary = await ingestPath(executor, BUNDLE, {
        source: 'opencti bundle',
        now: '2025-06-01T00:00:00.000Z',
        rejects: path.join(tmp, 'rejects.csv'),
      });
      expect(summary).toMatchObject({ rejected: 0, failedBatches: 0 });
      expect(summary.skippedByType).toEqual({ identity: 1, malware: 1, relationship: 1 });
      const landed = await links();
      // Every stated relationship is a distinct link (10 relationships, 10 links).
      expect(new Set(Object.values(STATED)).size).toBe(Object.keys(STATED).length);
      expect([...landed.keys()].sort()).toEqual(EXPECTED);
      expect(landed.get(`${W1} -RELATED_TO-> ${W2}`)).toBe('related-to');
      expect(landed.get(`domain:kit-scam.example -RELATED_TO-> ${W2}`)).toBe('derived-from');
    },
    SLOW,
  );

  it(
    'exports every link as a STIX relationship, RELATED_TO as related-to with its original type',
    async () => {
      const bundle = await exportStix();
      const sros = bundle.objects.filter((o) => o.type === 'relationship');
      for (const link of EXPECTED) {
        const [from, type, to] = /^(\S+) -([A-Z_]+)-> (\S+)$/.exec(link)!.slice(1) as [
          string,
          RelType,
          string,
        ];
        const sro = sros.find(
          (o) =>
            o.source_ref === stixIdOfEntity(from) &&
            o.target_ref === stixIdOfEntity(to) &&
            o.relationship_type === STIX_REL_TYPE[type],
        );
        expect(sro, link).toBeDefined();
        if (type === 'RELATED_TO') expect(String(sro!.description)).toMatch(/stixType: /);
      }
      // related-to with its original type in the description is plain STIX 2.1: the OASIS validator agrees.
      await ensureVenv();
      const file = path.join(tmp, 'export.json');
      writeFileSync(file, JSON.stringify(bundle));
      const result = await runPython('validate_stix.py', [file]);
      expect(result.lines).toMatchObject([{ valid: true, error_count: 0 }]);
    },
    SLOW,
  );

  it(
    'gives back the same links when its export is ingested into an empty store',
    async () => {
      const bundle = await exportStix();
      await wipeGraph(executor);
      const rejects = new RejectList(50);
      const summary = await ingestStream(
        executor,
        Readable.from([JSON.stringify(bundle)]),
        'stix',
        { source: 'round trip', now: '2030-01-01T00:00:00.000Z' },
        rejects,
      );
      expect(rejects.entries).toEqual([]);
      expect(summary).toMatchObject({ rejected: 0, failedBatches: 0 });
      const landed = await links();
      expect([...landed.keys()].sort()).toEqual(EXPECTED);
      expect(landed.get(`${W1} -RELATED_TO-> ${W2}`)).toBe('related-to');
      expect(landed.get(`domain:kit-scam.example -RELATED_TO-> ${W2}`)).toBe('derived-from');
    },
    SLOW,
  );
});
