// MISP readers: one event JSON file, and a static feed folder (manifest.json + <uuid>.json per event).
// An event is parsed whole (MISP events are documents, not streams); a feed is read one event at a time.
// Binary, empty, too big, too deep or invalid JSON is one MALFORMED_FILE reject with its byte offset.
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DOCUMENT_MAX_BYTES, readJsonDocument } from '../json-document.js';
import { fileReject } from '../reader-input.js';
import type { ReaderItem } from '../reader-types.js';
import { eventItems } from './misp-event.js';

/** Largest single MISP event file (or feed manifest) read: it is parsed whole. */
export const MISP_EVENT_MAX_BYTES = DOCUMENT_MAX_BYTES;

function readJson(input: Readable, field: string) {
  return readJsonDocument(input, field, { max: MISP_EVENT_MAX_BYTES, what: 'a MISP event' });
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
