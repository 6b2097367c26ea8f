// Victims and losses deduplicated across sources (pure). Reports that share an identifier (`victimRef`,
// `caseRef`) or a transfer (`txHash`) are one victim (union-find). For the low end of the range, reports
// that paid the same wallet the same amount (within 1 %) within 7 days, from the same country, are also
// taken as one: probable duplicates that no identifier ties together.
import { UnionFind } from './union-find.js';

export interface VictimInput {
  id: string;
  /** Report date (ISO), or null when unknown. */
  date: string | null;
  /** The loss in USD, or undefined when no amount was given. */
  usd: number | undefined;
  /** Identifiers, namespaced: `victimRef:…`, `caseRef:…`, `txHash:…`. */
  keys: readonly string[];
  /** Wallets the victim paid into (INVOLVES). */
  wallets: readonly string[];
  country: string | null;
}

export const IDENTIFIER_FACTS = ['victimRef', 'caseRef', 'txHash'] as const;

/** The namespaced, normalized identifiers of a report from the facts its sources gave. */
export function identifiersOf(values: Record<string, unknown[]>): string[] {
  const keys = new Set<string>();
  for (const name of IDENTIFIER_FACTS) {
    for (const v of values[name] ?? []) {
      for (const x of Array.isArray(v) ? v : [v]) {
        if (x === null || x === undefined) continue;
        const norm = String(x).trim().toLowerCase();
        if (norm) keys.add(`${name}:${norm}`);
      }
    }
  }
  return [...keys].sort();
}

/** Groups of report ids that are one victim by a shared identifier. */
export function identifierGroups(reports: readonly VictimInput[]): VictimInput[][] {
  const uf = new UnionFind();
  for (const r of reports) {
    uf.add(`r:${r.id}`);
    for (const k of r.keys) uf.union(`r:${r.id}`, `k:${k}`);
  }
  return groupsOf(uf, reports);
}

const DAY_MS = 86_400_000;

function probablySame(a: VictimInput, b: VictimInput): boolean {
  if (a.usd === undefined || b.usd === undefined || a.date === null || b.date === null)
    return false;
  if ((a.country ?? '') !== (b.country ?? '')) return false;
  const big = Math.max(a.usd, b.usd);
  if (big > 0 && Math.abs(a.usd - b.usd) / big > 0.01) return false;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= 7 * DAY_MS;
}

/** Identifier groups, further joined by probable duplicates (same wallet, amount, country and week). */
export function probableGroups(reports: readonly VictimInput[]): VictimInput[][] {
  const uf = new UnionFind();
  for (const r of reports) {
    uf.add(`r:${r.id}`);
    for (const k of r.keys) uf.union(`r:${r.id}`, `k:${k}`);
  }
  const byWallet = new Map<string, VictimInput[]>();
  for (const r of reports)
    for (const w of new Set(r.wallets)) {
      const list = byWallet.get(w);
      if (list) list.push(r);
      else byWallet.set(w, [r]);
    }
  for (const list of byWallet.values()) {
    // Sorted by amount: only neighbours within 1 % can match, so the scan stays near-linear.
    const sorted = list.filter((r) => r.usd !== undefined).sort((a, b) => a.usd! - b.usd!);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j]!;
        if (b.usd! > a.usd! * 1.01 + 1e-9) break;
        if (probablySame(a, b)) uf.union(`r:${a.id}`, `r:${b.id}`);
      }
    }
  }
  return groupsOf(uf, reports);
}

function groupsOf(uf: UnionFind, reports: readonly VictimInput[]): VictimInput[][] {
  const byId = new Map(reports.map((r) => [`r:${r.id}`, r]));
  return uf.groups(reports.map((r) => `r:${r.id}`)).map((g) => g.map((k) => byId.get(k)!));
}

/** The date a group of reports stands at: its earliest known report date. */
export function groupDate(group: readonly VictimInput[]): string | null {
  let best: string | null = null;
  for (const r of group) if (r.date !== null && (best === null || r.date < best)) best = r.date;
  return best;
}

/** A group's loss: the largest amount any of its reports gives (`max`) or the smallest (`min`). */
export function groupLoss(group: readonly VictimInput[], pick: 'max' | 'min'): number | undefined {
  const amounts = group.map((r) => r.usd).filter((u): u is number => u !== undefined);
  if (amounts.length === 0) return undefined;
  return pick === 'max' ? Math.max(...amounts) : Math.min(...amounts);
}
