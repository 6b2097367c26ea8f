// Number and address ranges reserved for fiction and documentation, the only ones the demo draws from.
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import type { Rng } from './prng.js';

/** Top-level domains reserved by RFC 2606 / RFC 6761: never registrable, never a real business. */
export const RESERVED_TLDS = ['example', 'test', 'invalid'] as const;

/** US area codes used with the 555-0100..0199 block reserved for fiction. */
// prettier-ignore
export const US_FICTION_AREA_CODES = [
  '202', '212', '213', '305', '310', '312', '347', '404', '415', '503',
  '512', '602', '617', '646', '702', '713', '718', '786', '818', '917',
] as const;

/** A phone number from a fiction range, with the facts the normalizer would derive. */
export interface FictionPhone {
  e164: string;
  country: 'GB' | 'US' | 'AU';
  display: string;
  valid: boolean;
  lineType: string | null;
}

function describe(e164: string, country: FictionPhone['country']): FictionPhone {
  const parsed = parsePhoneNumber(e164);
  const valid = isValidPhoneNumber(e164);
  return {
    e164,
    country,
    display: parsed.formatInternational(),
    valid,
    lineType: valid ? (parsed.getType() ?? null) : null,
  };
}

let pool: readonly FictionPhone[] | undefined;

/**
 * Every fiction number: +44 7700 900000–900999 (Ofcom drama range), +1 NXX-555-0100..0199 (NANPA) for
 * the area codes above, and +61 491 570 000–999 (ACMA). Built once, in a fixed order.
 */
export function fictionPhones(): readonly FictionPhone[] {
  if (pool) return pool;
  const out: FictionPhone[] = [];
  for (let i = 0; i < 1000; i++)
    out.push(describe(`+447700900${String(i).padStart(3, '0')}`, 'GB'));
  for (const npa of US_FICTION_AREA_CODES) {
    for (let i = 100; i < 200; i++) out.push(describe(`+1${npa}5550${i}`, 'US'));
  }
  for (let i = 0; i < 1000; i++) out.push(describe(`+61491570${String(i).padStart(3, '0')}`, 'AU'));
  pool = out;
  return out;
}

/** The IPv4 documentation blocks of RFC 5737 (TEST-NET-1/2/3), as /24 prefixes. */
export const IPV4_DOC_PREFIXES = ['192.0.2', '198.51.100', '203.0.113'] as const;

/** All 768 IPv4 documentation addresses in a seeded random order. */
export function shuffledIpv4(rng: Rng): string[] {
  const all: string[] = [];
  for (const prefix of IPV4_DOC_PREFIXES) {
    for (let i = 0; i < 256; i++) all.push(`${prefix}.${i}`);
  }
  return rng.shuffle(all);
}

/** RFC 5952 canonical text of eight 16-bit groups (lower-case, longest zero run as `::`). */
export function formatIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < groups.length;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  const head = hex.slice(0, bestStart).join(':');
  const tail = hex.slice(bestStart + bestLen).join(':');
  return `${head}::${tail}`;
}

/** A documentation IPv6 address in 2001:db8::/32; `unique32` makes it distinct per counter. */
export function docIpv6(unique32: number, host: number): string {
  return formatIpv6([0x2001, 0xdb8, unique32 >>> 16, unique32 & 0xffff, 0, 0, 0, host & 0xffff]);
}
