// CSV of selected entities: one row per indicator, header row, RFC 4180 quoting, stable column order.
import type { Entity } from '../api/types.js';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'value',
  'display',
  'tlp',
  'confidence',
  'first_seen',
  'last_seen',
  'sources',
] as const;

/** RFC 4180: quote when the field holds a comma, quote, CR or LF; double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function buildCsv(entities: readonly Entity[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const e of entities) {
    rows.push(
      [
        e.id,
        e.kind,
        e.value,
        e.display,
        e.tlp,
        String(e.confidence),
        e.firstSeen ?? '',
        e.lastSeen ?? '',
        e.sources.map((s) => s.name).join('; '),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
