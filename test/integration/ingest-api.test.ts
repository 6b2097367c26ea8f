// Ingest over the API: the `ingest` mutation (small, capped submissions) and POST /api/ingest (uploads),
// with links from CSV columns, a byte-order mark and bad rows beside good ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import { adminHeaders, graphql, startTestServer, testExecutor, wipeGraph } from './harness.js';
import { labelCounts, nodeById, relCounts } from './ingest-helpers.js';

let executor: Executor;
let server: Running;

beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

const MUTATION = `mutation($input: IngestInput!) { ingest(input: $input) {
  read indicators created merged relationships rejected sourceId
  rejectedByReason { name count } skippedByType { name count }
  rejects { line field value reason message } } }`;

interface Result {
  ingest: {
    read: number;
    indicators: number;
    created: number;
    merged: number;
    rejected: number;
    sourceId: string;
    rejectedByReason: { name: string; count: number }[];
    rejects: { line: number; field: string; value: string; reason: string }[];
  };
}

describe('the ingest mutation', () => {
  it('ingests pasted values, rejects the bad ones with line and reason, keeps the good ones', async () => {
    const r = await graphql<Result>(server.url, MUTATION, {
      input: {
        source: 'Hotline tips 2025',
        reliability: 'c',
        tlp: 'GREEN',
        defaultRegion: 'GB',
        values: [
          'scam-invest[.]example',
          'hxxps://scam-invest.example/login?utm_source=x',
          '07700 900123',
          'not a thing',
          '0x52908400098527886e0F7030069857D2E4169EE7',
          'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
        ],
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingest).toMatchObject({
      read: 6,
      indicators: 5,
      created: 4,
      merged: 1,
      rejected: 2,
      sourceId: 'source:hotline-tips-2025',
    });
    expect(r.data!.ingest.rejects.map((x) => [x.line, x.field, x.value, x.reason])).toEqual([
      [4, 'value', 'not a thing', 'UNKNOWN_KIND'],
      [5, 'value', '0x52908400098527886e0F7030069857D2E4169EE7', 'BAD_CHECKSUM'],
    ]);
    expect(await labelCounts(executor)).toEqual({
      Domain: 1,
      Phone: 1,
      Source: 1,
      Url: 1,
      Wallet: 1,
    });
    expect(await nodeById(executor, 'source:hotline-tips-2025')).toMatchObject({
      name: 'Hotline tips 2025',
      reliability: 'C',
      tlp: 'GREEN',
    });
    const asserted = await executor.read({
      cypher: `MATCH (:Phone {id: 'phone:+447700900123'})-[a:REPORTED_IN]->(s:Source)
               RETURN s.id AS source, a.tlp AS tlp, a.vis AS vis`,
    });
    expect(asserted).toEqual([
      { source: 'source:hotline-tips-2025', tlp: 'GREEN', vis: ['green'] },
    ]);
  });

  it('refuses submissions over the cap with BAD_USER_INPUT naming the field', async () => {
    const values = Array.from({ length: 1001 }, (_, i) => `d${i}.example`);
    const r = await graphql(server.url, MUTATION, { input: { source: 'x', values } });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'values',
      reason: 'TOO_LONG',
    });
    const noSource = await graphql(server.url, MUTATION, {
      input: { source: ' ', values: ['a.example'] },
    });
    expect(noSource.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'source',
    });
    const both = await graphql(server.url, MUTATION, {
      input: { source: 'x', values: ['a.example'], text: 'b.example' },
    });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('POST /api/ingest', () => {
  const csv =
    '\uFEFFdomain,wallet,phone,email,app,ip,url,first_seen\r\n' +
    'fast-yield.example,bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq,+44 7700 900456,desk@fast-yield.example,com.fastyield.app,192.0.2.10,https://pay.fast-yield.example/deposit,2025-01-02\r\n' +
    'bad domain.example,1BoatSLRHtKNngkdXEeobR76b53LETtpyX,,,,,,\r\n' +
    ',,+44 7700 900789,,com.fastyield.app,,,not-a-date\r\n';

  it('streams a CSV upload, links the columns to the row main indicator in SPEC directions, reports bad rows', async () => {
    const res = await fetch(
      `${server.url}/api/ingest?format=csv&source=Partner%20upload&tlp=amber`,
      {
        method: 'POST',
        body: csv,
        headers: { 'content-type': 'text/csv', ...(await adminHeaders(server.url)) },
      },
    );
    expect(res.status).toBe(200);
    const r = (await res.json()) as {
      read: number;
      new: number;
      rejected: number;
      rejectedByReason: Record<string, number>;
      rejects: { line: number; field: string; reason: string }[];
    };
    expect(r).toMatchObject({
      read: 3,
      new: 9,
      rejected: 3,
      rejectedByReason: { INVALID_DOMAIN: 1, BAD_CHECKSUM: 1, INVALID_DATE: 1 },
    });
    expect(r.rejects.map((x) => [x.line, x.field, x.reason])).toEqual([
      [3, 'domain', 'INVALID_DOMAIN'],
      [3, 'wallet', 'BAD_CHECKSUM'],
      [4, 'first_seen', 'INVALID_DATE'],
    ]);
    const rels = await executor.read({
      cypher: `MATCH (a)-[r]->(b) WHERE type(r) <> 'REPORTED_IN' AND r.source = 'source:partner-upload'
               RETURN a.id + ' ' + type(r) + ' ' + b.id AS rel ORDER BY rel`,
    });
    expect(rels.map((x) => x.rel)).toEqual([
      'app:com.fastyield.app USES_DOMAIN domain:fast-yield.example',
      'domain:fast-yield.example PAYS_TO wallet:btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      'domain:fast-yield.example RESOLVES_TO ip:192.0.2.10',
      'email:desk@fast-yield.example CONTACT_FOR domain:fast-yield.example',
      'phone:+447700900456 CONTACT_FOR domain:fast-yield.example',
      'phone:+447700900789 CONTACT_FOR app:com.fastyield.app',
      'url:https://pay.fast-yield.example/deposit ON_DOMAIN domain:pay.fast-yield.example',
    ]);
  });

  it('tells the format of an upload without one from its filename, else from its content', async () => {
    const post = async (params: string, body: string) => {
      const res = await fetch(`${server.url}/api/ingest?source=Sniffed%20upload&${params}`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/octet-stream',
          ...(await adminHeaders(server.url)),
        },
      });
      expect(res.status).toBe(200);
      return (await res.json()) as { accepted: number; format: string };
    };
    const lists = JSON.stringify({ deny: ['deny-one.sniff.example'], allow: ['ok.sniff.example'] });
    const cases: [string, string, string, number][] = [
      ['filename=lists.json', lists, 'json', 1],
      ['', lists, 'json', 1],
      ['', '0.0.0.0 hosts-one.sniff.example\n0.0.0.0 hosts-two.sniff.example\n', 'hosts', 2],
      ['', 'type,value\ndomain,csv-one.sniff.example\n', 'csv', 1],
      ['', '- url: https://yaml.sniff.example/pay\n  note: fake exchange\n', 'yaml', 1],
      [
        'filename=notes.md',
        '| site | note |\n|---|---|\n| md.sniff[.]example | fake |\n',
        'freetext',
        1,
      ],
    ];
    for (const [params, body, format, accepted] of cases) {
      const r = await post(params, body);
      expect(r.format, `${params} ${body}`).toBe(format);
      expect(r.accepted, `${params} ${body}`).toBe(accepted);
    }
  });

  it('answers 400 BAD_USER_INPUT for an unknown format or a missing source', async () => {
    const bad = await fetch(`${server.url}/api/ingest?format=xlsx&source=x`, {
      method: 'POST',
      body: 'a',
      headers: { 'content-type': 'application/octet-stream', ...(await adminHeaders(server.url)) },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'format' } });
    const noSource = await fetch(`${server.url}/api/ingest?format=text`, {
      method: 'POST',
      body: 'a.example',
      headers: { 'content-type': 'application/octet-stream', ...(await adminHeaders(server.url)) },
    });
    expect(noSource.status).toBe(400);
    expect(await noSource.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'source' },
    });
  });

  it('re-uploading the same file changes nothing', async () => {
    const before = [await labelCounts(executor), await relCounts(executor)];
    const res = await fetch(
      `${server.url}/api/ingest?format=csv&source=Partner%20upload&tlp=amber`,
      {
        method: 'POST',
        body: csv,
        headers: { 'content-type': 'text/csv', ...(await adminHeaders(server.url)) },
      },
    );
    expect(await res.json()).toMatchObject({ read: 3, new: 0 });
    expect([await labelCounts(executor), await relCounts(executor)]).toEqual(before);
  });
});
