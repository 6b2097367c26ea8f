// The demo generator's structure: deterministic, big enough, every label and type, loadable batch by batch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, REL_TYPES, TLP_LEVELS, entityId } from '../../../server/model.js';
import { DEMO_SOURCE_ID, generateDemo } from '../../../seeds/generate.js';
import { countBy, runDemo } from './demo-run.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const INFRA = ['Domain', 'Url', 'App', 'Wallet', 'Phone', 'Account', 'Email', 'IpAddress'];

describe('generateDemo', () => {
  const demo = runDemo();

  it('is deterministic: the same seed and scale give byte-identical output', () => {
    const again = runDemo({ seed: 20_240_601, scale: 1 });
    expect(again).not.toBe(demo);
    expect(again.hash).toBe(demo.hash);
    expect(runDemo({ seed: 7, scale: 0.1 }).hash).not.toBe(runDemo({ seed: 8, scale: 0.1 }).hash);
  }, 60_000);

  it('produces at least 10k nodes and 25k relationships at scale 1', () => {
    expect(demo.nodes.length).toBeGreaterThanOrEqual(10_000);
    expect(demo.rels.length).toBeGreaterThanOrEqual(25_000);
  });

  it('uses every label and every relationship type of the model', () => {
    const labels = countBy(demo.nodes, (n) => n.label);
    const types = countBy(demo.rels, (r) => r.type);
    for (const label of NODE_LABELS) expect(labels.get(label) ?? 0, label).toBeGreaterThan(0);
    // RELATED_TO is what foreign STIX states where SPEC has no type; the demo's links all have one.
    for (const type of REL_TYPES.filter((t) => t !== 'RELATED_TO'))
      expect(types.get(type) ?? 0, type).toBeGreaterThan(0);
    expect(types.get('RELATED_TO') ?? 0).toBe(0);
  });

  it('has the story sizes: ~40 compounds, 6 syndicates, thousands of indicators', () => {
    const labels = countBy(demo.nodes, (n) => n.label);
    // A compound is written once per source that states its status (several dated assertions).
    expect(new Set(demo.nodes.filter((n) => n.label === 'Compound').map((n) => n.id)).size).toBe(
      40,
    );
    const kinds = countBy(
      demo.nodes.filter((n) => n.label === 'Organization'),
      (n) => String(n.props.kind),
    );
    expect(kinds.get('syndicate')).toBe(6);
    expect(kinds.get('front-company')).toBeGreaterThanOrEqual(6);
    for (const label of ['Domain', 'Url', 'VictimReport']) {
      expect(labels.get(label), label).toBeGreaterThan(1_000);
    }
  });

  it('cuts batches of at most 5,000 records, endpoints always written earlier or in the same batch', () => {
    expect(Math.max(...demo.batchSizes)).toBeLessThanOrEqual(5_000);
    const problems: string[] = [];
    const batchOf = new Map<string, number>();
    const written = new Set<string>();
    demo.nodes.forEach((n, i) => {
      // A node is written once per source (a later record is another source's assertion about it).
      const key = `${n.id}|${n.sources.join()}`;
      if (written.has(key)) problems.push(`duplicate node ${key}`);
      written.add(key);
      if (!batchOf.has(n.id)) batchOf.set(n.id, demo.nodeBatch[i] as number);
    });
    demo.rels.forEach((r, i) => {
      const b = demo.relBatch[i] as number;
      if (!((batchOf.get(r.from) ?? Infinity) <= b))
        problems.push(`${r.type} from ${r.from} not yet written`);
      if (!((batchOf.get(r.to) ?? Infinity) <= b))
        problems.push(`${r.type} to ${r.to} not yet written`);
    });
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('never repeats a relationship between the same two nodes', () => {
    const keys = new Set(demo.rels.map((r) => `${r.type}|${r.from}|${r.to}`));
    expect(keys.size).toBe(demo.rels.length);
  });

  it('writes node ids as entityId(label, value) with full provenance', () => {
    const sourceIds = new Set(demo.nodes.filter((n) => n.label === 'Source').map((n) => n.id));
    expect(sourceIds.has(DEMO_SOURCE_ID)).toBe(true);
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    const provenance = (
      x: (typeof demo.nodes)[number] | (typeof demo.rels)[number],
      name: string,
    ) => {
      check(x.synthetic === true, `${name} synthetic`);
      check(TLP_LEVELS.includes(x.tlp), `${name} tlp ${x.tlp}`);
      check(
        Number.isInteger(x.confidence) && x.confidence >= 0 && x.confidence <= 100,
        `${name} confidence`,
      );
      check(ISO.test(x.firstSeen) && ISO.test(x.lastSeen), `${name} time format`);
      check(x.firstSeen <= x.lastSeen, `${name} firstSeen after lastSeen`);
      check(x.firstSeen >= '2021-01-01' && x.lastSeen < '2026-01-01', `${name} outside 2021-2025`);
      check(x.sources.length > 0 && x.sources.every((s) => sourceIds.has(s)), `${name} sources`);
    };
    for (const n of demo.nodes) {
      provenance(n, n.id);
      check(n.id === entityId(n.label, n.value), `${n.id} id`);
      check(n.raw.length === 1 && n.raw[0] === n.value, `${n.id} raw`);
      check(n.display.length > 0, `${n.id} display`);
      for (const v of Object.values(n.props)) {
        const ok =
          v === null ||
          ['string', 'number', 'boolean'].includes(typeof v) ||
          (Array.isArray(v) && v.every((x) => typeof x === 'string'));
        check(ok, `${n.id} prop ${JSON.stringify(v)}`);
      }
    }
    for (const r of demo.rels) provenance(r, `${r.type} ${r.from}->${r.to}`);
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('links every reported node to exactly its sources with REPORTED_IN', () => {
    const reported = new Map<string, string[]>();
    for (const r of demo.rels) {
      if (r.type === 'REPORTED_IN') reported.set(r.from, [...(reported.get(r.from) ?? []), r.to]);
    }
    // The sources of a node are those of all its records (one per source's assertion).
    const cited = new Map<string, string[]>();
    for (const n of demo.nodes) cited.set(n.id, [...(cited.get(n.id) ?? []), ...n.sources]);
    const wrong = demo.nodes.filter(
      (n) =>
        n.label !== 'Source' &&
        (reported.get(n.id) ?? []).sort().join() !== [...(cited.get(n.id) ?? [])].sort().join(),
    );
    expect(wrong.map((n) => n.id).slice(0, 10)).toEqual([]);
  });

  it('mostly marks records GREEN or AMBER, some CLEAR, few RED', () => {
    const tlp = countBy([...demo.nodes, ...demo.rels], (x) => x.tlp);
    const total = demo.nodes.length + demo.rels.length;
    const share = (t: string) => (tlp.get(t) ?? 0) / total;
    expect(share('GREEN') + share('AMBER')).toBeGreaterThan(0.6);
    expect(share('CLEAR')).toBeGreaterThan(0.03);
    expect(share('RED')).toBeLessThan(0.1);
  });

  it('grows infrastructure about linearly with scale (scale 3 is ~3x)', () => {
    const infra = (run: typeof demo) => run.nodes.filter((n) => INFRA.includes(n.label)).length;
    const ratio = infra(runDemo({ scale: 3 })) / infra(demo);
    expect(ratio).toBeGreaterThan(2.6);
    expect(ratio).toBeLessThan(3.4);
  }, 60_000);

  it('keeps its invariants for any seed (small runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const written = new Set<string>();
        const records = new Set<string>();
        for (const batch of generateDemo({ seed, scale: 0.05 })) {
          if (batch.nodes.length + batch.rels.length > 5_000) return false;
          for (const n of batch.nodes) {
            const key = `${n.id}|${n.sources.join()}`;
            if (records.has(key)) return false;
            records.add(key);
            written.add(n.id);
          }
          if (!batch.rels.every((r) => written.has(r.from) && written.has(r.to))) return false;
        }
        return written.size > 300;
      }),
      { numRuns: 15 },
    );
  });

  it('streams: a million-node run yields its first campaigns without building the whole graph', () => {
    const batches = generateDemo({ scale: 100 });
    const first = [batches.next(), batches.next(), batches.next()];
    batches.return(undefined);
    const labels = new Set(first.flatMap((r) => (r.done ? [] : r.value.nodes.map((n) => n.label))));
    expect(labels.has('Compound') && labels.has('Domain') && labels.has('VictimReport')).toBe(true);
  });

  it('rejects a scale or seed it cannot honour', () => {
    expect(() => generateDemo({ scale: 0 }).next()).toThrow(RangeError);
    expect(() => generateDemo({ scale: Number.NaN }).next()).toThrow(RangeError);
    expect(() => generateDemo({ seed: 1.5 }).next()).toThrow(RangeError);
  });
});
