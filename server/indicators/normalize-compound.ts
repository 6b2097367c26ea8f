// Scam compounds: key = slug(name)-<iso country>, ISO 3166-1 alpha-2 country, lat/lon range checks.
import { getCountries } from 'libphonenumber-js/max';
import { fail, hasControlChars, ok, prepare, quote } from './result.js';
import type { Indicator, NormalizeResult } from './types.js';

/** ISO 3166-1 alpha-2 codes, from libphonenumber's metadata minus its non-ISO entries (AC, TA, XK). */
const COUNTRIES: ReadonlySet<string> = new Set(
  getCountries().filter((c) => c !== 'AC' && c !== 'TA' && c !== 'XK'),
);

export interface CompoundInput {
  name: string;
  /** ISO 3166-1 alpha-2, any case. */
  country: string;
  lat?: number | null;
  lon?: number | null;
  aliases?: string[];
}

/** Like NormalizeResult; on success also carries the cleaned aliases (facts hold scalars only). */
export type CompoundResult =
  { ok: true; indicator: Indicator; aliases: string[] } | (NormalizeResult & { ok: false });

/**
 * URL-safe slug of a name: lower-case, Latin diacritics removed (Café → cafe), every run of other
 * characters turned into one hyphen. Letters of other scripts (Thai, Burmese, Chinese) are kept,
 * so compounds known only by a non-Latin name still get a key.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function checkCoordinate(
  value: number | null | undefined,
  limit: number,
  what: string,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
    return `${what} ${String(value)} is out of range: it must be a number between −${limit} and ${limit}.`;
  }
  return undefined;
}

/** Normalizes a compound from its fields. */
export function normalizeCompound(input: CompoundInput): CompoundResult {
  const prepared = prepare(input?.name, 'compound');
  if (!('text' in prepared)) return prepared;
  const name = prepared.text.replace(/\s+/g, ' ');
  if (hasControlChars(name) || name.length > 200) {
    return fail(
      'INVALID_COMPOUND',
      `Compound name ${quote(name)} has control characters or is over 200 characters.`,
      'compound',
    );
  }
  const slug = slugify(name);
  if (slug === '') {
    return fail(
      'INVALID_COMPOUND',
      `Compound name ${quote(name)} has no letters or digits to build a key from.`,
      'compound',
    );
  }
  const country = String(input.country ?? '')
    .trim()
    .toUpperCase();
  if (!COUNTRIES.has(country)) {
    return fail(
      'INVALID_COMPOUND',
      `Country ${quote(country)} is not an ISO 3166-1 alpha-2 code (e.g. MM, KH, LA, TH, PH).`,
      'compound',
    );
  }
  const rangeError =
    checkCoordinate(input.lat, 90, 'Latitude') ?? checkCoordinate(input.lon, 180, 'Longitude');
  if (rangeError) return fail('OUT_OF_RANGE', rangeError, 'compound');
  if ((input.lat == null) !== (input.lon == null)) {
    return fail('OUT_OF_RANGE', 'Give both latitude and longitude, or neither.', 'compound');
  }
  const aliases = [
    ...new Set(
      (input.aliases ?? [])
        .map((a) => String(a).trim().replace(/\s+/g, ' '))
        .filter((a) => a !== '' && a !== name),
    ),
  ];
  const facts: Indicator['facts'] = {
    name,
    country,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
  };
  return {
    ok: true,
    indicator: {
      kind: 'compound',
      key: `${slug}-${country.toLowerCase()}`,
      display: `${name} (${country})`,
      facts,
    },
    aliases,
  };
}

/**
 * Normalizes a compound written as one string: "Name, CC" (e.g. "KK Park, MM"), or an existing key
 * (`kk-park-mm`) so keys normalize to themselves.
 */
export function normalizeCompoundText(value: string): NormalizeResult {
  const prepared = prepare(value, 'compound');
  if (!('text' in prepared)) return prepared;
  const text = prepared.text;
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    const result = normalizeCompound({
      name: text.slice(0, comma),
      country: text.slice(comma + 1),
    });
    return result.ok ? ok(result.indicator) : result;
  }
  const key = /^(.+)-([a-z]{2})$/.exec(text);
  if (key?.[1] && key[2] && slugify(key[1]) === key[1]) {
    const result = normalizeCompound({ name: key[1], country: key[2] });
    return result.ok ? ok(result.indicator) : result;
  }
  return fail(
    'INVALID_COMPOUND',
    `${quote(text)} does not name a compound: write "Name, CC" with an ISO country code (e.g. "KK Park, MM").`,
    'compound',
  );
}
