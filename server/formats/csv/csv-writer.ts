// Writes indicators as CSV, one row per indicator, with a header row and a stable column order.
import type { Writable } from 'node:stream';
import type { NodeLabel } from '../../model.js';
import { KIND_LABEL } from '../../indicators/types.js';
import type { ExportNode, ExportPage } from '../../modules/exports/exports-types.js';
import { SinkWriter } from '../sink-writer.js';
import { csvRow } from './csv-cell.js';

/** The columns, in order; documented in docs/exports.md. */
export const CSV_COLUMNS = [
  'kind',
  'value',
  'display',
  'tlp',
  'confidence',
  'first_seen',
  'last_seen',
  'sources',
  'cluster',
] as const;

/** Labels that are indicators (rows); compounds and organisations are context, named in the cluster column. */
export const INDICATOR_LABELS: ReadonlySet<NodeLabel> = new Set(
  Object.values(KIND_LABEL).filter((l) => l !== 'Compound'),
);

const KIND: Record<string, string> = {
  Domain: 'domain',
  Url: 'url',
  App: 'app',
  Wallet: 'wallet',
  Phone: 'phone',
  Account: 'account',
  Email: 'email',
  IpAddress: 'ip',
};

export function csvRecord(node: ExportNode): string {
  return csvRow([
    KIND[node.label] ?? node.label.toLowerCase(),
    node.value,
    node.display,
    node.tlp,
    node.confidence,
    node.firstSeen,
    node.lastSeen,
    node.sources.join(';'),
    node.cluster ?? '',
  ]);
}

/** Streams the indicator rows of `pages` into `out`; resolves with the number of rows. */
export async function writeCsv(
  pages: AsyncIterable<ExportPage>,
  out: Writable,
): Promise<{ rows: number }> {
  const sink = new SinkWriter(out);
  await sink.write(csvRow(CSV_COLUMNS));
  let rows = 0;
  for await (const page of pages) {
    for (const node of page.nodes) {
      if (!INDICATOR_LABELS.has(node.label)) continue;
      await sink.write(csvRecord(node));
      rows += 1;
    }
  }
  await sink.end();
  return { rows };
}
