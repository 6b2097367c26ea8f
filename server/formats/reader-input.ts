// The input side of every reader: input → guard → parser stages joined with stream.pipeline, so that
// every stage's error reaches the reader's loop, and the conversion of any such error into one
// MALFORMED_FILE reject with its byte offset and line.
import { pipeline, type Duplex, type Readable } from 'node:stream';
import { InputGuard, MalformedInput, where, type GuardOptions } from './input-guard.js';
import { MALFORMED_FILE, type FileProblem, type ReaderItem } from './reader-types.js';

export { InputGuard, MalformedInput, READER_LIMITS, where } from './input-guard.js';
export { jsonDepthIndex, jsonSyntaxError } from './json-checks.js';

/**
 * `input` → guard → `stages`, joined with stream.pipeline: an error in any stage (the file, the guard, a
 * parser) destroys them all and reaches whoever iterates the returned stream; stopping early closes them.
 */
export function guarded(
  input: Readable,
  stages: Duplex[],
  opts: GuardOptions = {},
): { out: Readable; guard: InputGuard } {
  const guard = new InputGuard(opts);
  const out = pipeline([input, guard, ...stages], () => {
    // Errors are read from `out`'s iterator; nothing to do here.
  }) as unknown as Readable;
  return { out, guard };
}

/** A MALFORMED_FILE reject. */
export function fileReject(
  problem: FileProblem,
  message: string,
  at: { offset?: number; line?: number; field?: string },
): ReaderItem {
  return {
    type: 'reject',
    reject: {
      line: at.line ?? 0,
      field: at.field ?? '(file)',
      value: '',
      reason: MALFORMED_FILE,
      message,
      offset: at.offset,
      problem,
    },
  };
}

/** An error of the file or stream itself (EISDIR, EACCES, EIO, a stream closed early), not of its content. */
export function isReadError(error: unknown): boolean {
  const e = error as NodeJS.ErrnoException | undefined;
  return Boolean(e?.syscall) || e?.code === 'ERR_STREAM_PREMATURE_CLOSE';
}

/**
 * Any error met while reading, as one MALFORMED_FILE reject: a MalformedInput as it says, a file system
 * error as UNREADABLE, anything else (a parser's error) as SYNTAX where reading stopped.
 */
export function rejectOf(error: unknown, guard: InputGuard, field = '(file)'): ReaderItem {
  if (error instanceof MalformedInput)
    return fileReject(error.problem, error.message, {
      offset: error.offset,
      line: error.line,
      field,
    });
  const e = error as NodeJS.ErrnoException;
  if (isReadError(error))
    return fileReject('UNREADABLE', `The file could not be read: ${e.message}.`, {
      offset: guard.bytes,
      line: guard.line,
      field,
    });
  return fileReject(
    'SYNTAX',
    `${String(e?.message ?? error)} (near ${where(guard.bytes, guard.line)}).`,
    { offset: guard.bytes, line: guard.line, field },
  );
}
