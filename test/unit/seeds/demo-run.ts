// Test helper: runs the demo generator once per options and keeps the flattened output for assertions.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { NodeRecord, RelRecord } from '../../../server/model.js';
import { generateDemo, type DemoOptions } from '../../../seeds/generate.js';

export interface DemoRun {
  nodes: NodeRecord[];
  rels: RelRecord[];
  /** Batch index of each record, in output order. */
  nodeBatch: number[];
  relBatch: number[];
  batchSizes: number[];
  /** SHA-256 over the JSON of every batch, in order. */
  hash: string;
}

const runs = new Map<string, DemoRun>();

export function runDemo(opts: DemoOptions = {}): DemoRun {
  const key = JSON.stringify(opts);
  const cached = runs.get(key);
  if (cached) return cached;
  const run: DemoRun = {
    nodes: [],
    rels: [],
    nodeBatch: [],
    relBatch: [],
    batchSizes: [],
    hash: '',
  };
  const hasher = sha256.create();
  const encoder = new TextEncoder();
  let b = 0;
  for (const batch of generateDemo(opts)) {
    hasher.update(encoder.encode(JSON.stringify(batch)));
    for (const n of batch.nodes) {
      run.nodes.push({ ...n, props: { ...n.facts, ...n.props } });
      run.nodeBatch.push(b);
    }
    for (const r of batch.rels) {
      run.rels.push(r);
      run.relBatch.push(b);
    }
    run.batchSizes.push(batch.nodes.length + batch.rels.length);
    b++;
  }
  run.hash = bytesToHex(hasher.digest());
  runs.set(key, run);
  return run;
}

/** Counts of items by a key. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

/** The key part of an entity id (`domain:x.example` → `x.example`). */
export function keyOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}
