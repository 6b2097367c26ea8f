// Victim reports: who lost how much, where they were contacted, and which wallet they paid into.
import type { NodeLabel, Tlp } from '../server/model.js';
import type { Emitter, Ref } from './emitter.js';
import type { Rng } from './prng.js';
import { DEMO_SOURCES } from './sources.js';
import { DAY, instantIn, iso, windowOf, type Window } from './time.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { USD_PER_UNIT, VICTIM_COUNTRIES, WHOLE_CURRENCIES, type Theme } from './vocabulary.js';

const HELPLINE = DEMO_SOURCES.find((s) => s.key === 'demo-victim-helpline')?.id as string;
/** A second channel some victims also report to: the same victim, counted once by the estimates. */
const POLICE = DEMO_SOURCES.find((s) => s.key === 'demo-police-cyber-portal')?.id as string;
/** Share of victims who report to both. */
const REPORTED_TWICE = 0.08;

/** Victim reports carry personal loss data: mostly AMBER, some stricter. */
const VICTIM_TLP: readonly (readonly [Tlp, number])[] = [
  ['GREEN', 20],
  ['AMBER', 55],
  ['AMBER_STRICT', 15],
  ['RED', 10],
];

/** What one victim met: the site or app, the persona or number that groomed them, the deposit wallet. */
export interface Exposure {
  platform: Ref;
  contact?: Ref;
  wallet?: Ref;
}

/** How the victim was first approached, named from the contact's kind. */
function channelOf(rng: Rng, exposure: Exposure): string {
  const c = exposure.contact;
  if (!c) return exposure.platform.label === 'App' ? 'app' : 'website';
  const kind: NodeLabel = c.label;
  if (kind === 'Account') return c.id.split(':')[1] as string;
  if (kind === 'Phone') return rng.chance(0.6) ? 'phone' : 'sms';
  return 'email';
}

/** A loss amount: log-normal around USD 15k, round-ish in the victim's currency. */
function loss(rng: Rng, currency: string): { amount: number; amountUsd: number } {
  const usd = Math.min(3_000_000, Math.max(150, Math.exp(Math.log(15_000) + 1.3 * rng.normal())));
  const rate = USD_PER_UNIT[currency] ?? 1;
  const local = usd / rate;
  const step = local > 10_000 ? 100 : local > 1_000 ? 10 : 1;
  const amount = rng.chance(0.6)
    ? Math.max(step, Math.round(local / step) * step)
    : WHOLE_CURRENCIES.has(currency)
      ? Math.round(local)
      : Math.round(local * 100) / 100;
  return { amount, amountUsd: Math.round(amount * rate * 100) / 100 };
}

/** What a report involves: the site or app, the contact, the wallet paid into. */
function involve(out: Emitter, ref: Ref, exposure: Exposure, window: Window): void {
  out.rel('INVOLVES', ref, exposure.platform, { window, props: { role: 'platform' } });
  if (exposure.contact)
    out.rel('INVOLVES', ref, exposure.contact, { window, props: { role: 'contact' } });
  if (exposure.wallet)
    out.rel('INVOLVES', ref, exposure.wallet, { window, props: { role: 'paid-to' } });
}

/**
 * Emits one victim report with its INVOLVES links (and, for some victims, a second report of the same
 * loss to the police portal); returns the USD paid, for the wallet's totals.
 */
export function emitVictim(
  out: Emitter,
  rng: Rng,
  victims: { n: number },
  theme: Theme,
  exposure: Exposure,
): number {
  const n = victims.n++;
  const [country, , currency] = rng.weighted(VICTIM_COUNTRIES.map((c) => [c, c[1]] as const));
  const lossAt = instantIn(rng, exposure.platform.window);
  const window = windowOf(lossAt - rng.int(7, 120) * DAY, lossAt);
  const { amount, amountUsd } = loss(rng, currency);
  const key = `vr-${String(n).padStart(7, '0')}`;
  const victimRef = `HL-${String(n).padStart(7, '0')}`;
  const twice = rng.chance(REPORTED_TWICE);
  // The second report names the helpline's reference, or (when the victim paid a wallet) the transfer.
  const byTx = twice && exposure.wallet !== undefined && rng.chance(0.4);
  const txHash = byTx ? bytesToHex(rng.bytes(32)) : null;
  const props = {
    amount,
    currency,
    amountUsd,
    date: iso(window.to),
    country,
    contactChannel: channelOf(rng, exposure),
    scamType: theme.kind,
    victimRef,
    ...(txHash ? { txHash } : {}),
  };
  const ref = out.node('VictimReport', key, {
    window,
    display: `Victim report ${key} (fictitious)`,
    tlp: rng.weighted(VICTIM_TLP),
    sources: [HELPLINE],
    props,
  });
  involve(out, ref, exposure, window);
  if (twice) {
    const later = windowOf(window.from, window.to + rng.int(1, 30) * DAY);
    // Victims often give a rounder or slightly different figure the second time.
    const again = rng.chance(0.6) ? amount : Math.round(amount * rng.between(0.9, 1.1));
    const rate = amountUsd / amount;
    const m = victims.n++;
    const secondKey = `vr-${String(m).padStart(7, '0')}`;
    const second = out.node('VictimReport', secondKey, {
      window: later,
      display: `Victim report ${secondKey} (fictitious)`,
      tlp: rng.weighted(VICTIM_TLP),
      sources: [POLICE],
      props: {
        ...props,
        amount: again,
        amountUsd: Math.round(again * rate * 100) / 100,
        date: iso(later.to),
        victimRef: byTx ? null : victimRef,
        caseRef: `PCP-${String(m).padStart(7, '0')}`,
      },
    });
    involve(out, second, exposure, later);
  }
  return exposure.wallet ? amountUsd : 0;
}
