// Reads the transfers the inflow walk needs, hop by hop from the deposit wallets (only visible, admitted
// links), decides the exits, and runs the walk (inflow-walk.ts).
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { aggregate } from '../access/aggregate.js';
import { readExits, transfersFrom, transfersInto, type TransferLink } from './estimates-inputs.js';
import type { InflowEdge } from './inflow-estimates.js';
import { inflowWalk, type WalkResult } from './inflow-walk.js';
import { assetRate, num } from './rates.js';
import { Provenance, type SourceGate } from './source-gate.js';

/** Transfers followed from a deposit wallet before giving up (deposit → peel → collector → consolidation → OTC). */
export const MAX_HOPS = 5;

/** A transfer folded from its admitted links: the latest link's amount, asset and date, else its span. */
export function inflowEdge(link: TransferLink): InflowEdge {
  const view = aggregate(link.asserted);
  const facts = view?.facts ?? {};
  const amount = num(facts.amount);
  const rate = assetRate(facts.asset ?? 'USDT');
  const date = typeof facts.date === 'string' ? facts.date : null;
  const edge: InflowEdge = {
    from: link.from,
    to: link.to,
    usd: undefined,
    usdLow: undefined,
    usdHigh: undefined,
    start: date ?? view?.firstSeen ?? null,
    end: date ?? view?.lastSeen ?? null,
  };
  if (amount === undefined) edge.missing = 'NO_AMOUNT';
  else if (!rate) edge.missing = 'UNKNOWN_ASSET';
  else {
    edge.usd = amount * rate.mid;
    edge.usdLow = amount * rate.low;
    edge.usdHigh = amount * rate.high;
  }
  return edge;
}

export interface InflowWalkRead {
  walk: WalkResult<InflowEdge>;
  /** Sources and TLPs of the transfers walked and the facts that made exits. */
  provenance: Provenance;
  links: Map<string, TransferLink>;
}

export async function readInflowWalk(
  executor: Executor,
  ctx: RequestContext,
  deposits: ReadonlyMap<string, string>,
  gate: SourceGate,
): Promise<InflowWalkRead> {
  const provenance = new Provenance();
  const links = new Map<string, TransferLink>();
  const ids = [...deposits.keys()].sort();
  const exits = await readExits(executor, ctx, ids, gate, provenance);
  const seen = new Set(ids);
  let frontier = ids.filter((id) => !exits.has(id));
  for (let hop = 0; hop < MAX_HOPS && frontier.length > 0; hop++) {
    const out = await transfersFrom(executor, ctx, frontier, gate);
    const fresh: string[] = [];
    for (const l of out) {
      links.set(`${l.from}\u0000${l.to}`, l);
      if (!seen.has(l.to)) {
        seen.add(l.to);
        fresh.push(l.to);
      }
    }
    for (const x of await readExits(executor, ctx, fresh, gate, provenance)) exits.add(x);
    frontier = fresh.filter((id) => !exits.has(id));
  }
  const edges = [...links.values()]
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .map(inflowEdge);
  // What each intermediate wallet received from anyone, for the haircut share.
  const intermediates = [...seen].filter((id) => !deposits.has(id) && !exits.has(id));
  const totalIn = new Map<string, number>();
  for (const l of await transfersInto(executor, ctx, intermediates, gate)) {
    const usd = inflowEdge(l).usd ?? 0;
    totalIn.set(l.to, (totalIn.get(l.to) ?? 0) + usd);
  }
  const walk = inflowWalk({ deposits, edges, exits, totalIn, maxHops: MAX_HOPS });
  for (const l of links.values()) if (walk.distance.has(l.from)) provenance.noteAll(l.asserted);
  return { walk, provenance, links };
}
