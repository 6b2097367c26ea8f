// Which relationship (SPEC §1) links two indicators named on one row, and in which direction.
import type { IndicatorKind } from '../../indicators/types.js';
import type { RelType } from '../../model.js';

const RULES = new Map<string, RelType>();
function rule(from: IndicatorKind[], to: IndicatorKind[], type: RelType) {
  for (const f of from) for (const t of to) RULES.set(`${f}>${t}`, type);
}
rule(['url'], ['domain'], 'ON_DOMAIN');
rule(['domain'], ['ip'], 'RESOLVES_TO');
rule(['app'], ['domain'], 'USES_DOMAIN');
rule(['domain', 'app'], ['wallet'], 'PAYS_TO');
rule(['phone', 'account', 'email'], ['domain', 'app'], 'CONTACT_FOR');
rule(
  ['domain', 'url', 'app', 'wallet', 'phone', 'account', 'email', 'ip'],
  ['compound'],
  'OPERATED_FROM',
);

export interface LinkRule {
  type: RelType;
  /** True when the relationship points from the first argument to the second. */
  forward: boolean;
}

/** The relationship between indicators of kinds `a` and `b`, whichever way round SPEC §1 has it. */
export function linkRule(a: IndicatorKind, b: IndicatorKind): LinkRule | undefined {
  const forward = RULES.get(`${a}>${b}`);
  if (forward) return { type: forward, forward: true };
  const backward = RULES.get(`${b}>${a}`);
  return backward ? { type: backward, forward: false } : undefined;
}
