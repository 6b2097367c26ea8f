// Bitcoin and Litecoin addresses: base58check (P2PKH/P2SH) and segwit bech32 (v0) / bech32m (v1+).
import { bech32, bech32m } from '@scure/base';
import { B58, badChecksum, checkVersioned, invalid } from './wallet-chain.js';
import type { ChainCheck, ChainRule } from './wallet-chain.js';

const BECH32_CHARS = /^[qpzry9x8gf2tvdw0s3jn54khce6mua7l]+$/;
/** Bitcoin base58 (P2PKH `1…`, P2SH `3…`): also the form of legacy Bitcoin Cash addresses. */
export const BTC_BASE58 = new RegExp(`^[13]${B58}{24,34}$`);
const LTC_BASE58 = new RegExp(`^[LM]${B58}{25,33}$`);
const BTC_HRP = /^(?:bc|tb|bcrt)1/;
const LTC_HRP = /^(?:ltc|tltc|rltc)1/;

/** Segwit shape: the prefix, then bech32 characters in one case (so TRON's `TB1…` is not taken). */
function segwitShape(text: string, prefixes: RegExp): boolean {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return false;
  const m = prefixes.exec(text.toLowerCase());
  return (
    m !== null && BECH32_CHARS.test(text.toLowerCase().slice(m[0].length)) && text.length >= 14
  );
}

/**
 * Checks a segwit address (BIP-173 / BIP-350): v0 must use bech32 with a 20- or 32-byte program,
 * v1–v16 must use bech32m with 2–40 bytes. Upper-case input is accepted; keys are lower-case.
 */
function checkSegwit(text: string, hrp: string, name: string, testnetHrps: string[]): ChainCheck {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) {
    return invalid(`${name} bech32 address mixes upper and lower case.`);
  }
  const lower = text.toLowerCase();
  const sep = lower.lastIndexOf('1');
  const prefix = lower.slice(0, sep);
  if (testnetHrps.includes(prefix))
    return invalid(`${name} address is a testnet address (${prefix}1…), not a mainnet wallet.`);
  if (prefix !== hrp) return invalid(`${name} segwit address must start with ${hrp}1.`);
  if (lower.length > 90 || !BECH32_CHARS.test(lower.slice(sep + 1))) {
    return invalid(
      `${name} address has characters bech32 does not allow (b, i, o and 1 are never used after ${hrp}1).`,
    );
  }
  const asV0 = bech32.decodeUnsafe(lower);
  const asV1 = bech32m.decodeUnsafe(lower);
  const decoded = asV0 ?? asV1;
  if (!decoded)
    return badChecksum(`${name} address fails its bech32 checksum: a character is mistyped.`);
  const version = decoded.words[0] ?? -1;
  const program = bech32.fromWordsUnsafe(decoded.words.slice(1));
  if (!program) return invalid(`${name} address has invalid padding.`);
  if (version === 0) {
    if (!asV0)
      return badChecksum(`${name} segwit v0 address must use the bech32 checksum, not bech32m.`);
    if (program.length !== 20 && program.length !== 32) {
      return invalid(`${name} segwit v0 program is ${program.length} bytes; expected 20 or 32.`);
    }
    return {
      ok: true,
      address: lower,
      facts: { type: program.length === 20 ? 'p2wpkh' : 'p2wsh' },
    };
  }
  if (version < 1 || version > 16)
    return invalid(`${name} address has unknown witness version ${version}.`);
  if (!asV1)
    return badChecksum(
      `${name} segwit v${version} address must use the bech32m checksum (BIP-350).`,
    );
  if (program.length < 2 || program.length > 40) {
    return invalid(`${name} witness program is ${program.length} bytes; expected 2 to 40.`);
  }
  const type = version === 1 && program.length === 32 ? 'p2tr' : `segwit_v${version}`;
  return { ok: true, address: lower, facts: { type } };
}

export const BTC: ChainRule = {
  chain: 'btc',
  name: 'Bitcoin',
  shape: (t) => BTC_BASE58.test(t) || segwitShape(t, BTC_HRP),
  check(text) {
    if (segwitShape(text, BTC_HRP) || /^bc1/i.test(text))
      return checkSegwit(text, 'bc', 'Bitcoin', ['tb', 'bcrt']);
    const res = checkVersioned(text, 'Bitcoin', [0x00, 0x05]);
    if ('ok' in res) return res;
    return { ok: true, address: text, facts: { type: res.version === 0 ? 'p2pkh' : 'p2sh' } };
  },
};

/** Litecoin. `3…` P2SH addresses share Bitcoin's version byte, so they count as LTC only when hinted. */
export const LTC: ChainRule = {
  chain: 'ltc',
  name: 'Litecoin',
  shape: (t) => LTC_BASE58.test(t) || segwitShape(t, LTC_HRP),
  hintedShape: (t) => LTC_BASE58.test(t) || segwitShape(t, LTC_HRP) || BTC_BASE58.test(t),
  check(text) {
    if (segwitShape(text, LTC_HRP) || /^ltc1/i.test(text))
      return checkSegwit(text, 'ltc', 'Litecoin', ['tltc', 'rltc']);
    const res = checkVersioned(text, 'Litecoin', [0x30, 0x32, 0x05]);
    if ('ok' in res) return res;
    return { ok: true, address: text, facts: { type: res.version === 0x30 ? 'p2pkh' : 'p2sh' } };
  },
};
