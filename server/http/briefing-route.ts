// GET /api/briefing?cluster=<cl-id>|country=<CC>|all=1&format=pdf|html|md&maxTlp=<TLP>: a briefing as a
// download. Signed-in analysts and administrators only (requireAnalyst); audited as an export
// (`export:briefing`, with the scope, the format and the briefing's TLP).
import express, { type Router } from 'express';
import type { Services } from '../services.js';
import { ScamgraphError } from '../errors.js';
import { callerOf } from './authenticate.js';
import { auditNote } from '../modules/audit/audit-recorder.js';
import { requireAnalyst } from '../modules/access/rights.js';
import { makeBriefing } from '../modules/briefings/briefing-service.js';
import { parseBriefingRequest } from '../modules/briefings/briefing-scope.js';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNAVAILABLE: 503,
};

const text = (q: unknown, key: string): string | undefined => {
  const v = (q as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
};

export function briefingRouter(services: Services): Router {
  const router = express.Router();
  router.get('/', async (req, res) => {
    const ctx = callerOf(res).ctx;
    auditNote(services.executor, { operation: 'export:briefing', primary: true, count: 0 });
    try {
      requireAnalyst(ctx, 'make briefings');
      const { scope, format, maxTlp } = parseBriefingRequest({
        cluster: text(req.query, 'cluster'),
        country: text(req.query, 'country'),
        all: text(req.query, 'all'),
        format: text(req.query, 'format'),
        maxTlp: text(req.query, 'maxTlp'),
      });
      const b = await makeBriefing(services.executor, ctx, scope, format, { maxTlp });
      auditNote(services.executor, {
        primary: true,
        ids: b.model.cluster ? [b.model.cluster.id] : [],
        count: b.model.figures.length + b.model.topIndicators.length,
        maxTlp: b.model.tlp,
        detail: `briefing ${format} of ${scope.kind === 'cluster' ? `cluster ${b.model.cluster?.id}` : scope.kind === 'country' ? `country ${scope.country}` : 'everything visible'}, read up to TLP ${b.model.ceiling}, marked ${b.model.tlp}`,
      });
      res
        .status(200)
        .set('Content-Type', b.contentType)
        .set('Content-Disposition', `attachment; filename="${b.fileName}"`)
        .set('Cache-Control', 'no-store')
        .set('X-Scamgraph-Tlp', b.model.tlp)
        .send(b.body);
    } catch (error) {
      if (error instanceof ScamgraphError) {
        res.status(STATUS[error.code] ?? 500).json({
          error: { code: error.code, message: error.message, ...error.details },
        });
        return;
      }
      console.error('[briefing] failed:', error);
      res.status(500).json({
        error: {
          code: 'INTERNAL_SERVER_ERROR',
          message: 'Internal error; the server log has the details.',
        },
      });
    }
  });
  return router;
}
