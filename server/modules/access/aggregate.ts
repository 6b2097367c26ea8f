// What a caller sees of a node or link: its visible assertions folded into one view (SPEC §6). Every read
// passes only the assertions the caller may see (`$vis` in the statement); this never widens that set.
import { COMMON_NODE_KEYS, TLP_LEVELS, type Tlp } from '../../model.js';
import { shownTlp } from './visibility.js';

export type PropValue = string | number | boolean | string[] | null;

/** An assertion as read: a REPORTED_IN relationship's or a link's properties (with `source`). */
export type AssertionRow = Record<string, unknown>;

export interface AggregateView {
  /** The least restrictive visible TLP. */
  tlp: Tlp;
  /** The highest visible confidence. */
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Sources of the visible assertions, in first-seen order. */
  sources: string[];
  /** Values as the visible sources wrote them (at most 20). */
  raw: string[];
  /** Facts the visible sources gave: each from the latest assertion (by lastSeen) that has it. */
  facts: Record<string, PropValue>;
  /** The display form the latest visible source wrote, if any (else the node's). */
  display: string | null;
  /** Demo data only when every visible assertion is. */
  synthetic: boolean;
}

const str = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));
const isTlp = (v: unknown): v is Tlp => (TLP_LEVELS as readonly unknown[]).includes(v);

/** Folds visible assertions; null when there are none (the thing does not exist for the caller). */
export function aggregate(assertions: readonly AssertionRow[]): AggregateView | null {
  if (assertions.length === 0) return null;
  const byLatest = [...assertions].sort((a, b) =>
    String(b.lastSeen ?? '').localeCompare(String(a.lastSeen ?? '')),
  );
  const view: AggregateView = {
    tlp: shownTlp(assertions.map((a) => a.tlp).filter(isTlp)) ?? 'AMBER',
    confidence: 0,
    firstSeen: null,
    lastSeen: null,
    sources: [],
    raw: [],
    facts: {},
    display: null,
    synthetic: assertions.every((a) => a.synthetic === true),
  };
  for (const a of byLatest) {
    view.confidence = Math.max(view.confidence, Number(a.confidence ?? 0));
    const first = str(a.firstSeen);
    const last = str(a.lastSeen);
    if (first && (!view.firstSeen || first < view.firstSeen)) view.firstSeen = first;
    if (last && (!view.lastSeen || last > view.lastSeen)) view.lastSeen = last;
    if (view.display === null && typeof a.display === 'string') view.display = a.display;
    const source = str(a.source);
    if (source && !view.sources.includes(source)) view.sources.push(source);
    if (Array.isArray(a.raw))
      for (const r of a.raw)
        if (view.raw.length < 20 && !view.raw.includes(String(r))) view.raw.push(String(r));
    for (const [k, v] of Object.entries(a)) {
      if (COMMON_NODE_KEYS.has(k) || v === null || v === undefined || k in view.facts) continue;
      view.facts[k] = v as PropValue;
    }
  }
  view.sources.sort();
  return view;
}
