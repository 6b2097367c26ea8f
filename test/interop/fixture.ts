// A small but complete graph for interop tests: from the first batch of the demo generator, every source,
// compound and organisation, 30 domains and everything linked to them, a few more of every kind, and the links
// among them (about 700 entities).
import type { Executor } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import type { NodeRecord } from '../../server/model.js';
import { generateDemo } from '../../seeds/generate.js';
import { wipeGraph } from '../integration/harness.js';

const KEEP_ALL = new Set(['Source', 'Compound', 'Organization']);
const DOMAINS = 30;
const PER_LABEL = 10;

export async function loadInteropGraph(
  executor: Executor,
): Promise<{ nodes: number; rels: number }> {
  await wipeGraph(executor);
  const first = generateDemo({ scale: 1 }).next();
  if (first.done) return { nodes: 0, rels: 0 };
  const all = first.value.nodes.filter((n) => n.label !== 'VictimReport');
  const domains = new Set(
    all
      .filter((n) => n.label === 'Domain')
      .slice(0, DOMAINS)
      .map((n) => n.id),
  );
  const linked = new Set(
    first.value.rels.flatMap((r) =>
      domains.has(r.from) ? [r.to] : domains.has(r.to) ? [r.from] : [],
    ),
  );
  const counts = new Map<string, number>();
  const nodes: NodeRecord[] = [];
  for (const n of all) {
    const c = counts.get(n.label) ?? 0;
    if (!(
      KEEP_ALL.has(n.label) ||
      domains.has(n.id) ||
      linked.has(n.id) ||
      (n.label !== 'Domain' && c < PER_LABEL)
    ))
      continue;
    counts.set(n.label, c + 1);
    nodes.push(n);
  }
  const ids = new Set(nodes.map((n) => n.id));
  const rels = first.value.rels.filter((r) => ids.has(r.from) && ids.has(r.to));
  const written = await writeBatch(executor, nodes, rels);
  return { nodes: written.nodes, rels: written.rels };
}
