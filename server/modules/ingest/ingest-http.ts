// POST /api/ingest?source=…[&format=csv]: a file as the request body (format sniffed when not given), all or nothing. Parameters are checked
// before the body is read; the body is spooled to a temp file within the cap (413 past it, nothing
// written), checked whole by its reader (400 MALFORMED_FILE with line and offset, nothing written), then
// ingested; row-level rejects still let the valid rows land.
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Router } from 'express';
import { callerOf } from '../../http/authenticate.js';
import { ScamgraphError } from '../../errors.js';
import type { Services } from '../../services.js';
import { uploadMaxBytes } from './ingest-limits.js';
import { auditNote } from '../audit/audit-recorder.js';
import { checkUploadParams, type IngestParams } from './ingest-service.js';
import { parseFormat } from './ingest-options.js';
import { sniffFormat } from './ingest-input.js';
import { spoolUpload, UploadAborted, UploadTooLarge, type Spooled } from './ingest-spool.js';

/** How long a client may go on sending a refused body before its connection is closed. */
const DRAIN_MS = 5_000;

function query(q: unknown, key: string): string | undefined {
  const v = (q as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

/** `?shareWith=a,b` or `?shareWith=a&shareWith=b` → `['a,b']` / `['a', 'b']` (entries split on commas later). */
function list(q: unknown, key: string): string[] | undefined {
  const v = (q as Record<string, unknown>)[key];
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}

/** The status of a refusal: 409 for a source of another organisation, 503 when the store is down… */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
};

/**
 * Answers before (or without) reading the whole body: the connection is closed after the answer, the
 * rest of the body is read and dropped meanwhile, and a client that keeps sending is cut off.
 */
function refuseBody(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  req.resume();
  res.once('finish', () => setTimeout(() => req.destroy(), DRAIN_MS).unref());
}

export function ingestRouter(services: Services): Router {
  const router = express.Router();
  router.post('/', async (req, res) => {
    const fail = (
      status: number,
      code: string,
      message: string,
      details: Record<string, unknown> = {},
    ) => {
      if (!req.complete) refuseBody(req, res);
      res.status(status).json({ error: { code, message, ...details } });
    };
    const max = uploadMaxBytes();
    let spooled: Spooled | undefined;
    // Audited whether it lands or not (the answer's status gives the outcome).
    auditNote(services.executor, { operation: 'ingest:upload', primary: true, count: 0 });
    try {
      // Without `format`, the content says what it is (its `filename` extension, else its first bytes).
      const named = parseFormat(query(req.query, 'format')?.trim() || undefined);
      const params: IngestParams = {
        source: query(req.query, 'source'),
        reliability: query(req.query, 'reliability'),
        tlp: query(req.query, 'tlp'),
        confidence: query(req.query, 'confidence'),
        defaultRegion: query(req.query, 'defaultRegion'),
        platform: query(req.query, 'platform'),
        keys: list(req.query, 'keys')?.join(','),
        shareWith: list(req.query, 'shareWith')?.join(','),
        recipients: list(req.query, 'recipients')?.join(','),
      };
      // The organisations and accounts named in shareWith/recipients are checked before the body is read.
      await checkUploadParams(services.executor, callerOf(res).ctx, params);
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > max)
        return fail(
          413,
          'BAD_USER_INPUT',
          `The upload is ${length} bytes; at most ${max}. Nothing was ingested. Use the CLI (scamgraph ingest) for larger files.`,
          { reason: 'TOO_LARGE', max },
        );
      spooled = await spoolUpload(req, max);
      const format = named ?? (await sniffFormat(spooled.file, query(req.query, 'filename')));
      const r = await services.ingestUpload(
        callerOf(res).ctx,
        spooled.file,
        format,
        params,
        query(req.query, 'filename') ?? 'upload',
      );
      auditNote(services.executor, {
        primary: true,
        ids: [r.sourceId],
        count: r.indicators,
        detail: `${format}${params.tlp ? `, TLP ${params.tlp}` : ''}, ${r.rejected} rejected`,
      });
      res.json(r);
    } catch (error) {
      if (error instanceof UploadTooLarge)
        return fail(
          413,
          'BAD_USER_INPUT',
          `${error.message} Nothing was ingested. Use the CLI (scamgraph ingest) for larger files.`,
          { reason: 'TOO_LARGE', max },
        );
      // A client that went away gets no answer; one that sent too little is told.
      if (error instanceof UploadAborted && res.destroyed) return;
      if (error instanceof UploadAborted)
        return fail(400, 'BAD_USER_INPUT', `${error.message} Nothing was ingested.`, {
          reason: 'ABORTED',
        });
      if (error instanceof ScamgraphError)
        return fail(STATUS[error.code] ?? 500, error.code, error.message, error.details);
      console.error('[ingest] upload failed:', error);
      return fail(500, 'INTERNAL_SERVER_ERROR', 'Internal error; the server log has the details.');
    } finally {
      await spooled?.remove();
    }
  });
  return router;
}
