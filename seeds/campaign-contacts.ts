// A campaign's contact points: phones and personas drawn fresh or reused from the compound, support mailboxes.
import type { Compound } from './compounds.js';
import type { Emitter, Ref } from './emitter.js';
import type { IndicatorFactory } from './indicators.js';
import type { Rng } from './prng.js';
import type { Window } from './time.js';
import { coverWindow, usersOf } from './campaign-plan.js';
import { MAIL_LOCAL_PARTS } from './vocabulary.js';

const POOL_LIMIT = 40;

export interface CampaignDeps {
  out: Emitter;
  rng: Rng;
  make: IndicatorFactory;
  compound: Compound;
  /** Running number of victim reports, for their keys. */
  victims: { n: number };
}

export interface ContactDraw {
  count: number;
  /** The period contact `k` is in use (the domains it serves). */
  windowOf: (k: number) => Window;
  /** The compound's recent contacts of this kind; fresh ones are added, the oldest dropped. */
  pool: Ref[];
  pReuse: number;
  fresh: (w: Window) => { ref: Ref; fresh: boolean };
  /** Chance that a fresh contact is OPERATED_FROM the compound. */
  pOperated: number;
}

/** Draws `count` distinct contacts, reusing the compound's recent ones with probability `pReuse`. */
export function drawContacts(d: CampaignDeps, draw: ContactDraw): Ref[] {
  const { rng, out, compound } = d;
  const { count, windowOf, pool, pReuse, fresh, pOperated } = draw;
  const refs: Ref[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < count; k++) {
    for (let attempt = 0; attempt < 4; attempt++) {
      const reuse = pool.length > 0 && rng.chance(pReuse);
      const got = reuse ? { ref: rng.pick(pool), fresh: false } : fresh(windowOf(k));
      if (got.fresh) {
        if (rng.chance(pOperated)) out.rel('OPERATED_FROM', got.ref, compound.ref);
        pool.push(got.ref);
        if (pool.length > POOL_LIMIT) pool.shift();
      }
      if (!seen.has(got.ref.id) || attempt === 3) {
        seen.add(got.ref.id);
        refs.push(got.ref);
        break;
      }
    }
  }
  return refs;
}

/**
 * Support mailboxes, on one of the campaign's own domains or on a demo freemail provider, CONTACT_FOR
 * the domains in `emailUse`; each is added to `contactsOf` for the victims of those domains.
 */
export function emitEmails(
  d: CampaignDeps,
  nE: number,
  emailUse: readonly number[][],
  dw: readonly Window[],
  domains: readonly Ref[],
  contactsOf: Ref[][],
): void {
  const { out, rng, make, compound } = d;
  const locals = new Map<number, string[]>();
  for (let k = 0; k < nE; k++) {
    const users = usersOf(k, emailUse);
    const home = rng.pick(users);
    const free = MAIL_LOCAL_PARTS.filter((l) => !(locals.get(home) ?? []).includes(l));
    const onDomain = rng.chance(0.5) && free.length > 0;
    const local = onDomain ? rng.pick(free) : '';
    if (onDomain) locals.set(home, [...(locals.get(home) ?? []), local]);
    const host = (domains[home] as Ref).id.slice('domain:'.length);
    const email = make.email(coverWindow(k, emailUse, dw), onDomain ? { host, local } : undefined);
    if (rng.chance(0.3)) out.rel('OPERATED_FROM', email, compound.ref);
    for (const i of users) {
      out.rel('CONTACT_FOR', email, domains[i] as Ref, { window: dw[i] });
      (contactsOf[i] as Ref[]).push(email);
    }
  }
}
