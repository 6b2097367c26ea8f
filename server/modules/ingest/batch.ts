// A batch of records being assembled: duplicates within it merge in memory (same widening as the Cypher).
// Records are kept apart per source: each source's assertion is its own (SPEC §6).
import { TLP_LEVELS, type NodeRecord, type RelRecord } from '../../model.js';

const MAX_RAW = 20;

function widen<T extends NodeRecord | RelRecord>(into: T, from: T): void {
  for (const s of from.sources) if (!into.sources.includes(s)) into.sources.push(s);
  if (from.firstSeen < into.firstSeen) into.firstSeen = from.firstSeen;
  if (from.lastSeen > into.lastSeen) into.lastSeen = from.lastSeen;
  if (from.confidence > into.confidence) into.confidence = from.confidence;
  if (TLP_LEVELS.indexOf(from.tlp) > TLP_LEVELS.indexOf(into.tlp)) into.tlp = from.tlp;
  Object.assign(into.props, from.props);
}

export class Batch {
  readonly nodes = new Map<string, NodeRecord>();
  readonly rels = new Map<string, RelRecord>();
  /** The input the batch's rows came from (rejects of a failed batch name it). */
  file = '';
  firstLine = Number.POSITIVE_INFINITY;
  lastLine = 0;
  /** Accepted indicator values in this batch (before deduplication). */
  indicators = 0;

  get size(): number {
    return this.nodes.size + this.rels.size;
  }

  /** Entity records are keyed by id and source; a Source record by its id. */
  addNode(n: NodeRecord): void {
    const key = n.sources.length === 0 ? n.id : `${n.id}\u0000${n.sources.join('\u0000')}`;
    const seen = this.nodes.get(key);
    if (!seen) {
      this.nodes.set(key, n);
      return;
    }
    widen(seen, n);
    if (n.facts) seen.facts = { ...seen.facts, ...n.facts };
    for (const r of n.raw) if (seen.raw.length < MAX_RAW && !seen.raw.includes(r)) seen.raw.push(r);
  }

  addRel(r: RelRecord): void {
    const key = `${r.type}|${r.from}|${r.to}|${r.sources.join('\u0000')}`;
    const seen = this.rels.get(key);
    if (seen) widen(seen, r);
    else this.rels.set(key, r);
  }

  noteLine(line: number): void {
    if (line < this.firstLine) this.firstLine = line;
    if (line > this.lastLine) this.lastLine = line;
  }
}
