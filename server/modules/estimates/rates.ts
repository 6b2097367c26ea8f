// Fixed USD rates for reported losses and on-chain amounts (docs/estimates.md). Fiat: approximate
// 2021–2025 averages. Crypto: a low / middle / high price per asset over 2020–2025, so that the
// inflow range carries the price uncertainty; stablecoins are worth one dollar in all three.

export interface AssetRate {
  low: number;
  mid: number;
  high: number;
}

const STABLE: AssetRate = { low: 1, mid: 1, high: 1 };

// prettier-ignore
export const ASSET_USD: Readonly<Record<string, AssetRate>> = {
  USDT: STABLE, USDC: STABLE, BUSD: STABLE, DAI: STABLE, TUSD: STABLE, FDUSD: STABLE,
  BTC: { low: 16_000, mid: 42_000, high: 100_000 },
  ETH: { low: 1_100, mid: 2_500, high: 4_000 },
  TRX: { low: 0.05, mid: 0.1, high: 0.25 },
  BNB: { low: 200, mid: 400, high: 700 },
};

// prettier-ignore
export const FIAT_USD: Readonly<Record<string, number>> = {
  USD: 1, EUR: 1.09, GBP: 1.26, AUD: 0.67, CAD: 0.74, NZD: 0.61, SGD: 0.74, HKD: 0.128, JPY: 0.0072,
  KRW: 0.00076, CNY: 0.14, TWD: 0.031, THB: 0.029, MYR: 0.22, IDR: 0.000065, PHP: 0.018, VND: 0.00004,
  INR: 0.012, CHF: 1.12, SEK: 0.095, NOK: 0.095, DKK: 0.146, AED: 0.272,
};

/** The rate of an on-chain asset: `USDT-TRC20`, `usdt (erc20)` → USDT; undefined when unknown. */
export function assetRate(asset: unknown): AssetRate | undefined {
  if (typeof asset !== 'string') return undefined;
  const symbol =
    asset
      .trim()
      .toUpperCase()
      .split(/[-\s_(/.]/)[0] ?? '';
  return ASSET_USD[symbol];
}

/** A loss in USD: the report's `amountUsd` when given, else `amount` × the fixed rate of `currency`. */
export function lossUsd(facts: Record<string, unknown>): number | undefined {
  const usd = num(facts.amountUsd);
  if (usd !== undefined) return usd;
  const amount = num(facts.amount);
  if (amount === undefined) return undefined;
  const currency = typeof facts.currency === 'string' ? facts.currency.trim().toUpperCase() : 'USD';
  const rate = FIAT_USD[currency] ?? assetRate(currency)?.mid;
  return rate === undefined ? undefined : amount * rate;
}

/** A finite non-negative number from a stored value (numbers, numeric strings), else undefined. */
export function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
