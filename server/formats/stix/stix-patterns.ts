// Extracts the `<type>:value = '…'` comparisons we model from a STIX 2.1 pattern; counts the others.
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

const COMPARISON =
  /([a-z0-9-]+):([A-Za-z0-9_.'*[\]-]+)\s*(NOT\s+)?(=|!=|<=|>=|<|>|IN|LIKE|MATCHES|ISSUBSET|ISSUPERSET)\s*('(?:[^'\\]|\\.)*'|\([^)]*\)|[^\s\]]+)/g;

export interface PatternValues {
  values: { kind: IndicatorKind; type: string; value: string }[];
  /** Object types of comparisons we do not model (file hashes, x509 certificates…). */
  unmodelled: string[];
}

/** Reads the equality comparisons on `value` of the observable types we model. */
export function patternValues(pattern: string): PatternValues {
  const out: PatternValues = { values: [], unmodelled: [] };
  for (const m of pattern.matchAll(COMPARISON)) {
    const [, type = '', path = '', negated, op = '', literal = ''] = m;
    const kind = STIX_SCO_KINDS[type];
    if (kind && path === 'value' && op === '=' && !negated && literal.startsWith("'")) {
      out.values.push({ kind, type, value: literal.slice(1, -1).replace(/\\(['\\])/g, '$1') });
    } else out.unmodelled.push(type);
  }
  return out;
}
