// Which visible assertions an estimate may count (the filter's sources and minimum reliability), and the
// provenance of what was counted: the sources behind each figure and the highest TLP among its inputs.
import { RELIABILITY, TLP_LEVELS, type Tlp } from '../../model.js';
import type { Assertion, SourceRefModel } from './estimates-types.js';

/** Why an input with visible assertions was not counted: none of them passed the source filter. */
export type GateReason = 'UNRELIABLE_SOURCE' | 'OTHER_SOURCE';

const rank = (r: string | null | undefined) =>
  RELIABILITY.indexOf((r ?? 'F').toUpperCase() as (typeof RELIABILITY)[number]);

export class SourceGate {
  constructor(
    private readonly reliability: ReadonlyMap<string, string | null>,
    private readonly only: ReadonlySet<string> | null,
    private readonly minReliability: string | null,
  ) {}

  /** Does this source's word count? */
  admits(source: string): boolean {
    return this.reasonFor(source) === null;
  }

  reasonFor(source: string): GateReason | null {
    if (this.only && !this.only.has(source)) return 'OTHER_SOURCE';
    if (this.minReliability !== null) {
      const r = this.reliability.get(source);
      // A source of unknown reliability cannot be judged: it counts as F.
      if (rank(r) < 0 || rank(r) > rank(this.minReliability)) return 'UNRELIABLE_SOURCE';
    }
    return null;
  }

  /** The admitted assertions, or why there are none (undefined when there were none to start with). */
  filter<A extends Assertion>(asserted: readonly A[]): { kept: A[]; reason?: GateReason } {
    const kept = asserted.filter((a) => this.admits(a.source));
    if (kept.length > 0 || asserted.length === 0) return { kept };
    const reasons = asserted.map((a) => this.reasonFor(a.source));
    return {
      kept,
      reason: reasons.includes('OTHER_SOURCE') ? 'OTHER_SOURCE' : 'UNRELIABLE_SOURCE',
    };
  }
}

/** What a figure stood on: its sources and the TLPs of its inputs. */
export class Provenance {
  readonly sources = new Set<string>();
  private top = -1;

  note(a: { source: string; tlp?: unknown }): void {
    this.sources.add(a.source);
    const r = TLP_LEVELS.indexOf(a.tlp as Tlp);
    if (r > this.top) this.top = r;
  }

  noteAll(list: readonly { source: string; tlp?: unknown }[]): void {
    for (const a of list) this.note(a);
  }

  merge(other: Provenance): void {
    for (const s of other.sources) this.sources.add(s);
    if (other.top > this.top) this.top = other.top;
  }

  /** The highest TLP among the inputs (CLEAR when there were none). */
  get tlp(): Tlp {
    return TLP_LEVELS[Math.max(0, this.top)] as Tlp;
  }

  refs(known: ReadonlyMap<string, SourceRefModel>): SourceRefModel[] {
    return [...this.sources]
      .sort()
      .map((id) => known.get(id))
      .filter((s): s is SourceRefModel => s !== undefined);
  }
}
