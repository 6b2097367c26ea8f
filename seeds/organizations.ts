// Syndicates, their front companies and the OTC desks they cash out through, with their shared wallets and hosting.
import type { Emitter, Ref } from './emitter.js';
import type { IndicatorFactory } from './indicators.js';
import type { Totals } from './money.js';
import {
  FRONT_FORMS,
  FRONT_WORDS,
  SYNDICATE_ADJECTIVES,
  SYNDICATE_FORMS,
  SYNDICATE_NOUNS,
  slug,
} from './places.js';
import type { Rng } from './prng.js';
import { DAY, END, START, windowOf } from './time.js';
import type { Chain } from './wallet-address.js';

export interface Syndicate {
  ref: Ref;
  name: string;
  /** Countries it mostly operates in (ISO alpha-2). */
  home: readonly string[];
  fronts: { ref: Ref; name: string }[];
  /** Bulletproof-hosting addresses shared by all its campaigns. */
  hosting: Ref[];
  consolidation: Record<Chain, Ref[]>;
  /** Money its consolidation wallets received, passed to OTC desks at the end. */
  received: Totals;
}

export interface OtcDesk {
  ref: Ref;
  exits: Record<Chain, Ref[]>;
}

const HOMES: readonly (readonly string[])[] = [
  ['MM', 'LA'],
  ['KH'],
  ['MM'],
  ['KH', 'PH'],
  ['LA', 'MM'],
  ['PH', 'KH'],
];
const FRONT_COUNTRIES = ['HK', 'SG', 'KH', 'MM', 'LA', 'PH', 'AE', 'VG'] as const;
const OTC_NAMES = [
  'Meridian OTC Desk (fictitious)',
  'Mekong Guarantee Market (fictitious)',
  'Harbor Swap Brokers (fictitious)',
];

function org(
  out: Emitter,
  rng: Rng,
  name: string,
  kind: string,
  aliases: string[],
  extra = {},
): Ref {
  const window = windowOf(START + rng.int(0, 200) * DAY, END - rng.int(0, 40) * DAY);
  return out.node('Organization', slug(name), {
    window,
    display: name,
    props: { name, kind, aliases, ...extra },
  });
}

/** OTC desks and their exit wallets, shared by every syndicate. */
export function createOtcDesks(out: Emitter, rng: Rng, make: IndicatorFactory): OtcDesk[] {
  return OTC_NAMES.map((name, i) => {
    const ref = org(out, rng, name, 'otc-broker', [`OTC desk ${i + 1} (fictitious)`]);
    const exits: Record<Chain, Ref[]> = { tron: [], eth: [], btc: [] };
    const counts: Record<Chain, number> = { tron: 2, eth: 1, btc: i === 0 ? 1 : 0 };
    for (const chain of ['tron', 'eth', 'btc'] as const) {
      for (let k = 0; k < counts[chain]; k++) {
        // The desks cash out through their deposit addresses at exchanges.
        const wallet = make.wallet(chain, ref.window, 'exchange');
        out.rel('RUN_BY', wallet, ref, { props: { role: 'otc-desk' } });
        exits[chain].push(wallet);
      }
    }
    return { ref, exits };
  });
}

export function syndicateName(i: number): string {
  const adj = SYNDICATE_ADJECTIVES[i % SYNDICATE_ADJECTIVES.length];
  const noun = SYNDICATE_NOUNS[(i * 3) % SYNDICATE_NOUNS.length];
  const form = SYNDICATE_FORMS[i % SYNDICATE_FORMS.length];
  const number = i < SYNDICATE_ADJECTIVES.length ? '' : ` ${i + 1}`;
  return `${adj} ${noun} ${form}${number} (fictitious)`;
}

/** A syndicate with two or three front companies, hosting addresses and consolidation wallets. */
export function createSyndicate(
  out: Emitter,
  rng: Rng,
  make: IndicatorFactory,
  i: number,
  frontCounter: { n: number },
): Syndicate {
  const name = syndicateName(i);
  const short = name.split(' ').slice(0, 2).join(' ');
  const ref = org(out, rng, name, 'syndicate', [
    `${short} (fictitious)`,
    `the ${short.split(' ')[1]} crew (fictitious)`,
  ]);
  const fronts = [];
  for (let k = rng.int(2, 3); k > 0; k--) {
    const n = frontCounter.n++;
    const base = `${FRONT_WORDS[n % FRONT_WORDS.length]} ${FRONT_FORMS[Math.floor(n / FRONT_WORDS.length) % FRONT_FORMS.length]}`;
    const frontName = `${base}${n < FRONT_WORDS.length * FRONT_FORMS.length ? '' : ` ${n + 1}`} (fictitious)`;
    const front = org(out, rng, frontName, 'front-company', [], {
      country: rng.pick(FRONT_COUNTRIES),
    });
    out.rel('RUN_BY', front, ref, { props: { role: 'front' } });
    fronts.push({ ref: front, name: frontName });
  }
  const hosting = Array.from({ length: rng.int(4, 8) }, () => make.ip(ref.window));
  const consolidation: Record<Chain, Ref[]> = { tron: [], eth: [], btc: [] };
  const counts: Record<Chain, number> = { tron: rng.int(2, 4), eth: rng.int(1, 2), btc: 1 };
  for (const chain of ['tron', 'eth', 'btc'] as const) {
    for (let k = 0; k < counts[chain]; k++) {
      const wallet = make.wallet(chain, ref.window, 'consolidation');
      if (rng.chance(0.5)) out.rel('RUN_BY', wallet, ref, { props: { role: 'consolidation' } });
      consolidation[chain].push(wallet);
    }
  }
  return {
    ref,
    name,
    home: HOMES[i % HOMES.length] ?? [],
    fronts,
    hosting,
    consolidation,
    received: new Map(),
  };
}
