// Phone numbers: libphonenumber-js (max metadata) to E.164; possible-but-unknown ranges kept as valid:false.
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { parseWebUrl, siteOf } from './normalize-url.js';
import { fail, ok, prepare, quote } from './result.js';
import type { NormalizeOptions, NormalizeResult } from './types.js';

/** Separators people put inside phone numbers; all are removed before parsing. */
const SEPARATORS = /[\s\u200b-\u200d\ufeff()\-./\u2010-\u2015\u2212]+/g;

/**
 * Digits from a WhatsApp click-to-chat link (`wa.me/<digits>`, `api.whatsapp.com/send?phone=`,
 * `whatsapp://send?phone=`), always international without the plus; undefined when not such a link.
 */
export function whatsAppNumber(text: string): string | undefined {
  const app = /^whatsapp:\/\/send\?(?:.*&)?phone=([^&]*)/i.exec(text);
  if (app) return app[1] ?? '';
  const url = parseWebUrl(text, true);
  if (!url) return undefined;
  const site = siteOf(url);
  if (site === 'wa.me') return url.pathname.replace(/^\/+|\/+$/g, '');
  if (
    (site === 'api.whatsapp.com' || site === 'web.whatsapp.com' || site === 'whatsapp.com') &&
    /^\/send\/?$/.test(url.pathname)
  ) {
    return url.searchParams.get('phone') ?? '';
  }
  return undefined;
}

/**
 * Normalizes a phone number to E.164. Accepts `tel:` URIs, WhatsApp links, `00` international
 * prefixes and local numbers with `opts.defaultRegion`. A number of the right length for its
 * country but outside the ranges the metadata knows is kept with `valid: false` (SPEC §1).
 */
export function normalizePhone(value: string, opts?: NormalizeOptions): NormalizeResult {
  const prepared = prepare(value, 'phone');
  if (!('text' in prepared)) return prepared;
  let text = prepared.text.normalize('NFKC');
  const wa = whatsAppNumber(text);
  let international = false;
  if (wa !== undefined) {
    text = wa.startsWith('+') ? wa : `+${wa}`;
    international = true;
  } else if (/^tel:/i.test(text)) {
    text = text.slice(4).split(';')[0] ?? '';
  }
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(text.trim())) {
    return fail('INVALID_PHONE', `${quote(text)} is an IP address, not a phone number.`, 'phone');
  }
  let compact = text.replace(SEPARATORS, '');
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  if (!/^\+?\d+$/.test(compact)) {
    return fail(
      'INVALID_PHONE',
      `${quote(prepared.text)} is not a phone number: only digits, an optional leading + and separators are allowed.`,
      'phone',
    );
  }
  const digits = compact.replace('+', '');
  if (digits.length < 5 || digits.length > 17) {
    return fail(
      'INVALID_PHONE',
      `${quote(prepared.text)} has ${digits.length} digits; phone numbers have 5 to 15.`,
      'phone',
    );
  }
  const region = opts?.defaultRegion?.trim().toUpperCase() || undefined;
  if (!compact.startsWith('+') && !international) {
    if (!region) {
      return fail(
        'MISSING_REGION',
        `${quote(prepared.text)} is in local format; add the country code (+66…) or give a default region.`,
        'phone',
      );
    }
    if (!isSupportedCountry(region)) {
      return fail(
        'MISSING_REGION',
        `Default region ${quote(region)} is not a known ISO 3166 country code.`,
        'phone',
      );
    }
  }
  const parsed = parsePhoneNumberFromString(
    compact,
    region && isSupportedCountry(region) ? { defaultCountry: region } : {},
  );
  if (!parsed) {
    return fail(
      'INVALID_PHONE',
      `${quote(prepared.text)} does not start with a known country calling code.`,
      'phone',
    );
  }
  if (!parsed.isPossible()) {
    return fail(
      'INVALID_PHONE',
      `${quote(prepared.text)} has the wrong number of digits for country code +${parsed.countryCallingCode}.`,
      'phone',
    );
  }
  const valid = parsed.isValid();
  const type = parsed.getType();
  const country = parsed.country ?? parsed.getPossibleCountries()[0] ?? null;
  return ok({
    kind: 'phone',
    key: parsed.number,
    display: parsed.formatInternational(),
    facts: {
      country,
      callingCode: parsed.countryCallingCode,
      type: type ? type.toLowerCase() : null,
      valid,
    },
  });
}
