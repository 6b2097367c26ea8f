// The wallet-inflow walk (pure), after Griffin & Mei (2024): from victim-reported deposit wallets along
// transfers, at most `maxHops` transfers deep, to the first exchange, consolidation or OTC wallet on each
// path; what such a transfer carries has *arrived*. Each arriving transfer counts once however many
// deposit wallets reach it. Alongside the full amount (the "poison" trace, every dollar leaving a reached
// wallet counted), the walk keeps a "haircut" share: a wallet passes on the share of its inflow that came
// from deposit wallets (the rest came from elsewhere), which gives the low end of the range. The share of
// each origin (a deposit wallet's cluster) travels the same way, so arrivals split across clusters.

export interface TransferEdge {
  from: string;
  to: string;
  /** USD at the middle rate; undefined when the amount or its asset is unknown. */
  usd: number | undefined;
}

export interface WalkInput<E extends TransferEdge = TransferEdge> {
  /** Deposit wallet id → its origin (cluster id, or '' when it is in none). */
  deposits: ReadonlyMap<string, string>;
  /** Outgoing transfers of the wallets the walk reached. */
  edges: readonly E[];
  /** Exchange, consolidation and OTC wallets. */
  exits: ReadonlySet<string>;
  /** USD each reached intermediate wallet received in all (from anyone), for the haircut share. */
  totalIn: ReadonlyMap<string, number>;
  maxHops: number;
}

export interface Arrival<E extends TransferEdge = TransferEdge> {
  edge: E;
  /** Share of the transfer traced to deposit wallets (1 for the poison trace). */
  haircut: number;
  /** Origin → share of the transfer (shares sum to 1). */
  origins: Map<string, number>;
}

export interface WalkResult<E extends TransferEdge = TransferEdge> {
  arrivals: Arrival<E>[];
  /** Hop distance of every wallet the walk reached (deposits 0). */
  distance: Map<string, number>;
  /** Deposit wallets that are exits themselves (nothing to follow). */
  depositExits: string[];
  /** Deposit wallets from which no exit is reached within the hop bound. */
  deadEnds: string[];
}

function outEdges<E extends TransferEdge>(edges: readonly E[]): Map<string, E[]> {
  const out = new Map<string, E[]>();
  const seen = new Set<string>();
  for (const e of edges) {
    const key = `${e.from}\u0000${e.to}`;
    if (seen.has(key) || e.from === e.to) continue;
    seen.add(key);
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }
  return out;
}

export function inflowWalk<E extends TransferEdge>(input: WalkInput<E>): WalkResult<E> {
  const out = outEdges(input.edges);
  const distance = new Map<string, number>();
  const depositExits: string[] = [];
  const layers: string[][] = [[]];
  for (const d of [...input.deposits.keys()].sort()) {
    if (input.exits.has(d)) depositExits.push(d);
    else {
      distance.set(d, 0);
      layers[0]!.push(d);
    }
  }
  const arriving: E[] = [];
  for (let hop = 0; hop < input.maxHops && (layers[hop]?.length ?? 0) > 0; hop++) {
    const next: string[] = [];
    for (const u of layers[hop]!) {
      for (const e of out.get(u) ?? []) {
        if (input.exits.has(e.to)) arriving.push(e);
        else if (!distance.has(e.to)) {
          distance.set(e.to, hop + 1);
          next.push(e.to);
        }
      }
    }
    layers.push(next);
  }

  // Haircut shares and origins: what each reached wallet received from reached wallets, over what it
  // received in all. Rounds of propagation (exact after maxHops + 1 rounds on the acyclic flows transfers
  // form; bounded where a cycle feeds back).
  const reached = [...distance.keys()];
  const taint = new Map<string, number>();
  let origins = new Map<string, Map<string, number>>();
  for (const d of layers[0]!) {
    taint.set(d, 1);
    origins.set(d, new Map([[input.deposits.get(d) ?? '', 1]]));
  }
  for (let round = 0; round <= input.maxHops; round++) {
    const tainted = new Map<string, number>();
    const mix = new Map<string, Map<string, number>>();
    for (const u of reached) {
      if ((distance.get(u) ?? Infinity) >= input.maxHops) continue;
      for (const e of out.get(u) ?? []) {
        if (!distance.has(e.to) || input.deposits.has(e.to) || e.usd === undefined) continue;
        tainted.set(e.to, (tainted.get(e.to) ?? 0) + e.usd * (taint.get(u) ?? 0));
        let m = mix.get(e.to);
        if (!m) mix.set(e.to, (m = new Map()));
        for (const [o, share] of origins.get(u) ?? []) m.set(o, (m.get(o) ?? 0) + e.usd * share);
      }
    }
    const next = new Map([...origins].filter(([id]) => input.deposits.has(id)));
    for (const v of reached) {
      if (input.deposits.has(v)) continue;
      const got = tainted.get(v) ?? 0;
      const total = Math.max(input.totalIn.get(v) ?? 0, got);
      taint.set(v, total > 0 ? Math.min(1, got / total) : 0);
      next.set(v, normalize(mix.get(v)));
    }
    origins = next;
  }

  const arrivals = arriving.map((edge) => ({
    edge,
    haircut: taint.get(edge.from) ?? 0,
    origins: new Map(origins.get(edge.from) ?? []),
  }));
  return {
    arrivals,
    distance,
    depositExits,
    deadEnds: deadEnds(layers, out, input.exits, distance, input.maxHops),
  };
}

function normalize(m: Map<string, number> | undefined): Map<string, number> {
  const sum = [...(m?.values() ?? [])].reduce((a, b) => a + b, 0);
  if (!m || sum <= 0) return new Map([['', 1]]);
  return new Map([...m].map(([k, v]) => [k, v / sum]));
}

/** Deposit wallets with no path to an exit inside the bound (a fixed point over the reached wallets). */
function deadEnds(
  layers: string[][],
  out: Map<string, TransferEdge[]>,
  exits: ReadonlySet<string>,
  distance: Map<string, number>,
  maxHops: number,
): string[] {
  const reaches = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [u, hop] of distance) {
      if (hop >= maxHops || reaches.has(u)) continue;
      if ((out.get(u) ?? []).some((e) => exits.has(e.to) || reaches.has(e.to))) {
        reaches.add(u);
        changed = true;
      }
    }
  }
  return (layers[0] ?? []).filter((d) => !reaches.has(d));
}
