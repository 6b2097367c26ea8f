// Splits UTF-8 bytes into lines (LF, CRLF or a lone CR) with their number and byte offset; a line longer
// than the limit stops the input with a MalformedInput (a line is never buffered past the limit).
import { Transform, type TransformCallback } from 'node:stream';
import { MalformedInput, READER_LIMITS, where } from '../reader-input.js';

export interface Line {
  /** The line's text without its line break. */
  text: string;
  /** 1-based line number. */
  line: number;
  /** Byte offset of the line's first byte. */
  offset: number;
}

export class LineSplitter extends Transform {
  private parts: Buffer[] = [];
  private partBytes = 0;
  private line = 1;
  private offset = 0;

  constructor(private readonly maxBytes: number = READER_LIMITS.recordBytes) {
    super({ readableObjectMode: true });
  }

  private tooLong(): MalformedInput {
    return new MalformedInput(
      'TOO_LARGE',
      `Line ${this.line} is longer than ${this.maxBytes.toLocaleString('en')} bytes (${where(this.offset, this.line)}); is this a file of lines?`,
      this.offset,
      this.line,
    );
  }

  private pushLine(last: Buffer): void {
    const bytes = this.partBytes + last.length;
    const buf = this.parts.length ? Buffer.concat([...this.parts, last]) : last;
    let text = buf.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    this.parts = [];
    this.partBytes = 0;
    if (text.includes('\r')) {
      // Old Mac line ends (a lone CR), as readline reads them.
      let offset = this.offset;
      for (const part of text.split('\r')) {
        this.push({ text: part, line: this.line++, offset } satisfies Line);
        offset += Buffer.byteLength(part) + 1;
      }
    } else this.push({ text, line: this.line++, offset: this.offset } satisfies Line);
    this.offset += bytes + 1;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      if (this.partBytes + nl - start > this.maxBytes) return done(this.tooLong());
      this.pushLine(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length) {
      this.partBytes += chunk.length - start;
      if (this.partBytes > this.maxBytes) return done(this.tooLong());
      this.parts.push(chunk.subarray(start));
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.partBytes > 0) this.pushLine(Buffer.alloc(0));
    done();
  }
}
