// MISP readers: one event JSON file, and a static feed folder (manifest.json + <uuid>.json per event).
// An event is parsed whole (MISP events are documents, not streams); a feed is read one event at a time.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { ReaderItem } from '../reader-types.js';
import { eventItems } from './misp-event.js';

/** Largest single MISP event file read. */
export const MISP_EVENT_MAX_BYTES = 256 * 1024 * 1024;

async function readAll(input: Readable, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const part of input as AsyncIterable<Buffer | string>) {
    const chunk = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    size += chunk.length;
    if (size > max) throw new Error(`the MISP event is larger than ${max} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

function malformed(field: string, message: string): ReaderItem {
  return {
    type: 'reject',
    reject: { line: 0, field, value: '', reason: 'MALFORMED_FILE', message },
  };
}

/** One MISP event; `useEventSource` makes the event's title its Source (when no --source is given). */
export async function* readMispEvent(
  input: Readable,
  opts: { useEventSource: boolean },
): AsyncGenerator<ReaderItem> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readAll(input, MISP_EVENT_MAX_BYTES));
  } catch (error) {
    yield malformed('Event', `Not a readable MISP event: ${(error as Error).message}`);
    return;
  }
  yield* eventItems(doc, { useEventSource: opts.useEventSource });
}

/** A MISP static feed folder: each event in manifest.json; listed events without a file are reported missing. */
export async function* readMispFeed(
  dir: string,
  opts: { useEventSource: boolean },
): AsyncGenerator<ReaderItem> {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(
      (await readFile(path.join(dir, 'manifest.json'), 'utf8')).replace(/^\uFEFF/, ''),
    ) as Record<string, unknown>;
  } catch (error) {
    yield malformed('manifest.json', `Cannot read the feed manifest: ${(error as Error).message}`);
    return;
  }
  for (const uuid of Object.keys(manifest)) {
    if (!/^[0-9a-f-]{36}$/i.test(uuid)) {
      yield malformed(
        'manifest.json',
        `Manifest key ${JSON.stringify(uuid.slice(0, 80))} is not an event UUID.`,
      );
      continue;
    }
    const file = path.join(dir, `${uuid}.json`);
    if (!existsSync(file)) {
      yield { type: 'missing', what: uuid };
      continue;
    }
    let doc: unknown;
    try {
      doc = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
    } catch (error) {
      yield malformed(`${uuid}.json`, `Not a readable MISP event: ${(error as Error).message}`);
      continue;
    }
    yield* eventItems(doc, { prefix: `${uuid} `, useEventSource: opts.useEventSource });
  }
}
