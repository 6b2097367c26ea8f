// Writes batches of node and relationship records with UNWIND … MERGE, one transaction per batch.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypher, cypherWith } from './cypher.js';
import type { Executor } from './executor.js';
import {
  labelOfId,
  TLP_LEVELS,
  type NodeLabel,
  type NodeRecord,
  type Provenance,
  type RelRecord,
  type SharingScope,
  type Tlp,
} from '../model.js';
import { assertionKeys } from '../modules/access/visibility.js';

const TLP_RANK = Object.fromEntries(TLP_LEVELS.map((t, i) => [t, i]));

/** The visibility keys of an assertion at each TLP, for one submitter's scope (cached per call). */
function keysFor(scope: SharingScope): (tlp: Tlp) => string[] {
  const cache = new Map<Tlp, string[]>();
  return (tlp) => {
    let k = cache.get(tlp);
    if (!k) cache.set(tlp, (k = assertionKeys({ tlp, ...scope })));
    return k;
  };
}

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

/** Data without a stated submitter belongs to the host organisation (the demo data, the local CLI). */
export const HOST_SCOPE: SharingScope = { org: 'local' };

/**
 * The distinct provenance values of one statement, each with its source and visibility keys. Rows of a
 * batch mostly share their provenance (one source, one TLP, a handful of dates), so each travels once and
 * rows name it by index: the parameters shrink to a third, and with them the driver's encoding in Node
 * and the server's decoding.
 */
class ProvenanceTable {
  readonly provs: Record<string, unknown>[] = [];
  private readonly index = new Map<string, ReturnType<typeof neo4j.int>>();

  constructor(private readonly keys: (tlp: Tlp) => string[]) {}

  ref(p: Provenance, source: string): ReturnType<typeof neo4j.int> {
    const key = `${p.tlp}\u0000${p.confidence}\u0000${p.firstSeen}\u0000${p.lastSeen}\u0000${p.synthetic}\u0000${source}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = neo4j.int(this.provs.length);
      this.index.set(key, i);
      this.provs.push({
        tlp: p.tlp,
        vis: this.keys(p.tlp),
        confidence: int(p.confidence),
        firstSeen: p.firstSeen,
        lastSeen: p.lastSeen,
        source,
        synthetic: p.synthetic,
      });
    }
    return i;
  }
}

/** Items by key, in their order. */
export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

type Statement = { cypher: string; params: Record<string, unknown> };

/** Entity nodes by id, once each: what follows from the key. */
function nodeStatement(label: string, group: NodeRecord[]): Statement {
  const byId = new Map<string, Record<string, unknown>>();
  for (const n of group) {
    const seen = byId.get(n.id);
    if (seen) Object.assign(seen.facts as object, n.facts ?? {});
    else
      byId.set(n.id, {
        id: n.id,
        value: n.value,
        display: n.display,
        synthetic: n.synthetic,
        facts: { ...(n.facts ?? {}) },
      });
  }
  return {
    cypher: cypherWith('write/merge-nodes', { label }),
    params: { rows: [...byId.values()] },
  };
}

/** One assertion per node and source: what that source said about it. */
function assertionStatement(
  label: string,
  group: NodeRecord[],
  keys: (tlp: Tlp) => string[],
  now: string,
): Statement {
  const table = new ProvenanceTable(keys);
  const rows = group.flatMap((n) =>
    n.sources.map((source) => ({
      id: n.id,
      p: table.ref(n, source),
      props: n.props,
      raw: n.raw,
      display: n.display,
    })),
  );
  return {
    cypher: cypherWith('write/merge-assertions', { label }),
    params: { rows, provs: table.provs, tlpRank: TLP_RANK, now },
  };
}

/** One link per (from, type, to, source). */
function relStatement(
  type: string,
  fromLabel: string,
  toLabel: string,
  group: RelRecord[],
  keys: (tlp: Tlp) => string[],
  now: string,
): Statement {
  const table = new ProvenanceTable(keys);
  const rows = group.flatMap((r) =>
    r.sources.map((source) => ({
      from: r.from,
      to: r.to,
      p: table.ref(r, source),
      props: r.props,
    })),
  );
  return {
    cypher: cypherWith('write/merge-rels', { type, fromLabel, toLabel }),
    params: { rows, provs: table.provs, tlpRank: TLP_RANK, now },
  };
}

/** The keys each cited source gains from this batch: those of the assertions it carries. */
function sourceKeys(
  nodes: NodeRecord[],
  rels: RelRecord[],
  keys: (tlp: Tlp) => string[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of [...nodes.filter((n) => n.label !== 'Source'), ...rels]) {
    for (const s of r.sources) {
      let set = out.get(s);
      if (!set) out.set(s, (set = new Set()));
      for (const k of keys(r.tlp)) set.add(k);
    }
  }
  return out;
}

function sourceStatement(
  group: NodeRecord[],
  scope: SharingScope,
  keys: (tlp: Tlp) => string[],
  vis: Map<string, Set<string>>,
  now: string,
): Statement {
  const rows = group.map((s) => ({
    id: s.id,
    value: s.value,
    display: s.display,
    synthetic: s.synthetic,
    vis: [...new Set([...keys(s.tlp), ...(vis.get(s.id) ?? [])])],
    props: {
      ...s.props,
      tlp: s.tlp,
      org: scope.org,
      sharedWith: [...(scope.sharedWith ?? [])],
      recipients: [...(scope.recipients ?? [])],
    },
  }));
  return { cypher: cypher('write/merge-sources'), params: { rows, now } };
}

/**
 * Writes nodes, their assertions, then links, in the given transaction (SPEC §6: what each source said is
 * kept apart; `scope` says who submitted it and with whom it is shared). REPORTED_IN records are not
 * written as such: a node's assertions follow from its record's sources. The statements are sent together
 * (Bolt pipelining): the server runs them in order while the driver encodes the next, so Node and Neo4j
 * work at the same time instead of taking turns. Statements that lock Source nodes (their MERGE, the
 * assertions into them) go last, so that the next batch (pipeline.ts) runs everything else before it
 * waits for those locks. Measured in docs/ingest.md.
 */
export async function writeInTx(
  tx: ManagedTransaction,
  nodes: NodeRecord[],
  rels: RelRecord[],
  onStatementsDone?: () => void,
  scope: SharingScope = HOST_SCOPE,
): Promise<WriteResult> {
  const keys = keysFor(scope);
  const now = new Date().toISOString();
  const sources = nodes.filter((n) => n.label === 'Source');
  const entities = nodes.filter((n) => n.label !== 'Source');
  const links = rels.filter((r) => r.type !== 'REPORTED_IN');
  const nodeGroups = [...groupBy(entities, (n) => n.label)];
  const relGroups = [...groupBy(links, (r) => `${r.type}|${labelOfId(r.from)}|${labelOfId(r.to)}`)];
  const cited = sourceKeys(entities, links, keys);
  const written = new Set(sources.map((s) => s.id));
  const widen = [...cited]
    .filter(([id]) => !written.has(id))
    .map(([id, set]) => ({ id, vis: [...set] }));
  const statements: { kind: 'nodes' | 'links' | 'other'; label?: string; s: Statement }[] = [
    ...nodeGroups.map(([label, group]) => ({
      kind: 'nodes' as const,
      label,
      s: nodeStatement(label, group),
    })),
    ...relGroups.map(([key, group]) => {
      const [type, fromLabel, toLabel] = key.split('|') as [string, NodeLabel, NodeLabel];
      return {
        kind: 'links' as const,
        s: relStatement(type, fromLabel, toLabel, group, keys, now),
      };
    }),
    ...(sources.length > 0
      ? [{ kind: 'other' as const, s: sourceStatement(sources, scope, keys, cited, now) }]
      : []),
    ...(widen.length > 0
      ? [
          {
            kind: 'other' as const,
            s: { cypher: cypher('write/widen-source-vis'), params: { rows: widen } },
          },
        ]
      : []),
    ...nodeGroups.map(([label, group]) => ({
      kind: 'other' as const,
      s: assertionStatement(label, group, keys, now),
    })),
  ];
  const sent = statements.map(({ s }) => tx.run(s.cypher, s.params));
  const settled = await Promise.allSettled(sent);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  onStatementsDone?.();
  const results = settled.map(
    (s) => (s as PromiseFulfilledResult<Awaited<(typeof sent)[0]>>).value,
  );

  const createdByLabel: Partial<Record<NodeLabel, number>> = {};
  let linksWritten = 0;
  let assertions = 0;
  statements.forEach(({ kind, label }, i) => {
    const result = results[i]!;
    if (kind === 'nodes')
      createdByLabel[label as NodeLabel] = result.summary.counters.updates().nodesCreated;
    else if (kind === 'links') linksWritten += Number(result.records[0]?.get('written') ?? 0);
    else assertions += Number(result.records[0]?.get('written') ?? 0);
  });
  createdByLabel.Source = results
    .filter((_, i) => statements[i]!.s.cypher.includes('MERGE (s:Source'))
    .reduce((sum, r) => sum + r.summary.counters.updates().nodesCreated, 0);
  const linkRows = links.reduce((sum, r) => sum + r.sources.length, 0);
  return {
    nodes: nodes.length,
    rels: linksWritten + assertions,
    danglingRels: linkRows - linksWritten,
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
  scope: SharingScope = HOST_SCOPE,
): Promise<WriteResult> {
  return executor.writeTx((tx) => writeInTx(tx, nodes, rels, onStatementsDone, scope), 120_000);
}
