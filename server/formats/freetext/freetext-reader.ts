// Free-text reader (reports, Markdown and AsciiDoc write-ups, chat exports, e-mails, HTML pages): finds
// every indicator in running text, as MISP's free-text import does, and links what one table row or one
// short line names together (freetext-rows.ts). File hashes are skipped by name; in a document that
// defangs its indicators, plainly written links, e-mails and IPs are references and skipped as such.
// Binary, non-UTF-8, empty input or an over-long line ends in one MALFORMED_FILE reject (reader-input.ts).
import type { Readable } from 'node:stream';
import { guarded, MalformedInput, rejectOf, where } from '../reader-input.js';
import type { ReaderItem } from '../reader-types.js';
import { LineSplitter, type Line } from '../text/line-splitter.js';
import {
  htmlLines,
  mailLines,
  sniffDocument,
  type DocumentKind,
  type DocumentLine,
} from './freetext-document.js';
import { LINKED_LINE_CHARS, lineRows, referenceSkip } from './freetext-rows.js';
import { scanLine, tableCells, type Found } from './freetext-scan.js';
import { platformNamed } from './freetext-shapes.js';

/** An e-mail or HTML page is read whole; larger ones are refused (TOO_LARGE). */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const TABLE_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const HEADING = /^(?:#{1,6}|={1,6})\s+\S|^\.[\p{L}\d]/u;

/** The state of one document: table and heading context, and the lines with indicators so far. */
class FreeTextDocument {
  private header: string[] | undefined;
  private previousRow: string | undefined;
  private headerOption = false;
  private expectHeader = false;
  private asciidocTable = false;
  private platform: string | undefined;
  private defanged = false;
  private lines: { line: number; found: Found[]; linked: boolean }[] = [];

  /** Reads one line; yields the file hashes it skips at once, keeps its indicators for `finish`. */
  *line({ text, line, field }: DocumentLine): Generator<ReaderItem> {
    const trimmed = text.trim();
    if (trimmed === '|===') {
      this.asciidocTable = !this.asciidocTable;
      this.header = undefined;
      this.expectHeader = this.asciidocTable && this.headerOption;
      this.headerOption = false;
      return;
    }
    if (/^\[.*(?:\bheader\b|%header).*\]$/.test(trimmed)) {
      this.headerOption = true;
      return;
    }
    if (TABLE_SEPARATOR.test(trimmed) && trimmed.includes('-')) {
      if (this.previousRow) this.header = tableCells(this.previousRow);
      return;
    }
    const row = trimmed.startsWith('|');
    if (!row && !this.asciidocTable) this.header = undefined;
    if (row && this.expectHeader) {
      this.header = tableCells(trimmed);
      this.expectHeader = false;
    }
    this.previousRow = row ? trimmed : undefined;
    if (HEADING.test(trimmed)) this.platform = platformNamed(trimmed);
    if (trimmed === '') return;
    const { found, skips } = scanLine(text, {
      field,
      header: this.header,
      platform: this.platform,
    });
    for (const what of skips) yield { type: 'skip', what };
    if (found.length === 0) return;
    if (found.some((f) => f.defanged)) this.defanged = true;
    this.lines.push({ line, found, linked: row || trimmed.length <= LINKED_LINE_CHARS });
  }

  /** The rows, once the whole document has shown whether it defangs its indicators. */
  *finish(): Generator<ReaderItem> {
    for (const { line, found, linked } of this.lines) {
      const kept: Found[] = [];
      for (const f of found) {
        const reference = referenceSkip(f, this.defanged);
        if (reference) yield { type: 'skip', what: reference };
        else kept.push(f);
      }
      for (const row of lineRows(line, kept, linked)) yield { type: 'row', row };
    }
    this.lines = [];
  }
}

export async function* readFreeText(input: Readable): AsyncGenerator<ReaderItem> {
  const { out, guard } = guarded(input, [new LineSplitter()]);
  const doc = new FreeTextDocument();
  let kind: DocumentKind | undefined;
  let failure: unknown;
  const pending: Line[] = [];
  let whole: string[] = [];
  let bytes = 0;
  function* take(l: Line): Generator<ReaderItem> {
    if (kind === 'text') {
      yield* doc.line({ text: l.text, line: l.line, field: 'text' });
      return;
    }
    bytes += Buffer.byteLength(l.text) + 1;
    if (bytes > MAX_DOCUMENT_BYTES)
      throw new MalformedInput(
        'TOO_LARGE',
        `An ${kind === 'mail' ? 'e-mail' : 'HTML page'} is read whole and this one is larger than ${MAX_DOCUMENT_BYTES.toLocaleString('en')} bytes (${where(l.offset, l.line)})`,
        l.offset,
        l.line,
      );
    whole.push(l.text);
  }
  try {
    for await (const l of out as AsyncIterable<Line>) {
      const line = l.line === 1 ? { ...l, text: l.text.replace(/^\uFEFF/, '') } : l;
      if (kind) {
        yield* take(line);
        continue;
      }
      pending.push(line);
      kind = sniffDocument(
        pending.map((p) => p.text),
        false,
      );
      if (kind) for (const p of pending.splice(0)) yield* take(p);
    }
    if (!kind) {
      kind = sniffDocument(
        pending.map((p) => p.text),
        true,
      )!;
      for (const p of pending.splice(0)) yield* take(p);
    }
    if (kind !== 'text') {
      const raw = whole.join('\n');
      whole = [];
      if (kind === 'mail') {
        const mail = await mailLines(raw);
        for (const l of mail.lines) yield* doc.line(l);
        for (let i = 0; i < mail.attachments; i++) yield { type: 'skip', what: 'email:attachment' };
      } else for (const l of htmlLines(raw)) yield* doc.line(l);
    }
  } catch (error) {
    failure = error;
  }
  // What was read before a problem is kept, as the other readers keep the rows before a bad line.
  yield* doc.finish();
  if (failure !== undefined) yield rejectOf(failure, guard);
}
