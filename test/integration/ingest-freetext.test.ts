// Free text into the real graph: a Markdown write-up, a chat export, an e-mail and the ESET Telekopye
// AsciiDoc write-up ingested through ingestPath; the nodes and links that landed, and summaries whose
// values always add up (values = accepted + valuesRejected + valuesSkipped).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { ingestPath, type FileIngestResult } from '../../server/modules/ingest/ingest-run.js';
import { CHAT_TXT, PHISHING_EML, REPORT_MD } from '../unit/formats/freetext-samples.js';
import { testExecutor, wipeGraph } from './harness.js';
import { labelCounts } from './ingest-helpers.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const NOW = '2025-06-01T00:00:00.000Z';
let executor: Executor;
let tmp: string;

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-freetext-'));
});

afterAll(async () => {
  await executor?.driver.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function ingest(name: string, text: string | undefined, format?: 'freetext') {
  const file = text === undefined ? name : path.join(tmp, name);
  if (text !== undefined) writeFileSync(file, text);
  const r = await ingestPath(executor, file, {
    format,
    source: path.basename(name),
    now: NOW,
    rejects: path.join(tmp, `${path.basename(name)}.rejects.csv`),
  });
  expect(r.values).toBe(r.accepted + r.valuesRejected + r.valuesSkipped);
  return r;
}

/** The links (not REPORTED_IN) between nodes that `source` reported, as `from -TYPE-> to`. */
async function linksOf(source: string): Promise<string[]> {
  const rows = await executor.read({
    cypher: `MATCH (s:Source {id: $source})<-[:REPORTED_IN]-(a)-[r]->(b)-[:REPORTED_IN]->(s)
             WHERE type(r) <> 'REPORTED_IN'
             RETURN DISTINCT a.id + ' -' + type(r) + '-> ' + b.id AS link ORDER BY link`,
    params: { source: `source:${source}` },
  });
  return rows.map((r) => String(r.link));
}

const counts = (r: FileIngestResult) => ({
  format: r.files[0]?.format,
  read: r.read,
  values: r.values,
  accepted: r.accepted,
  valuesRejected: r.valuesRejected,
  valuesSkipped: r.valuesSkipped,
  rejectedByReason: r.rejectedByReason,
  skippedByType: r.skippedByType,
});

describe('free text into the graph', { timeout: 180_000 }, () => {
  it('a Markdown write-up: each table row’s site linked to its wallet, phone and account', async () => {
    const r = await ingest('report.md', REPORT_MD);
    expect(counts(r)).toEqual({
      format: 'freetext',
      read: 6,
      values: 14,
      accepted: 14,
      valuesRejected: 0,
      valuesSkipped: 0,
      rejectedByReason: {},
      skippedByType: { 'hash:md5': 1, 'hash:sha256': 1, 'reference:email': 1, 'reference:url': 1 },
    });
    expect(await linksOf('report-md')).toEqual([
      'account:telegram:courier_fee_help -CONTACT_FOR-> domain:courier-fee.test',
      'account:telegram:parcel_refunds -CONTACT_FOR-> domain:refund-parcel.example',
      'domain:courier-fee.test -PAYS_TO-> wallet:tron:TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf',
      'domain:refund-parcel.example -PAYS_TO-> wallet:eth:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      'domain:track-my-box.example -PAYS_TO-> wallet:btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      'phone:+447700900123 -CONTACT_FOR-> domain:refund-parcel.example',
      'phone:+447700900456 -CONTACT_FOR-> domain:courier-fee.test',
      'phone:+447700900789 -CONTACT_FOR-> domain:track-my-box.example',
      'url:http://track-my-box.example/pay -ON_DOMAIN-> domain:track-my-box.example',
      'url:https://refund-parcel.example/track?id=1 -ON_DOMAIN-> domain:refund-parcel.example',
    ]);
  });

  it('a chat export (--format freetext): messenger links as phones and accounts, a site and its wallet', async () => {
    const r = await ingest('chat.txt', CHAT_TXT, 'freetext');
    expect(counts(r)).toEqual({
      format: 'freetext',
      read: 7,
      values: 8,
      accepted: 8,
      valuesRejected: 0,
      valuesSkipped: 0,
      rejectedByReason: {},
      skippedByType: {},
    });
    expect(await linksOf('chat-txt')).toEqual([
      'domain:vip-signals.example -PAYS_TO-> wallet:tron:TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf',
      'url:https://vip-signals.example/register -ON_DOMAIN-> domain:vip-signals.example',
    ]);
  });

  it('an e-mail: the sender’s addresses, the subject’s phone, the body’s link, site and wallet', async () => {
    const r = await ingest('phishing.eml', PHISHING_EML);
    expect(counts(r)).toEqual({
      format: 'freetext',
      read: 6,
      values: 7,
      accepted: 7,
      valuesRejected: 0,
      valuesSkipped: 0,
      rejectedByReason: {},
      skippedByType: {},
    });
    expect(await linksOf('phishing-eml')).toEqual([
      'domain:secure-unlock.example -PAYS_TO-> wallet:btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      'url:https://scam-bank.example/verify?u=1 -ON_DOMAIN-> domain:scam-bank.example',
    ]);
    const victim = await executor.read({
      cypher: "MATCH (n) WHERE n.value CONTAINS 'victim' OR n.value = '198.51.100.23' RETURN n.id",
    });
    expect(victim).toEqual([]);
  });

  it('the ESET Telekopye write-up: 28 domains land, 10 hashes and 2 blog links are skipped', async () => {
    const r = await ingest(path.join(FIXTURES, 'eset-ioc/telekopye/README.adoc'), undefined);
    expect(counts(r)).toEqual({
      format: 'freetext',
      read: 28,
      values: 28,
      accepted: 28,
      valuesRejected: 0,
      valuesSkipped: 0,
      rejectedByReason: {},
      skippedByType: { 'hash:sha1': 10, 'reference:url': 2 },
    });
    const domains = await executor.read({
      cypher:
        "MATCH (d:Domain)-[:REPORTED_IN]->(:Source {id: 'source:readme-adoc'}) RETURN count(d) AS n",
    });
    expect(Number(domains[0]!.n)).toBe(28);
    expect(await linksOf('readme-adoc')).toEqual([]);
    expect(await labelCounts(executor)).toMatchObject({ Source: 4 });
  });
});
