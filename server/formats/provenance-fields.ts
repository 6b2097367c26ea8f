// Reading provenance fields as they appear in data: dates (ISO, epoch seconds) and TLP labels.
import type { Tlp } from '../model.js';

/** An ISO-8601 UTC timestamp for a date as written in feeds, or undefined when it is not a date. */
export function parseDate(text: string | number): string | undefined {
  if (typeof text === 'number' || /^\d{9,11}$/.test(text)) {
    const ms = Number(text) * 1000;
    return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : undefined;
  }
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(t)) return undefined;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** TLP from `tlp:amber+strict`, `AMBER_STRICT`, `white` (TLP 1.0, read as CLEAR) and similar. */
export function parseTlp(text: string): Tlp | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^tlp:\s*/, '')
    .replace(/[\s_-]+/g, '+');
  switch (t) {
    case 'clear':
    case 'white':
      return 'CLEAR';
    case 'green':
      return 'GREEN';
    case 'amber':
      return 'AMBER';
    case 'amber+strict':
      return 'AMBER_STRICT';
    case 'red':
      return 'RED';
    default:
      return undefined;
  }
}
