// MISP readers: one event JSON file, and a static feed folder (manifest.json + <uuid>.json per event).
// An event is parsed whole (MISP events are documents, not streams); a feed is read one event at a time.
// Binary, empty, too big, too deep or invalid JSON is one MALFORMED_FILE reject with its byte offset.
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  fileReject,
  guarded,
  jsonSyntaxError,
  MalformedInput,
  READER_LIMITS,
  rejectOf,
  where,
} from '../reader-input.js';
import type { ReaderItem } from '../reader-types.js';
import { eventItems } from './misp-event.js';

/** Largest single MISP event file (or feed manifest) read: it is parsed whole. */
export const MISP_EVENT_MAX_BYTES = 256 * 1024 * 1024;

/** A whole JSON document from a stream, or the MALFORMED_FILE reject that says why not. */
async function readJson(
  input: Readable,
  field: string,
  max = MISP_EVENT_MAX_BYTES,
): Promise<{ doc: unknown } | { reject: ReaderItem }> {
  const { out, guard } = guarded(input, [], { jsonDepth: READER_LIMITS.jsonDepth });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of out as AsyncIterable<Buffer>) {
      if (size + chunk.length > max)
        throw new MalformedInput(
          'TOO_LARGE',
          `The file is larger than ${max.toLocaleString('en')} bytes, the most a MISP event is read whole.`,
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

/** One MISP event; `useEventSource` makes the event's title its Source (when no --source is given). */
export async function* readMispEvent(
  input: Readable,
  opts: { useEventSource: boolean },
): AsyncGenerator<ReaderItem> {
  const read = await readJson(input, 'Event');
  if ('reject' in read) {
    yield read.reject;
    return;
  }
  yield* eventItems(read.doc, { useEventSource: opts.useEventSource });
}

/** A MISP static feed folder: each event in manifest.json; listed events without a file are reported missing. */
export async function* readMispFeed(
  dir: string,
  opts: { useEventSource: boolean },
): AsyncGenerator<ReaderItem> {
  const manifest = await readJson(
    createReadStream(path.join(dir, 'manifest.json')),
    'manifest.json',
  );
  if ('reject' in manifest) {
    yield manifest.reject;
    return;
  }
  const doc = manifest.doc;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    yield fileReject('NOT_FORMAT', 'The feed manifest is not a JSON object keyed by event UUID.', {
      field: 'manifest.json',
      offset: 0,
      line: 1,
    });
    return;
  }
  for (const uuid of Object.keys(doc)) {
    if (!/^[0-9a-f-]{36}$/i.test(uuid)) {
      yield fileReject(
        'NOT_FORMAT',
        `Manifest key ${JSON.stringify(uuid.slice(0, 80))} is not an event UUID.`,
        { field: 'manifest.json' },
      );
      continue;
    }
    const file = path.join(dir, `${uuid}.json`);
    if (!existsSync(file)) {
      yield { type: 'missing', what: uuid };
      continue;
    }
    const event = await readJson(createReadStream(file), `${uuid}.json`);
    if ('reject' in event) {
      yield event.reject;
      continue;
    }
    yield* eventItems(event.doc, { prefix: `${uuid} `, useEventSource: opts.useEventSource });
  }
}
