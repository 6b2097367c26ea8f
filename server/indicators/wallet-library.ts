// Chains checked by @ensdomains/address-encoder (ENS's maintained multi-coin address codecs): Bitcoin
// Cash, Dogecoin, Dash, Zcash, Bitcoin Gold, Verge, Stellar, Cardano, Kusama and other SS58 networks,
// BNB Beacon, NEO, Zilliqa and Waves. Each rule pins the shape first (so a failure is this chain's
// error) and lets the library decode: an address it decodes is valid, with its checksum.
import {
  decodeAdaAddress,
  decodeBchAddress,
  decodeBnbAddress,
  decodeBtgAddress,
  decodeDashAddress,
  decodeDogeAddress,
  decodeKsmAddress,
  decodeWavesAddress,
  decodeXlmAddress,
  decodeXvgAddress,
  decodeZecAddress,
  decodeZilAddress,
  encodeBchAddress,
  encodeZilAddress,
} from '@ensdomains/address-encoder/coders';
import {
  base58CheckDecode,
  createDotAddressDecoder,
  decodeBchAddressToTypeAndHash,
} from '@ensdomains/address-encoder/utils';
import { hexToBytes } from '@noble/hashes/utils.js';
import { bech32, bech32m } from '@scure/base';
import { BTC_BASE58 } from './wallet-bitcoin.js';
import { B58, BECH32, badChecksum, checkVersioned, decodeBase58, invalid } from './wallet-chain.js';
import type { Chain, ChainCheck, ChainRule, WalletFacts } from './wallet-chain.js';

interface LibrarySpec {
  chain: Chain;
  name: string;
  shape: RegExp | ((text: string) => boolean);
  /** Case-folds bech32/base32 forms (mixed case is an error there); undefined keeps the text. */
  fold?: 'lower' | 'upper';
  /** Decodes with the library (throws when invalid) and returns the key's address and facts. */
  decode(text: string): { address?: string; facts: WalletFacts };
  /** True when, once the shape matched, any library failure can only be a checksum mismatch. */
  checksumOnly?: boolean;
}

/** Script type of a decoded base58 address (the library returns the output script). */
function scriptType(script: Uint8Array): string {
  if (script[0] === 0x76) return 'p2pkh';
  if (script[0] === 0xa9) return 'p2sh';
  return 'segwit';
}

function libraryRule(spec: LibrarySpec): ChainRule {
  const pattern = spec.shape;
  return {
    chain: spec.chain,
    name: spec.name,
    shape: typeof pattern === 'function' ? pattern : (t) => pattern.test(t),
    check(input): ChainCheck {
      let text = input;
      if (spec.fold) {
        const lower = input.toLowerCase();
        const upper = input.toUpperCase();
        if (input !== lower && input !== upper)
          return invalid(`${spec.name} address mixes upper and lower case.`);
        text = spec.fold === 'lower' ? lower : upper;
      }
      try {
        const { address, facts } = spec.decode(text);
        return { ok: true, address: address ?? text, facts };
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        if (spec.checksumOnly || /checksum/i.test(detail))
          return badChecksum(`${spec.name} address fails its checksum: a character is mistyped.`);
        return invalid(`${spec.name} address is not valid: ${detail.slice(0, 120)}.`);
      }
    },
  };
}

/** Base58check coins with one-byte versions (the library checks the version and checksum). */
function base58Coin(
  chain: Chain,
  name: string,
  first: string,
  decode: (text: string) => Uint8Array,
): ChainRule {
  return libraryRule({
    chain,
    name,
    shape: new RegExp(`^[${first}]${B58}{33}$`),
    decode: (text) => ({ facts: { type: scriptType(decode(text)) } }),
  });
}

const CASHADDR = new RegExp(`^[qpQP](?:${BECH32}{41}|${BECH32}{61})$`);

const CASHADDR_RULE = libraryRule({
  chain: 'bch',
  name: 'Bitcoin Cash',
  shape: CASHADDR,
  fold: 'lower',
  decode: (text) => {
    const { type } = decodeBchAddressToTypeAndHash(text);
    if (type !== 0 && type !== 8) throw new Error(`unknown cashaddr type ${type}`);
    return { facts: { type: type === 0 ? 'p2pkh' : 'p2sh' } };
  },
});

/**
 * Bitcoin Cash. Keyed by its cashaddr without the `bitcoincash:` prefix, lower-case; a legacy
 * (Bitcoin-shaped) address is read as BCH only when hinted, converted to cashaddr and kept as a fact.
 */
export const BCH: ChainRule = {
  chain: 'bch',
  name: 'Bitcoin Cash',
  shape: (t) => CASHADDR.test(t),
  hintedShape: (t) => CASHADDR.test(t) || BTC_BASE58.test(t),
  check(text) {
    if (BTC_BASE58.test(text)) {
      const legacy = checkVersioned(text, 'Bitcoin Cash', [0x00, 0x05]);
      if ('ok' in legacy) return legacy;
      const cash = encodeBchAddress(decodeBchAddress(text));
      const address = cash.slice(cash.indexOf(':') + 1);
      const type = legacy.version === 0 ? 'p2pkh' : 'p2sh';
      return { ok: true, address, facts: { type, legacy: text } };
    }
    return CASHADDR_RULE.check(text);
  },
};

/** Dogecoin: `D…` (P2PKH, version 0x1e, shared with Verge) and `9…`/`A…` (P2SH, 0x16). */
export const DOGE = base58Coin('doge', 'Dogecoin', 'DA9', decodeDogeAddress);
/** Verge: `D…` (0x1e, read as Dogecoin unless hinted) and `E…` (P2SH, 0x21). */
export const XVG = base58Coin('xvg', 'Verge', 'DE', decodeXvgAddress);
/** Dash: `X…` (P2PKH, 0x4c) and `7…` (P2SH, 0x10). */
export const DASH = base58Coin('dash', 'Dash', 'X7', decodeDashAddress);

/** Zcash: transparent `t1…`/`t3…` (two-byte versions) and Sapling `zs1…`. */
export const ZEC = libraryRule({
  chain: 'zec',
  name: 'Zcash',
  shape: new RegExp(`^(?:t[13]${B58}{33}|[zZ][sS]1${BECH32}{75})$`),
  decode: (text) => {
    const sapling = /^zs1/i.test(text);
    const script = decodeZecAddress(sapling ? text.toLowerCase() : text);
    return {
      address: sapling ? text.toLowerCase() : text,
      facts: { type: sapling ? 'sapling' : scriptType(script) },
    };
  },
});

/** Bitcoin Gold: `G…` (P2PKH, 0x26), `A…` (P2SH, 0x17, read as NEO unless hinted), `btg1…` segwit. */
export const BTG = libraryRule({
  chain: 'btg',
  name: 'Bitcoin Gold',
  shape: new RegExp(`^(?:[GA]${B58}{33}|[bB][tT][gG]1${BECH32}{8,87})$`),
  decode: (text) => {
    const segwit = /^btg1/i.test(text);
    if (segwit && text !== text.toLowerCase() && text !== text.toUpperCase())
      throw new Error('bech32 address mixes upper and lower case');
    const address = segwit ? text.toLowerCase() : text;
    // The library reads bech32 and bech32m alike and does not say which failed: ask both first.
    if (segwit && !bech32.decodeUnsafe(address, 90) && !bech32m.decodeUnsafe(address, 90))
      throw new Error('bech32 checksum does not match');
    return { address, facts: { type: scriptType(decodeBtgAddress(address)) } };
  },
});

/** NEO: base58check with version 0x17 (NEO legacy, `A…`) or 0x35 (N3, `N…`). */
export const NEO = libraryRule({
  chain: 'neo',
  name: 'NEO',
  shape: new RegExp(`^[AN]${B58}{33}$`),
  decode: (text) => {
    const payload = base58CheckDecode(text);
    if (payload.length !== 21 || (payload[0] !== 0x17 && payload[0] !== 0x35))
      throw new Error('not a NEO version byte or length');
    return { facts: { version: payload[0] === 0x17 ? 'legacy' : 'n3' } };
  },
});

/** Waves mainnet: `3P…`, chain id W, blake2b+keccak checksum. */
export const WAVES = libraryRule({
  chain: 'waves',
  name: 'Waves',
  shape: new RegExp(`^3P${B58}{33}$`),
  decode: (text) => (decodeWavesAddress(text), { facts: {} }),
});

/** Stellar account ids: `G…`, 56 base32 characters with a CRC-16 checksum; keyed upper-case. */
export const XLM = libraryRule({
  chain: 'xlm',
  name: 'Stellar',
  shape: /^[Gg][A-Za-z2-7]{55}$/,
  fold: 'upper',
  checksumOnly: true,
  decode: (text) => (decodeXlmAddress(text), { facts: {} }),
});

const SHELLEY = new RegExp(`^addr1${BECH32}{50,98}$`, 'i');
const BYRON = new RegExp(`^(?:Ae2|DdzFF)${B58}{40,120}$`);

/** Cardano: Shelley `addr1…` (bech32, keyed lower-case) and Byron `Ae2…`/`DdzFF…` (CBOR + CRC32). */
export const ADA = libraryRule({
  chain: 'ada',
  name: 'Cardano',
  shape: (t) => SHELLEY.test(t) || BYRON.test(t),
  decode: (text) => {
    const shelley = /^addr1/i.test(text);
    if (shelley && text !== text.toLowerCase() && text !== text.toUpperCase())
      throw new Error('bech32 address mixes upper and lower case');
    const address = shelley ? text.toLowerCase() : text;
    try {
      decodeAdaAddress(address);
    } catch (err) {
      // Byron addresses carry a CRC32 inside CBOR: a mistyped character breaks that checksum.
      if (!shelley)
        throw new Error('Byron address checksum (CRC32) does not match', { cause: err });
      throw err;
    }
    return { address, facts: { type: shelley ? 'shelley' : 'byron' } };
  },
});

/** Decodes SS58 enough to read its network prefix (one byte, 0–63) and length; undefined if not. */
function ss58Prefix(text: string): number | undefined {
  const bytes = decodeBase58(text);
  if (!bytes || bytes.length !== 35) return undefined;
  const prefix = bytes[0] ?? 255;
  return prefix < 64 ? prefix : undefined;
}

/** Kusama: SS58 with network prefix 2 (`C…`–`J…`). */
export const KSM = libraryRule({
  chain: 'ksm',
  name: 'Kusama',
  shape: new RegExp(`^[C-HJ]${B58}{45,47}$`),
  decode: (text) => {
    if (ss58Prefix(text) !== 2) throw new Error('not an SS58 address with network prefix 2');
    try {
      decodeKsmAddress(text);
    } catch {
      throw new Error('SS58 checksum does not match');
    }
    return { facts: { ss58_prefix: 2 } };
  },
});

const SS58_DECODERS = new Map<number, (text: string) => Uint8Array>();

/**
 * Any other Substrate (SS58) network with a one-byte prefix (42 generic, 5 Astar, 10 Acala…): keyed
 * `ss58:<address>` with its network prefix as a fact. Polkadot (0) and Kusama (2) have their chains.
 */
export const SS58 = libraryRule({
  chain: 'ss58',
  name: 'SS58 (Substrate)',
  shape: new RegExp(`^${B58}{46,48}$`),
  decode: (text) => {
    const prefix = ss58Prefix(text);
    if (prefix === undefined)
      throw new Error('not SS58 with a one-byte network prefix and a 32-byte key');
    if (prefix === 0 || prefix === 2)
      throw new Error(`network prefix ${prefix} is ${prefix === 0 ? 'Polkadot' : 'Kusama'}'s`);
    let decoder = SS58_DECODERS.get(prefix);
    if (!decoder) SS58_DECODERS.set(prefix, (decoder = createDotAddressDecoder(prefix)));
    try {
      decoder(text);
    } catch {
      throw new Error('SS58 checksum does not match');
    }
    return { facts: { ss58_prefix: prefix } };
  },
});

/** BNB Beacon Chain (BEP-2): `bnb1…` bech32 of a 20-byte hash; keyed lower-case. */
export const BNB = libraryRule({
  chain: 'bnb',
  name: 'BNB Beacon',
  shape: new RegExp(`^bnb1${BECH32}{38}$`, 'i'),
  fold: 'lower',
  decode: (text) => (decodeBnbAddress(text), { facts: {} }),
});

const ZIL_BECH32 = new RegExp(`^zil1${BECH32}{38}$`, 'i');
const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

const ZIL_RULE = libraryRule({
  chain: 'zil',
  name: 'Zilliqa',
  shape: ZIL_BECH32,
  fold: 'lower',
  decode: (text) => (decodeZilAddress(text), { facts: {} }),
});

/**
 * Zilliqa: `zil1…` bech32, keyed lower-case. Its older 0x-hex form looks like an EVM address, so it
 * is read as Zilliqa only when hinted, and converted to bech32 (the hex kept as a fact).
 */
export const ZIL: ChainRule = {
  chain: 'zil',
  name: 'Zilliqa',
  shape: (t) => ZIL_BECH32.test(t),
  hintedShape: (t) => ZIL_BECH32.test(t) || HEX_ADDRESS.test(t),
  check(text) {
    if (HEX_ADDRESS.test(text)) {
      const address = encodeZilAddress(hexToBytes(text.slice(2).toLowerCase()));
      return { ok: true, address, facts: { hex: `0x${text.slice(2).toLowerCase()}` } };
    }
    return ZIL_RULE.check(text);
  },
};
