// Shared types of indicator detection and normalization (pure, no I/O).
import type { NodeLabel } from '../model.js';

/** What kind of thing a value is. Each kind maps to one node label. */
export type IndicatorKind =
  'domain' | 'url' | 'app' | 'wallet' | 'phone' | 'account' | 'email' | 'ip' | 'compound';

export const KIND_LABEL: Record<IndicatorKind, NodeLabel> = {
  domain: 'Domain',
  url: 'Url',
  app: 'App',
  wallet: 'Wallet',
  phone: 'Phone',
  account: 'Account',
  email: 'Email',
  ip: 'IpAddress',
  compound: 'Compound',
};

/** A normalized indicator: its kind, key (the node's `value`), a display form and derived facts. */
export interface Indicator {
  kind: IndicatorKind;
  /** Normalized key, e.g. `example.com`, `tron:TXYZ…`, `+85512345678`, `ios:123456`. */
  key: string;
  /** Human form, e.g. the Unicode form of an IDN, or a formatted phone number. */
  display: string;
  /** Derived facts stored as node properties (registrable, chain, country, valid, …). */
  facts: Record<string, string | number | boolean | null>;
  /** Indicators implied by this one, e.g. a URL's domain, a store URL's app. */
  implied?: { indicator: Indicator; rel: 'ON_DOMAIN' }[];
  /** Kept, but something about it deserves a look (an address valid on another chain than claimed). */
  warnings?: { reason: string; message: string }[];
}

/** Stable reason codes for rejections; tests check these, never message text. */
export type RejectReason =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'UNKNOWN_KIND'
  | 'INVALID_DOMAIN'
  | 'IP_LITERAL'
  | 'INVALID_URL'
  | 'INVALID_PHONE'
  | 'MISSING_REGION'
  | 'INVALID_WALLET'
  | 'BAD_CHECKSUM'
  | 'INVALID_APP'
  | 'INVALID_EMAIL'
  | 'INVALID_IP'
  | 'INVALID_ACCOUNT'
  /** A bare `@handle` or handle without opts.platform: the platform cannot be guessed. */
  | 'MISSING_PLATFORM'
  | 'INVALID_COMPOUND'
  | 'OUT_OF_RANGE';

export type NormalizeResult =
  | { ok: true; indicator: Indicator }
  | {
      ok: false;
      kind?: IndicatorKind;
      reason: RejectReason;
      message: string;
      /**
       * Not an error of the input but something Scamgraph does not ingest (a file hash, a platform's own
       * domain): counted as skipped under this name (e.g. `hash:sha256`), never as rejected.
       */
      skip?: string;
    };

/** Context that changes how a value is read. */
export interface NormalizeOptions {
  /** ISO 3166 region for phone numbers written in local format (per source). */
  defaultRegion?: string;
  /** Platform for bare `@handle` accounts (telegram, whatsapp, line, wechat, facebook, instagram…). */
  platform?: string;
  /** Asset/token hint for wallets (USDT-TRC20, USDT-ERC20, …), stored as a property, not in the key. */
  asset?: string;
}

/** Longest value we try to normalize; longer input is rejected with TOO_LONG. */
export const MAX_VALUE_LENGTH = 2048;
