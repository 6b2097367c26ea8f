// Crypto wallets: strip URI prefixes and spaces, pick the chain by shape or hint, verify its checksum.
import { BTC, LTC } from './wallet-bitcoin.js';
import { DOT, SOL, TRON, XMR, XRP } from './wallet-base58.js';
import { ETH } from './wallet-evm.js';
import type { Chain, ChainRule } from './wallet-chain.js';
import { fail, ok, prepare, quote, stripSpaces } from './result.js';
import type { NormalizeOptions, NormalizeResult } from './types.js';

/** Rules tried in order when nothing hints at the chain. Solana comes last: it has no checksum. */
const DETECT_ORDER: ChainRule[] = [ETH, BTC, TRON, LTC, XRP, DOT, XMR];
const RULES: Record<Chain, ChainRule> = {
  btc: BTC,
  eth: ETH,
  tron: TRON,
  ltc: LTC,
  xrp: XRP,
  sol: SOL,
  dot: DOT,
  xmr: XMR,
};

/** URI schemes and key prefixes naming a chain (`bitcoin:`, `ethereum:`, our own `eth:` keys…). */
const PREFIX_CHAIN: Record<string, Chain> = {
  bitcoin: 'btc',
  btc: 'btc',
  ethereum: 'eth',
  eth: 'eth',
  evm: 'eth',
  bsc: 'eth',
  polygon: 'eth',
  tron: 'tron',
  trx: 'tron',
  litecoin: 'ltc',
  ltc: 'ltc',
  ripple: 'xrp',
  xrp: 'xrp',
  xrpl: 'xrp',
  solana: 'sol',
  sol: 'sol',
  polkadot: 'dot',
  dot: 'dot',
  monero: 'xmr',
  xmr: 'xmr',
};

/** Tokens of an asset name (USDT-TRC20, USDT_ERC20, BTC…) that name a chain. */
const ASSET_CHAIN: Record<string, Chain> = {
  TRC20: 'tron',
  TRX: 'tron',
  TRON: 'tron',
  ERC20: 'eth',
  ETH: 'eth',
  BEP20: 'eth',
  BSC: 'eth',
  BNB: 'eth',
  POLYGON: 'eth',
  MATIC: 'eth',
  ARBITRUM: 'eth',
  BTC: 'btc',
  LTC: 'ltc',
  XRP: 'xrp',
  SOL: 'sol',
  SPL: 'sol',
  DOT: 'dot',
  XMR: 'xmr',
};

/** The chain an asset hint names, e.g. `USDT-TRC20` → tron. */
export function chainOfAsset(asset: string | undefined): Chain | undefined {
  if (!asset) return undefined;
  const tokens = asset
    .toUpperCase()
    .replace(/(TRC|ERC|BEP)-(20)/g, '$1$2')
    .split(/[^A-Z0-9]+/);
  for (const token of tokens.reverse()) {
    const chain = ASSET_CHAIN[token];
    if (chain) return chain;
  }
  return undefined;
}

/** Splits a `<chain>:` prefix and URI query off; for EIP-681 token transfers takes the recipient. */
function splitPrefix(text: string): { chain?: Chain; address: string; unknownPrefix?: string } {
  const m = /^([a-z][a-z0-9-]*):(?!\/\/)(.*)$/i.exec(text);
  if (!m) return { address: text.split('?')[0] ?? '' };
  const prefix = (m[1] ?? '').toLowerCase();
  const rest = m[2] ?? '';
  const chain = PREFIX_CHAIN[prefix];
  if (!chain) return { address: text, unknownPrefix: prefix };
  if (chain === 'eth') {
    const recipient = /\/transfer\?(?:.*&)?address=(0x[0-9a-fA-F]{40})/.exec(rest);
    if (recipient?.[1]) return { chain, address: recipient[1] };
    const target = /^(?:pay-)?(0x[0-9a-zA-Z]*)/.exec(rest);
    return { chain, address: target?.[1] ?? rest };
  }
  return { chain, address: rest.replace(/^\/\//, '').split(/[?/]/)[0] ?? '' };
}

/** True when the text looks like a wallet address of any chain (Solana only with `includeSol`). */
export function looksLikeWallet(text: string, includeSol = false): boolean {
  const { chain, address, unknownPrefix } = splitPrefix(stripSpaces(text));
  if (unknownPrefix) return false;
  if (chain) return true;
  return DETECT_ORDER.some((r) => r.shape(address)) || (includeSol && SOL.check(address).ok);
}

/**
 * Normalizes a wallet address to `<chain>:<address>`. The chain comes from a prefix
 * (`tron:T…`, `bitcoin:bc1…`), else the asset hint, else the address shape; the asset is a fact, never
 * part of the key. Spaces inside the address (from paste or print) are removed.
 */
export function normalizeWallet(value: string, opts?: NormalizeOptions): NormalizeResult {
  const prepared = prepare(value, 'wallet');
  if (!('text' in prepared)) return prepared;
  const { chain: prefixChain, address, unknownPrefix } = splitPrefix(stripSpaces(prepared.text));
  if (unknownPrefix) {
    return fail(
      'INVALID_WALLET',
      `Unknown chain prefix "${unknownPrefix}:"; known: ${Object.keys(PREFIX_CHAIN).join(', ')}.`,
      'wallet',
    );
  }
  if (address === '')
    return fail('INVALID_WALLET', 'Wallet prefix is followed by no address.', 'wallet');
  const assetChain = chainOfAsset(opts?.asset);
  let rule: ChainRule | undefined;
  if (prefixChain) {
    rule = RULES[prefixChain];
    // `3…` addresses are BTC and old LTC P2SH alike; an explicit prefix decides.
    if (!rule.shape(address) && !(prefixChain === 'ltc' && BTC.shape(address))) {
      return fail(
        'INVALID_WALLET',
        `${quote(address)} is not shaped like a ${rule.name} address.`,
        'wallet',
      );
    }
  } else {
    const hinted = assetChain ? RULES[assetChain] : undefined;
    rule =
      hinted && (hinted.shape(address) || (hinted === LTC && BTC.shape(address)))
        ? hinted
        : (DETECT_ORDER.find((r) => r.shape(address)) ?? (SOL.check(address).ok ? SOL : undefined));
  }
  if (!rule) {
    return fail(
      'INVALID_WALLET',
      `${quote(address)} is not a recognised wallet address (BTC, ETH/EVM, TRON, LTC, XRP, SOL, DOT, XMR).`,
      'wallet',
    );
  }
  const checked = rule.check(address);
  if (!checked.ok) return fail(checked.reason, checked.message, 'wallet');
  const asset = opts?.asset?.trim().toUpperCase() || null;
  return ok({
    kind: 'wallet',
    key: `${rule.chain}:${checked.address}`,
    display: checked.address,
    facts: { chain: rule.chain, address: checked.address, asset, ...checked.facts },
  });
}
