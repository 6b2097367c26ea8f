// Ingesting the real fixtures (Infoblox CSV and MISP feed, CIRCL MISP events, OASIS STIX bundles): exact
// counts, idempotent re-ingest, the same indicators via CSV and MISP as the same nodes, the reject file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { ingestPath } from '../../server/modules/ingest/ingest-run.js';
import { testExecutor, wipeGraph } from './harness.js';
import { assertionsOf, labelCounts, linkCounts, nodeById, relCounts } from './ingest-helpers.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const NOW = '2025-06-01T00:00:00.000Z';
let executor: Executor;
let tmp: string;

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-ingest-'));
});

afterAll(async () => {
  await executor?.driver.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function ingest(folder: string, opts: { source?: string } = {}) {
  return ingestPath(executor, path.join(FIXTURES, folder), {
    ...opts,
    now: NOW,
    rejects: path.join(tmp, `${folder.replace(/\W+/g, '-')}.rejects.csv`),
  });
}

describe('Infoblox CSV then the Infoblox MISP feed', () => {
  it('reads every row of the four CSVs: 855 domains and 26 URLs (and their 26 implied domains)', async () => {
    const r = await ingest('infoblox/csv');
    expect(r.files.map((f) => f.format)).toEqual(['csv', 'csv', 'csv', 'csv']);
    expect(r).toMatchObject({
      read: 881,
      indicators: 907,
      new: 902,
      merged: 5,
      rejected: 0,
      skipped: 0,
      failedBatches: 0,
      rejectsFile: null,
    });
    expect(r.sources).toEqual([
      'source:deepfake-crypto-scam-20240917-iocs',
      'source:pig-butchering-20250506-iocs',
      'source:savvy-seahorse-20240228-iocs',
      'source:vigorish-viper-20240722-iocs',
    ]);
    expect(await labelCounts(executor)).toEqual({ Domain: 876, Source: 4, Url: 26 });
    expect(await relCounts(executor)).toEqual({ ON_DOMAIN: 26, REPORTED_IN: 902 });
  });

  it('stores refanged, normalized values with the provenance of the data', async () => {
    const d = await nodeById(executor, 'domain:marblemediaworks.cc');
    expect(d).toMatchObject({ value: 'marblemediaworks.cc' });
    // What the source said is its assertion, not the node's.
    for (const key of ['tlp', 'confidence', 'firstSeen', 'lastSeen', 'sources', 'raw'])
      expect(d).not.toHaveProperty(key);
    expect(await assertionsOf(executor, 'domain:marblemediaworks.cc')).toEqual([
      expect.objectContaining({
        source: 'source:pig-butchering-20250506-iocs',
        raw: ['marblemediaworks[.]cc'],
        tlp: 'AMBER',
        confidence: 50,
        firstSeen: '2024-12-11T00:00:00.000Z',
        lastSeen: '2024-12-11T00:00:00.000Z',
      }),
    ]);
    const url = await executor.read({
      cypher:
        "MATCH (u:Url {id: 'url:https://yamei-sports.com/'})-[:ON_DOMAIN]->(d:Domain) RETURN d.id AS d",
    });
    expect(url).toEqual([{ d: 'domain:yamei-sports.com' }]);
  });

  it('changes nothing when the same files are ingested again', async () => {
    const r = await ingest('infoblox/csv');
    expect(r).toMatchObject({ read: 881, indicators: 907, new: 0, merged: 907, rejected: 0 });
    expect(await labelCounts(executor)).toEqual({ Domain: 876, Source: 4, Url: 26 });
    expect(await relCounts(executor)).toEqual({ ON_DOMAIN: 26, REPORTED_IN: 902 });
  });

  it('finds the same indicators in the MISP feed: no new nodes, 42 listed events missing', async () => {
    const r = await ingest('infoblox/misp');
    expect(r.files).toEqual([{ path: path.join(FIXTURES, 'infoblox/misp'), format: 'misp-feed' }]);
    expect(r).toMatchObject({
      read: 881,
      indicators: 907,
      new: 0,
      merged: 907,
      rejected: 0,
      skipped: 0,
    });
    expect(r.missingEvents).toHaveLength(42);
    expect(r.missingEvents).toContain('dad88707-beb8-4a14-94e2-5ffecf5a5f85');
    // Each event is the same report as its CSV: the same Source node.
    expect(await labelCounts(executor)).toEqual({ Domain: 876, Source: 4, Url: 26 });
    expect(await relCounts(executor)).toEqual({ ON_DOMAIN: 26, REPORTED_IN: 902 });
  });

  it('keeps one node with both sources when the feed is ingested under its own source', async () => {
    const r = await ingest('infoblox/misp', { source: 'Infoblox MISP feed' });
    expect(r).toMatchObject({ new: 0, merged: 907, sources: ['source:infoblox-misp-feed'] });
    expect(await labelCounts(executor)).toEqual({ Domain: 876, Source: 5, Url: 26 });
    // Each source's report of a link is its own relationship: the 26 links, twice.
    expect(await relCounts(executor)).toEqual({ ON_DOMAIN: 52, REPORTED_IN: 1804 });
    expect(await linkCounts(executor)).toEqual({ ON_DOMAIN: 26 });
    const sources = await executor.read({
      cypher:
        "MATCH (:Url {id: 'url:https://yamei-sports.com/'})-[r:ON_DOMAIN]->(:Domain) RETURN r.source AS s ORDER BY s",
    });
    expect(sources.map((row) => row.s)).toEqual([
      'source:infoblox-misp-feed',
      'source:vigorish-viper-20240722-iocs',
    ]);
    // One node; the feed marks it tlp:clear, the CSV carried no marking (AMBER): each assertion keeps its own.
    expect(await assertionsOf(executor, 'domain:marblemediaworks.cc')).toEqual([
      expect.objectContaining({ source: 'source:infoblox-misp-feed', tlp: 'CLEAR' }),
      expect.objectContaining({ source: 'source:pig-butchering-20250506-iocs', tlp: 'AMBER' }),
    ]);
  });
});

describe('CIRCL MISP events', () => {
  it('ingests domains, URLs, IPs, e-mails and a BTC wallet; counts what it does not model', async () => {
    const r = await ingest('misp-circl');
    expect(r.files).toHaveLength(8);
    expect(r).toMatchObject({
      read: 176,
      indicators: 185,
      new: 175,
      merged: 10,
      rejected: 12,
      // A schemeless www.… URL with a path is read as https; `uyguhr.sov.te` ends in no public suffix.
      rejectedByReason: { INVALID_URL: 11, INVALID_DOMAIN: 1 },
      skipped: 597,
    });
    expect(r.skippedByType).toMatchObject({
      'misp:link': 72,
      'misp:sha1': 59,
      'misp:md5': 54,
      'misp-object:file/sha1': 53,
    });
    expect(await labelCounts(executor)).toEqual({
      Domain: 930,
      Email: 2,
      IpAddress: 108,
      Source: 11,
      Url: 36,
      Wallet: 1,
    });
    // ON_DOMAIN is one relationship per source: the Infoblox links twice (52), and CIRCL's.
    expect(await relCounts(executor)).toEqual({
      ON_DOMAIN: 61,
      REPORTED_IN: 1979,
      RESOLVES_TO: 11,
    });
    expect(await linkCounts(executor)).toEqual({ ON_DOMAIN: 35, RESOLVES_TO: 11 });
  });

  it('links the domain and IP of a domain-ip object with RESOLVES_TO', async () => {
    const rows = await executor.read({
      cypher:
        'MATCH (d:Domain)-[r:RESOLVES_TO]->(i:IpAddress) RETURN count(*) AS n, min(r.tlp) AS tlp',
    });
    expect(rows).toEqual([{ n: 11, tlp: 'CLEAR' }]);
  });

  it('writes each reject with file, line, field, value and reason', () => {
    const lines = readFileSync(path.join(tmp, 'misp-circl.rejects.csv'), 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('file,line,field,value,reason,message');
    expect(lines).toHaveLength(13);
    expect(lines.some((l) => l.includes(',Attribute url,www.whitewall.top,INVALID_URL,'))).toBe(
      true,
    );
  });
});

describe('OASIS STIX 2.1 bundles', () => {
  it('reads indicator patterns and observables, rejects CIDR ranges and broken domains, skips the rest by type', async () => {
    const r = await ingest('stix21-oasis');
    expect(r.files.map((f) => path.basename(f.path))).toEqual([
      'indicator-for-c2-ip-address.json',
      'indicator-to-campaign-relationship.json',
      'indicators-for-C2-with-COA.json',
      'infrastructure.json',
      'interop-objectmarking-test.json',
      'malicious-email-indicator-with-attachment.json',
      'apt1.json',
      'poisonivy.json',
    ]);
    expect(r).toMatchObject({
      read: 77,
      indicators: 72,
      new: 48,
      merged: 24,
      rejected: 5,
      rejectedByReason: { INVALID_IP: 4, INVALID_DOMAIN: 1 },
      skipped: 227,
    });
    expect(r.skippedByType).toMatchObject({
      relationship: 130,
      malware: 34,
      'pattern:file': 6,
      'pattern:x509-certificate': 4,
      campaign: 5,
    });
    expect(await labelCounts(executor)).toEqual({
      Domain: 958,
      Email: 2,
      IpAddress: 128,
      Source: 17,
      Url: 36,
      Wallet: 1,
    });
    const rejects = readFileSync(path.join(tmp, 'stix21-oasis.rejects.csv'), 'utf8');
    expect(rejects).toContain('apt1.json,11,pattern ipv4-addr:value,223.166.0.0/15,INVALID_IP,');
    expect(rejects).toContain(
      'poisonivy.json,43,pattern domain-name:value,domain autuo.xicp.net,INVALID_DOMAIN,',
    );
  });

  it('changes nothing when the bundles are ingested again', async () => {
    const r = await ingest('stix21-oasis');
    expect(r).toMatchObject({ read: 77, new: 0, merged: 72, rejected: 5 });
    expect(await labelCounts(executor)).toEqual({
      Domain: 958,
      Email: 2,
      IpAddress: 128,
      Source: 17,
      Url: 36,
      Wallet: 1,
    });
  });
});
