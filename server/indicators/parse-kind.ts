// Maps type names to indicator kinds: CSV headers and type columns, in our own words and in other tools'
// vocabularies (MISP attribute types, OpenCTI/STIX observable types, vendor names such as
// `ethereum_address` or `usdt_trc20`, which also give a wallet's asset).
import { platformOf } from './account-platforms.js';
import type { IndicatorKind } from './types.js';

const NAMES: Record<IndicatorKind, string[]> = {
  domain: [
    'domain',
    'domains',
    'hostname',
    'hostnames',
    'host',
    'fqdn',
    'domain-name',
    'domainname',
    'website-domain',
    'dns',
    'dns-name',
  ],
  url: ['url', 'urls', 'link', 'uri', 'website', 'web-url', 'web-site', 'site-url', 'phishing-url'],
  phone: [
    'phone',
    'phones',
    'phone-number',
    'phonenumber',
    'tel',
    'telephone',
    'msisdn',
    'mobile',
    'mobile-number',
    'whatsapp-number',
    'whois-registrant-phone',
    'cell',
    'cellphone',
  ],
  wallet: [
    'wallet',
    'wallets',
    'cryptocurrency-wallet',
    'crypto-wallet',
    'coin-address',
    'crypto-address',
    'cryptocurrency-address',
    'wallet-address',
    'address-crypto',
  ],
  email: [
    'email',
    'emails',
    'e-mail',
    'email-addr',
    'email-address',
    'email-src',
    'email-dst',
    'email-reply-to',
    'dns-soa-email',
    'whois-registrant-email',
    'target-email',
    'mail',
  ],
  ip: [
    'ip',
    'ips',
    'ip-src',
    'ip-dst',
    'ipv4-addr',
    'ipv6-addr',
    'ip-address',
    'ipv4',
    'ipv6',
    'ip-addr',
    'ipv4-address',
    'ipv6-address',
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
    'bundle-id',
  ],
  account: [
    'account',
    'accounts',
    'user-account',
    'username',
    'handle',
    'social-account',
    'messenger',
    'social-media',
    'github-username',
    'jabber-id',
  ],
  compound: ['compound', 'compounds', 'location', 'scam-compound', 'site'],
};

/**
 * Coins, chains and tokens by the names lists use, with the asset hint each gives a wallet (read by the
 * wallet normalizer's chainOfAsset). `bare` names are also type names on their own (`btc`, `bitcoin`);
 * the others only with a suffix (`sol_address`, `ada-wallet`), being common words or headers otherwise.
 */
const COINS: { asset: string; bare: string[]; suffixed?: string[] }[] = [
  { asset: 'BTC', bare: ['btc', 'bitcoin', 'xbt'] },
  { asset: 'ETH', bare: ['eth', 'ethereum', 'ether', 'erc20'] },
  { asset: 'TRX', bare: ['trx', 'tron', 'trc20'] },
  { asset: 'LTC', bare: ['ltc', 'litecoin'] },
  { asset: 'DOGE', bare: ['doge', 'dogecoin'] },
  { asset: 'XMR', bare: ['xmr', 'monero'] },
  { asset: 'XRP', bare: ['xrp', 'ripple'] },
  { asset: 'SOL', bare: ['solana'], suffixed: ['sol'] },
  { asset: 'DOT', bare: ['polkadot'], suffixed: ['dot'] },
  { asset: 'KSM', bare: ['ksm', 'kusama'] },
  { asset: 'ADA', bare: ['cardano'], suffixed: ['ada'] },
  { asset: 'XLM', bare: ['xlm', 'stellar'] },
  { asset: 'BCH', bare: ['bch', 'bitcoin-cash', 'bitcoincash', 'bcash'] },
  { asset: 'DASH', bare: ['dash'] },
  { asset: 'ZEC', bare: ['zec', 'zcash'] },
  { asset: 'BTG', bare: ['btg', 'bitcoin-gold'] },
  { asset: 'XVG', bare: ['xvg', 'verge'] },
  { asset: 'BNB', bare: ['bnb', 'bsc', 'bep20', 'binance', 'binance-smart-chain'] },
  { asset: 'MATIC', bare: ['matic', 'polygon'] },
  { asset: 'ARBITRUM', bare: ['arbitrum'] },
  { asset: 'AVAX', bare: ['avax', 'avalanche'] },
  { asset: 'NEO', bare: [], suffixed: ['neo'] },
  { asset: 'ZIL', bare: ['zil', 'zilliqa'] },
  { asset: 'WAVES', bare: [], suffixed: ['waves'] },
  { asset: 'TON', bare: ['toncoin'], suffixed: ['ton'] },
  { asset: 'ETC', bare: ['ethereum-classic'], suffixed: ['etc'] },
  { asset: 'USDT', bare: ['usdt', 'tether'] },
  { asset: 'USDC', bare: ['usdc'] },
  { asset: 'TRAC', bare: [], suffixed: ['trac'] },
];

/** Tokens written with their network: `usdt_trc20`, `USDT-ERC20`, `usdc-bep20`. */
const NETWORKS: Record<string, string> = {
  trc20: 'TRC20',
  erc20: 'ERC20',
  bep20: 'BEP20',
  bep2: 'BEP2',
  spl: 'SPL',
  polygon: 'POLYGON',
  tron: 'TRC20',
  ethereum: 'ERC20',
};

const WALLET_SUFFIXES = ['address', 'addr', 'wallet', 'wallet-address', 'addresses', 'wallets'];

/**
 * Names of other tools' vocabularies for things Scamgraph does not model (file hashes, file names,
 * certificates…): known, so a column of them is recognised as a type column, and skipped by name.
 */
const NOT_MODELLED = new Set([
  'md5',
  'sha1',
  'sha-1',
  'sha224',
  'sha256',
  'sha-256',
  'sha384',
  'sha512',
  'sha-512',
  'sha3-256',
  'sha3-512',
  'ssdeep',
  'imphash',
  'tlsh',
  'authentihash',
  'vhash',
  'pehash',
  'hash',
  'filehash',
  'file-hash',
  'filename',
  'file-name',
  'file',
  'stixfile',
  'artifact',
  'x509-certificate',
  'x509-fingerprint-sha1',
  'x509-fingerprint-sha256',
  'x509-fingerprint-md5',
  'ja3-fingerprint-md5',
  'jarm-fingerprint',
  'mac-addr',
  'mac-address',
  'autonomous-system',
  'as',
  'asn',
  'directory',
  'mutex',
  'process',
  'windows-registry-key',
  'regkey',
  'regkey|value',
  'network-traffic',
  'email-message',
  'email-subject',
  'email-body',
  'email-attachment',
  'email-header',
  'user-agent',
  'text',
  'comment',
  'other',
  'attachment',
  'malware-sample',
  'vulnerability',
  'cve',
  'yara',
  'snort',
  'sigma',
  'pattern-in-file',
  'pattern-in-traffic',
  'bank-account',
  'payment-card',
  'media-content',
  'cryptographic-key',
  'port',
  'campaign-name',
  'threat-actor',
  'whois-registrant-name',
  'whois-registrar',
]);

/** What a type name says: a kind (with the asset or platform it implies), or a known type we skip. */
export interface TypeName {
  /** Undefined for a known type Scamgraph does not model (`md5`, `StixFile`). */
  kind?: IndicatorKind;
  asset?: string;
  platform?: string;
  /** MISP composites (`domain|ip`, `ip-dst|port`): what each `|`-separated part of the value is. */
  parts?: (TypeName | 'port')[];
}

const LOOKUP = new Map<string, TypeName>();
const put = (name: string, t: TypeName) => {
  if (!LOOKUP.has(name)) LOOKUP.set(name, t);
};
for (const [kind, names] of Object.entries(NAMES) as [IndicatorKind, string[]][])
  for (const name of names) put(name, { kind });
for (const coin of COINS) {
  for (const name of coin.bare) put(name, { kind: 'wallet', asset: coin.asset });
  for (const name of [...coin.bare, ...(coin.suffixed ?? [])])
    for (const suffix of WALLET_SUFFIXES)
      put(`${name}-${suffix}`, { kind: 'wallet', asset: coin.asset });
}
for (const token of ['usdt', 'usdc', 'tether', 'busd', 'dai'])
  for (const [network, asset] of Object.entries(NETWORKS)) {
    const hint = { kind: 'wallet' as const, asset: `${token.toUpperCase()}-${asset}` };
    for (const name of [`${token}-${network}`, `${network}-${token}`]) {
      put(name, hint);
      for (const suffix of WALLET_SUFFIXES) put(`${name}-${suffix}`, hint);
    }
  }
for (const name of NOT_MODELLED) put(name, {});

function canonical(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function lookup(name: string): TypeName | undefined {
  const hit = LOOKUP.get(name) ?? LOOKUP.get(name.replace(/-/g, ''));
  if (hit) return hit;
  // A messenger or social platform by name: `telegram`, `whatsapp`, `line-id`, `twitter-username`.
  const m = /^([a-z]+)(?:-(?:id|username|user|handle|account|profile|name))?$/.exec(name);
  const platform = m?.[1] ? platformOf(m[1]) : undefined;
  if (platform) return { kind: 'account', platform: platform.name };
  if (/^(sha|sha3)-?\d+|^(filename|hash|x509|ja3|md5)\b/.test(name)) return {};
  return undefined;
}

/**
 * What a type name means, case-insensitive (spaces and underscores count as hyphens): `Domain-Name`,
 * `ip-dst`, `ethereum_address` (a wallet with asset ETH), `usdt_trc20`, `telegram` (an account on
 * Telegram), `domain|ip` (a composite), `md5` (known, not modelled). Undefined for names we do not know.
 */
export function parseTypeName(text: string): TypeName | undefined {
  if (typeof text !== 'string') return undefined;
  const name = canonical(text);
  if (!name || name.length > 80) return undefined;
  const whole = lookup(name);
  if (whole || !name.includes('|')) return whole;
  const parts = name.split('|').map((p) => (p === 'port' ? 'port' : lookup(p)));
  if (parts.some((p) => p === undefined)) return undefined;
  const typed = parts as (TypeName | 'port')[];
  const first = typed.find((p): p is TypeName => p !== 'port' && p.kind !== undefined);
  // Only parts we model are read (`filename|md5` has none): the composite is skipped by name otherwise.
  return first ? { ...first, parts: typed } : {};
}

/**
 * The kind a type name denotes, case-insensitive; spaces and underscores count as hyphens and a
 * trailing "s" is tolerated. Undefined for names we do not know or do not model.
 */
export function parseKind(text: string): IndicatorKind | undefined {
  const t = parseTypeName(text);
  return t && !t.parts ? t.kind : undefined;
}
