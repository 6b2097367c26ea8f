// detect(): works out which kind of indicator an arbitrary pasted value is, then normalizes it.
import { platformOf } from './account-platforms.js';
import { accountFromUrl, normalizeAccount } from './normalize-account.js';
import { isPackageId, normalizeApp, parseStoreUrl } from './normalize-app.js';
import { looksLikeIpLiteral, normalizeDomain } from './normalize-domain.js';
import { normalizeEmail } from './normalize-email.js';
import { normalizeIp } from './normalize-ip.js';
import { normalizePhone, whatsAppNumber } from './normalize-phone.js';
import { normalizeUrl, parseWebUrl } from './normalize-url.js';
import { hexDigest, looksLikeWallet, normalizeWallet } from './normalize-wallet.js';
import { guarded } from './normalize.js';
import { refang, refangAt } from './refang.js';
import { fail, prepare, quote } from './result.js';
import type { NormalizeOptions, NormalizeResult } from './types.js';

const PHONE_CHARS = /^\+?[\d\s()./\-\u2010-\u2015]+$/;
const EMAIL_LIKE = /^[^@\s]+@[^@\s]+$/;
const HOST_LIKE = /^[^\s/@:?#]+\.[^\s/@:?#]+$/;

/** Values written as `<scheme>:…`: tel:, mailto:, ios:, market:, chain and platform prefixes. */
function byPrefix(text: string, opts?: NormalizeOptions): NormalizeResult | undefined {
  const prefix = /^([a-z][a-z0-9-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (!prefix || prefix === 'http' || prefix === 'https') return undefined;
  if (prefix === 'tel') return normalizePhone(text, opts);
  if (prefix === 'whatsapp' && whatsAppNumber(text) !== undefined)
    return normalizePhone(text, opts);
  if (prefix === 'mailto') return normalizeEmail(text);
  if (prefix === 'ios' || prefix === 'android' || prefix === 'market') return normalizeApp(text);
  if (looksLikeWallet(text)) return normalizeWallet(text, opts);
  if (platformOf(prefix) && !text.includes('://')) return normalizeAccount(text, opts);
  return undefined;
}

/** Links: WhatsApp → phone, store pages → app, profile links → account, anything else → url. */
function byLink(text: string, opts?: NormalizeOptions): NormalizeResult | undefined {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (!hasScheme && !/^[^\s/]+\.[^\s/]+[/?]/.test(text)) return undefined;
  if (!parseWebUrl(text, true)) return hasScheme ? normalizeUrl(text) : undefined;
  if (whatsAppNumber(text) !== undefined) return normalizePhone(text, opts);
  const store = parseStoreUrl(text);
  if (store) return store;
  const account = accountFromUrl(text);
  if (account && !account.notProfile) return normalizeAccount(text, opts);
  // Without a scheme, https is assumed (normalizeUrl).
  return normalizeUrl(text);
}

/**
 * Detects the kind of a pasted value and normalizes it. Order: prefixed values (tel:, mailto:,
 * ios:, bitcoin:, telegram:…), links (WhatsApp → phone, store → app, profile → account, else url),
 * IP, e-mail, @handle, wallets, phones, domains (then Android package ids), Solana, bare handles.
 * `com.example.app` (reverse-DNS order: it starts with com., org., net., edu., gov. or mil.) is an app;
 * `setup.exe` (no public suffix, a file type) is skipped as `file-name`.
 */
export function detect(value: string, opts?: NormalizeOptions): NormalizeResult {
  return guarded(undefined, () => detectValue(value, opts));
}

function detectValue(value: string, opts?: NormalizeOptions): NormalizeResult {
  const prepared = prepare(value);
  if (!('text' in prepared)) return prepared;
  const text = refang(prepared.text);
  if (looksLikeIpLiteral(text)) return normalizeIp(text);
  // MD5/SHA-1/SHA-256 digests are skipped as hashes (40 hex digits under an EVM hint: an address).
  const digest = hexDigest(text, opts);
  if (digest) return digest;
  const prefixed = byPrefix(text, opts);
  if (prefixed) return prefixed;
  // An address like a/b@evil.com is an e-mail even though it also parses as a schemeless link;
  // read from the raw text, since {.} is legal in a local part.
  if (EMAIL_LIKE.test(refangAt(prepared.text)) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const email = normalizeEmail(prepared.text);
    if (email.ok) return email;
  }
  const link = byLink(text, opts);
  if (link) return link;
  if (EMAIL_LIKE.test(text)) return normalizeEmail(text);
  if (/^@[^@\s]+$/.test(text)) return normalizeAccount(text, opts);
  if (looksLikeWallet(text)) return normalizeWallet(text, opts);
  const compact = text.normalize('NFKC');
  const digits = compact.match(/\d/g)?.length ?? 0;
  if (PHONE_CHARS.test(compact) && (digits >= 5 || (compact.startsWith('+') && digits > 0))) {
    return normalizePhone(compact, opts);
  }
  if (HOST_LIKE.test(text) && /\p{L}/u.test(text)) {
    const domain = normalizeDomain(text);
    // A platform's own name or a file name is skipped, not read as an app id.
    if (domain.ok || domain.skip || !isPackageId(text)) return domain;
    return normalizeApp(text);
  }
  if (looksLikeWallet(text, true)) return normalizeWallet(text, opts);
  if (opts?.platform && !/\s/.test(text)) return normalizeAccount(text, opts);
  return fail(
    'UNKNOWN_KIND',
    `Could not tell what ${quote(prepared.text)} is: expected a domain, URL, app, wallet, phone number, account, e-mail or IP address. Give its kind explicitly if it is one of these.`,
  );
}
