// Ingest over the API: small submissions (GraphQL mutation) and uploads (POST /api/ingest), each checked
// whole before anything is written.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/executor.js';
import { BadInputError, ConflictError, ScamgraphError } from '../../errors.js';
import { checkInput } from './ingest-check.js';
import { ingestStream } from './ingest-run.js';
import { type IngestFormat, type IngestSummary, type RejectEntry } from './ingest-types.js';
import { RejectList } from './reject-file.js';
import { namedSource, sourceId } from './row-records.js';
import { INGEST_LIMITS } from './ingest-limits.js';
import { requireWrite } from '../access/rights.js';
import { ingestScope } from './ingest-scope.js';
import { parseFormat, parseIngestOptions, type RawIngestOptions } from './ingest-options.js';
import { afterIngest } from '../watchlists/watch-runner.js';

/** Ingest parameters as the API receives them (all optional but the source). */
export type IngestParams = RawIngestOptions;

export interface IngestOutcome extends IngestSummary {
  sourceId: string;
  /** The format the input was read as (given, or told from its name or content). */
  format: IngestFormat;
  rejects: RejectEntry[];
  /** The submitting organisation (the caller's), and who the source is shared with. */
  organisation: string;
  sharedWith: string[];
  recipients: string[];
}

function bad(field: string, reason: string, message: string): never {
  throw new BadInputError(message, { field, reason });
}

/** Validates the API's parameters (one parser for every caller: ingest-options.ts). */
export function ingestOptions(p: IngestParams) {
  const { format: _format, ...settings } = parseIngestOptions(p, { requireSource: true });
  return { ...settings, source: settings.source! };
}

/**
 * An upload's parameters checked in full before its body is read: their shape, and every organisation and
 * account named in `shareWith` and `recipients` against the store.
 */
export async function checkUploadParams(
  executor: Executor,
  ctx: RequestContext,
  p: IngestParams,
): Promise<void> {
  const { sharedWith, recipients } = ingestOptions(p);
  await ingestScope(executor, ctx, { sharedWith, recipients });
}

/** The API's format parameter; misp-feed is a folder and only the CLI reads it. */
export function ingestFormat(
  text: string | null | undefined,
  fallback: IngestFormat,
): IngestFormat {
  return parseFormat(text?.trim() || undefined) ?? fallback;
}

/**
 * All or nothing at the file level: the input is first read whole by its reader with nothing written
 * (a MALFORMED_FILE reject → BAD_USER_INPUT naming the line and byte offset), then ingested. Row-level
 * rejects still let the valid rows land. A failure between two write batches (Neo4j gone) cannot be
 * rolled back across batches; the upload is then resumable: merges are idempotent, so sending the same
 * input again ends with exactly the graph an uninterrupted run gives.
 */
async function run(
  executor: Executor,
  ctx: RequestContext,
  open: () => Readable,
  format: IngestFormat,
  params: IngestParams,
  name: string,
  field: string,
): Promise<IngestOutcome> {
  const { sharedWith, recipients, ...opts } = ingestOptions(params);
  const scope = await ingestScope(executor, ctx, { sharedWith, recipients });
  await checkInput(format, open(), field);
  const rejects = new RejectList(INGEST_LIMITS.responseRejects);
  const summary = await ingestStream(
    executor,
    open(),
    format,
    { ...opts, ...scope, name },
    rejects,
  ).catch((error: unknown) => {
    if (error instanceof ScamgraphError && error.code === 'CONFLICT')
      throw new ConflictError(
        `The source "${opts.source}" belongs to another organisation; ${scope.org} may only submit into its own sources. Choose another source name; nothing was ingested.`,
        error.details,
      );
    throw error;
  });
  // Watches are evaluated after the answer, not before it (server/modules/watchlists/watch-runner.ts).
  void afterIngest(executor);
  return {
    ...summary,
    sourceId: sourceId(namedSource(opts.source)),
    format,
    rejects: rejects.entries,
    organisation: scope.org,
    sharedWith: scope.sharedWith,
    recipients: scope.recipients,
  };
}

export interface Submission extends IngestParams {
  values?: readonly string[] | null;
  text?: string | null;
  format?: string | null;
}

/** The `ingest` mutation: at most 1,000 values or 256 KB of text. */
export async function ingestSubmission(
  executor: Executor,
  ctx: RequestContext,
  s: Submission,
): Promise<IngestOutcome> {
  requireWrite(ctx);
  const hasValues = s.values !== null && s.values !== undefined;
  const hasText = s.text !== null && s.text !== undefined;
  if (hasValues === hasText)
    bad(
      hasValues ? 'text' : 'values',
      'EMPTY',
      'Give either values (a list) or text (a document), not both and not neither.',
    );
  if (hasValues) {
    const values = s.values!;
    if (values.length === 0) bad('values', 'EMPTY', 'values is empty.');
    if (values.length > INGEST_LIMITS.mutationValues)
      bad(
        'values',
        'TOO_LONG',
        `At most ${INGEST_LIMITS.mutationValues} values per submission (got ${values.length}); upload larger sets to POST /api/ingest.`,
      );
    const index = values.findIndex((v) => /[\r\n]/.test(v));
    if (index >= 0)
      bad(
        `values[${index}]`,
        'INVALID_VALUE',
        `values[${index}] contains a line break; give one indicator per value.`,
      );
    const joined = values.join('\n');
    return run(executor, ctx, () => Readable.from([joined]), 'text', s, 'values', 'values');
  }
  const text = s.text!;
  const format = ingestFormat(s.format, 'text');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > INGEST_LIMITS.mutationTextBytes)
    bad(
      'text',
      'TOO_LONG',
      `text is ${bytes} bytes; at most ${INGEST_LIMITS.mutationTextBytes} per submission. Upload larger files to POST /api/ingest.`,
    );
  if (
    format === 'text' ||
    format === 'csv' ||
    format === 'jsonl' ||
    format === 'hosts' ||
    format === 'adblock'
  ) {
    const lines = text.split('\n').filter((l) => l.trim()).length;
    if (lines > INGEST_LIMITS.mutationTextLines)
      bad(
        'text',
        'TOO_LONG',
        `text has ${lines} lines; at most ${INGEST_LIMITS.mutationValues} values per submission.`,
      );
  }
  return run(executor, ctx, () => Readable.from([text]), format, s, 'text', 'text');
}

/** POST /api/ingest: the request body, spooled whole to `file` within the cap (ingest-spool.ts). */
export function ingestUpload(
  executor: Executor,
  ctx: RequestContext,
  file: string,
  format: IngestFormat,
  params: IngestParams,
  name: string,
): Promise<IngestOutcome> {
  requireWrite(ctx);
  return run(executor, ctx, () => createReadStream(file), format, params, name, 'body');
}
