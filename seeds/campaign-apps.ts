// A campaign's apps: each calls a run of the campaign's domains as its backend and shows one of its wallets.
import type { Ref } from './emitter.js';
import type { CampaignDeps } from './campaign-contacts.js';
import { union, type Window } from './time.js';
import type { Theme } from './vocabulary.js';

/** How many apps a campaign ships: most have one or two. */
const APP_COUNTS = [
  [0, 15],
  [1, 35],
  [2, 35],
  [3, 15],
] as const;

export interface AppExposure {
  platform: Ref;
  wallet: Ref;
  agents: Ref[];
}

/** Emits the campaign's apps with their links; returns what a victim of each app meets. */
export function emitApps(
  d: CampaignDeps,
  theme: Theme,
  dw: readonly Window[],
  domains: readonly Ref[],
  wallets: readonly Ref[],
  walletUse: readonly number[][],
  accounts: readonly Ref[],
): AppExposure[] {
  const { out, rng, make, compound } = d;
  const exposures: AppExposure[] = [];
  for (let a = rng.weighted(APP_COUNTS); a > 0; a--) {
    const start = rng.int(0, domains.length - 1);
    const span = Array.from({ length: rng.int(2, 5) }, (_, k) => start + k).filter(
      (i) => i < domains.length,
    );
    const window = span.map((i) => dw[i] as Window).reduce(union);
    const developer = rng.chance(0.6) ? rng.pick(compound.syndicate.fronts) : undefined;
    const app = make.app(theme, window, developer?.name ?? null);
    if (developer) out.rel('RUN_BY', app, developer.ref, { props: { role: 'developer' } });
    if (rng.chance(0.3)) out.rel('OPERATED_FROM', app, compound.ref);
    for (const i of span) out.rel('USES_DOMAIN', app, domains[i] as Ref, { window: dw[i] });
    const shown = [...new Set(span.flatMap((i) => walletUse[i] ?? []))];
    const wallet = wallets[rng.pick(shown)] as Ref;
    out.rel('PAYS_TO', app, wallet, { window });
    const agents = rng.sample(accounts, rng.int(1, 2));
    for (const agent of agents) out.rel('CONTACT_FOR', agent, app, { window });
    exposures.push({ platform: app, wallet, agents });
  }
  return exposures;
}
