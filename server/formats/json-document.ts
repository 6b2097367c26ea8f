// A whole JSON (or other text) document read from a stream within a size cap, or the MALFORMED_FILE
// reject that says why not: binary, not UTF-8, too big, too deep, invalid JSON (with its byte offset).
import type { Readable } from 'node:stream';
import {
  fileReject,
  guarded,
  jsonSyntaxError,
  MalformedInput,
  READER_LIMITS,
  rejectOf,
  where,
} from './reader-input.js';
import type { ReaderItem } from './reader-types.js';

/** Largest document read whole (a MISP event, a JSON or YAML list): 256 MiB. */
export const DOCUMENT_MAX_BYTES = 256 * 1024 * 1024;

/** The whole text of a stream (BOM removed), or the MALFORMED_FILE reject that says why not. */
export async function readDocumentText(
  input: Readable,
  field: string,
  opts: { max?: number; what?: string; jsonDepth?: boolean } = {},
): Promise<{ text: string; bom: number; size: number } | { reject: ReaderItem }> {
  const max = opts.max ?? DOCUMENT_MAX_BYTES;
  const { out, guard } = guarded(input, [], {
    jsonDepth: opts.jsonDepth === false ? undefined : READER_LIMITS.jsonDepth,
  });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of out as AsyncIterable<Buffer>) {
      if (size + chunk.length > max)
        throw new MalformedInput(
          'TOO_LARGE',
          `The file is larger than ${max.toLocaleString('en')} bytes, the most ${opts.what ?? 'a document'} is read whole.`,
          max,
          guard.line,
        );
      size += chunk.length;
      chunks.push(chunk);
    }
  } catch (error) {
    return { reject: rejectOf(error, guard, field) };
  }
  let text = Buffer.concat(chunks, size).toString('utf8');
  chunks.length = 0;
  const bom = text.startsWith('\uFEFF') ? 3 : 0;
  if (bom) text = text.slice(1);
  return { text, bom, size };
}

/** A whole JSON document from a stream, or the MALFORMED_FILE reject that says why not. */
export async function readJsonDocument(
  input: Readable,
  field: string,
  opts: { max?: number; what?: string } = {},
): Promise<{ doc: unknown } | { reject: ReaderItem }> {
  const read = await readDocumentText(input, field, opts);
  if ('reject' in read) return read;
  const { text, bom, size } = read;
  try {
    return { doc: JSON.parse(text) };
  } catch {
    const at = jsonSyntaxError(text);
    const offset = (at?.offset ?? 0) + bom;
    const line = at?.line ?? 1;
    const cut = offset >= size ? '; the file ends before its JSON does (cut off?)' : '';
    return {
      reject: fileReject(
        'SYNTAX',
        `Not valid JSON: ${at?.message ?? 'unreadable'} (${where(offset, line)})${cut}.`,
        { offset, line, field },
      ),
    };
  }
}
