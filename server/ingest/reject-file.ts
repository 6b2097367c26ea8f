// Rejects as an RFC 4180 CSV file (file,line,field,value,reason,message), created on the first reject.
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { RejectEntry, RejectSink } from './ingest-types.js';

export const REJECT_COLUMNS = ['file', 'line', 'field', 'value', 'reason', 'message'] as const;

export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function rejectLine(r: RejectEntry): string {
  return REJECT_COLUMNS.map((c) => csvField(r[c])).join(',') + '\r\n';
}

export class RejectFile implements RejectSink {
  private out: WriteStream | undefined;
  count = 0;
  constructor(readonly path: string) {}

  add(r: RejectEntry): void {
    if (!this.out) {
      this.out = createWriteStream(this.path);
      this.out.write(REJECT_COLUMNS.join(',') + '\r\n');
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
