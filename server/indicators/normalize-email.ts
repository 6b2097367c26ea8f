// E-mail addresses: refang, lower-case, RFC 5322 dot-atom local part, domain checked like a domain.
import { domainToUnicode } from 'node:url';
import { normalizeHost } from './normalize-domain.js';
import { refang, refangAt } from './refang.js';
import { fail, hasControlChars, ok, prepare, quote } from './result.js';
import type { NormalizeResult } from './types.js';

/** RFC 5322 dot-atom: printable specials allowed, dots only between atoms. Quoted local parts are not accepted. */
const DOT_ATOM = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/**
 * Normalizes an e-mail address. The whole address is lower-cased: providers treat local parts
 * case-insensitively in practice, and one node per mailbox matters more than RFC pedantry.
 */
export function normalizeEmail(value: string): NormalizeResult {
  const prepared = prepare(value, 'email');
  if (!('text' in prepared)) return prepared;
  // With a literal @ only the domain is refanged: {.} and (.) are legal in a local part.
  const withAt = refangAt(prepared.text);
  const rawAt = withAt.lastIndexOf('@');
  let text =
    rawAt > 0 ? `${withAt.slice(0, rawAt)}@${refang(withAt.slice(rawAt + 1))}` : refang(withAt);
  if (/^mailto:/i.test(text)) text = text.slice('mailto:'.length).split('?')[0] ?? '';
  text = text.replace(/^<(.*)>$/, '$1').trim();
  if (hasControlChars(text) || /\s/.test(text)) {
    return fail(
      'INVALID_EMAIL',
      `E-mail address ${quote(text)} contains spaces or control characters.`,
      'email',
    );
  }
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) {
    return fail(
      'INVALID_EMAIL',
      `${quote(text)} is not an e-mail address: expected name@domain.`,
      'email',
    );
  }
  const local = text.slice(0, at).toLowerCase();
  const host = text.slice(at + 1);
  if (local.length > 64) {
    return fail(
      'INVALID_EMAIL',
      `The part before @ is ${local.length} characters; at most 64 are allowed.`,
      'email',
    );
  }
  if (!DOT_ATOM.test(local)) {
    return fail(
      'INVALID_EMAIL',
      `The part before @ (${quote(local)}) has characters or dots an address cannot have.`,
      'email',
    );
  }
  if (host.startsWith('[')) {
    return fail(
      'INVALID_EMAIL',
      `Address ${quote(text)} uses an IP literal; only domain names are accepted.`,
      'email',
    );
  }
  const domain = normalizeHost(host, 'E-mail domain');
  if (!domain.ok) return fail('INVALID_EMAIL', domain.message, 'email');
  const key = `${local}@${domain.indicator.key}`;
  if (key.length > 254) {
    return fail(
      'INVALID_EMAIL',
      `Address is ${key.length} characters; at most 254 are allowed.`,
      'email',
    );
  }
  const unicodeDomain = domainToUnicode(domain.indicator.key) || domain.indicator.key;
  return ok({
    kind: 'email',
    key,
    display: `${local}@${unicodeDomain}`,
    facts: {
      domain: domain.indicator.key,
      registrable: domain.indicator.facts.registrable ?? null,
    },
  });
}
