// normalize(): dispatches a value of a known kind to its normalizer; never throws.
import { normalizeAccount } from './normalize-account.js';
import { normalizeApp } from './normalize-app.js';
import { normalizeCompoundText } from './normalize-compound.js';
import { normalizeEmail } from './normalize-email.js';
import { normalizeIp } from './normalize-ip.js';
import { normalizePhone } from './normalize-phone.js';
import { normalizeDomainValue, normalizeLink } from './normalize-link.js';
import { normalizeWallet } from './normalize-wallet.js';
import { fail } from './result.js';
import type { IndicatorKind, NormalizeOptions, NormalizeResult, RejectReason } from './types.js';

const NORMALIZERS: Record<
  IndicatorKind,
  (value: string, opts?: NormalizeOptions) => NormalizeResult
> = {
  domain: normalizeDomainValue,
  url: normalizeLink,
  app: normalizeApp,
  wallet: normalizeWallet,
  phone: normalizePhone,
  account: normalizeAccount,
  email: normalizeEmail,
  ip: normalizeIp,
  compound: normalizeCompoundText,
};

const INVALID: Record<IndicatorKind, RejectReason> = {
  domain: 'INVALID_DOMAIN',
  url: 'INVALID_URL',
  app: 'INVALID_APP',
  wallet: 'INVALID_WALLET',
  phone: 'INVALID_PHONE',
  account: 'INVALID_ACCOUNT',
  email: 'INVALID_EMAIL',
  ip: 'INVALID_IP',
  compound: 'INVALID_COMPOUND',
};

/** Runs a normalizer, turning any unexpected exception into a typed failure (a safety net). */
export function guarded(
  kind: IndicatorKind | undefined,
  run: () => NormalizeResult,
): NormalizeResult {
  try {
    return run();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return fail(kind ? INVALID[kind] : 'UNKNOWN_KIND', `Could not read the value: ${detail}`, kind);
  }
}

/** Normalizes a value of a known kind. */
export function normalize(
  value: string,
  kind: IndicatorKind,
  opts?: NormalizeOptions,
): NormalizeResult {
  const normalizer = NORMALIZERS[kind];
  if (!normalizer)
    return fail('UNKNOWN_KIND', `Unknown indicator kind ${JSON.stringify(String(kind))}.`);
  return guarded(kind, () => normalizer(value, opts));
}
