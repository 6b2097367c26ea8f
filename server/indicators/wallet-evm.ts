// EVM (Ethereum, BSC, Polygon…) addresses: 0x + 40 hex, EIP-55 mixed-case checksum.
import { keccak_256 } from '@noble/hashes/sha3.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { badChecksum, invalid } from './wallet-chain.js';
import type { ChainRule } from './wallet-chain.js';

/** The EIP-55 checksummed form of a 40-hex-digit address (without or with 0x). */
export function toChecksumAddress(address: string): string {
  const hex = address.replace(/^0x/i, '').toLowerCase();
  const hash = keccak_256(utf8ToBytes(hex));
  let out = '0x';
  for (let i = 0; i < hex.length; i++) {
    const byte = hash[i >> 1] ?? 0;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    const ch = hex.charAt(i);
    out += nibble >= 8 ? ch.toUpperCase() : ch;
  }
  return out;
}

/**
 * All-lower and all-upper addresses carry no checksum and are accepted; mixed case must match
 * EIP-55 exactly. Keys always use the checksummed form.
 */
export const ETH: ChainRule = {
  chain: 'eth',
  name: 'Ethereum/EVM',
  shape: (t) => /^0x[0-9a-z]{38,42}$/i.test(t),
  check(input) {
    // An all-caps paste turns the prefix into 0X; the prefix carries no checksum.
    const text = input.replace(/^0X/, '0x');
    if (!/^0x[0-9a-fA-F]{40}$/.test(text)) {
      return invalid('EVM address must be 0x followed by exactly 40 hexadecimal digits.');
    }
    const body = text.slice(2);
    const checksummed = toChecksumAddress(body);
    const mixed = body !== body.toLowerCase() && body !== body.toUpperCase();
    if (mixed && checksummed !== `0x${body}`) {
      return badChecksum(
        'EVM address fails its EIP-55 mixed-case checksum: a character is mistyped.',
      );
    }
    return { ok: true, address: checksummed, facts: { checksummed: mixed } };
  },
};
