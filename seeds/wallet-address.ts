// Valid-format wallet addresses derived from generator bytes: TRON and BTC base58check, EVM EIP-55.
import { createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';

export type Chain = 'tron' | 'eth' | 'btc';

/** The asset a demo wallet holds: USDT on TRON and Ethereum, bitcoin on BTC. */
export const CHAIN_ASSET: Record<Chain, string> = {
  tron: 'USDT-TRC20',
  eth: 'USDT-ERC20',
  btc: 'BTC',
};

const base58check = createBase58check(sha256);
const HEX = '0123456789abcdef';

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b >> 4]! + HEX[b & 15]!;
  return out;
}

function withVersion(version: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(payload.length + 1);
  out[0] = version;
  out.set(payload, 1);
  return out;
}

/** TRON: base58check(0x41 ‖ 20 bytes), always starts with `T`. */
export function tronAddress(payload: Uint8Array): string {
  return base58check.encode(withVersion(0x41, payload));
}

/** Bitcoin P2PKH: base58check(0x00 ‖ 20 bytes), starts with `1`. */
export function btcAddress(payload: Uint8Array): string {
  return base58check.encode(withVersion(0x00, payload));
}

/** EIP-55 mixed-case checksum form of a 40-hex-digit address. */
export function eip55(hex40: string): string {
  const lower = hex40.toLowerCase();
  const hash = toHex(keccak_256(new TextEncoder().encode(lower)));
  let out = '0x';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    out += parseInt(hash[i]!, 16) >= 8 ? ch.toUpperCase() : ch;
  }
  return out;
}

/** Ethereum: 0x + 20 bytes in EIP-55 checksum form. */
export function ethAddress(payload: Uint8Array): string {
  return eip55(toHex(payload));
}

/** The address of a 20-byte payload on a chain. */
export function addressFor(chain: Chain, payload: Uint8Array): string {
  if (payload.length !== 20) throw new RangeError('wallet payload must be 20 bytes');
  switch (chain) {
    case 'tron':
      return tronAddress(payload);
    case 'eth':
      return ethAddress(payload);
    case 'btc':
      return btcAddress(payload);
  }
}
