// Batches and transactions of the ingest pipeline on the real Neo4j: many small batches, two transactions in
// flight, write the same graph as one big batch; a batch that fails is rolled back whole while the batches
// before and after it are written.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import type { ReaderItem } from '../../server/formats/reader-types.js';
import { ingestStream } from '../../server/modules/ingest/ingest-run.js';
import { emptySummary, type RejectEntry } from '../../server/modules/ingest/ingest-types.js';
import { IngestPipeline } from '../../server/modules/ingest/pipeline.js';
import { namedSource } from '../../server/modules/ingest/row-records.js';
import { entityId } from '../../server/model.js';
import { testExecutor, wipeGraph } from './harness.js';

const NOW = '2025-06-01T00:00:00.000Z';
let executor: Executor;

beforeAll(async () => {
  executor = await testExecutor();
});

beforeEach(async () => {
  await wipeGraph(executor);
});

afterAll(async () => {
  await executor?.driver.close();
});

/**
 * 300 rows: a unique domain each, paying to two of 40 wallets and contacted from two of 40 addresses, so
 * the same wallet and address recur across batches; the dates and TLPs vary, so provenance widens.
 */
function csv(): string {
  const hex = (i: number) => i.toString(16).padStart(40, '0');
  const lines = ['domain,wallet,eth,email,mail,first_seen,last_seen,tlp'];
  for (let i = 0; i < 300; i++) {
    const [a, b] = [i % 40, (i * 7 + 3) % 40];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const tlp = ['CLEAR', 'GREEN', 'AMBER'][i % 3];
    lines.push(
      `d${i}.batches.example,0x${hex(a)},0x${hex(b)},u${a}@mail.batches.example,u${b}@mail.batches.example,2025-01-${day},2025-03-${day},${tlp}`,
    );
  }
  return lines.join('\n') + '\n';
}

async function ingestCsv(batchRecords?: number) {
  return ingestStream(
    executor,
    Readable.from([csv()]),
    'csv',
    { source: 'batches', now: NOW, batchRecords },
    { add: () => {} },
  );
}

/**
 * Every node and relationship with all its properties, in a stable order. `addedAt` is the wall-clock time
 * an assertion was written, so it differs between batches: left out when `withAddedAt` is false.
 */
async function snapshot(withAddedAt = true) {
  const nodes = await executor.read({
    cypher:
      'MATCH (n) WHERE NOT n:SchemaMeta RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id',
  });
  const rels = await executor.read({
    cypher:
      'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p ORDER BY from, type, to',
  });
  if (withAddedAt) return { nodes, rels };
  const strip = (rows: Record<string, unknown>[]) =>
    rows.map((row) => {
      const { addedAt: _addedAt, ...p } = row.p as Record<string, unknown>;
      return { ...row, p };
    });
  return { nodes: strip(nodes), rels: strip(rels) };
}

describe('small batches, two transactions in flight', () => {
  it('write exactly the graph that one batch writes, and re-running them changes nothing', async () => {
    const one = await ingestCsv(1_000_000);
    const expected = await snapshot(false);
    expect(one).toMatchObject({ read: 300, rejected: 0, failedBatches: 0 });
    // 300 domains, 40 wallets, 40 addresses, the Source; 4 links and a REPORTED_IN per domain, 80 REPORTED_IN.
    expect(expected.nodes).toHaveLength(381);
    expect(expected.rels).toHaveLength(300 * 5 + 80);

    await wipeGraph(executor);
    // (`relationships` counts links written or widened per batch, so it is not compared.)
    // About 40 records per batch: dozens of transactions, each starting while the one before commits.
    const many = await ingestCsv(40);
    expect(many).toMatchObject({
      read: 300,
      new: one.new,
      merged: one.merged,
      failedBatches: 0,
    });
    expect(await snapshot(false)).toEqual(expected);
    const written = await snapshot();

    // Re-running changes nothing, not even when each assertion was added.
    const again = await ingestCsv(40);
    expect(again).toMatchObject({ new: 0, failedBatches: 0 });
    expect(await snapshot()).toEqual(written);
    // Three ingests of 300 rows, dozens of transactions: slow on a loaded machine.
  }, 180_000);
});

describe('a batch that fails', () => {
  it('is rolled back whole and reported; the batches before and after it are written', async () => {
    // Organizations read whole; number 15 carries a list of mixed types, which Neo4j refuses to store.
    const items = async function* (): AsyncGenerator<ReaderItem> {
      for (let i = 0; i < 30; i++) {
        yield {
          type: 'entity',
          entity: {
            line: i + 1,
            label: 'Organization',
            id: entityId('Organization', `org-${i}`),
            value: `org-${i}`,
            display: `Org ${i} (fictitious)`,
            props: i === 15 ? { name: 'bad', codes: [1, 'x'] as unknown as string[] } : {},
          },
        };
      }
    };
    const rejects: RejectEntry[] = [];
    // 2 records per organization (node and REPORTED_IN): batches of 3 organizations (+ the Source first).
    const pipeline = new IngestPipeline(
      executor,
      { now: NOW, batchRecords: 6 },
      { add: (r) => rejects.push(r) },
      emptySummary(),
    );
    await pipeline.consume({ file: 'orgs', items: items(), source: namedSource('batches') });
    const summary = await pipeline.finish();

    expect(summary.failedBatches).toBe(1);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({ file: 'orgs', field: '(batch)', reason: 'BATCH_FAILED' });
    const [first, last] = rejects[0]!.value.match(/\d+/g)!.map(Number);
    expect(first).toBeLessThanOrEqual(16);
    expect(last).toBeGreaterThanOrEqual(16);

    const rows = await executor.read({
      cypher: 'MATCH (o:Organization) RETURN o.id AS id ORDER BY id',
    });
    const written = new Set(rows.map((r) => String(r.id)));
    // Exactly the organizations outside the failed batch's lines are there, each with its REPORTED_IN.
    for (let i = 0; i < 30; i++)
      expect(written.has(entityId('Organization', `org-${i}`))).toBe(
        i + 1 < first! || i + 1 > last!,
      );
    const [links] = await executor.read({
      cypher: 'MATCH (:Organization)-[r:REPORTED_IN]->(:Source) RETURN count(r) AS n',
    });
    expect(Number(links?.n)).toBe(written.size);
    expect(written.size).toBe(30 - (last! - first! + 1));
  });
});
