// Shared platforms: hosts whose pages belong to their users (shorteners, document hosts, messengers, stores),
// and hosts under which every sub-domain is a separate owner (the public suffix list's private section,
// dynamic DNS). Maintained lists, vendored in ./data (see data/warninglists/README.md); lookups are Set/Map
// hits on the host and its parent names.
import { parse } from 'tldts';
import digitalside from './data/warninglists/digitalside.json' with { type: 'json' };
import dynamicDns from './data/warninglists/dynamic-dns.json' with { type: 'json' };
import google from './data/warninglists/google.json' with { type: 'json' };
import linkInBio from './data/warninglists/link-in-bio.json' with { type: 'json' };
import lotsProject from './data/warninglists/lots-project.json' with { type: 'json' };
import microsoftOffice365 from './data/warninglists/microsoft-office365.json' with { type: 'json' };
import microsoft from './data/warninglists/microsoft.json' with { type: 'json' };
import publicIpfsGateways from './data/warninglists/public-ipfs-gateways.json' with { type: 'json' };
import urlShortener from './data/warninglists/url-shortener.json' with { type: 'json' };
import scamgraph from './data/platforms.json' with { type: 'json' };

/** A MISP warninglist as published (`string` lists match exactly, `hostname` lists match sub-domains too). */
interface WarningList {
  type: string;
  list: string[];
}

/** Platform lists, most specific meaning first: the first list that names a host is the one reported. */
const PLATFORM_LISTS: [string, WarningList][] = [
  ['messaging-social-store', scamgraph],
  ['url-shortener', urlShortener],
  ['link-in-bio', linkInBio],
  ['public-ipfs-gateways', publicIpfsGateways],
  ['google', google],
  ['microsoft', microsoft],
  ['microsoft-office365', microsoftOffice365],
  ['lots-project', lotsProject],
  ['digitalside', digitalside],
];

/** Host → list, for entries that name one host only (`string` lists without a leading dot). */
const EXACT = new Map<string, string>();
/** Name → list, for entries that cover the name and every host under it. */
const UNDER = new Map<string, string>();
for (const [name, wl] of PLATFORM_LISTS) {
  for (const raw of wl.list) {
    const entry = raw.trim().toLowerCase().replace(/\.$/, '');
    const covers = entry.startsWith('.') || wl.type === 'hostname';
    const host = entry.replace(/^\.+/, '');
    if (host === '' || !host.includes('.')) continue;
    const map = covers ? UNDER : EXACT;
    if (!map.has(host)) map.set(host, name);
  }
}

/** Names under which each sub-domain is its own owner (dynamic DNS providers). */
const OWNER_BELOW = new Set<string>(
  (dynamicDns as WarningList).list.map((e) =>
    e
      .trim()
      .toLowerCase()
      .replace(/^\.+|\.$/g, ''),
  ),
);

/** The list names this module can report (for docs and summaries). */
export const PLATFORM_LIST_NAMES: readonly string[] = [
  ...PLATFORM_LISTS.map(([name]) => name),
  'psl-private',
  'dynamic-dns',
];

function clean(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

/**
 * The domain that names the owner of a host: the registrable domain (eTLD+1), where the public suffix
 * list's private section and the dynamic DNS list count as suffixes, so `shop.scam.github.io` →
 * `scam.github.io` and `x.duckdns.org` → `x.duckdns.org`. Undefined when the host is itself a suffix
 * (`github.io`, `co.uk`).
 */
export function ownerDomain(host: string): string | undefined {
  const name = clean(host);
  const labels = name.split('.');
  for (let i = 1; i < labels.length; i++) {
    if (OWNER_BELOW.has(labels.slice(i).join('.'))) return labels.slice(i - 1).join('.');
  }
  if (OWNER_BELOW.has(name)) return undefined;
  const parsed = parse(name, { allowPrivateDomains: true });
  return parsed.domain ?? undefined;
}

/** True when the host is a suffix under which every sub-domain has its own owner (`github.io`). */
function isOwnerSuffix(name: string): boolean {
  if (OWNER_BELOW.has(name)) return true;
  const parsed = parse(name, { allowPrivateDomains: true });
  return parsed.isPrivate === true && parsed.publicSuffix === name;
}

/**
 * The shared platform a host belongs to, named by the list that says so, or undefined for a host that
 * is somebody's own. Only the host and its parents down to its owner's domain are looked up: a listed
 * `.github.io` or `.duckdns.org` does not make `scam.github.io` a platform, since that sub-domain is
 * the scam's own (see ownerDomain). A host that is itself such a suffix is reported as `psl-private`
 * or `dynamic-dns`.
 */
export function sharedPlatform(host: string): { list: string } | undefined {
  const name = clean(host);
  const exact = EXACT.get(name);
  if (exact) return { list: exact };
  const owner = ownerDomain(name);
  const labels = name.split('.');
  const stop = owner ? owner.split('.').length : 1;
  for (let i = 0; labels.length - i >= stop; i++) {
    const under = UNDER.get(labels.slice(i).join('.'));
    if (under) return { list: under };
  }
  if (!owner && isOwnerSuffix(name)) {
    return { list: OWNER_BELOW.has(name) ? 'dynamic-dns' : 'psl-private' };
  }
  return undefined;
}
