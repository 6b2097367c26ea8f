// Who may see what (SPEC §6), in one place: an assertion's visibility keys, and the keys a caller holds.
// An assertion (what one source said about a node or link) is visible to a caller when the two share a key;
// a node or link exists for a caller when one of its assertions is visible. Read statements receive the
// caller's keys as `$vis` and test `any(k IN x.vis WHERE k IN $vis)`; nothing else decides visibility.
import type { RequestContext } from '../../context.js';
import { TLP_LEVELS, type Tlp } from '../../model.js';

/** Sharing of a source: with named organisations, or with every member organisation ('community'). */
export const COMMUNITY = 'community';

export interface AssertionScope {
  tlp: Tlp;
  /** The submitting organisation (its key, e.g. `mekong-telco`). */
  org: string;
  /** Organisations an AMBER assertion is shared with, or COMMUNITY. */
  sharedWith?: readonly string[];
  /** Organisations (`org-key`) or accounts (`user:<name>`) a RED assertion is meant for. */
  recipients?: readonly string[];
}

const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);
const orgKey = (org: string) => `o:${org}`;
const recipientKey = (r: string) => (r.startsWith('user:') ? `u:${r.slice(5)}` : orgKey(r));

/** The keys that open an assertion: any caller holding one of them may see it. */
export function assertionKeys(a: AssertionScope): string[] {
  switch (a.tlp) {
    case 'CLEAR':
      return ['clear'];
    case 'GREEN':
      return ['green'];
    case 'AMBER': {
      const shared = a.sharedWith ?? [];
      if (shared.includes(COMMUNITY)) return ['amber:*'];
      return [...new Set([a.org, ...shared])].map((o) => `amber:${orgKey(o)}`);
    }
    case 'AMBER_STRICT':
      return [`strict:${orgKey(a.org)}`];
    case 'RED':
      return [
        ...new Set([
          `red:${orgKey(a.org)}`,
          ...(a.recipients ?? []).map((r) => `red:${recipientKey(r)}`),
        ]),
      ];
  }
}

/** The keys a caller holds, capped by its clearance (the token's, else the account's). */
export function callerKeys(ctx: RequestContext): string[] {
  const c = rank(ctx.clearance);
  const keys = ['clear'];
  if (ctx.anonymous) return keys;
  if (c >= rank('GREEN')) keys.push('green');
  if (c >= rank('AMBER')) keys.push('amber:*', `amber:${orgKey(ctx.organisation)}`);
  if (c >= rank('AMBER_STRICT')) keys.push(`strict:${orgKey(ctx.organisation)}`);
  if (c >= rank('RED'))
    keys.push(`red:${orgKey(ctx.organisation)}`, `red:u:${ctx.caller.replace(/^user:/, '')}`);
  return keys;
}

/** The parameters every read statement takes for visibility. */
export function visibilityParams(ctx: RequestContext): { vis: string[] } {
  return { vis: callerKeys(ctx) };
}

/** True when a caller holding `vis` may see something carrying `keys` (the in-memory twin of the Cypher test). */
export function canSee(
  vis: readonly string[],
  keys: readonly string[] | null | undefined,
): boolean {
  return !!keys && keys.some((k) => vis.includes(k));
}

/** The TLP shown for a node or link: the least restrictive of its visible assertions. */
export function shownTlp(visible: readonly Tlp[]): Tlp | undefined {
  let best: Tlp | undefined;
  for (const t of visible) if (!best || rank(t) < rank(best)) best = t;
  return best;
}
