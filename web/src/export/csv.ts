// CSV of selected entities: one row per indicator, header row, RFC 4180 quoting, stable column order, cells
// through the server's own CSV cell function (formula injection neutralised the same way everywhere).
import { csvRow } from '../../../server/formats/csv/csv-cell.js';
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

export function buildCsv(entities: readonly Entity[]): string {
  let csv = csvRow(CSV_COLUMNS);
  for (const e of entities) {
    csv += csvRow([
      e.id,
      e.kind,
      e.value,
      e.display,
      e.tlp,
      e.confidence,
      e.firstSeen,
      e.lastSeen,
      e.sources.map((s) => s.name).join('; '),
    ]);
  }
  return csv;
}
