// Spools an upload to a temporary file while counting its bytes: nothing is read for ingest before the
// whole body has arrived within the cap, so an upload over the cap or cut off writes nothing.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export class UploadTooLarge extends Error {
  constructor(readonly max: number) {
    super(`The upload is larger than ${max} bytes.`);
  }
}

export class UploadAborted extends Error {
  constructor() {
    super('The upload was cut off before its end.');
  }
}

export interface Spooled {
  file: string;
  bytes: number;
  /** Deletes the temporary file; call it in `finally`. */
  remove(): Promise<void>;
}

/**
 * Writes the request body to a new file under the system temp folder (mode 0600). Rejects with
 * UploadTooLarge past `max` bytes (the request is left readable, so a 413 can still be answered) and with
 * UploadAborted when the client goes away first; either way the file is already gone.
 */
export async function spoolUpload(req: IncomingMessage, max: number): Promise<Spooled> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scamgraph-upload-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const file = path.join(dir, 'body');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > max) done(new UploadTooLarge(max));
      else done(null, chunk);
    },
  });
  // The request is piped by hand, not through pipeline(): a failure must not destroy its socket.
  const onAbort = () => counter.destroy(new UploadAborted());
  req.once('aborted', onAbort);
  req.once('error', onAbort);
  req.pipe(counter);
  try {
    await pipeline(counter, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    if (!req.complete) throw new UploadAborted();
    return { file, bytes, remove };
  } catch (error) {
    req.unpipe(counter);
    await remove();
    throw error;
  } finally {
    req.off('aborted', onAbort);
    req.off('error', onAbort);
  }
}
