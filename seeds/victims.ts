// Victim reports: who lost how much, where they were contacted, and which wallet they paid into.
import type { NodeLabel, Tlp } from '../server/model.js';
import type { Emitter, Ref } from './emitter.js';
import type { Rng } from './prng.js';
import { DEMO_SOURCES } from './sources.js';
import { DAY, instantIn, iso, windowOf } from './time.js';
import { USD_PER_UNIT, VICTIM_COUNTRIES, WHOLE_CURRENCIES, type Theme } from './vocabulary.js';

const HELPLINE = DEMO_SOURCES.find((s) => s.kind === 'victim-report')?.id as string;

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

/** Emits one victim report with its INVOLVES links; returns the USD paid, for the wallet's totals. */
export function emitVictim(
  out: Emitter,
  rng: Rng,
  n: number,
  theme: Theme,
  exposure: Exposure,
): number {
  const [country, , currency] = rng.weighted(VICTIM_COUNTRIES.map((c) => [c, c[1]] as const));
  const lossAt = instantIn(rng, exposure.platform.window);
  const window = windowOf(lossAt - rng.int(7, 120) * DAY, lossAt);
  const { amount, amountUsd } = loss(rng, currency);
  const key = `vr-${String(n).padStart(7, '0')}`;
  const ref = out.node('VictimReport', key, {
    window,
    display: `Victim report ${key} (fictitious)`,
    tlp: rng.weighted(VICTIM_TLP),
    sources: [HELPLINE],
    props: {
      amount,
      currency,
      amountUsd,
      date: iso(window.to),
      country,
      contactChannel: channelOf(rng, exposure),
      scamType: theme.kind,
    },
  });
  out.rel('INVOLVES', ref, exposure.platform, { window, props: { role: 'platform' } });
  if (exposure.contact)
    out.rel('INVOLVES', ref, exposure.contact, { window, props: { role: 'contact' } });
  if (exposure.wallet)
    out.rel('INVOLVES', ref, exposure.wallet, { window, props: { role: 'paid-to' } });
  return exposure.wallet ? amountUsd : 0;
}
