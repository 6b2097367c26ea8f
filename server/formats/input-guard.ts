// The guard stage every reader's input passes: counts bytes and lines, and stops binary, non-UTF-8, empty
// and too-deep JSON input with a MalformedInput that says where (byte offset and line).
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import type { FileProblem } from './reader-types.js';

export const READER_LIMITS = {
  /** Longest CSV record, JSON Lines line or text line, in bytes. */
  recordBytes: 1024 * 1024,
  /** Deepest nesting of arrays and objects in JSON input (STIX 2.1 and MISP need fewer than 10). */
  jsonDepth: 128,
} as const;

/** A whole input refused: what is wrong and where (byte offset, 1-based text line). */
export class MalformedInput extends Error {
  constructor(
    readonly problem: FileProblem,
    message: string,
    readonly offset?: number,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'MalformedInput';
  }
}

/** `byte 1,234, line 5`: where a problem is, as messages name it. */
export function where(offset: number, line: number): string {
  return `byte ${offset.toLocaleString('en')}, line ${line}`;
}

/** The length of `b` without an incomplete UTF-8 sequence at its end (the next chunk completes it). */
function completeLength(b: Buffer): number {
  for (let i = 1; i <= Math.min(3, b.length); i++) {
    const c = b[b.length - i]!;
    if ((c & 0xc0) === 0x80) continue;
    const size = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return size > i ? b.length - i : b.length;
  }
  return b.length;
}

/** The index of the first byte of `b` that is not valid UTF-8 (`b` is known to hold one). */
function firstInvalidUtf8(b: Buffer): number {
  const text = b.toString('utf8');
  let at = 0;
  let from = 0;
  for (;;) {
    const p = text.indexOf('\uFFFD', from);
    if (p < 0) return b.length;
    at += Buffer.byteLength(text.slice(from, p));
    // A U+FFFD the file really holds is EF BF BD; anything else stands for invalid bytes.
    if (!(b[at] === 0xef && b[at + 1] === 0xbf && b[at + 2] === 0xbd)) return at;
    at += 3;
    from = p + 1;
  }
}

/** The index of `byte` in `b` from `from`, or `none` when it is not there. */
function indexOr(b: Buffer, byte: number, from: number, none: number): number {
  const at = b.indexOf(byte, from);
  return at < 0 ? none : at;
}

function countLines(b: Buffer, end = b.length): number {
  let n = 0;
  for (let i = b.indexOf(10); i >= 0 && i < end; i = b.indexOf(10, i + 1)) n++;
  return n;
}

export interface GuardOptions {
  /** Refuse JSON nested deeper than this (counts `[` and `{` outside strings). */
  jsonDepth?: number;
  /** Keep the input's first bytes, up to this many, for `head()`. */
  keepHead?: number;
  /** The input is the first bytes of a file only: its end may cut a character and proves nothing. */
  prefix?: boolean;
}

/** Passes bytes on unchanged; fails with a MalformedInput at the first byte that is not UTF-8 text. */
export class InputGuard extends Transform {
  /** Bytes passed on so far. */
  bytes = 0;
  /** 1-based line of the next byte. */
  line = 1;
  private carry = Buffer.alloc(0);
  private content = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private headParts: Buffer[] | undefined;

  constructor(private readonly opts: GuardOptions = {}) {
    super();
    if (opts.keepHead) this.headParts = [];
  }

  /** The whole input when it was at most `keepHead` bytes, else undefined. */
  head(): Buffer | undefined {
    return this.headParts && Buffer.concat(this.headParts);
  }

  private fail(
    problem: FileProblem,
    message: string,
    chunk: Buffer,
    index: number,
  ): MalformedInput {
    const offset = this.bytes + index;
    const line = this.line + countLines(chunk, index);
    return new MalformedInput(problem, `${message} (${where(offset, line)}).`, offset, line);
  }

  private check(chunk: Buffer): MalformedInput | undefined {
    if (this.bytes === 0 && chunk.length >= 2) {
      const [a, b] = [chunk[0], chunk[1]];
      if (a === 0x1f && b === 0x8b)
        return this.fail('BINARY', 'The file is gzip-compressed; decompress it first', chunk, 0);
      if (a === 0x50 && b === 0x4b)
        return this.fail('BINARY', 'The file is a ZIP archive; extract it first', chunk, 0);
      if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff))
        return this.fail('BINARY', 'The file is UTF-16 text; save it as UTF-8', chunk, 0);
    }
    const nul = chunk.indexOf(0);
    if (nul >= 0)
      return this.fail('BINARY', 'The file holds NUL bytes: binary data, not text', chunk, nul);
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = completeLength(data);
    if (!isUtf8(data.subarray(0, whole))) {
      const bad = firstInvalidUtf8(data.subarray(0, whole)) - this.carry.length;
      return this.fail('NOT_UTF8', 'The file is not UTF-8 text; save it as UTF-8', chunk, bad);
    }
    this.carry = Buffer.from(data.subarray(whole));
    if (!this.content) this.content = hasContent(chunk, this.bytes === 0);
    if (this.opts.jsonDepth) return this.scanJson(chunk, this.opts.jsonDepth);
    return undefined;
  }

  /** Tracks JSON nesting outside strings; fails where it passes `max`. Strings are skipped by indexOf. */
  private scanJson(chunk: Buffer, max: number): MalformedInput | undefined {
    const n = chunk.length;
    let { depth, inString } = this;
    let i = 0;
    if (this.escaped) i = 1;
    this.escaped = false;
    let backslash = -1;
    let quote = -1;
    for (; i < n; i++) {
      if (inString) {
        if (backslash < i) backslash = indexOr(chunk, 0x5c, i, n);
        if (quote < i) quote = indexOr(chunk, 0x22, i, n);
        if (backslash < quote) {
          // Skip the escaped byte; it may be the next chunk's first.
          if (backslash + 1 >= n) this.escaped = true;
          i = backslash + 1;
          continue;
        }
        if (quote >= n) break;
        inString = false;
        i = quote;
        continue;
      }
      const c = chunk[i]!;
      if (c === 0x22) inString = true;
      else if (c === 0x5b || c === 0x7b) {
        if (++depth > max)
          return this.fail('TOO_LARGE', `JSON is nested deeper than ${max} levels`, chunk, i);
      } else if (c === 0x5d || c === 0x7d) depth--;
    }
    this.depth = depth;
    this.inString = inString;
    return undefined;
  }

  override _transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback): void {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const problem = this.check(b);
    if (problem) return done(problem);
    if (this.headParts) {
      if (this.bytes + b.length <= (this.opts.keepHead ?? 0)) this.headParts.push(b);
      else this.headParts = undefined;
    }
    this.bytes += b.length;
    this.line += countLines(b);
    done(null, b);
  }

  override _flush(done: TransformCallback): void {
    if (this.opts.prefix) return done();
    if (this.carry.length)
      return done(
        new MalformedInput(
          'NOT_UTF8',
          `The file ends inside a UTF-8 character (${where(this.bytes, this.line)}).`,
          this.bytes,
          this.line,
        ),
      );
    if (!this.content)
      return done(new MalformedInput('EMPTY', 'The file is empty: it holds no data.', 0, 1));
    done();
  }
}

/** Whether a chunk holds anything but whitespace (and a byte-order mark at the very start). */
function hasContent(b: Buffer, atStart: boolean): boolean {
  const from = atStart && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  for (let i = from; i < b.length; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}
