// Writes batches of node and relationship records with UNWIND … MERGE, one transaction per batch.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypherWith } from './cypher.js';
import type { Executor } from './executor.js';
import {
  labelOfId,
  TLP_LEVELS,
  type NodeLabel,
  type NodeRecord,
  type Provenance,
  type RelRecord,
} from '../model.js';

const TLP_RANK = Object.fromEntries(TLP_LEVELS.map((t, i) => [t, i]));

export interface WriteResult {
  nodes: number;
  rels: number;
  /** Relationships whose endpoints were missing (not written). */
  danglingRels: number;
  /** Nodes the batch created (the rest matched existing ones), per label. */
  createdByLabel: Partial<Record<NodeLabel, number>>;
}

/** Integers travel as Neo4j integers, so confidence is stored as an integer, not a float. */
const int = (n: number) => (Number.isSafeInteger(n) ? neo4j.int(n) : n);

/**
 * The distinct provenance values of one statement. Rows of a batch mostly share their provenance (one
 * source, one TLP, a handful of dates), so each travels once and rows name it by index: the parameters
 * shrink to a third, and with them the driver's encoding in Node and the server's decoding.
 */
class ProvenanceTable {
  readonly provs: Record<string, unknown>[] = [];
  private readonly index = new Map<string, ReturnType<typeof neo4j.int>>();

  ref(p: Provenance): ReturnType<typeof neo4j.int> {
    const key = `${p.tlp}\u0000${p.confidence}\u0000${p.firstSeen}\u0000${p.lastSeen}\u0000${p.synthetic}\u0000${p.sources.join('\u0000')}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = neo4j.int(this.provs.length);
      this.index.set(key, i);
      this.provs.push({
        tlp: p.tlp,
        confidence: int(p.confidence),
        firstSeen: p.firstSeen,
        lastSeen: p.lastSeen,
        sources: p.sources,
        synthetic: p.synthetic,
      });
    }
    return i;
  }
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Statements that lock the Source node (its MERGE, and REPORTED_IN links into it) go last, so that the
 * next batch, which starts while this one commits (pipeline.ts), runs everything else before it waits
 * for that lock.
 */
function sourceLast([a]: [string, unknown], [b]: [string, unknown]): number {
  const rank = (key: string) => (key === 'Source' || key.startsWith('REPORTED_IN|') ? 1 : 0);
  return rank(a) - rank(b);
}

function nodeStatement(label: string, group: NodeRecord[]) {
  const table = new ProvenanceTable();
  const rows = group.map((n) => ({
    id: n.id,
    p: table.ref(n),
    props: n.props,
    value: n.value,
    display: n.display,
    raw: n.raw,
  }));
  return {
    cypher: cypherWith('write/merge-nodes', { label }),
    params: { rows, provs: table.provs, tlpRank: TLP_RANK },
  };
}

function relStatement(type: string, fromLabel: string, toLabel: string, group: RelRecord[]) {
  const table = new ProvenanceTable();
  const rows = group.map((r) => ({ from: r.from, to: r.to, p: table.ref(r), props: r.props }));
  return {
    cypher: cypherWith('write/merge-rels', { type, fromLabel, toLabel }),
    params: { rows, provs: table.provs, tlpRank: TLP_RANK },
  };
}

/**
 * Writes nodes, then relationships, in the given transaction. The statements are sent together (Bolt
 * pipelining): the server runs them in order, one after another, while the driver encodes the next, so
 * Node and Neo4j work at the same time instead of taking turns. Measured in docs/ingest.md.
 */
export async function writeInTx(
  tx: ManagedTransaction,
  nodes: NodeRecord[],
  rels: RelRecord[],
  onStatementsDone?: () => void,
): Promise<WriteResult> {
  const nodeGroups = [...groupBy(nodes, (n) => n.label)].sort(sourceLast);
  const relGroups = [
    ...groupBy(rels, (r) => `${r.type}|${labelOfId(r.from)}|${labelOfId(r.to)}`),
  ].sort(sourceLast);
  const sent = [
    ...nodeGroups.map(([label, group]) => nodeStatement(label, group)),
    ...relGroups.map(([key, group]) => {
      const [type, fromLabel, toLabel] = key.split('|') as [string, NodeLabel, NodeLabel];
      return relStatement(type, fromLabel, toLabel, group);
    }),
  ].map((s) => tx.run(s.cypher, s.params));
  const settled = await Promise.allSettled(sent);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  onStatementsDone?.();
  const results = settled.map(
    (s) => (s as PromiseFulfilledResult<Awaited<(typeof sent)[0]>>).value,
  );

  const createdByLabel: Partial<Record<NodeLabel, number>> = {};
  nodeGroups.forEach(([label], i) => {
    createdByLabel[label as NodeLabel] = results[i]!.summary.counters.updates().nodesCreated;
  });
  let written = 0;
  for (const result of results.slice(nodeGroups.length))
    written += Number(result.records[0]?.get('written') ?? 0);
  return {
    nodes: nodes.length,
    rels: written,
    danglingRels: rels.length - written,
    createdByLabel,
  };
}

/**
 * One batch, one write transaction: all of it or none of it. `onStatementsDone` is called once the
 * statements have run and only the commit is left (the transaction takes no further locks then).
 */
export function writeBatch(
  executor: Executor,
  nodes: NodeRecord[],
  rels: RelRecord[],
  onStatementsDone?: () => void,
): Promise<WriteResult> {
  return executor.writeTx((tx) => writeInTx(tx, nodes, rels, onStatementsDone), 120_000);
}
