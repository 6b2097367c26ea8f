// Laundering flows: victim deposits roll up from deposit wallets to collectors, consolidators and OTC desks.
import type { Compound } from './compounds.js';
import type { Emitter, Ref } from './emitter.js';
import type { IndicatorFactory } from './indicators.js';
import type { Rng } from './prng.js';
import { union, type Window } from './time.js';
import { CHAIN_ASSET, type Chain } from './wallet-address.js';

/** Rough USD prices used to turn dollar flows into asset amounts. */
const USD_PER_ASSET: Record<Chain, number> = { tron: 1, eth: 1, btc: 42_000 };

export const CHAINS: readonly Chain[] = ['tron', 'eth', 'btc'];

/** Dollar value as an amount of the chain's asset (USDT to the cent, BTC to the satoshi). */
export function assetAmount(chain: Chain, usd: number): number {
  const units = usd / USD_PER_ASSET[chain];
  return chain === 'btc' ? Math.round(units * 1e8) / 1e8 : Math.round(units * 100) / 100;
}

/** The chain a wallet id is on (`wallet:tron:T…`). */
export function chainOf(wallet: Ref): Chain {
  return wallet.id.split(':')[1] as Chain;
}

interface Flow {
  from: Ref;
  to: Ref;
  usd: number;
  txCount: number;
  window: Window;
}

/** Sums transfers per wallet pair so each pair is written once, with totals, when its period closes. */
export class FlowLedger {
  private readonly flows = new Map<string, Flow>();

  add(from: Ref, to: Ref, usd: number, txCount: number, window: Window): void {
    const key = `${from.id}|${to.id}`;
    const flow = this.flows.get(key);
    if (flow) {
      flow.usd += usd;
      flow.txCount += txCount;
      flow.window = union(flow.window, window);
    } else {
      this.flows.set(key, { from, to, usd, txCount, window });
    }
  }

  /** Totals by receiving wallet, for passing money further down the chain. */
  inflows(): Totals {
    const out: Totals = new Map();
    for (const f of this.flows.values()) {
      const t = out.get(f.to);
      if (t) {
        t.usd += f.usd;
        t.txCount += f.txCount;
        t.window = union(t.window, f.window);
      } else out.set(f.to, { usd: f.usd, txCount: f.txCount, window: f.window });
    }
    return out;
  }

  /** Writes every pending flow as TRANSFERRED_TO and forgets it. */
  emit(out: Emitter): void {
    for (const f of this.flows.values()) transfer(out, f.from, f.to, f.usd, f.txCount, f.window);
    this.flows.clear();
  }
}

export function transfer(
  out: Emitter,
  from: Ref,
  to: Ref,
  usd: number,
  txCount: number,
  window: Window,
): void {
  const chain = chainOf(from);
  out.rel('TRANSFERRED_TO', from, to, {
    window,
    props: { amount: assetAmount(chain, usd), asset: CHAIN_ASSET[chain], txCount },
  });
}

/**
 * Sends what collectors received on to the syndicate's consolidation wallets (same chain), keeping a
 * small share back as operating cash, and books the hop into `next`.
 */
export function forward(
  rng: Rng,
  received: Totals,
  targets: (from: Ref) => readonly Ref[],
  next: FlowLedger,
): void {
  for (const [from, t] of received) {
    const options = targets(from);
    if (options.length === 0) continue;
    const split =
      options.length > 1 && rng.chance(0.4) ? rng.sample(options, 2) : [rng.pick(options)];
    const kept = rng.between(0.03, 0.12);
    for (const to of split) {
      const usd = (t.usd * (1 - kept)) / split.length;
      const txCount = Math.max(1, Math.round(t.txCount / rng.int(8, 25)));
      next.add(from, to, usd, txCount, t.window);
    }
  }
}

export type Totals = Map<Ref, { usd: number; txCount: number; window: Window }>;

/** Adds one set of per-wallet totals into another. */
export function mergeTotals(into: Totals, from: Totals): void {
  for (const [ref, t] of from) {
    const have = into.get(ref);
    if (have) {
      have.usd += t.usd;
      have.txCount += t.txCount;
      have.window = union(have.window, t.window);
    } else into.set(ref, { ...t });
  }
}

/**
 * At a campaign's end its deposit wallets empty into the compound's collectors (a fifth via a peel
 * hop). Flows are several times the reported losses `paid`, since most victims never report.
 */
export function settleDeposits(
  rng: Rng,
  out: Emitter,
  make: IndicatorFactory,
  compound: Compound,
  wallets: readonly Ref[],
  paid: ReadonlyMap<Ref, { usd: number; count: number }>,
): void {
  const ledger = new FlowLedger();
  for (const w of wallets) {
    const t = paid.get(w) ?? { usd: 0, count: 0 };
    const usd = t.usd * rng.between(3, 9) + rng.between(2_000, 40_000);
    const txCount = t.count * rng.int(2, 6) + rng.int(3, 30);
    const collector = rng.pick(compound.collectors[chainOf(w)]);
    if (rng.chance(0.2)) {
      const hop = make.wallet(chainOf(w), w.window, 'intermediary');
      transfer(out, w, hop, usd, txCount, w.window);
      ledger.add(hop, collector, usd * 0.98, Math.max(1, Math.round(txCount / 4)), w.window);
    } else ledger.add(w, collector, usd, txCount, w.window);
  }
  mergeTotals(compound.received, ledger.inflows());
  ledger.emit(out);
}
