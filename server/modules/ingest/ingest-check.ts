// The check pass of an all-or-nothing ingest: the input read whole by its reader, nothing written; a
// MALFORMED_FILE reject becomes a BAD_USER_INPUT error that names the line and byte offset.
import type { Readable } from 'node:stream';
import { BadInputError } from '../../errors.js';
import { MALFORMED_FILE, type ReaderReject } from '../../formats/reader-types.js';
import { readStream } from './ingest-input.js';
import type { IngestFormat } from './ingest-types.js';

/** The first file-level reject the reader gives for `input`, if any (reading stops there). */
export async function fileProblem(
  format: IngestFormat,
  input: Readable,
): Promise<ReaderReject | undefined> {
  for await (const item of readStream(format, input, { useEventSource: false }))
    if (item.type === 'reject' && item.reject.reason === MALFORMED_FILE) return item.reject;
  return undefined;
}

/** The error a caller gets for a malformed input; `field` is the argument that carried it. */
export function malformedInputError(field: string, reject: ReaderReject): BadInputError {
  return new BadInputError(`${reject.message} Nothing was ingested.`, {
    field,
    reason: MALFORMED_FILE,
    problem: reject.problem,
    line: reject.line,
    offset: reject.offset,
  });
}

/** Throws the malformed-input error when `input` is not a readable file of `format`. */
export async function checkInput(
  format: IngestFormat,
  input: Readable,
  field: string,
): Promise<void> {
  const problem = await fileProblem(format, input);
  if (problem) throw malformedInputError(field, problem);
}
