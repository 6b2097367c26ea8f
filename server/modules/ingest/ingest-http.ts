// POST /api/ingest?format=csv&source=…: a file as the request body, streamed, size-capped.
import { Transform } from 'node:stream';
import express, { type Router } from 'express';
import { adminContext } from '../../context.js';
import { ScamgraphError } from '../../errors.js';
import type { Services } from '../../services.js';
import { INGEST_LIMITS } from './ingest-limits.js';
import { ingestFormat } from './ingest-service.js';

class TooLarge extends Error {}

/** Passes bytes through until `max`, then fails the stream. */
function byteCap(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new TooLarge(`The upload is larger than ${max} bytes.`));
      else done(null, chunk);
    },
  });
}

function query(q: unknown, key: string): string | undefined {
  const v = (q as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

export function ingestRouter(services: Services): Router {
  const router = express.Router();
  router.post('/', async (req, res) => {
    const fail = (
      status: number,
      code: string,
      message: string,
      details: Record<string, unknown> = {},
    ) => res.status(status).json({ error: { code, message, ...details } });
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > INGEST_LIMITS.uploadBytes) {
      req.resume();
      return fail(
        413,
        'BAD_USER_INPUT',
        `The upload is ${length} bytes; at most ${INGEST_LIMITS.uploadBytes}. Use the CLI (scamgraph ingest) for larger files.`,
      );
    }
    try {
      const format = ingestFormat(query(req.query, 'format'), 'csv');
      const cap = byteCap(INGEST_LIMITS.uploadBytes);
      req.on('error', (e) => cap.destroy(e));
      const body = req.pipe(cap);
      const r = await services.ingestUpload(
        adminContext(),
        body,
        format,
        {
          source: query(req.query, 'source'),
          reliability: query(req.query, 'reliability'),
          tlp: query(req.query, 'tlp'),
          confidence: query(req.query, 'confidence'),
          defaultRegion: query(req.query, 'defaultRegion'),
          platform: query(req.query, 'platform'),
        },
        query(req.query, 'filename') ?? 'upload',
      );
      res.json(r);
    } catch (error) {
      if (error instanceof TooLarge)
        return fail(413, 'BAD_USER_INPUT', `${error.message} Rows before the cap were ingested.`);
      if (error instanceof ScamgraphError)
        return fail(
          error.code === 'UNAVAILABLE' ? 503 : error.code === 'BAD_USER_INPUT' ? 400 : 500,
          error.code,
          error.message,
          error.details,
        );
      console.error('[ingest] upload failed:', error);
      return fail(500, 'INTERNAL_SERVER_ERROR', 'Internal error; the server log has the details.');
    }
  });
  return router;
}
