// Crypto wallets: strip URI prefixes and spaces, pick the chain by hint or shape, verify its checksum.
import { BTC, LTC } from './wallet-bitcoin.js';
import { DOT, SOL, TRON, XMR, XRP } from './wallet-base58.js';
import { ETH } from './wallet-evm.js';
import {
  ADA,
  BCH,
  BNB,
  BTG,
  DASH,
  DOGE,
  KSM,
  NEO,
  SS58,
  WAVES,
  XLM,
  XVG,
  ZEC,
  ZIL,
} from './wallet-library.js';
import type { Chain, ChainCheck, ChainRule } from './wallet-chain.js';
import { fail, ok, prepare, quote, stripSpaces } from './result.js';
import type { Indicator, NormalizeOptions, NormalizeResult } from './types.js';

/**
 * Rules tried in order when nothing hints at the chain; the first whose shape fits and whose check
 * passes wins. Order settles shared shapes: BTC before legacy BCH (hinted only), DOGE before XVG
 * (`D…`, same version byte), NEO before BTG (`A…`, same version byte), BTC before WAVES (`3P…`),
 * DOT and KSM before generic SS58. Solana comes last and outside the list: it has no checksum.
 */
const DETECT_ORDER: ChainRule[] = [
  ETH,
  BTC,
  TRON,
  LTC,
  XRP,
  DOT,
  XMR,
  BCH,
  DOGE,
  XVG,
  DASH,
  ZEC,
  NEO,
  BTG,
  WAVES,
  XLM,
  ADA,
  KSM,
  BNB,
  ZIL,
  SS58,
];
const RULES: Record<Chain, ChainRule> = {
  btc: BTC,
  eth: ETH,
  tron: TRON,
  ltc: LTC,
  xrp: XRP,
  sol: SOL,
  dot: DOT,
  xmr: XMR,
  bch: BCH,
  doge: DOGE,
  dash: DASH,
  zec: ZEC,
  btg: BTG,
  xvg: XVG,
  xlm: XLM,
  ada: ADA,
  ksm: KSM,
  ss58: SS58,
  bnb: BNB,
  neo: NEO,
  zil: ZIL,
  waves: WAVES,
};

const EVM_NAMES = [
  'ethereum',
  'eth',
  'evm',
  'bsc',
  'polygon',
  'matic',
  'arbitrum',
  'optimism',
  'avalanche',
  'avax',
  'fantom',
  'ftm',
  'gnosis',
  'xdai',
  'celo',
];
const SUBSTRATE: Chain[] = ['ss58', 'dot', 'ksm'];

/**
 * URI schemes and key prefixes naming a chain (`bitcoin:`, `bitcoincash:`, our own `<chain>:` keys…),
 * each with the chains it admits, the first preferred.
 */
const PREFIX_CHAINS: Record<string, Chain[]> = {
  ...Object.fromEntries(EVM_NAMES.map((n) => [n, ['eth'] as Chain[]])),
  bitcoin: ['btc'],
  btc: ['btc'],
  tron: ['tron'],
  trx: ['tron'],
  litecoin: ['ltc'],
  ltc: ['ltc'],
  ripple: ['xrp'],
  xrp: ['xrp'],
  xrpl: ['xrp'],
  solana: ['sol'],
  sol: ['sol'],
  polkadot: ['dot'],
  dot: ['dot'],
  monero: ['xmr'],
  xmr: ['xmr'],
  bitcoincash: ['bch'],
  bch: ['bch'],
  dogecoin: ['doge'],
  doge: ['doge'],
  dash: ['dash'],
  zcash: ['zec'],
  zec: ['zec'],
  bitcoingold: ['btg'],
  btg: ['btg'],
  verge: ['xvg'],
  xvg: ['xvg'],
  stellar: ['xlm'],
  xlm: ['xlm'],
  cardano: ['ada'],
  ada: ['ada'],
  kusama: ['ksm'],
  ksm: ['ksm'],
  ss58: SUBSTRATE,
  substrate: SUBSTRATE,
  bnb: ['bnb', 'eth'],
  binance: ['bnb'],
  neo: ['neo'],
  zilliqa: ['zil'],
  zil: ['zil'],
  waves: ['waves'],
};

/** Tokens of an asset or type name (USDT-TRC20, USDT_ERC20, BTC, bitcoin_address…) naming chains. */
const ASSET_CHAINS: Record<string, Chain[]> = {
  ...Object.fromEntries(
    [...EVM_NAMES, 'erc20', 'bep20', 'arb', 'cronos', 'linea', 'zksync', 'etc', 'polygon'].map(
      (n) => [n.toUpperCase(), ['eth'] as Chain[]],
    ),
  ),
  TRC20: ['tron'],
  TRC10: ['tron'],
  TRX: ['tron'],
  TRON: ['tron'],
  BNB: ['eth', 'bnb'],
  BEP2: ['bnb'],
  BEACON: ['bnb'],
  BTC: ['btc'],
  XBT: ['btc'],
  BITCOIN: ['btc'],
  LTC: ['ltc'],
  LITECOIN: ['ltc'],
  XRP: ['xrp'],
  XRPL: ['xrp'],
  RIPPLE: ['xrp'],
  SOL: ['sol'],
  SPL: ['sol'],
  SOLANA: ['sol'],
  DOT: ['dot'],
  POLKADOT: ['dot'],
  XMR: ['xmr'],
  MONERO: ['xmr'],
  BCH: ['bch'],
  CASHADDR: ['bch'],
  DOGE: ['doge'],
  XDG: ['doge'],
  DOGECOIN: ['doge'],
  DASH: ['dash'],
  ZEC: ['zec'],
  ZCASH: ['zec'],
  BTG: ['btg'],
  XVG: ['xvg'],
  VERGE: ['xvg'],
  XLM: ['xlm'],
  STELLAR: ['xlm'],
  LUMENS: ['xlm'],
  ADA: ['ada'],
  CARDANO: ['ada'],
  KSM: ['ksm'],
  KUSAMA: ['ksm'],
  SS58: SUBSTRATE,
  SUBSTRATE,
  NEO: ['neo'],
  ZIL: ['zil'],
  ZILLIQA: ['zil'],
  WAVES: ['waves'],
};

/** Chain names written as several words (`Bitcoin Cash`, `bitcoin_gold_address`), matched first. */
const PHRASE_CHAINS: [string, Chain[]][] = [
  ['BITCOINCASH', ['bch']],
  ['BITCOINGOLD', ['btg']],
  ['BINANCESMARTCHAIN', ['eth']],
  ['BNBSMARTCHAIN', ['eth']],
  ['BINANCECHAIN', ['bnb']],
  ['BNBBEACON', ['bnb']],
];

/** The chains an asset or type hint names, preferred first (`USDT-TRC20` → tron; `BNB` → eth, bnb). */
function chainsOfAsset(asset: string | undefined): Chain[] {
  if (!asset) return [];
  const upper = asset.toUpperCase().replace(/(TRC|ERC|BEP)-(20)/g, '$1$2');
  const compact = upper.replace(/[^A-Z0-9]+/g, '');
  for (const [phrase, chains] of PHRASE_CHAINS) if (compact.includes(phrase)) return chains;
  const tokens = upper.split(/[^A-Z0-9]+/);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const chains = ASSET_CHAINS[tokens[i] ?? ''];
    if (chains) return chains;
  }
  return [];
}

/** The chain an asset hint names, e.g. `USDT-TRC20` → tron, `dogecoin_address` → doge. */
export function chainOfAsset(asset: string | undefined): Chain | undefined {
  return chainsOfAsset(asset)[0];
}

/** Splits a `<chain>:` prefix and URI query off; for EIP-681 token transfers takes the recipient. */
function splitPrefix(text: string): { chains?: Chain[]; address: string; unknownPrefix?: string } {
  const m = /^([a-z][a-z0-9-]*):(?!\/\/)(.*)$/i.exec(text);
  if (!m) return { address: text.split('?')[0] ?? '' };
  const prefix = (m[1] ?? '').toLowerCase();
  const rest = m[2] ?? '';
  const chains = PREFIX_CHAINS[prefix];
  if (!chains) return { address: text, unknownPrefix: prefix };
  if (chains[0] === 'eth') {
    const recipient = /\/transfer\?(?:.*&)?address=(0x[0-9a-fA-F]{40})/.exec(rest);
    if (recipient?.[1]) return { chains, address: recipient[1] };
    const target = /^(?:pay-)?(0x[0-9a-zA-Z]*)/.exec(rest);
    return { chains, address: target?.[1] ?? rest };
  }
  return { chains, address: rest.replace(/^\/\//, '').split(/[?/]/)[0] ?? '' };
}

const HEX_DIGEST = /^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$/;
const DIGEST_NAMES: Record<number, string> = { 32: 'md5', 40: 'sha1', 64: 'sha256', 128: 'sha512' };

/** The failure for a hex digest: skipped as a file hash, never reported as a bad wallet. */
function digestSkip(text: string): NormalizeResult {
  const name = DIGEST_NAMES[text.length] ?? 'hex';
  const shown = name === 'md5' ? 'an MD5' : `a ${name.toUpperCase().replace('SHA', 'SHA-')}`;
  return {
    ok: false,
    reason: 'UNKNOWN_KIND',
    message: `${quote(text)} is ${shown} hash (${text.length} hex digits), not an indicator Scamgraph stores: skipped.`,
    skip: `hash:${name}`,
  };
}

/**
 * For MD5/SHA-1/SHA-256/SHA-512 hex digests (32/40/64/128 hex digits): the skip failure, or, for 40
 * digits with an EVM hint (asset ETH/USDT-ERC20…, prefix `eth:`), the ETH address missing its 0x.
 * Undefined for anything else. detect() asks this before guessing a kind.
 */
export function hexDigest(text: string, opts?: NormalizeOptions): NormalizeResult | undefined {
  const { chains, address } = splitPrefix(stripSpaces(text));
  if (!HEX_DIGEST.test(address)) return undefined;
  if (address.length === 40 && (chains ?? chainsOfAsset(opts?.asset)).includes('eth'))
    return normalizeWallet(text, opts);
  return digestSkip(address);
}

/**
 * True when the text looks like a wallet address of any chain (Solana and generic SS58, which have
 * no telling shape, only with `loose` and when valid).
 */
export function looksLikeWallet(text: string, loose = false): boolean {
  const { chains, address, unknownPrefix } = splitPrefix(stripSpaces(text));
  if (unknownPrefix) return false;
  if (chains) return true;
  return (
    DETECT_ORDER.some((r) => r !== SS58 && r.shape(address)) ||
    (loose && (SOL.check(address).ok || SS58.check(address).ok))
  );
}

type Failure = ChainCheck & { ok: false };

/**
 * The first rule (in detection order, Solana last) whose shape fits and whose check passes, skipping
 * `except`; else the failures of the rules whose shape fit.
 */
function detectChain(
  address: string,
  except: readonly Chain[] = [],
): { rule: ChainRule; checked: ChainCheck & { ok: true } } | { failures: [ChainRule, Failure][] } {
  const failures: [ChainRule, Failure][] = [];
  for (const rule of DETECT_ORDER) {
    if (!rule.shape(address) || except.includes(rule.chain)) continue;
    const checked = rule.check(address);
    if (checked.ok) return { rule, checked };
    failures.push([rule, checked]);
  }
  if (!except.includes('sol')) {
    const checked = SOL.check(address);
    if (checked.ok) return { rule: SOL, checked };
  }
  return { failures };
}

/** One failure from the rules an address was shaped like: a checksum failure names them all. */
function failureOf(address: string, failures: [ChainRule, Failure][]): NormalizeResult {
  const [first] = failures;
  if (!first) {
    return fail(
      'INVALID_WALLET',
      `${quote(address)} is not a recognised wallet address (${DETECT_ORDER.map((r) => r.chain.toUpperCase()).join(', ')}, SOL).`,
      'wallet',
    );
  }
  const checksums = failures.filter(([, f]) => f.reason === 'BAD_CHECKSUM');
  if (checksums.length > 1) {
    const names = checksums.map(([r]) => r.name).join(', ');
    return fail(
      'BAD_CHECKSUM',
      `${quote(address)} fails the checksum of every chain it is shaped like (${names}): a character is mistyped.`,
      'wallet',
    );
  }
  const [, failure] = checksums[0] ?? first;
  return fail(failure.reason, failure.message, 'wallet');
}

function accepted(
  rule: ChainRule,
  checked: ChainCheck & { ok: true },
  opts: NormalizeOptions | undefined,
  warning?: { reason: string; message: string },
): NormalizeResult {
  const asset = opts?.asset?.trim().toUpperCase() || null;
  const indicator: Indicator = {
    kind: 'wallet',
    key: `${rule.chain}:${checked.address}`,
    display: checked.address,
    facts: { chain: rule.chain, address: checked.address, asset, ...checked.facts },
  };
  if (warning) indicator.warnings = [warning];
  return ok(indicator);
}

/**
 * Normalizes a wallet address to `<chain>:<address>`. The chain comes from a prefix
 * (`tron:T…`, `bitcoin:bc1…`), else the asset hint, else the address shape; the asset is a fact, never
 * part of the key. Spaces inside the address (from paste or print) are removed. An address that fails
 * the chain its source names but is valid on another is kept on that other chain with a
 * CHAIN_MISMATCH warning. Hex digests (MD5/SHA-1/SHA-256) are skipped as hashes.
 */
export function normalizeWallet(value: string, opts?: NormalizeOptions): NormalizeResult {
  const prepared = prepare(value, 'wallet');
  if (!('text' in prepared)) return prepared;
  const split = splitPrefix(stripSpaces(prepared.text));
  const { chains: prefixChains, unknownPrefix } = split;
  let address = split.address;
  if (unknownPrefix) {
    return fail(
      'INVALID_WALLET',
      `Unknown chain prefix "${unknownPrefix}:"; known: ${Object.keys(PREFIX_CHAINS).join(', ')}.`,
      'wallet',
    );
  }
  if (address === '')
    return fail('INVALID_WALLET', 'Wallet prefix is followed by no address.', 'wallet');
  const hinted = prefixChains ?? chainsOfAsset(opts?.asset);
  if (HEX_DIGEST.test(address)) {
    // 40 hex digits under an EVM hint are an address missing its 0x; otherwise a file hash.
    if (address.length === 40 && hinted.includes('eth')) address = `0x${address}`;
    else return digestSkip(address);
  }
  if (hinted.length === 0) {
    const found = detectChain(address);
    return 'rule' in found
      ? accepted(found.rule, found.checked, opts)
      : failureOf(address, found.failures);
  }

  const failures: [ChainRule, Failure][] = [];
  for (const chain of hinted) {
    const rule = RULES[chain];
    if (!(rule.hintedShape ?? rule.shape)(address)) continue;
    const checked = rule.check(address);
    if (checked.ok) return accepted(rule, checked, opts);
    failures.push([rule, checked]);
  }
  // Not valid on the chain the source names: keep it, with a warning, if it is valid on another.
  const found = detectChain(address, hinted);
  const stated = hinted.map((c) => RULES[c].name).join(' or ');
  if ('rule' in found) {
    const { rule } = found;
    const message = `${quote(address)} stated as ${stated}, valid on ${rule.name}; kept as ${rule.chain}.`;
    return accepted(rule, found.checked, opts, { reason: 'CHAIN_MISMATCH', message });
  }
  if (failures.length > 0) return failureOf(address, failures);
  if (prefixChains) {
    return fail(
      'INVALID_WALLET',
      `${quote(address)} is not shaped like a ${stated} address.`,
      'wallet',
    );
  }
  return failureOf(address, found.failures);
}
