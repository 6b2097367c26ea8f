// Writes batches of node and relationship records with UNWIND … MERGE, one transaction per batch.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypherWith } from './cypher.js';
import type { Executor } from './executor.js';
import {
  labelOfId,
  TLP_LEVELS,
  type NodeLabel,
  type NodeRecord,
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

/** A node row: `set` is everything a new node gets; `props` the facts a match updates. */
function nodeRow(n: NodeRecord) {
  return {
    id: n.id,
    tlpRank: TLP_RANK[n.tlp],
    props: n.props,
    set: {
      ...n.props,
      value: n.value,
      display: n.display,
      raw: n.raw,
      tlp: n.tlp,
      confidence: int(n.confidence),
      firstSeen: n.firstSeen,
      lastSeen: n.lastSeen,
      sources: n.sources,
      synthetic: n.synthetic,
    },
  };
}

function relRow(r: RelRecord) {
  return {
    from: r.from,
    to: r.to,
    tlpRank: TLP_RANK[r.tlp],
    props: r.props,
    set: {
      ...r.props,
      tlp: r.tlp,
      confidence: int(r.confidence),
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
      sources: r.sources,
      synthetic: r.synthetic,
    },
  };
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

/** Writes nodes, then relationships, in the given transaction. */
export async function writeInTx(
  tx: ManagedTransaction,
  nodes: NodeRecord[],
  rels: RelRecord[],
): Promise<WriteResult> {
  const createdByLabel: Partial<Record<NodeLabel, number>> = {};
  for (const [label, group] of groupBy(nodes, (n) => n.label)) {
    const result = await tx.run(cypherWith('write/merge-nodes', { label }), {
      rows: group.map(nodeRow),
      tlpRank: TLP_RANK,
    });
    createdByLabel[label as NodeLabel] = result.summary.counters.updates().nodesCreated;
  }
  let written = 0;
  const groups = groupBy(rels, (r) => `${r.type}|${labelOfId(r.from)}|${labelOfId(r.to)}`);
  for (const [key, group] of groups) {
    const [type, fromLabel, toLabel] = key.split('|') as [string, NodeLabel, NodeLabel];
    const result = await tx.run(cypherWith('write/merge-rels', { type, fromLabel, toLabel }), {
      rows: group.map(relRow),
      tlpRank: TLP_RANK,
    });
    written += Number(result.records[0]?.get('written') ?? 0);
  }
  return {
    nodes: nodes.length,
    rels: written,
    danglingRels: rels.length - written,
    createdByLabel,
  };
}

/** One batch, one write transaction: all of it or none of it. */
export function writeBatch(
  executor: Executor,
  nodes: NodeRecord[],
  rels: RelRecord[],
): Promise<WriteResult> {
  return executor.writeTx((tx) => writeInTx(tx, nodes, rels), 120_000);
}
