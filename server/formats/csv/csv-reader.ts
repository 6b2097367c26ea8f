// CSV reader: RFC 4180 via csv-parse, header mapping (see record-mapping.ts), BOM tolerant, streaming.
import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { planColumns, recordToItems, type ColumnPlan } from '../record-mapping.js';
import type { ReaderItem } from '../reader-types.js';

/** Reads CSV rows; a malformed record is rejected (with its line) and reading goes on. */
export async function* readCsv(input: Readable): AsyncGenerator<ReaderItem> {
  let plan: ColumnPlan | undefined;
  const skipped: ReaderItem[] = [];
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        plan = planColumns(header);
        return header.map((h, i) => h.trim() || `column${i + 1}`);
      },
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: CsvError | undefined, raw: string | undefined) => {
        skipped.push({
          type: 'reject',
          reject: {
            line: Number((err as { lines?: number } | undefined)?.lines ?? 0),
            field: '(row)',
            value: (raw ?? '').slice(0, 200),
            reason: 'MALFORMED_ROW',
            message: `Malformed CSV: ${err?.message ?? 'unreadable record'}`,
          },
        });
        return undefined;
      },
    }),
  );
  input.on('error', (e) => parser.destroy(e));
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    while (skipped.length) yield skipped.shift()!;
    yield* recordToItems(record, plan!, info.lines);
  }
  while (skipped.length) yield skipped.shift()!;
  if (!plan) return;
}
