// CSV reader: RFC 4180 via csv-parse, header mapping (see record-mapping.ts), BOM tolerant, streaming;
// a file whose first line is data, not a header, is read as a list without one.
// A bad row is rejected and reading goes on; binary, non-UTF-8 or empty input, an unclosed quote (it
// swallows the rest of the file) or a record over READER_LIMITS.recordBytes is one MALFORMED_FILE reject.
import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { guarded, MalformedInput, READER_LIMITS, rejectOf, where } from '../reader-input.js';
import {
  detectable,
  noIndicatorColumn,
  planColumns,
  planLayout,
  recordToItems,
  type ColumnPlan,
} from '../record-mapping.js';
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

/** Records read before the columns are planned (their values show which columns hold what). */
const SAMPLE_RECORDS = 50;

type CsvRecord = { record: string[]; info: { lines: number } };

/** Header names made unique and non-empty (a blank header is `columnN`, a repeated one `name (2)`). */
function headerNames(cells: string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    let name = cell.trim() || `column${i + 1}`;
    for (let n = 2; seen.has(name); n++) name = `${cell.trim() || `column${i + 1}`} (${n})`;
    seen.add(name);
    return name;
  });
}

function keyed(headers: string[], cells: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((h, i) => (out[h] = cells[i] ?? ''));
  return out;
}

/**
 * The columns of a file from its first records: the first line is a header unless no cell of it names
 * a column we know and some are indicators themselves (a list without a header, one or several values a
 * line), in which case every line is data.
 */
export function planCsv(first: CsvRecord[]): {
  plan: ColumnPlan;
  headers: string[];
  dataFrom: number;
} {
  const head = first[0]?.record ?? [];
  const headers = headerNames(head);
  const rest = first.slice(1).map((r) => keyed(headers, r.record));
  const named = planColumns(headers);
  const isNamed = named.columns.some((c) => c.role || c.kind);
  if (!isNamed && head.some((cell) => cell.trim() && detectable(cell.trim()))) {
    const width = Math.max(...first.map((r) => r.record.length));
    const columns = Array.from({ length: width }, (_, i) => `column${i + 1}`);
    const samples = first.map((r) => keyed(columns, r.record));
    return {
      plan: planColumns(columns, samples, { headerless: true }),
      headers: columns,
      dataFrom: 0,
    };
  }
  return { plan: planColumns(headers, rest), headers, dataFrom: 1 };
}

/** Reads CSV rows; a malformed record is rejected (with its line) and reading goes on. */
export async function* readCsv(input: Readable): AsyncGenerator<ReaderItem> {
  let atEnd: MalformedInput | undefined;
  const skipped: ReaderItem[] = [];
  let sameLine = { line: -1, count: 0 };
  const parser = parse({
    bom: true,
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
  const buffered: CsvRecord[] = [];
  let plan: ColumnPlan | undefined;
  let headers: string[] = [];
  let unread = 0;
  let headerLine = 1;
  function* rows(r: CsvRecord): Generator<ReaderItem> {
    if (!plan!.hasIndicator) {
      unread++;
      return;
    }
    yield* recordToItems(keyed(headers, r.record), plan!, r.info.lines);
  }
  function* start(): Generator<ReaderItem> {
    if (buffered.length === 0) return;
    const planned = planCsv(buffered);
    plan = planned.plan;
    headers = planned.headers;
    headerLine = buffered[0]!.info.lines;
    yield { type: 'layout', layout: planLayout(plan, 'csv') };
    for (const r of buffered.slice(planned.dataFrom)) yield* rows(r);
    buffered.length = 0;
  }
  function* end(): Generator<ReaderItem> {
    if (!plan) yield* start();
    if (plan && !plan.hasIndicator) yield noIndicatorColumn(plan, unread, headerLine);
  }
  try {
    for await (const r of out as AsyncIterable<CsvRecord>) {
      while (skipped.length) yield skipped.shift()!;
      if (plan) yield* rows(r);
      else if (buffered.push(r) >= SAMPLE_RECORDS) yield* start();
    }
  } catch (error) {
    yield* end();
    while (skipped.length) yield skipped.shift()!;
    yield rejectOf(error instanceof CsvError ? asMalformed(error) : error, guard);
    return;
  }
  yield* end();
  while (skipped.length) yield skipped.shift()!;
  if (atEnd) yield rejectOf(atEnd, guard);
}
