// URLs: refang, WHATWG parsing, canonical form (lower-case host, no default port, fragment or tracking params).
import { domainToUnicode } from 'node:url';
import { looksLikeIpLiteral, readHost } from './normalize-domain.js';
import { normalizeIp } from './normalize-ip.js';
import { sharedPlatform } from './platforms.js';
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

/** A host (name, IPv4 or bracketed IPv6) with an optional port, then a path, query or fragment. */
const SCHEMELESS = /^(?:[^\s/?#@:[\]]+\.[^\s/?#@:[\]]+|\[[0-9a-f:.]+\])(?::\d{1,5})?[/?#]/i;

/**
 * True when the text is a URL written without a scheme (`scam.example/path`). A bare host is not:
 * it is a domain (or an IP address), and stays one; nor is an e-mail-shaped value.
 */
export function isSchemelessUrl(text: string): boolean {
  // `a/b@scam.example` is an e-mail address (`/` is legal in a local part), as detect() reads it.
  return SCHEMELESS.test(text) && !/^[^@\s]+@[^@\s/]+$/.test(text);
}

/**
 * Characters RFC 3986 allows in a path and query (unreserved, sub-delims, `:@/?` and `%` escapes).
 * WHATWG URL leaves some others as typed (`|`, `^`, `{`, `}`, `[`, `]`, `` ` ``, a lone `%`); they are
 * percent-encoded so the key is a URI that the STIX validator (RFC 3986) accepts.
 */
function toRfc3986(pathAndQuery: string): string {
  return pathAndQuery.replace(/%(?![0-9a-f]{2})|[^a-z0-9\-._~!$&'()*+,;=:@/?%]/gi, (ch) =>
    [...new TextEncoder().encode(ch)]
      .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}

/**
 * Normalizes an http(s) URL to its canonical string; its domain is implied via ON_DOMAIN. A URL written
 * without a scheme but with a path (`scam.example/login`) is read as https (a page typed or pasted
 * without one opens as https in today's browsers); a bare host is not a URL (give it as a domain). Userinfo (`http://bank.com@evil.com/`) is kept, as it is part of what
 * the victim saw. A URL on a shared platform (shortener, document host, messenger…) keeps the fact
 * `platform` and implies no Domain: the platform is not the scam's. A host with labels that are not
 * hostname labels (`my_site.scam.example`) stays in the key and implies its nearest parent hostname.
 */
export function normalizeUrl(value: string): NormalizeResult {
  const prepared = prepare(value, 'url');
  if (!('text' in prepared)) return prepared;
  let text = refang(prepared.text);
  if (hasControlChars(text)) {
    return fail('INVALID_URL', `URL ${quote(text)} contains control characters.`, 'url');
  }
  if (isSchemelessUrl(text) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined || !text.slice(scheme.length + 1).startsWith('//')) {
    return fail(
      'INVALID_URL',
      `${quote(text)} is not a web URL: expected http://, https:// or a host name followed by a path (a bare host is a domain).`,
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
    const host = readHost(rawHost, 'URL host');
    if (!host.ok) return fail('INVALID_URL', host.message, 'url');
    url.hostname = host.ascii;
    facts.host = host.ascii;
    displayHost = domainToUnicode(host.ascii) || host.ascii;
    const platform = sharedPlatform(host.domain.key);
    if (platform) {
      facts.platform = platform.list;
    } else {
      facts.domain = host.domain.key;
      implied = [{ indicator: host.domain, rel: 'ON_DOMAIN' }];
    }
  }
  url.hash = '';
  const search = stripTracking(url.search);
  url.search = search;
  // WHATWG keeps a bare "?" when asked for an empty query: cut it.
  const href = search === '' ? url.href.replace(/\?$/, '') : url.href;
  const tail = `${url.pathname}${search}`;
  const key = href.endsWith(tail)
    ? `${href.slice(0, href.length - tail.length)}${toRfc3986(tail)}`
    : href;
  const display = displayHost === url.hostname ? key : key.replace(url.hostname, displayHost);
  const indicator: Indicator = { kind: 'url', key, display, facts };
  if (implied) indicator.implied = implied;
  return ok(indicator);
}
