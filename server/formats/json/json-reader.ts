// JSON and YAML list readers: the document is read whole (within DOCUMENT_MAX_BYTES), then read by its
// shape (document-items.ts). Invalid syntax, binary, non-UTF-8 or empty input is one MALFORMED_FILE reject.
import type { Readable } from 'node:stream';
import { parseAllDocuments, YAMLError } from 'yaml';
import { readDocumentText, readJsonDocument } from '../json-document.js';
import { fileReject, READER_LIMITS } from '../reader-input.js';
import type { ReaderItem } from '../reader-types.js';
import { documentItems } from './document-items.js';

export interface ListReaderOptions {
  /** Keys of an object of lists whose lists are indicators. */
  keys?: string[];
}

/** A JSON document: an array of values or records, an object of lists, a map of value → values. */
export async function* readJsonList(
  input: Readable,
  opts: ListReaderOptions = {},
): AsyncGenerator<ReaderItem> {
  const read = await readJsonDocument(input, '(file)', { what: 'a JSON list' });
  if ('reject' in read) {
    yield read.reject;
    return;
  }
  yield* documentItems(read.doc, { keys: opts.keys, syntax: 'json' });
}

/** A YAML document (or several, `---`-separated), read like JSON; aliases are bounded. */
export async function* readYaml(
  input: Readable,
  opts: ListReaderOptions = {},
): AsyncGenerator<ReaderItem> {
  const read = await readDocumentText(input, '(file)', { what: 'a YAML list', jsonDepth: false });
  if ('reject' in read) {
    yield read.reject;
    return;
  }
  if (!read.text.trim()) {
    yield fileReject('EMPTY', 'The file is empty.', { offset: 0, line: 1 });
    return;
  }
  let docs;
  try {
    docs = parseAllDocuments(read.text, { uniqueKeys: false });
  } catch (error) {
    yield fileReject('SYNTAX', `Not valid YAML: ${(error as Error).message}.`, {
      offset: 0,
      line: 1,
    });
    return;
  }
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0]?.line ?? 1;
      yield fileReject(
        'SYNTAX',
        `Not valid YAML: ${error.message.split('\n')[0]} (byte ${(error.pos[0] + read.bom).toLocaleString('en')}, line ${line}).`,
        { offset: error.pos[0] + read.bom, line },
      );
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      const message = e instanceof YAMLError || e instanceof Error ? e.message : String(e);
      yield fileReject('TOO_LARGE', `The YAML cannot be expanded: ${message}.`, {
        offset: 0,
        line: 1,
      });
      return;
    }
    if (depth(value) > READER_LIMITS.jsonDepth) {
      yield fileReject(
        'TOO_LARGE',
        `The YAML is nested deeper than ${READER_LIMITS.jsonDepth} levels.`,
        { offset: 0, line: 1 },
      );
      return;
    }
    if (value === null || value === undefined) continue;
    yield* documentItems(value, { keys: opts.keys, syntax: 'yaml' });
  }
}

function depth(v: unknown, at = 0): number {
  if (at > READER_LIMITS.jsonDepth || typeof v !== 'object' || v === null) return at;
  let max = at;
  for (const x of Array.isArray(v) ? v : Object.values(v)) max = Math.max(max, depth(x, at + 1));
  return max;
}
