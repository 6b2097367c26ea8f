// Compounds: where they are, who runs them, how they ended, and the collector wallets they bank into.
import { entityId } from '../server/model.js';
import type { Emitter, Ref } from './emitter.js';
import type { IndicatorFactory } from './indicators.js';
import type { Totals } from './money.js';
import type { Syndicate } from './organizations.js';
import { CALL_SIGNS, TOWNS, slug, type CompoundStatus, type Town } from './places.js';
import type { Rng } from './prng.js';
import { DAY, END, START, at, iso, windowOf, type Window } from './time.js';
import { sourcesFor } from './sources.js';
import type { Chain } from './wallet-address.js';

export interface Compound {
  ref: Ref;
  name: string;
  town: Town;
  status: CompoundStatus;
  syndicate: Syndicate;
  window: Window;
  collectors: Record<Chain, Ref[]>;
  /** Recently issued contacts that later campaigns of the compound reuse (bounded). */
  phones: Ref[];
  accounts: Ref[];
  /** Money its collectors received, forwarded to the syndicate once its campaigns are done. */
  received: Totals;
}

interface Plan {
  i: number;
  name: string;
  key: string;
  town: Town;
  status: CompoundStatus;
  statusDate: number;
  window: Window;
  syndicate: Syndicate;
}

function plan(rng: Rng, i: number, syndicates: readonly Syndicate[]): Plan {
  const town = rng.weighted(TOWNS.map((t) => [t, t.weight] as const));
  const status = rng.weighted(town.outcomes);
  const statusDate =
    status === 'active'
      ? at(2025, 6) + rng.int(0, 180) * DAY
      : rng.between(town.statusPeriod[0], town.statusPeriod[1]);
  const end = status === 'active' ? END - rng.int(0, 45) * DAY : statusDate;
  const room = Math.max(0, Math.min(540, (end - START) / DAY - 200));
  const window = windowOf(START + rng.int(0, Math.floor(room)) * DAY, end);
  const sign = CALL_SIGNS[i % CALL_SIGNS.length] as string;
  const name = `Compound ${sign}-${String(i + 1).padStart(2, '0')} (fictitious)`;
  const syndicate = rng.weighted(
    syndicates.map((s) => [s, s.home.includes(town.country) ? 4 : 1] as const),
  );
  const key = `${slug(name)}-${town.country.toLowerCase()}`;
  return { i, name, key, town, status, statusDate, window, syndicate };
}

/** Plans and emits all compounds (a few dozen to a few hundred), with RUN_BY and collector wallets. */
export function createCompounds(
  out: Emitter,
  rng: Rng,
  make: IndicatorFactory,
  count: number,
  syndicates: readonly Syndicate[],
): Compound[] {
  const plans = Array.from({ length: count }, (_, i) => plan(rng, i, syndicates));
  return plans.map((p) => {
    const sign = p.name.split(' ')[1] as string;
    const successor = p.status === 'relocated' ? findSuccessor(rng, p, plans) : undefined;
    const front = rng.pick(p.syndicate.fronts);
    const lat = Math.round((p.town.lat + rng.between(-0.03, 0.03)) * 10_000) / 10_000;
    const lon = Math.round((p.town.lon + rng.between(-0.03, 0.03)) * 10_000) / 10_000;
    const ref = out.node('Compound', p.key, {
      window: p.window,
      display: p.name,
      props: {
        name: p.name,
        aliases: [
          `${sign.replace('-', ' ')} Park (fictitious)`,
          `${p.town.name} site ${sign} (fictitious)`,
        ],
        country: p.town.country,
        town: p.town.name,
        lat,
        lon,
        // The first sources saw it running; what happened later is what other sources said.
        status: 'active',
        statusDate: iso(p.window.from),
        operator: front.name,
        relocatedTo: null,
      },
    });
    emitStatusHistory(out, rng, p, ref, successor, { lat, lon });
    out.rel('RUN_BY', ref, p.syndicate.ref, { props: { role: 'operator' } });
    if (rng.chance(0.4)) out.rel('RUN_BY', ref, front.ref, { props: { role: 'landlord' } });
    const collectors: Record<Chain, Ref[]> = { tron: [], eth: [], btc: [] };
    const counts: Record<Chain, number> = { tron: 2, eth: 1, btc: 1 };
    for (const chain of ['tron', 'eth', 'btc'] as const) {
      for (let k = 0; k < counts[chain]; k++) {
        const wallet = make.wallet(chain, p.window, 'collector');
        if (rng.chance(0.6)) out.rel('OPERATED_FROM', wallet, ref);
        collectors[chain].push(wallet);
      }
    }
    return {
      ref,
      name: p.name,
      town: p.town,
      status: p.status,
      syndicate: p.syndicate,
      window: p.window,
      collectors,
      phones: [],
      accounts: [],
      received: new Map(),
    };
  });
}

/** A relocated compound's operation moves to an active compound of the same syndicate, if it has one. */
function findSuccessor(rng: Rng, p: Plan, plans: readonly Plan[]): string | undefined {
  const options = plans.filter(
    (o) =>
      o.i !== p.i &&
      o.syndicate === p.syndicate &&
      o.status === 'active' &&
      o.window.to > p.statusDate,
  );
  return options.length > 0 ? entityId('Compound', rng.pick(options).key) : undefined;
}

/**
 * A compound's later statuses, each from a source the first record did not cite (a report published
 * after the date, or the tip line): "still active on…" for some active compounds, "raided / relocated /
 * closed on…" for the rest, and for some raided ones "closed on…" a few months later.
 */
function emitStatusHistory(
  out: Emitter,
  rng: Rng,
  p: Plan,
  ref: Ref,
  successor: string | undefined,
  place: { lat: number; lon: number },
): void {
  const used = new Set(ref.sources);
  const say = (status: CompoundStatus, date: number, extra: Record<string, string | null> = {}) => {
    const options = sourcesFor('Compound', 0).filter(
      (s) => !used.has(s.id) && (s.continuous || s.date >= date),
    );
    if (options.length === 0) return false;
    const source = rng.pick(options);
    used.add(source.id);
    const at = Math.round(date);
    out.assert(ref, p.name, {
      window: windowOf(at, at + rng.int(3, 40) * DAY),
      sources: [source.id],
      tlp: source.tlp,
      props: {
        name: p.name,
        country: p.town.country,
        ...place,
        status,
        statusDate: iso(at),
        ...extra,
      },
    });
    return true;
  };
  if (p.status === 'active') {
    if (rng.chance(0.5)) say('active', p.statusDate);
    return;
  }
  const said = say(
    p.status,
    p.statusDate,
    p.status === 'relocated' ? { relocatedTo: successor ?? null } : {},
  );
  const closedAt = p.statusDate + rng.int(60, 200) * DAY;
  if (said && p.status === 'raided' && closedAt < END && rng.chance(0.35)) say('closed', closedAt);
}
