// Domain names: refang, lower-case, IDNA2008 (UTS #46 preprocessing) to punycode, public-suffix check,
// owner domain (eTLD+1 with the public suffix list's private section), shared platforms.
import { domainToASCII, domainToUnicode } from 'node:url';
import idn from 'idn-hostname';
import mimeDb from 'mime-db/db.json' with { type: 'json' };
import { parse } from 'tldts';
import { ownerDomain, sharedPlatform } from './platforms.js';
import { refang } from './refang.js';
import { fail, hasControlChars, ok, prepare, quote } from './result.js';
import type { Indicator, NormalizeResult } from './types.js';

const IPV4_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** A DNS label that is not a hostname label: letters, digits, `_` and `-` in any place (`_dmarc`, `r3---sn`). */
const DNS_LABEL = /^[a-z0-9_-]{1,63}$/;

/**
 * Top-level names that are not in the public suffix list but are reserved for tests, documentation and
 * local use (RFC 2606, RFC 6761, RFC 6762, RFC 9476, ICANN's `.internal`): kept as domains.
 */
const RESERVED_TLDS: ReadonlySet<string> = new Set([
  'example',
  'test',
  'invalid',
  'localhost',
  'local',
  'internal',
  'alt',
]);

/**
 * File-name extensions (mime-db, plus executable and script types it lacks that IoC lists carry): a name
 * ending in one that is not a public suffix is a file name (`setup.exe`, `invoice.pdf`), not a domain.
 */
const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  ...Object.values(mimeDb as Record<string, { extensions?: string[] }>).flatMap(
    (t) => t.extensions ?? [],
  ),
  ...'scr vbs vbe ps1 psm1 hta ipa xapk apks cmd iqy dat tmp lnk js jse wsf wsh cpl reg inf sys drv ocx'.split(
    ' ',
  ),
]);

/** Android-style reverse-DNS ids (`com.example.app`): their first label is a generic TLD, never a host's. */
const REVERSE_DNS_FIRST = /^(?:com|org|net|edu|gov|mil)\.[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/i;

/**
 * True when the text reads as an app id written in reverse-DNS order rather than a host name: it starts
 * with com., org., net., edu., gov. or mil. and has three or more labels (`com.example.app`) or does not
 * end in a public suffix (`com.whatsapp`); `org.com` stays a domain.
 */
export function isReverseDnsId(text: string): boolean {
  if (!REVERSE_DNS_FIRST.test(text)) return false;
  return text.split('.').length >= 3 || !parse(text.toLowerCase()).isIcann;
}

/** True when the text is an IP address literal (dotted IPv4, IPv6 with or without brackets). */
export function looksLikeIpLiteral(text: string): boolean {
  if (IPV4_LIKE.test(text)) return true;
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return /^[0-9a-f:.]+$/i.test(inner) && inner.includes(':') && inner.split(':').length >= 3;
}

/** IDNA2008 with nontransitional UTS #46 preprocessing (the rules of the STIX validator's idn-hostname). */
function idnaAscii(name: string): string | undefined {
  try {
    return idn.idnHostname(name).replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** What a host name is: its ASCII form, and the Domain node that stands for it. */
export type HostReading =
  | {
      ok: true;
      /** The whole host in ASCII (punycode), as a URL writes it. */
      ascii: string;
      /** The Domain: the host itself, or its nearest parent that is a hostname when it is not (see note). */
      domain: Indicator;
      /** Set when the host is a DNS name but not a hostname (a `_` label…), so `domain` is a parent. */
      note?: string;
    }
  | (NormalizeResult & { ok: false });

/**
 * Reads a host name that is already free of defanging and surrounding space. Hostnames follow IDNA2008
 * (what the STIX validator's `idn-hostname` format accepts); a DNS name with labels that are not hostname
 * labels (`my_site.scam.example`, `r3---sn.scam.example`) is read as its nearest parent that is one, never
 * above its owner's domain. Shared by the domain, URL and e-mail normalizers.
 */
export function readHost(host: string, what = 'Domain'): HostReading {
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
  const strict = idnaAscii(name);
  // The lenient UTS #46 form (WHATWG URL's): keeps `_` and hyphens anywhere, for DNS names that are no hostnames.
  const lenient = strict ?? domainToASCII(name).replace(/\.$/, '');
  if (lenient === '' || lenient.split('.').some((l) => !DNS_LABEL.test(l))) {
    return fail(
      'INVALID_DOMAIN',
      `${what} ${quote(host)} is not a valid host name: IDNA2008 rejects it (a label that starts or ends with "-", bad punycode, symbols or emoji, or characters a host cannot have).`,
      'domain',
    );
  }
  const labels = lenient.split('.');
  if (looksLikeIpLiteral(lenient) || /^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return fail('INVALID_DOMAIN', `${what} ${quote(host)} ends in a numeric label.`, 'domain');
  }
  if (labels.length < 2) {
    return fail(
      'INVALID_DOMAIN',
      `${what} ${quote(host)} has a single label; expected a name such as example.com.`,
      'domain',
    );
  }
  if (lenient.length > 253) {
    return fail(
      'INVALID_DOMAIN',
      `${what} is ${lenient.length} characters long; DNS names are at most 253.`,
      'domain',
    );
  }
  const suffix = parse(lenient, { allowPrivateDomains: true });
  const tld = labels[labels.length - 1] ?? '';
  if (!suffix.isIcann && !suffix.isPrivate && !RESERVED_TLDS.has(tld)) {
    if (FILE_EXTENSIONS.has(tld)) {
      return {
        ...fail(
          'INVALID_DOMAIN',
          `${quote(host)} is a file name: ".${tld}" is a file type, not a top-level domain.`,
          'domain',
        ),
        skip: 'file-name',
      };
    }
    return fail(
      'INVALID_DOMAIN',
      `${what} ${quote(host)} does not end in a public suffix: ".${tld}" is not a top-level domain.`,
      'domain',
    );
  }
  // A private suffix that is a platform itself (`github.io`) is its own owner: a platform, not an error.
  const owner = ownerDomain(lenient) ?? (sharedPlatform(lenient) ? lenient : undefined);
  if (!owner) {
    return fail(
      'INVALID_DOMAIN',
      `${what} ${quote(host)} is a public suffix (like co.uk or github.io), not a domain anyone registers.`,
      'domain',
    );
  }
  if (strict) return { ok: true, ascii: strict, domain: domainIndicator(strict, owner) };
  // Not a hostname: use the nearest parent that is one, down to the owner's domain.
  const ownerLabels = owner.split('.').length;
  for (let i = 1; labels.length - i >= ownerLabels; i++) {
    const parent = labels.slice(i).join('.');
    const parentAscii = idnaAscii(parent);
    if (!parentAscii) continue;
    const bad = labels.slice(0, i).find((l) => !idnaAscii(`${l}.${parent}`)) ?? labels[0] ?? '';
    return {
      ok: true,
      ascii: lenient,
      domain: domainIndicator(parentAscii, owner),
      note: `${quote(lenient)} is a DNS name but not a hostname (label ${quote(bad)}: "_" or "--" in 3rd-4th place), which STIX domain-name values cannot carry; it stands under its parent ${parentAscii}.`,
    };
  }
  return fail(
    'INVALID_DOMAIN',
    `${what} ${quote(host)}: its registered name ${quote(owner)} is not a valid hostname (IDNA2008: no "_", no "--" in 3rd-4th place, no symbols or emoji).`,
    'domain',
  );
}

/** Normalizes a host name that must itself be a hostname (e-mail domains). */
export function normalizeHost(host: string, what = 'Domain'): NormalizeResult {
  const read = readHost(host, what);
  if (!read.ok) return read;
  if (read.note) return fail('INVALID_DOMAIN', `${what} ${read.note}`, 'domain');
  return ok(read.domain);
}

function domainIndicator(key: string, owner: string): Indicator {
  const unicode = domainToUnicode(key);
  const labels = key.split('.');
  const facts: Indicator['facts'] = { registrable: owner, tld: labels[labels.length - 1] ?? '' };
  if (unicode !== '' && unicode !== key) facts.unicode = unicode;
  return {
    kind: 'domain',
    key,
    display: unicode !== '' ? unicode : key,
    facts,
  };
}

/**
 * Normalizes a domain name, e.g. `Example[.]COM.` → `example.com`, `bücher.de` → `xn--bcher-kva.de`.
 * A shared platform's own name (`bit.ly`, `docs.google.com`, `github.io`) is skipped as `platform:<list>`;
 * a file name (`setup.exe`) as `file-name`; an app id in reverse-DNS order (`com.example.app`) is rejected
 * here (the `domain` kind and detect() read it as an app).
 */
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
  if (isReverseDnsId(text)) {
    return fail(
      'INVALID_DOMAIN',
      `${quote(prepared.text)} is an app id in reverse-DNS order (it starts with a top-level domain), not a host name.`,
      'domain',
    );
  }
  const read = readHost(text);
  if (!read.ok) return read;
  const platform = sharedPlatform(read.domain.key);
  if (platform) {
    return {
      ...fail(
        'INVALID_DOMAIN',
        `${quote(prepared.text)} is a shared platform (${platform.list}), not a scam's own domain: give the URL of the page, account or app on it.`,
        'domain',
      ),
      skip: `platform:${platform.list}`,
    };
  }
  if (!read.note) return ok(read.domain);
  return ok({
    ...read.domain,
    warnings: [{ reason: 'NOT_A_HOSTNAME', message: read.note }],
  });
}
