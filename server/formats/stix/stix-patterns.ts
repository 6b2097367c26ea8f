// Extracts the equality comparisons on the key of the observables we model from a STIX 2.1 pattern
// (`domain-name:value = '…'`, `software:name`, `user-account:user_id`…); counts the others.
import type { IndicatorKind } from '../../indicators/types.js';

/** STIX cyber-observable types we model, keyed on `value` (phone-number and cryptocurrency-wallet are custom). */
export const STIX_SCO_KINDS: Record<string, IndicatorKind> = {
  'domain-name': 'domain',
  url: 'url',
  'ipv4-addr': 'ip',
  'ipv6-addr': 'ip',
  'email-addr': 'email',
  'phone-number': 'phone',
  'cryptocurrency-wallet': 'wallet',
};

/** Observable types whose key is another property: apps as `software` by name, accounts by user_id. */
export const STIX_KEYED_KINDS: Record<string, { path: string; kind: IndicatorKind }> = {
  software: { path: 'name', kind: 'app' },
  'user-account': { path: 'user_id', kind: 'account' },
};

/** The property a pattern compares for an observable type we model, and the kind it names. */
function keyOfType(type: string): { path: string; kind: IndicatorKind } | undefined {
  const kind = STIX_SCO_KINDS[type];
  return kind ? { path: 'value', kind } : STIX_KEYED_KINDS[type];
}

const COMPARISON =
  /(?<![a-z0-9-])([a-z0-9-]+):([A-Za-z0-9_.'*[\]-]+)\s*(NOT\s+)?(=|!=|<=|>=|<|>|IN|LIKE|MATCHES|ISSUBSET|ISSUPERSET)\s*('(?:[^'\\]|\\.)*'|\([^)]*\)|[^\s\]]+)/g;

export interface PatternValues {
  values: { kind: IndicatorKind; type: string; value: string }[];
  /** Object types of comparisons we do not model (file hashes, x509 certificates…). */
  unmodelled: string[];
}

/** Reads the equality comparisons on the key (`value`, `name`, `user_id`) of the observable types we model. */
export function patternValues(pattern: string): PatternValues {
  const out: PatternValues = { values: [], unmodelled: [] };
  for (const m of pattern.matchAll(COMPARISON)) {
    const [, type = '', path = '', negated, op = '', literal = ''] = m;
    const key = keyOfType(type);
    if (key && path === key.path && op === '=' && !negated && literal.startsWith("'")) {
      const value = literal.slice(1, -1).replace(/\\(['\\])/g, '$1');
      out.values.push({ kind: key.kind, type, value });
    } else out.unmodelled.push(type);
  }
  return out;
}
