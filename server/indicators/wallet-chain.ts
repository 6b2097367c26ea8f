// Shared shapes for per-chain wallet checks: the chain list, check results and base58check decoding.
import { base58 } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * Chains whose addresses we validate (docs/ingest.md, "Chains"). EVM networks (BSC, Polygon…) share
 * `eth` keys; `ss58` is any other Substrate network, its network prefix kept as a fact. The first
 * eight codes and their key forms are stored data: never change them.
 */
export const CHAINS = [
  'btc',
  'eth',
  'tron',
  'ltc',
  'xrp',
  'sol',
  'dot',
  'xmr',
  'bch',
  'doge',
  'dash',
  'zec',
  'btg',
  'xvg',
  'xlm',
  'ada',
  'ksm',
  'ss58',
  'bnb',
  'neo',
  'zil',
  'waves',
] as const;
export type Chain = (typeof CHAINS)[number];

export type WalletFacts = Record<string, string | number | boolean | null>;

/** Outcome of checking one address against one chain's rules. */
export type ChainCheck =
  | { ok: true; address: string; facts: WalletFacts }
  | { ok: false; reason: 'INVALID_WALLET' | 'BAD_CHECKSUM'; message: string };

/** One chain's address rules: a cheap shape test, then the full check with checksum. */
export interface ChainRule {
  chain: Chain;
  /** Human name used in messages. */
  name: string;
  /** True when the text looks like an address of this chain (so a failed check is this chain's error). */
  shape(text: string): boolean;
  /**
   * The shape accepted when a prefix or asset names this chain, when wider than `shape`: forms that
   * look like another chain's unless the source says otherwise (legacy BCH is BTC-shaped).
   */
  hintedShape?(text: string): boolean;
  check(text: string): ChainCheck;
}

export const B58 = '[1-9A-HJ-NP-Za-km-z]';
/** The bech32 alphabet (any case): lower-case letters and digits but 1, b, i and o. */
export const BECH32 = '[02-9ac-hj-np-zAC-HJ-NP-Z]';

export function invalid(message: string): ChainCheck {
  return { ok: false, reason: 'INVALID_WALLET', message };
}

export function badChecksum(message: string): ChainCheck {
  return { ok: false, reason: 'BAD_CHECKSUM', message };
}

/** Decodes base58 with any alphabet coder; undefined when a character is outside the alphabet. */
export function decodeBase58(
  text: string,
  coder: { decode(s: string): Uint8Array } = base58,
): Uint8Array | undefined {
  try {
    return coder.decode(text);
  } catch {
    return undefined;
  }
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Decodes base58check (payload + 4 bytes of double SHA-256). Distinguishes a bad character or
 * length ('chars') from a checksum mismatch ('checksum'), so callers can report BAD_CHECKSUM.
 */
export function decodeBase58Check(
  text: string,
  coder?: { decode(s: string): Uint8Array },
): Uint8Array | 'chars' | 'checksum' {
  const bytes = decodeBase58(text, coder);
  if (!bytes || bytes.length < 5) return 'chars';
  const payload = bytes.subarray(0, bytes.length - 4);
  const expected = sha256(sha256(payload)).subarray(0, 4);
  return equalBytes(expected, bytes.subarray(bytes.length - 4)) ? payload : 'checksum';
}

/**
 * Checks a base58check address with a one-byte version: returns the version and the 20-byte hash,
 * or a ChainCheck failure naming the chain.
 */
export function checkVersioned(
  text: string,
  name: string,
  versions: readonly number[],
  coder?: { decode(s: string): Uint8Array },
): { version: number } | ChainCheck {
  const payload = decodeBase58Check(text, coder);
  if (payload === 'chars')
    return invalid(`${name} address has characters or a length base58 does not allow.`);
  if (payload === 'checksum')
    return badChecksum(`${name} address fails its checksum: a character is mistyped.`);
  const version = payload[0] ?? -1;
  if (payload.length !== 21)
    return invalid(`${name} address decodes to ${payload.length} bytes; expected 21.`);
  if (!versions.includes(version)) {
    return invalid(
      `${name} address has version byte 0x${version.toString(16).padStart(2, '0')}, not one of this chain's.`,
    );
  }
  return { version };
}
