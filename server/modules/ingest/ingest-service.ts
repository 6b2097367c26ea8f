// Ingest over the API: small submissions (GraphQL mutation) and uploads (POST /api/ingest), each checked
// whole before anything is written.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/executor.js';
import { BadInputError, ConflictError, ScamgraphError } from '../../errors.js';
import { parseTlp } from '../../formats/provenance-fields.js';
import { checkInput } from '../../ingest/ingest-check.js';
import { ingestStream } from '../../ingest/ingest-service.js';
import {
  INGEST_FORMATS,
  type IngestFormat,
  type IngestSummary,
  type RejectEntry,
} from '../../ingest/ingest-types.js';
import { RejectList } from '../../ingest/reject-file.js';
import { namedSource, sourceId } from '../../ingest/row-records.js';
import { RELIABILITY, type Reliability, type Tlp } from '../../model.js';
import { INGEST_LIMITS } from './ingest-limits.js';
import { requireWrite } from '../access/rights.js';
import { ingestScope, sharingLists, type ScopeList } from './ingest-scope.js';

/** Provenance parameters as the API receives them (all optional but the source). */
export interface IngestParams {
  source?: string | null;
  reliability?: string | null;
  tlp?: string | null;
  confidence?: number | string | null;
  defaultRegion?: string | null;
  platform?: string | null;
  /** Organisation keys or `community`: who else sees the AMBER data (`a,b` or a list). */
  shareWith?: ScopeList;
  /** Organisation keys or `user:<account>`: who else sees the RED data (`a,b` or a list). */
  recipients?: ScopeList;
}

export interface IngestOutcome extends IngestSummary {
  sourceId: string;
  rejects: RejectEntry[];
  /** The submitting organisation (the caller's), and who the source is shared with. */
  organisation: string;
  sharedWith: string[];
  recipients: string[];
}

function bad(field: string, reason: string, message: string): never {
  throw new BadInputError(message, { field, reason });
}

/** Validates provenance parameters; each error names its field. */
export function ingestOptions(p: IngestParams) {
  const source = (p.source ?? '').trim();
  if (!source)
    bad(
      'source',
      'EMPTY',
      'source is required: name who reported the data (a report, feed or partner).',
    );
  if (source.length > 200) bad('source', 'TOO_LONG', 'source is longer than 200 characters.');
  const reliability = p.reliability ? p.reliability.trim().toUpperCase() : undefined;
  if (reliability && !RELIABILITY.includes(reliability as Reliability))
    bad('reliability', 'OUT_OF_RANGE', 'reliability must be a letter from A to F.');
  const tlp = p.tlp ? parseTlp(p.tlp) : undefined;
  if (p.tlp && !tlp)
    bad('tlp', 'OUT_OF_RANGE', 'tlp must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED.');
  const confidence =
    p.confidence === null || p.confidence === undefined || p.confidence === ''
      ? undefined
      : Number(p.confidence);
  if (
    confidence !== undefined &&
    !(Number.isInteger(confidence) && confidence >= 0 && confidence <= 100)
  )
    bad('confidence', 'OUT_OF_RANGE', 'confidence must be an integer from 0 to 100.');
  const defaultRegion = p.defaultRegion ? p.defaultRegion.trim().toUpperCase() : undefined;
  if (defaultRegion && !/^[A-Z]{2}$/.test(defaultRegion))
    bad(
      'defaultRegion',
      'OUT_OF_RANGE',
      'defaultRegion must be a two-letter country code, e.g. KH.',
    );
  const platform = p.platform ? p.platform.trim().toLowerCase() : undefined;
  if (platform && !/^[a-z0-9-]{1,40}$/.test(platform))
    bad(
      'platform',
      'OUT_OF_RANGE',
      'platform must be a platform name such as telegram or whatsapp.',
    );
  return {
    source,
    ...sharingLists(p),
    reliability: reliability as Reliability | undefined,
    tlp: tlp as Tlp | undefined,
    confidence,
    defaultRegion,
    platform,
  };
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

/** A format name from the API (`csv`, `CSV`, `misp`…); misp-feed is a folder and only the CLI reads it. */
export function ingestFormat(
  text: string | null | undefined,
  fallback: IngestFormat,
): IngestFormat {
  if (!text) return fallback;
  const f = text.trim().toLowerCase() as IngestFormat;
  if (!INGEST_FORMATS.includes(f) || f === 'misp-feed') {
    bad(
      'format',
      'UNSUPPORTED_FORMAT',
      `format must be one of csv, jsonl, text, stix, misp (a MISP feed folder is read by the CLI).`,
    );
  }
  return f;
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
  return {
    ...summary,
    sourceId: sourceId(namedSource(opts.source)),
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
  if (format === 'text' || format === 'csv' || format === 'jsonl') {
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
