// Rejects as an RFC 4180 CSV file (file,line,field,value,reason,message), created on the first reject;
// cells go through the project's one CSV cell function (formulas neutralised).
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { csvRow } from '../../formats/csv/csv-cell.js';
import type { RejectEntry, RejectSink } from './ingest-types.js';

export const REJECT_COLUMNS = ['file', 'line', 'field', 'value', 'reason', 'message'] as const;

/** One reject as a CSV record: the rejected value is the input as given, so formulas are neutralised. */
export function rejectLine(r: RejectEntry): string {
  return csvRow(REJECT_COLUMNS.map((c) => r[c]));
}

export class RejectFile implements RejectSink {
  private out: WriteStream | undefined;
  count = 0;
  constructor(readonly path: string) {}

  add(r: RejectEntry): void {
    if (!this.out) {
      this.out = createWriteStream(this.path);
      this.out.write(csvRow(REJECT_COLUMNS));
    }
    this.count++;
    this.out.write(rejectLine(r));
  }

  async close(): Promise<void> {
    if (!this.out) return;
    this.out.end();
    await finished(this.out);
  }
}

/** Keeps the first `max` rejects in memory (API responses); counts stay exact in the summary. */
export class RejectList implements RejectSink {
  readonly entries: RejectEntry[] = [];
  constructor(private readonly max: number) {}
  add(r: RejectEntry): void {
    if (this.entries.length < this.max) this.entries.push(r);
  }
}
