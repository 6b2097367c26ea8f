// URLs: refang, WHATWG parsing, canonical form (lower-case host, no default port, fragment or tracking params).
import { domainToUnicode } from 'node:url';
import { looksLikeIpLiteral, normalizeHost } from './normalize-domain.js';
import { normalizeIp } from './normalize-ip.js';
import { refang } from './refang.js';
import { fail, hasControlChars, ok, prepare, quote } from './result.js';
import type { Indicator, NormalizeResult } from './types.js';

/**
 * Query parameters dropped from the canonical form: they track the click, not the page.
 * Any parameter starting with `utm_` is dropped too. Referral and invite codes (`ref`, `invite`,
 * `code`, `inviteCode`…) are KEPT: in pig-butchering they tie a victim to the agent who recruited them.
 */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'igshid',
  'igsh',
  '_ga',
  '_gl',
  'ref_src',
  'ref_url',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'rb_clickid',
  's_cid',
]);

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/** Removes tracking parameters from a raw query string, keeping the others in order and as written. */
function stripTracking(search: string): string {
  if (search === '' || search === '?') return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => {
      if (pair === '') return false;
      const rawName = pair.split('=')[0] ?? '';
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // keep the raw name when it is not valid percent-encoding
      }
      return !isTrackingParam(name);
    });
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

/**
 * Parses a web URL given with a scheme, or without one when `allowSchemeless` (then https is
 * assumed; used only to recognise store, messenger and WhatsApp links, never for Url keys).
 */
export function parseWebUrl(text: string, allowSchemeless = false): URL | undefined {
  const refanged = refang(text);
  const withScheme =
    SCHEME.test(refanged) && refanged.includes('//')
      ? refanged
      : allowSchemeless && /^[a-z0-9.-]+\.[a-z]{2,}(?:[/?]|$)/i.test(refanged)
        ? `https://${refanged}`
        : undefined;
  if (!withScheme) return undefined;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Host name of a parsed URL without `www.` and a trailing dot, for matching known sites. */
export function siteOf(url: URL): string {
  return url.hostname.replace(/\.$/, '').replace(/^(?:www|m|mobile)\./, '');
}

/**
 * Normalizes an http(s) URL to its canonical string; its domain is implied via ON_DOMAIN.
 * No scheme is guessed (only hxxp → http by refanging): `www.example.com/x` is rejected with a
 * message asking for http:// or https://, because guessing would split one page into two keys.
 * Userinfo (`http://bank.com@evil.com/`) is kept, as it is part of what the victim saw.
 */
export function normalizeUrl(value: string): NormalizeResult {
  const prepared = prepare(value, 'url');
  if (!('text' in prepared)) return prepared;
  const text = refang(prepared.text);
  if (hasControlChars(text)) {
    return fail('INVALID_URL', `URL ${quote(text)} contains control characters.`, 'url');
  }
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined || !text.slice(scheme.length + 1).startsWith('//')) {
    return fail(
      'INVALID_URL',
      `${quote(text)} has no scheme; write it with http:// or https:// (or submit a bare host as kind domain).`,
      'url',
    );
  }
  if (scheme !== 'http' && scheme !== 'https') {
    return fail(
      'INVALID_URL',
      `Scheme "${scheme}:" is not supported; only http and https URLs are.`,
      'url',
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('INVALID_URL', `${quote(text)} is not a well-formed URL.`, 'url');
  }
  const rawHost = url.hostname;
  let implied: Indicator['implied'];
  const facts: Indicator['facts'] = { scheme };
  let displayHost = rawHost;
  if (looksLikeIpLiteral(rawHost)) {
    const ip = normalizeIp(rawHost);
    if (!ip.ok)
      return fail('INVALID_URL', `URL host ${quote(rawHost)} is not a valid IP address.`, 'url');
    facts.host = ip.indicator.key;
  } else {
    const domain = normalizeHost(rawHost, 'URL host');
    if (!domain.ok) return fail('INVALID_URL', domain.message, 'url');
    url.hostname = domain.indicator.key;
    facts.host = domain.indicator.key;
    facts.domain = domain.indicator.key;
    displayHost = domainToUnicode(domain.indicator.key) || domain.indicator.key;
    implied = [{ indicator: domain.indicator, rel: 'ON_DOMAIN' }];
  }
  url.hash = '';
  const search = stripTracking(url.search);
  url.search = search;
  // WHATWG keeps a bare "?" when asked for an empty query: cut it.
  const key = search === '' ? url.href.replace(/\?$/, '') : url.href;
  const display = displayHost === url.hostname ? key : key.replace(url.hostname, displayHost);
  const indicator: Indicator = { kind: 'url', key, display, facts };
  if (implied) indicator.implied = implied;
  return ok(indicator);
}
