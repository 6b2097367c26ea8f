// Refanging: undoes the "defanging" analysts apply to indicators so they are not clickable.

/**
 * Replacements applied in order. Each targets a bracketed or spelled-out form that never occurs in
 * an ordinary domain, URL or address, so plain values pass through untouched.
 */
const AT_SIGN = /\s*(?:\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\})\s*/gi;

const RULES: [RegExp, string][] = [
  // Scheme: hxxp, hXXp, hxxps, h**p (any case) before a colon or bracketed colon.
  [/^h(?:xx|\*\*)p(s?)(?=\[?:)/i, 'http$1'],
  [/^fxp(?=\[?:)/i, 'ftp'],
  // Scheme separators.
  [/\[:\/\/\]|\(:\/\/\)|\{:\/\/\}/g, '://'],
  [/\[:\](?=\/\/)|\(:\)(?=\/\/)|\{:\}(?=\/\/)/g, ':'],
  // Dots.
  [/\s*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})\s*/gi, '.'],
  // At-signs.
  [AT_SIGN, '@'],
  // Slashes occasionally bracketed too.
  [/\[\/\]/g, '/'],
];

/** Returns the value with defanging undone; ordinary values come back unchanged. */
export function refang(value: string): string {
  let out = value;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Undoes only the defanged at-sign forms ([@], (at)…), for e-mail addresses. When the value also
 * holds a literal @, the bracketed forms are left alone: `{at}` is legal in a local part.
 */
export function refangAt(value: string): string {
  const stripped = value.replace(AT_SIGN, '');
  return stripped.includes('@') ? value : value.replace(AT_SIGN, '@');
}

/** True when the value carried any defanging. */
export function isDefanged(value: string): boolean {
  return refang(value) !== value;
}
