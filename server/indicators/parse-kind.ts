// Maps type names from CSV headers, MISP attribute types and STIX object types to indicator kinds.
import type { IndicatorKind } from './types.js';

const NAMES: Record<IndicatorKind, string[]> = {
  domain: [
    'domain',
    'domains',
    'hostname',
    'host',
    'fqdn',
    'domain-name',
    'domain_name',
    'domainname',
    'website-domain',
  ],
  url: ['url', 'urls', 'link', 'uri', 'website', 'web-url'],
  phone: [
    'phone',
    'phones',
    'phone-number',
    'phone_number',
    'phonenumber',
    'tel',
    'telephone',
    'msisdn',
    'mobile',
    'mobile-number',
    'whatsapp-number',
  ],
  wallet: [
    'wallet',
    'wallets',
    'btc',
    'xmr',
    'eth',
    'trx',
    'cryptocurrency-wallet',
    'crypto-wallet',
    'coin-address',
    'crypto-address',
    'cryptocurrency-address',
    'wallet-address',
    'address-crypto',
    'bitcoin',
    'ethereum',
  ],
  email: [
    'email',
    'emails',
    'e-mail',
    'email-addr',
    'email-address',
    'email-src',
    'email-dst',
    'mail',
    'email_address',
  ],
  ip: [
    'ip',
    'ips',
    'ip-src',
    'ip-dst',
    'ipv4-addr',
    'ipv6-addr',
    'ip-address',
    'ip_address',
    'ipv4',
    'ipv6',
    'ip-addr',
  ],
  app: [
    'app',
    'apps',
    'mobile-application-id',
    'android-app',
    'ios-app',
    'software',
    'application',
    'package',
    'package-name',
    'app-id',
    'apk',
  ],
  account: [
    'account',
    'accounts',
    'telegram',
    'user-account',
    'username',
    'handle',
    'social-account',
    'messenger',
    'whatsapp',
    'line',
    'wechat',
    'facebook',
    'instagram',
    'github-username',
    'twitter-id',
  ],
  compound: ['compound', 'compounds', 'location', 'scam-compound', 'site'],
};

const LOOKUP = new Map<string, IndicatorKind>();
for (const [kind, names] of Object.entries(NAMES) as [IndicatorKind, string[]][]) {
  for (const name of names) LOOKUP.set(name, kind);
}

/**
 * The kind a type name denotes, case-insensitive; spaces and underscores count as hyphens and a
 * trailing "s" is tolerated. Undefined for names we do not know.
 */
export function parseKind(text: string): IndicatorKind | undefined {
  if (typeof text !== 'string') return undefined;
  const name = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return (
    LOOKUP.get(name) ?? LOOKUP.get(name.replace(/_/g, '-')) ?? LOOKUP.get(name.replace(/-/g, ''))
  );
}
