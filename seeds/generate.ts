// Deterministic generator of Scamgraph's demo data: a fictitious scam-compound network, streamed in batches.
/**
 * # The story of the demo network
 *
 * Everything here is invented and marked `synthetic: true`; no indicator can belong to a real person
 * or business. Domains use the reserved `.example`, `.test` and `.invalid` TLDs; phone numbers come
 * from the ranges regulators reserve for fiction (+44 7700 900xxx, +1 NXX-555-01xx, +61 491 570 xxx);
 * IP addresses from the documentation blocks (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
 * 2001:db8::/32); wallet addresses are valid-format encodings of random bytes. Names say
 * "(fictitious)". Only the places are real: compounds sit at the approximate centres of border towns
 * and zones where compounds have been reported (Myawaddy, Shwe Kokko and the KK Park strip on the
 * Thai–Myanmar border, Tachileik, Laukkaing, the Golden Triangle SEZ, Sihanoukville, Bavet, Poipet,
 * Philippine POGO hubs…), and their fates loosely follow what happened there (Kokang handovers in late
 * 2023, the Philippine POGO raids and ban in 2024, the 2025 crackdown along the Moei river).
 *
 * - A handful of **syndicates** (`Organization`, kind `syndicate`) each own two or three **front
 *   companies** (kind `front-company`, RUN_BY the syndicate) that appear as compound landlords, app
 *   developers and domain registrants; three **OTC desks** (kind `otc-broker`) cash out for all of them.
 * - A few dozen **compounds** are RUN_BY a syndicate (syndicates favour home countries). Each has a
 *   status (active, raided, relocated, closed) with a date; a relocated compound names the active
 *   compound of the same syndicate it moved to (`relocatedTo`).
 * - Each compound runs **campaigns** (crypto investment, gold/forex, liquidity mining, romance,
 *   task scams). A campaign lives five to eighteen months and **rotates domains**: 7–15 domains used
 *   one after another, `(Domain)-[:ROTATED_TO]->(next Domain)`, windows moving forward and overlapping
 *   slightly. Each domain has URLs (ON_DOMAIN), resolves to campaign or syndicate hosting addresses
 *   (RESOLVES_TO), and shows deposit wallets (PAYS_TO) that outlive single domains, so several domains
 *   share a wallet. Phones, messaging accounts and support mailboxes are CONTACT_FOR several domains
 *   in a row, and a compound's later campaigns sometimes reuse its earlier phones and personas — the
 *   reuse that lets an investigator walk from one domain to the whole cluster. Apps USES_DOMAIN a run
 *   of the campaign's domains as their backend and PAYS_TO one of its wallets. Most domains, phones
 *   and accounts are OPERATED_FROM their compound.
 * - **Victim reports** INVOLVE the domain or app they used, the account/phone/email that groomed them
 *   and the wallet they paid into. Money then moves `(Wallet)-[:TRANSFERRED_TO {amount, asset,
 *   txCount}]->(Wallet)`: deposit wallet (sometimes via a peel hop) → compound collector → syndicate
 *   consolidation wallet → OTC desk. Flow totals are several times the reported losses, since most
 *   victims never report.
 * - Every node cites one to three fictitious **sources** (NGO and newsroom reports, feeds, partner
 *   submissions, a victim helpline, OSINT, tips) with reliability A–F, linked by REPORTED_IN; reports
 *   only cite what was seen before they were published. Each source cites `DEMO_SOURCE_ID`, the
 *   generator itself, whose presence marks a loaded demo set.
 *
 * `scale` multiplies campaigns (and with them all infrastructure and victims); compounds and syndicates
 * grow with its square root. Output is streamed in batches of at most 5,000 records; a relationship's
 * endpoints always appear in an earlier batch or earlier in the same batch, and only small pools (a
 * compound's recent contacts, collector and consolidation wallets) are kept between campaigns.
 */
import type { DemoBatch } from './emitter.js';
import { Emitter } from './emitter.js';
import { createCompounds, type Compound } from './compounds.js';
import { runCampaign } from './campaign.js';
import { IndicatorFactory } from './indicators.js';
import { FlowLedger, chainOf, forward, mergeTotals } from './money.js';
import { createOtcDesks, createSyndicate } from './organizations.js';
import { Rng } from './prng.js';
import {
  DEMO_SOURCES,
  DEMO_SOURCE_ID,
  DEMO_SOURCE_KEY,
  RELIABILITY_CONFIDENCE,
} from './sources.js';
import { END, START, iso } from './time.js';

export type { DemoBatch } from './emitter.js';
export { DEMO_SOURCE_ID } from './sources.js';

export interface DemoOptions {
  /** PRNG seed; the same seed and scale give byte-identical output. */
  seed?: number;
  /** Size multiplier (default 1: about 11k nodes and 38k relationships). */
  scale?: number;
}

export const DEFAULT_SEED = 20_240_601;
export const MAX_BATCH_ITEMS = 5_000;

/** How big the network is at a scale: campaigns grow linearly, compounds and syndicates with sqrt. */
export function demoSize(scale: number): {
  syndicates: number;
  compounds: number;
  campaigns: number;
} {
  const root = Math.sqrt(scale);
  return {
    syndicates: Math.max(1, Math.round(6 * root)),
    compounds: Math.max(1, Math.round(40 * root)),
    campaigns: Math.max(1, Math.round(120 * scale)),
  };
}

/** Streams the demo network as loader batches (nodes first, then relationships, in each batch). */
export function* generateDemo(opts: DemoOptions = {}): Generator<DemoBatch> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const scale = opts.scale ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10_000) {
    throw new RangeError(`scale must be a number in (0, 10000], got ${scale}`);
  }
  const size = demoSize(scale);
  const rng = new Rng(seed);
  const out = new Emitter(rng, MAX_BATCH_ITEMS);
  emitSources(out, seed, scale);
  const make = new IndicatorFactory(rng, out, (Math.imul(seed, 0x9e3779b1) >>> 8) & 0xffffff);
  const desks = createOtcDesks(out, rng, make);
  const frontCounter = { n: 0 };
  const syndicates = Array.from({ length: size.syndicates }, (_, i) =>
    createSyndicate(out, rng, make, i, frontCounter),
  );
  const compounds = createCompounds(out, rng, make, size.compounds, syndicates);
  yield* out.drain();

  const victims = { n: 1 };
  const plan = allocateCampaigns(rng, compounds, size.campaigns);
  for (const [j, compound] of compounds.entries()) {
    for (let k = plan[j] ?? 0; k > 0; k--) {
      runCampaign({ out, rng, make, compound, victims });
      yield* out.drain();
    }
    // The compound's collectors pass what they received on to the syndicate's consolidation wallets.
    const ledger = new FlowLedger();
    forward(rng, compound.received, (w) => compound.syndicate.consolidation[chainOf(w)], ledger);
    mergeTotals(compound.syndicate.received, ledger.inflows());
    ledger.emit(out);
    compound.received.clear();
    compound.phones.length = 0;
    compound.accounts.length = 0;
  }
  // Consolidation wallets cash out through the OTC desks shared by every syndicate.
  const exits = new FlowLedger();
  for (const s of syndicates) {
    forward(rng, s.received, (w) => desks.flatMap((d) => d.exits[chainOf(w)]), exits);
  }
  exits.emit(out);
  yield* out.finish();
}

/** The generator's own Source node, then the fictitious reports and feeds, each citing it. */
function emitSources(out: Emitter, seed: number, scale: number): void {
  out.node('Source', DEMO_SOURCE_KEY, {
    window: { from: START, to: END },
    display: 'Scamgraph demo data generator (synthetic)',
    tlp: 'CLEAR',
    sources: [DEMO_SOURCE_ID],
    confidence: 99,
    reported: false,
    props: {
      name: 'Scamgraph demo data generator (synthetic)',
      kind: 'synthetic-dataset',
      reliability: 'F',
      url: 'https://scamgraph.example/demo-data',
      date: iso(END),
      seed,
      scale,
    },
  });
  for (const s of DEMO_SOURCES) {
    out.node('Source', s.key, {
      window: { from: s.date, to: s.continuous ? END : s.date },
      display: s.name,
      tlp: s.tlp,
      sources: [DEMO_SOURCE_ID],
      confidence: RELIABILITY_CONFIDENCE[s.reliability],
      reported: false,
      props: {
        name: s.name,
        kind: s.kind,
        reliability: s.reliability,
        url: s.url,
        date: iso(s.date),
      },
    });
  }
}

/** Campaigns per compound: at least one each, the rest by size and how long the compound ran. */
function allocateCampaigns(rng: Rng, compounds: readonly Compound[], total: number): number[] {
  const counts: number[] = compounds.map((_, j) => (j < total ? 1 : 0));
  const weights = compounds.map(
    (c, j) => [j, (c.window.to - c.window.from) * rng.between(0.5, 2)] as const,
  );
  for (let left = total - Math.min(total, compounds.length); left > 0; left--) {
    const j = rng.weighted(weights);
    counts[j] = (counts[j] ?? 0) + 1;
  }
  return counts;
}
