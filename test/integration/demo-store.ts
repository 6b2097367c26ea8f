// The demo data set (scale 1) for the test files that read it. The first such file in a run generates it
// and writes it through the real write path (seeds/load.ts); what that wrote (every node with its labels and
// properties, every relationship) is then kept as a snapshot on disk, and later files restore the snapshot
// into their wiped graph in a few large transactions: seconds instead of a minute each, the same graph.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { isInt } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { groupBy } from '../../server/db/write-graph.js';
import { loadDemo } from '../../seeds/load.js';
import { wipeGraph } from './harness.js';

interface Snapshot {
  nodes: { labels: string[]; props: Record<string, unknown> }[];
  rels: { type: string; from: number; to: number; props: Record<string, unknown> }[];
}

const BATCH = 10_000;

/** Neo4j integers are kept as `{ $int: "…" }` so they come back as integers, not floats. */
function encode(value: unknown): unknown {
  if (isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value === null || typeof value !== 'object') return value;
  throw new Error(`demo snapshot: a property of an unexpected type (${JSON.stringify(value)})`);
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object')
    return neo4j.int((value as { $int: string }).$int);
  return value;
}

const mapProps = (props: Record<string, unknown>, f: (v: unknown) => unknown) =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, f(v)]));

async function take(executor: Executor): Promise<Snapshot> {
  const nodeRows = await executor.read(
    {
      cypher:
        'MATCH (n) WHERE NOT n:SchemaMeta RETURN elementId(n) AS k, labels(n) AS labels, properties(n) AS props',
    },
    120_000,
  );
  const at = new Map(nodeRows.map((r, i) => [r.k as string, i]));
  const relRows = await executor.read(
    {
      cypher:
        'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props',
    },
    120_000,
  );
  return {
    nodes: nodeRows.map((r) => ({
      labels: (r.labels as string[]).sort(),
      props: mapProps(r.props as Record<string, unknown>, encode),
    })),
    rels: relRows.map((r) => ({
      type: r.type as string,
      from: at.get(r.a as string)!,
      to: at.get(r.b as string)!,
      props: mapProps(r.props as Record<string, unknown>, encode),
    })),
  };
}

async function restore(executor: Executor, snapshot: Snapshot): Promise<void> {
  const nodes = snapshot.nodes.map((n, i) => ({ ...n, i, props: mapProps(n.props, decode) }));
  for (const [labels, group] of groupBy(nodes, (n) => n.labels.join(':'))) {
    for (let k = 0; k < group.length; k += BATCH) {
      await executor.write(
        {
          cypher: `UNWIND $rows AS r CREATE (n:${labels}) SET n = r.props, n.restoreIdx = r.i`,
          params: { rows: group.slice(k, k + BATCH).map((n) => ({ i: n.i, props: n.props })) },
        },
        120_000,
      );
    }
  }
  // Internal ids of the new nodes, by snapshot index.
  const rows = await executor.read({
    cypher: 'MATCH (n) WHERE n.restoreIdx IS NOT NULL RETURN n.restoreIdx AS i, id(n) AS id',
  });
  const internal = new Map(rows.map((r) => [Number(r.i), r.id as number]));
  for (const [type, group] of groupBy(snapshot.rels, (r) => r.type)) {
    for (let k = 0; k < group.length; k += BATCH) {
      await executor.write(
        {
          cypher: `UNWIND $rows AS r MATCH (a) WHERE id(a) = r.a MATCH (b) WHERE id(b) = r.b
            CREATE (a)-[x:${type}]->(b) SET x = r.props`,
          params: {
            rows: group.slice(k, k + BATCH).map((r) => ({
              a: internal.get(r.from),
              b: internal.get(r.to),
              props: mapProps(r.props, decode),
            })),
          },
        },
        120_000,
      );
    }
  }
  await executor.runAutoCommit({
    cypher:
      'MATCH (n) WHERE n.restoreIdx IS NOT NULL CALL (n) { REMOVE n.restoreIdx } IN TRANSACTIONS OF 10000 ROWS',
  });
}

/**
 * Wipes the graph and puts the demo data set (scale 1) in it: generated and written the first time in a
 * run, restored from that run's snapshot afterwards.
 */
export async function loadDemoStore(executor: Executor): Promise<void> {
  await wipeGraph(executor);
  const file = path.join(inject('demoCacheDir'), 'demo-scale-1.json');
  if (existsSync(file)) {
    await restore(executor, JSON.parse(readFileSync(file, 'utf8')) as Snapshot);
    return;
  }
  await loadDemo(executor, { scale: 1 });
  writeFileSync(`${file}.part`, JSON.stringify(await take(executor)));
  renameSync(`${file}.part`, file);
}
