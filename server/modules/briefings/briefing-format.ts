// Shared wording for every briefing format: TLP banners (FIRST TLP 2.0 colours), numbers, dates, escaping.
import { TLP_LEVELS, type Tlp } from '../../model.js';

const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);

/** The more restrictive of TLPs (CLEAR for none). */
export function highestTlp(tlps: Iterable<Tlp>): Tlp {
  let best: Tlp = 'CLEAR';
  for (const t of tlps) if (rank(t) > rank(best)) best = t;
  return best;
}

/** The lower of two TLPs. */
export function lowerTlp(a: Tlp, b: Tlp): Tlp {
  return rank(a) <= rank(b) ? a : b;
}

/** `TLP:AMBER+STRICT` as FIRST writes it. */
export function tlpLabel(tlp: Tlp): string {
  return `TLP:${tlp === 'AMBER_STRICT' ? 'AMBER+STRICT' : tlp}`;
}

/** Foreground colour of a TLP label on black (FIRST TLP 2.0). */
export const TLP_COLOR: Record<Tlp, string> = {
  CLEAR: '#FFFFFF',
  GREEN: '#33FF00',
  AMBER: '#FFC000',
  AMBER_STRICT: '#FFC000',
  RED: '#FF2B2B',
};

/** What each TLP allows, printed under the banner. */
export const TLP_MEANING: Record<Tlp, string> = {
  CLEAR: 'Disclosure is not limited.',
  GREEN: 'Limited disclosure: the community, not public channels.',
  AMBER: "Limited disclosure: the recipients' organisations and their clients, need-to-know.",
  AMBER_STRICT: "Limited disclosure: the recipients' organisation only.",
  RED: 'For the eyes and ears of the named recipients only.',
};

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A figure's value as printed: `1,234` for counts, `US$1,234,567` for money. */
export function formatValue(value: number, unit: string): string {
  const n = INTEGER.format(Math.round(value));
  return unit === 'USD' ? `US$${n}` : n;
}

/** `1,100–1,400` (or just the value when the range is a point). */
export function formatRange(low: number, high: number, unit: string): string {
  const a = formatValue(low, unit);
  const b = formatValue(high, unit);
  return a === b ? a : `${a} – ${b}`;
}

/** `2026-12-02` from an ISO time. */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '—';
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** A scope in words: `cluster Amber Heron (cl-…)`, `Myanmar (MM)`, `the whole graph`. */
export function countryName(cc: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(cc) ?? cc;
  } catch {
    return cc;
  }
}
