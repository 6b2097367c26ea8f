// Builds node and relationship records with provenance and cuts them into loader-sized batches.
import type { NodeLabel, NodeRecord, RelRecord, RelType, Tlp } from '../server/model.js';
import { entityId } from '../server/model.js';
import type { Rng } from './prng.js';
import { RELIABILITY_CONFIDENCE, SOURCE_BY_ID, sourcesFor } from './sources.js';
import { iso, overlap, type Window } from './time.js';

export type Props = NodeRecord['props'];

/** One batch for the loader: it writes the nodes, then the relationships. */
export interface DemoBatch {
  nodes: NodeRecord[];
  rels: RelRecord[];
}

/** What later records need to know about an emitted node. */
export interface Ref {
  id: string;
  label: NodeLabel;
  window: Window;
  sources: string[];
  tlp: Tlp;
  confidence: number;
}

export interface NodeSpec {
  window: Window;
  props: Props;
  display?: string;
  tlp?: Tlp;
  /** Explicit source ids; otherwise drawn from the sources that cover the label. */
  sources?: string[];
  /** Overrides the confidence otherwise derived from the sources' reliability. */
  confidence?: number;
  /** Link the node to its sources with REPORTED_IN (default true). */
  reported?: boolean;
}

export interface RelSpec {
  window?: Window;
  props?: Props;
  tlp?: Tlp;
}

/** Most demo records are GREEN or AMBER, some CLEAR, few RED. */
export const DEFAULT_TLP: readonly (readonly [Tlp, number])[] = [
  ['CLEAR', 12],
  ['GREEN', 46],
  ['AMBER', 33],
  ['AMBER_STRICT', 5],
  ['RED', 4],
];

/**
 * Facts that follow from a key (stored on the node, as ingest does); the rest are what the fictitious
 * sources "said" and go on their assertions.
 */
const KEY_FACTS = new Set([
  'registrable',
  'tld',
  'chain',
  'address',
  'country',
  'valid',
  'lineType',
  'platform',
  'handle',
  'domain',
  'version',
  'scheme',
  'host',
  'store',
  'packageId',
  'appId',
]);

function splitProps(label: NodeLabel, props: Props): { facts: Props; props: Props } {
  const out = { facts: {} as Props, props: {} as Props };
  for (const [k, v] of Object.entries(props))
    (KEY_FACTS.has(k) && label !== 'Source' && label !== 'Compound' ? out.facts : out.props)[k] = v;
  if (label === 'Compound') {
    out.facts.country = props.country ?? null;
  }
  return out;
}

function clampConfidence(n: number): number {
  return Math.max(5, Math.min(99, Math.round(n)));
}

export class Emitter {
  private current: DemoBatch = { nodes: [], rels: [] };
  private size = 0;
  private readonly ready: DemoBatch[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly maxItems: number,
  ) {}

  /** Emits a node (and its REPORTED_IN links) and returns a reference for later relationships. */
  node(label: NodeLabel, key: string, spec: NodeSpec): Ref {
    const id = entityId(label, key);
    const sources = spec.sources ?? this.drawSources(label, spec.window.from);
    const best = Math.max(
      0,
      ...sources.map((s) => RELIABILITY_CONFIDENCE[SOURCE_BY_ID.get(s)?.reliability ?? 'F']),
    );
    const confidence = clampConfidence(
      spec.confidence ?? best + this.rng.int(-8, 6) + 4 * (sources.length - 1),
    );
    const tlp = spec.tlp ?? this.rng.weighted(DEFAULT_TLP);
    const ref: Ref = { id, label, window: spec.window, sources, tlp, confidence };
    this.push('nodes', {
      id,
      label,
      value: key,
      display: spec.display ?? key,
      raw: [key],
      tlp,
      confidence,
      firstSeen: iso(spec.window.from),
      lastSeen: iso(spec.window.to),
      sources,
      synthetic: true,
      ...splitProps(label, spec.props),
    });
    if (spec.reported !== false) {
      for (const s of sources) {
        this.pushRel('REPORTED_IN', id, s, spec.window, [s], tlp, confidence, {});
      }
    }
    return ref;
  }

  /**
   * A further assertion about an emitted node by other sources (what they said differs from the first
   * record's sources: a compound's later status). Written as its own node record, with REPORTED_IN.
   */
  assert(ref: Ref, display: string, spec: NodeSpec & { sources: string[]; tlp: Tlp }): void {
    const key = ref.id.slice(ref.id.indexOf(':') + 1);
    const best = Math.max(
      0,
      ...spec.sources.map((s) => RELIABILITY_CONFIDENCE[SOURCE_BY_ID.get(s)?.reliability ?? 'F']),
    );
    const confidence = clampConfidence(spec.confidence ?? best + this.rng.int(-8, 6));
    this.push('nodes', {
      id: ref.id,
      label: ref.label,
      value: key,
      display,
      raw: [key],
      tlp: spec.tlp,
      confidence,
      firstSeen: iso(spec.window.from),
      lastSeen: iso(spec.window.to),
      sources: spec.sources,
      synthetic: true,
      ...splitProps(ref.label, spec.props),
    });
    for (const s of spec.sources)
      this.pushRel('REPORTED_IN', ref.id, s, spec.window, [s], spec.tlp, confidence, {});
  }

  /** Emits a relationship between two emitted nodes; provenance follows the `from` node. */
  rel(type: RelType, from: Ref, to: Ref, spec: RelSpec = {}): void {
    const window = spec.window ?? overlap(from.window, to.window) ?? from.window;
    const sources = [this.rng.pick(from.sources)];
    if (to.label !== 'Source' && this.rng.chance(0.3)) {
      const other = this.rng.pick(to.sources);
      if (!sources.includes(other)) sources.push(other);
    }
    const confidence = clampConfidence(
      Math.min(from.confidence, to.confidence) + this.rng.int(-5, 5),
    );
    this.pushRel(
      type,
      from.id,
      to.id,
      window,
      sources,
      spec.tlp ?? from.tlp,
      confidence,
      spec.props ?? {},
    );
  }

  /** Batches that are full; call between units of work to stream them out. */
  *drain(): Generator<DemoBatch> {
    while (this.ready.length > 0) yield this.ready.shift() as DemoBatch;
  }

  /** Every batch left, including the partial one. */
  *finish(): Generator<DemoBatch> {
    yield* this.drain();
    if (this.size > 0) yield this.current;
    this.current = { nodes: [], rels: [] };
    this.size = 0;
  }

  private drawSources(label: NodeLabel, firstSeen: number): string[] {
    const eligible = sourcesFor(label, firstSeen);
    const n = this.rng.weighted([
      [1, 80],
      [2, 17],
      [3, 3],
    ] as const);
    return this.rng.sample(eligible, n).map((s) => s.id);
  }

  private pushRel(
    type: RelType,
    from: string,
    to: string,
    window: Window,
    sources: string[],
    tlp: Tlp,
    confidence: number,
    props: Props,
  ): void {
    this.push('rels', {
      type,
      from,
      to,
      tlp,
      confidence,
      firstSeen: iso(window.from),
      lastSeen: iso(window.to),
      sources,
      synthetic: true,
      props,
    });
  }

  private push<K extends keyof DemoBatch>(kind: K, item: DemoBatch[K][number]): void {
    if (this.size >= this.maxItems) {
      this.ready.push(this.current);
      this.current = { nodes: [], rels: [] };
      this.size = 0;
    }
    (this.current[kind] as DemoBatch[K][number][]).push(item);
    this.size++;
  }
}
