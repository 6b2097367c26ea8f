// What a token of running text looks like before detect() decides what it is: file hashes, wallet-like
// strings, host names with a public suffix, and the platform a line names for its @handles.
import { isIPv4, isIPv6 } from 'node:net';
import { parse } from 'tldts';

/** A file hash by its length in hex digits: skipped by name, never read as a wallet. */
const HASH_NAMES: Record<number, string> = {
  32: 'hash:md5',
  40: 'hash:sha1',
  64: 'hash:sha256',
  128: 'hash:sha512',
};

/** The skip name of a hex hash token (`hash:sha1`…), or undefined. */
export function hashName(token: string): string | undefined {
  if (/^0x[0-9a-f]{64}$/i.test(token)) return 'hash:transaction';
  if (!/^[0-9a-f]+$/i.test(token) || !/[a-f]/i.test(token)) return undefined;
  return HASH_NAMES[token.length];
}

/** Wallet URI schemes (BIP 21, EIP 681 and the like) whose address detect() reads. */
export const WALLET_URI =
  /^(?:bitcoin|bitcoincash|litecoin|dogecoin|dash|zcash|ethereum|tron|solana|ripple|monero|cardano|polkadot|stellar):/i;

/**
 * Strings shaped like an address of a common chain: 0x-hex (EVM), base58 (BTC legacy, TRON, SOL, XRP,
 * LTC, DOGE, DOT, XMR…), bech32 (bc1, ltc1, addr1, bnb1, zil1…), cashaddr, Stellar base32.
 */
export function walletShaped(token: string): boolean {
  return (
    /^0x[0-9a-fA-F]{40}$/.test(token) ||
    /^[1-9A-HJ-NP-Za-km-z]{25,110}$/.test(token) ||
    /^[a-z]{1,15}1[02-9ac-hj-np-z]{6,110}$/.test(token) ||
    /^[A-Z]{1,15}1[02-9AC-HJ-NP-Z]{6,110}$/.test(token) ||
    /^(?:bitcoincash:)?[qp][02-9ac-hj-np-z]{41}$/.test(token) ||
    /^G[A-Z2-7]{55}$/.test(token)
  );
}

/** Shapes strong enough that a bad checksum is worth a reject rather than silence. */
export function stronglyWalletShaped(token: string): boolean {
  return (
    WALLET_URI.test(token) ||
    /^0x[0-9a-fA-F]{40}$/.test(token) ||
    /^(?:bc|ltc|tb)1[02-9ac-hj-np-z]{11,71}$/i.test(token) ||
    (/^[13T][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(token) && /\d/.test(token))
  );
}

/** Special-use names (RFC 2606, 6761, 7686) that free text may name as if they were domains. */
const SPECIAL_TLDS = new Set(['example', 'test', 'onion']);

/**
 * Endings that are public suffixes but far more often file extensions in a report (`install.sh`,
 * `README.md`, `invoice.zip`): only read as domains when written defanged (`invoice[.]zip`).
 */
const FILE_LIKE_TLDS = new Set(['zip', 'mov', 'sh', 'py', 'md', 'pub']);

const HOST =
  /^[\p{L}\p{N}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?)+$/u;

/** True for a host name whose last label is a public suffix (ICANN or private), not a file name. */
export function hostWithSuffix(host: string, defanged: boolean): boolean {
  if (!HOST.test(host)) return false;
  const labels = host.toLowerCase().split('.');
  const tld = labels[labels.length - 1]!;
  if (/^\d+$/.test(tld)) return false;
  if (SPECIAL_TLDS.has(tld)) return true;
  if (!defanged && FILE_LIKE_TLDS.has(tld)) return false;
  const p = parse(host, { allowPrivateDomains: true });
  return Boolean(p.domain) && Boolean(p.isIcann || p.isPrivate);
}

/** An IPv4 address, optionally with a port, or an IPv6 address. */
export function ipShaped(token: string): boolean {
  return isIPv4(token.replace(/:\d{1,5}$/, '')) || (token.includes(':') && isIPv6(token));
}

/** Words that name a platform of @handles, and the platform they name. */
const PLATFORM_WORDS: [RegExp, string][] = [
  [/\b(?:telegram|tg)\b/gi, 'telegram'],
  [/\bwhats\s?app\b/gi, 'whatsapp'],
  [/\b(?:instagram|insta|ig)\b/gi, 'instagram'],
  [/\b(?:facebook|fb)\b/gi, 'facebook'],
  [/\btwitter\b/gi, 'twitter'],
  [/\btik\s?tok\b/gi, 'tiktok'],
  [/\b(?:wechat|weixin)\b/gi, 'wechat'],
  [/\bkakao(?:\s?talk)?\b/gi, 'kakaotalk'],
  [/\bdiscord\b/gi, 'discord'],
  [/\bviber\b/gi, 'viber'],
  [/\bzalo\b/gi, 'zalo'],
  [/\bLINE\b|\bline[\s-]?id\b/g, 'line'],
  [/\bSignal\b/g, 'signal'],
];

/** The platforms a text names, with their positions, in order. */
export function platformMentions(text: string): { at: number; platform: string }[] {
  const out: { at: number; platform: string }[] = [];
  for (const [pattern, platform] of PLATFORM_WORDS)
    for (const m of text.matchAll(pattern)) out.push({ at: m.index, platform });
  return out.sort((a, b) => a.at - b.at);
}

/** The one platform a text names (a heading, a table header cell), or undefined when none or several. */
export function platformNamed(text: string): string | undefined {
  const names = new Set(platformMentions(text).map((m) => m.platform));
  return names.size === 1 ? [...names][0] : undefined;
}
