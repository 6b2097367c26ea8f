// CSV reader: RFC 4180 via csv-parse, header mapping (see record-mapping.ts), BOM tolerant, streaming.
// A bad row is rejected and reading goes on; binary, non-UTF-8 or empty input, an unclosed quote (it
// swallows the rest of the file) or a record over READER_LIMITS.recordBytes is one MALFORMED_FILE reject.
import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { guarded, MalformedInput, READER_LIMITS, rejectOf, where } from '../reader-input.js';
import { planColumns, recordToItems, type ColumnPlan } from '../record-mapping.js';
import type { ReaderItem } from '../reader-types.js';

/** csv-parse errors after which the rest of the file cannot be read as rows. */
function fatal(err: CsvError): MalformedInput | undefined {
  const at = err as CsvError & { bytes?: number; lines?: number };
  const offset = Number(at.bytes ?? 0);
  const line = Number(at.lines ?? 0);
  if (err.code === 'CSV_QUOTE_NOT_CLOSED')
    return new MalformedInput(
      'SYNTAX',
      `A quoted field opened in the record at line ${line} is never closed (${where(offset, line)}); the file may be cut off.`,
      offset,
      line,
    );
  if (err.code === 'CSV_MAX_RECORD_SIZE')
    return new MalformedInput(
      'TOO_LARGE',
      `The record at line ${line} is longer than ${READER_LIMITS.recordBytes.toLocaleString('en')} bytes (${where(offset, line)}).`,
      offset,
      line,
    );
  return undefined;
}

/** Any other csv-parse error, where csv-parse says it is. */
function asMalformed(err: CsvError): MalformedInput {
  const at = err as CsvError & { bytes?: number; lines?: number };
  const offset = Number(at.bytes ?? 0);
  const line = Number(at.lines ?? 0);
  return new MalformedInput(
    'SYNTAX',
    `Malformed CSV: ${err.message} (${where(offset, line)}).`,
    offset,
    line,
  );
}

/** Malformed records on one line before the file is taken for something other than CSV. */
const MAX_ERRORS_PER_LINE = 20;

/** Reads CSV rows; a malformed record is rejected (with its line) and reading goes on. */
export async function* readCsv(input: Readable): AsyncGenerator<ReaderItem> {
  let plan: ColumnPlan | undefined;
  let atEnd: MalformedInput | undefined;
  const skipped: ReaderItem[] = [];
  let sameLine = { line: -1, count: 0 };
  const parser = parse({
    bom: true,
    columns: (header: string[]) => {
      plan = planColumns(header);
      return header.map((h, i) => h.trim() || `column${i + 1}`);
    },
    info: true,
    max_record_size: READER_LIMITS.recordBytes,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined, raw: string | undefined) => {
      const stop = err && fatal(err);
      // An unclosed quote is found at the end: the rows before it are read first. A record over the
      // limit is thrown here, which fails the parser stream and so the loop below.
      if (stop && err.code === 'CSV_QUOTE_NOT_CLOSED') atEnd = stop;
      else if (stop) throw stop;
      if (stop) return undefined;
      // csv-parse retries a broken record at each stray quote in it: a line that keeps failing is not
      // CSV (a JSON or binary file given as CSV), and reading on would cost quadratic time.
      const line = Number((err as { lines?: number } | undefined)?.lines ?? 0);
      sameLine = sameLine.line === line ? { line, count: sameLine.count + 1 } : { line, count: 1 };
      if (sameLine.count > MAX_ERRORS_PER_LINE) {
        const at = err as CsvError & { bytes?: number };
        throw new MalformedInput(
          'NOT_FORMAT',
          `Line ${line} could not be read as CSV after ${MAX_ERRORS_PER_LINE} attempts (${err?.message ?? 'unreadable record'}); is this a CSV file?`,
          Number(at?.bytes ?? 0),
          line,
        );
      }
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
  });
  const { out, guard } = guarded(input, [parser]);
  try {
    for await (const { record, info } of out as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      while (skipped.length) yield skipped.shift()!;
      yield* recordToItems(record, plan!, info.lines);
    }
  } catch (error) {
    while (skipped.length) yield skipped.shift()!;
    yield rejectOf(error instanceof CsvError ? asMalformed(error) : error, guard);
    return;
  }
  while (skipped.length) yield skipped.shift()!;
  if (atEnd) yield rejectOf(atEnd, guard);
}
