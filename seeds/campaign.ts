// One scam campaign run from a compound: rotating domains, their URLs, contacts, deposit wallets and victims.
import type { Ref } from './emitter.js';
import { emitApps } from './campaign-apps.js';
import { drawContacts, emitEmails, type CampaignDeps } from './campaign-contacts.js';
import {
  assignShared,
  assignSparse,
  campaignWindow,
  coverWindow,
  rotationWindows,
} from './campaign-plan.js';
import { CHAINS, settleDeposits } from './money.js';
import { emitVictim, type Exposure } from './victims.js';
import { THEMES, type Theme } from './vocabulary.js';
import type { Chain } from './wallet-address.js';

export type { CampaignDeps } from './campaign-contacts.js';

const CHAIN_PREFERENCE = [
  ['tron', 65],
  ['eth', 28],
  ['btc', 7],
] as const;

/** URLs seen per domain: a landing page, a register link, a download page… */
const URL_COUNTS = [
  [1, 20],
  [2, 45],
  [3, 35],
] as const;

/** Emits one campaign of `d.compound`, from its first domain to the money its victims paid. */
export function runCampaign(d: CampaignDeps): void {
  const { out, rng, make, compound } = d;
  const theme: Theme = rng.pick(THEMES);
  const window = campaignWindow(rng, compound.window);
  const nD = rng.int(8, 16);
  const dw = rotationWindows(rng, window, nD);

  // Deposit wallets: mostly on the campaign's preferred chain, each shown on several domains in a row.
  const chain: Chain = rng.weighted(CHAIN_PREFERENCE);
  const nW = rng.int(3, 8);
  const walletUse = assignShared(rng, nW, nD, 0.35);
  const wallets = Array.from({ length: nW }, (_, k) => {
    const w = make.wallet(
      rng.chance(0.8) ? chain : rng.pick(CHAINS),
      coverWindow(k, walletUse, dw),
      'deposit',
    );
    if (rng.chance(0.05)) out.rel('OPERATED_FROM', w, compound.ref);
    return w;
  });

  // Contacts: phones and messaging accounts that "customer service" and personas use across domains.
  const nP = rng.int(5, 11);
  const phoneUse = assignShared(rng, nP, nD, 0.3);
  const phones = drawContacts(d, {
    count: nP,
    windowOf: (k) => coverWindow(k, phoneUse, dw),
    pool: compound.phones,
    pReuse: 0.15,
    fresh: (w) => make.phone(w),
    pOperated: 0.85,
  });
  const nA = rng.int(8, 16);
  const accountUse = assignShared(rng, nA, nD, 0.35);
  const accounts = drawContacts(d, {
    count: nA,
    windowOf: (k) => coverWindow(k, accountUse, dw),
    pool: compound.accounts,
    pReuse: 0.2,
    fresh: (w) => ({ ref: make.account(theme, w), fresh: true }),
    pOperated: 0.65,
  });
  const ips = Array.from({ length: rng.int(1, 3) }, () => make.ip(window));

  const contactsOf: Ref[][] = dw.map(() => []);
  const domains: Ref[] = [];
  dw.forEach((w, i) => {
    const domain = make.domain(theme, w);
    domains.push(domain);
    if (rng.chance(0.6)) out.rel('OPERATED_FROM', domain, compound.ref);
    if (rng.chance(0.08))
      out.rel('RUN_BY', domain, rng.pick(compound.syndicate.fronts).ref, {
        props: { role: 'registrant' },
      });
    const nUrls = rng.weighted(URL_COUNTS);
    for (const path of rng.sample(theme.paths, nUrls)) {
      out.rel('ON_DOMAIN', make.url(domain, path, w), domain);
    }
    const hosts = new Set<Ref>();
    for (let k = rng.chance(0.3) ? 2 : 1; k > 0; k--) {
      hosts.add(rng.chance(0.75) ? rng.pick(ips) : rng.pick(compound.syndicate.hosting));
    }
    for (const ip of hosts) out.rel('RESOLVES_TO', domain, ip, { window: w });
    for (const k of walletUse[i] ?? [])
      out.rel('PAYS_TO', domain, wallets[k] as Ref, { window: w });
    const served = new Set<Ref>();
    for (const k of phoneUse[i] ?? []) if (phones[k]) served.add(phones[k]);
    for (const k of accountUse[i] ?? []) if (accounts[k]) served.add(accounts[k]);
    for (const c of served) out.rel('CONTACT_FOR', c, domain, { window: w });
    contactsOf[i] = [...served];
    const prev = domains[i - 1];
    if (prev) {
      out.rel('ROTATED_TO', prev, domain, {
        window: { from: w.from, to: Math.max(w.from, prev.window.to) },
      });
    }
  });

  const nE = rng.int(2, 5);
  emitEmails(d, nE, assignSparse(rng, nE, nD, 0.4), dw, domains, contactsOf);
  const apps = emitApps(d, theme, dw, domains, wallets, walletUse, accounts);

  // Victims, and the money they paid rolling up from deposit wallets to the compound's collectors.
  const paid = new Map<Ref, { usd: number; count: number }>();
  for (let v = rng.int(16, 30); v > 0; v--) {
    const app = apps.length > 0 && rng.chance(0.2) ? rng.pick(apps) : undefined;
    const i = rng.int(0, nD - 1);
    const exposure: Exposure = app
      ? { platform: app.platform, wallet: app.wallet, contact: rng.pick(app.agents) }
      : {
          platform: domains[i] as Ref,
          contact: rng.chance(0.8) ? rng.pick(contactsOf[i] as Ref[]) : undefined,
          wallet: rng.chance(0.8)
            ? (wallets[rng.pick(walletUse[i] as number[])] as Ref)
            : undefined,
        };
    const usd = emitVictim(out, rng, d.victims, theme, exposure);
    if (exposure.wallet) {
      const t = paid.get(exposure.wallet) ?? { usd: 0, count: 0 };
      paid.set(exposure.wallet, { usd: t.usd + usd, count: t.count + 1 });
    }
  }
  settleDeposits(rng, out, make, compound, wallets, paid);
}
