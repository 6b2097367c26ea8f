// Which relationship (SPEC §1) links two indicators named on one row, and in which direction.
import { KIND_LABEL, type IndicatorKind } from '../../indicators/types.js';
import type { NodeLabel, RelType } from '../../model.js';

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

const KIND_OF_LABEL = new Map<NodeLabel, IndicatorKind>(
  Object.entries(KIND_LABEL).map(([kind, label]) => [label, kind as IndicatorKind]),
);

/**
 * The relationship between entities of labels `a` and `b` (stated links of structured input, e.g. STIX):
 * the indicator rules above, and `(Compound|X)-[:RUN_BY]->(Organization)` for anything but another
 * Organization. Undefined when SPEC §1 has none (the caller then writes RELATED_TO).
 */
export function labelLinkRule(a: NodeLabel, b: NodeLabel): LinkRule | undefined {
  const ka = KIND_OF_LABEL.get(a);
  const kb = KIND_OF_LABEL.get(b);
  if (ka && kb) return linkRule(ka, kb);
  if (b === 'Organization' && ka) return { type: 'RUN_BY', forward: true };
  if (a === 'Organization' && kb) return { type: 'RUN_BY', forward: false };
  return undefined;
}
