// Values given as kind url or domain that name something else: store links → app, profile links → account,
// WhatsApp links → phone, mailto: → e-mail, a domain with a path → URL, a reverse-DNS app id → app.
import { accountFromUrl, normalizeAccount } from './normalize-account.js';
import { normalizeApp, parseStoreUrl } from './normalize-app.js';
import { isReverseDnsId, normalizeDomain } from './normalize-domain.js';
import { normalizeEmail } from './normalize-email.js';
import { normalizePhone, whatsAppNumber } from './normalize-phone.js';
import { isSchemelessUrl, normalizeUrl } from './normalize-url.js';
import { refang } from './refang.js';
import { prepare } from './result.js';
import type { NormalizeOptions, NormalizeResult } from './types.js';

/**
 * Normalizes a value given as kind url. A link that names an app, an account or a phone number becomes
 * that (as detect() reads it); when it does not name a valid one (an invite link, a store page that is
 * not an app), the URL itself is kept. `mailto:` addresses become e-mails.
 */
export function normalizeLink(value: string, opts?: NormalizeOptions): NormalizeResult {
  const prepared = prepare(value, 'url');
  if (!('text' in prepared)) return prepared;
  const text = refang(prepared.text);
  if (/^mailto:/i.test(text)) return normalizeEmail(prepared.text);
  if (whatsAppNumber(text) !== undefined) {
    const phone = normalizePhone(text, opts);
    if (phone.ok) return phone;
  }
  const store = parseStoreUrl(text);
  if (store?.ok) return store;
  const account = accountFromUrl(text);
  if (account && !account.notProfile) {
    const found = normalizeAccount(text, opts);
    if (found.ok) return found;
  }
  return normalizeUrl(prepared.text);
}

/**
 * Normalizes a value given as kind domain. A domain written with a scheme or a path keeps its host: it
 * is read as the URL it is (https assumed without a scheme), which implies the domain, so neither the
 * host nor the page is lost. An app id in reverse-DNS order (`com.example.app`) is an app.
 */
export function normalizeDomainValue(value: string, opts?: NormalizeOptions): NormalizeResult {
  const prepared = prepare(value, 'domain');
  if (!('text' in prepared)) return prepared;
  const text = refang(prepared.text);
  if (isReverseDnsId(text)) return normalizeApp(prepared.text);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || isSchemelessUrl(text)) {
    return normalizeLink(prepared.text, opts);
  }
  return normalizeDomain(value);
}
