// Domain names: refang, lower-case, IDN to punycode, label checks, registrable domain (eTLD+1).
import { domainToASCII, domainToUnicode } from 'node:url';
import { getDomain } from 'tldts';
import { refang } from './refang.js';
import { fail, hasControlChars, ok, prepare, quote } from './result.js';
import type { Indicator, NormalizeResult } from './types.js';

const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** True when the text is an IP address literal (dotted IPv4, IPv6 with or without brackets). */
export function looksLikeIpLiteral(text: string): boolean {
  if (IPV4_LIKE.test(text)) return true;
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return /^[0-9a-f:.]+$/i.test(inner) && inner.includes(':') && inner.split(':').length >= 3;
}

/**
 * Normalizes a host name that is already free of defanging and surrounding space.
 * Shared by the URL and e-mail normalizers.
 */
export function normalizeHost(host: string, what = 'Domain'): NormalizeResult {
  let name = host.toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (name === '') return fail('INVALID_DOMAIN', `${what} is empty.`, 'domain');
  if (looksLikeIpLiteral(name)) {
    return fail(
      'IP_LITERAL',
      `${quote(host)} is an IP address, not a domain name; submit it as kind ip.`,
      'domain',
    );
  }
  if (hasControlChars(name) || /[\s/\\?#@:]/.test(name)) {
    return fail(
      'INVALID_DOMAIN',
      `${what} ${quote(host)} contains characters a host name cannot have (space, /, ?, #, @ or :).`,
      'domain',
    );
  }
  const labelsIn = name.split('.');
  const last = labelsIn[labelsIn.length - 1] ?? '';
  if (/^\d+$/.test(last) || /^0x[0-9a-f]*$/.test(last)) {
    return fail(
      'INVALID_DOMAIN',
      `${what} ${quote(host)} ends in a numeric label; a top-level domain is never numeric.`,
      'domain',
    );
  }
  const ascii = domainToASCII(name);
  if (ascii === '') {
    return fail(
      'INVALID_DOMAIN',
      `${what} ${quote(host)} is not a valid internationalized domain name (bad punycode or forbidden characters).`,
      'domain',
    );
  }
  const asciiName = ascii.endsWith('.') ? ascii.slice(0, -1) : ascii;
  const labels = asciiName.split('.');
  if (looksLikeIpLiteral(asciiName) || /^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return fail('INVALID_DOMAIN', `${what} ${quote(host)} ends in a numeric label.`, 'domain');
  }
  if (labels.length < 2) {
    return fail(
      'INVALID_DOMAIN',
      `${what} ${quote(host)} has a single label; expected a name such as example.com.`,
      'domain',
    );
  }
  if (asciiName.length > 253) {
    return fail(
      'INVALID_DOMAIN',
      `${what} is ${asciiName.length} characters long; DNS names are at most 253.`,
      'domain',
    );
  }
  for (const label of labels) {
    if (label === '') {
      return fail(
        'INVALID_DOMAIN',
        `${what} ${quote(host)} has an empty label (two dots in a row).`,
        'domain',
      );
    }
    if (label.length > 63) {
      return fail(
        'INVALID_DOMAIN',
        `${what} ${quote(host)} has a label longer than 63 characters.`,
        'domain',
      );
    }
    if (!LDH_LABEL.test(label)) {
      return fail(
        'INVALID_DOMAIN',
        `Label ${quote(label)} of ${quote(host)} may hold only letters, digits and inner hyphens.`,
        'domain',
      );
    }
  }
  return ok(domainIndicator(asciiName, labels));
}

function domainIndicator(key: string, labels: string[]): Indicator {
  const unicode = domainToUnicode(key);
  const fallback = labels.slice(-2).join('.');
  const registrable = getDomain(key, { allowPrivateDomains: false }) ?? fallback;
  const facts: Indicator['facts'] = { registrable, tld: labels[labels.length - 1] ?? '' };
  if (unicode !== '' && unicode !== key) facts.unicode = unicode;
  return {
    kind: 'domain',
    key,
    display: unicode !== '' ? unicode : key,
    facts,
  };
}

/** Normalizes a domain name, e.g. `Example[.]COM.` → `example.com`, `bücher.de` → `xn--bcher-kva.de`. */
export function normalizeDomain(value: string): NormalizeResult {
  const prepared = prepare(value, 'domain');
  if (!('text' in prepared)) return prepared;
  const text = refang(prepared.text);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.includes('/')) {
    return fail(
      'INVALID_DOMAIN',
      `${quote(prepared.text)} is a URL, not a domain; submit it as kind url or give only the host name.`,
      'domain',
    );
  }
  if (text.startsWith('*.')) {
    return fail(
      'INVALID_DOMAIN',
      `${quote(prepared.text)} is a wildcard; give the domain itself without "*.".`,
      'domain',
    );
  }
  return normalizeHost(text);
}
