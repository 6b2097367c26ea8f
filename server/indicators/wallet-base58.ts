// TRON, XRP, Polkadot (SS58), Monero and Solana addresses: base58 families with their own checks.
import { base58, base58xmr, base58xrp } from '@scure/base';
import { blake2b } from '@noble/hashes/blake2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import {
  B58,
  badChecksum,
  checkVersioned,
  decodeBase58,
  equalBytes,
  invalid,
} from './wallet-chain.js';
import type { ChainRule } from './wallet-chain.js';

const TRON_SHAPE = new RegExp(`^T${B58}{30,36}$`);
const DOT_SHAPE = new RegExp(`^1${B58}{45,47}$`);
const XMR_SHAPE = new RegExp(`^(?:[48]${B58}{94}|4${B58}{105})$`);
const SOL_SHAPE = new RegExp(`^${B58}{32,44}$`);

/** TRON: base58check, version byte 0x41, 21-byte payload (25 bytes with checksum), starts with T. */
export const TRON: ChainRule = {
  chain: 'tron',
  name: 'TRON',
  shape: (t) => TRON_SHAPE.test(t),
  check(text) {
    const res = checkVersioned(text, 'TRON', [0x41]);
    return 'ok' in res ? res : { ok: true, address: text, facts: {} };
  },
};

/** XRP Ledger classic address: base58 with the XRP alphabet, version 0x00, double-SHA-256 checksum. */
export const XRP: ChainRule = {
  chain: 'xrp',
  name: 'XRP',
  shape: (t) => /^r[1-9A-HJ-NP-Za-km-z]{24,34}$/.test(t),
  check(text) {
    const res = checkVersioned(text, 'XRP', [0x00], base58xrp);
    return 'ok' in res ? res : { ok: true, address: text, facts: {} };
  },
};

const SS58_PREFIX = new TextEncoder().encode('SS58PRE');

/** Polkadot SS58 (network prefix 0): 1 + 32-byte key + 2-byte blake2b-512 checksum. */
export const DOT: ChainRule = {
  chain: 'dot',
  name: 'Polkadot',
  shape: (t) => DOT_SHAPE.test(t),
  check(text) {
    const bytes = decodeBase58(text);
    if (!bytes || bytes.length !== 35)
      return invalid('Polkadot address must decode to 35 bytes (SS58 with a 32-byte key).');
    if (bytes[0] !== 0)
      return invalid(`SS58 address has network prefix ${bytes[0]}, not Polkadot's 0.`);
    const body = bytes.subarray(0, 33);
    const input = new Uint8Array(SS58_PREFIX.length + body.length);
    input.set(SS58_PREFIX);
    input.set(body, SS58_PREFIX.length);
    const hash = blake2b(input, { dkLen: 64 });
    if (!equalBytes(hash.subarray(0, 2), bytes.subarray(33))) {
      return badChecksum('Polkadot address fails its SS58 checksum: a character is mistyped.');
    }
    return { ok: true, address: text, facts: {} };
  },
};

const XMR_NETBYTES: Record<number, string> = { 18: 'standard', 19: 'integrated', 42: 'subaddress' };

/** Monero mainnet: Monero's block base58, network byte 18/19/42, keccak-256 checksum (4 bytes). */
export const XMR: ChainRule = {
  chain: 'xmr',
  name: 'Monero',
  shape: (t) => XMR_SHAPE.test(t),
  check(text) {
    const bytes = decodeBase58(text, base58xmr);
    if (!bytes || (bytes.length !== 69 && bytes.length !== 77)) {
      return invalid('Monero address must decode to 69 or 77 bytes.');
    }
    const body = bytes.subarray(0, bytes.length - 4);
    if (!equalBytes(keccak_256(body).subarray(0, 4), bytes.subarray(bytes.length - 4))) {
      return badChecksum('Monero address fails its checksum: a character is mistyped.');
    }
    const type = XMR_NETBYTES[bytes[0] ?? -1];
    if (!type || (type === 'integrated') !== (bytes.length === 77)) {
      return invalid(`Monero address has network byte ${bytes[0]}, not a mainnet address type.`);
    }
    return { ok: true, address: text, facts: { type } };
  },
};

/**
 * Solana: base58 of a 32-byte key, no checksum, so any 32-byte base58 string passes. Detection
 * uses it only when hinted (prefix or asset) or when no other kind fits.
 */
export const SOL: ChainRule = {
  chain: 'sol',
  name: 'Solana',
  shape: (t) => SOL_SHAPE.test(t),
  check(text) {
    const bytes = decodeBase58(text, base58);
    if (!bytes || bytes.length !== 32)
      return invalid('Solana address must be base58 of exactly 32 bytes.');
    return { ok: true, address: text, facts: {} };
  },
};
