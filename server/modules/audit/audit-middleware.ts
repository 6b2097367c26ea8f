// Express middleware: each request gets an audit collector; when its response closes, what its handlers
// noted becomes one event in the batched log (never awaited, never failing the request). A refused API
// token (any scheme) is recorded as a failed sign-in, a refused write (403) as such.
import type { Request, RequestHandler, Response } from 'express';
import type { Executor } from '../../db/executor.js';
import { currentScope } from '../../http/request-scope.js';
import { callerOf, tokenOf } from '../../http/authenticate.js';
import { attachCollector, type AuditCollector } from './audit-collector.js';
import { auditLogFor } from './audit-recorder.js';

/** The caller's address, for sign-in events (`req.ip` follows Express's `trust proxy` setting). */
export function remoteOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function finish(executor: Executor, req: Request, res: Response, collector: AuditCollector): void {
  const status = res.statusCode;
  const outcome = status >= 500 ? 'failed' : status >= 400 ? 'refused' : 'ok';
  let event = collector.event(outcome);
  if (!event && status === 401 && tokenOf(req) !== undefined)
    event = {
      operation: 'signin:token',
      outcome: 'refused',
      detail: `API token refused (unknown, revoked, expired or disabled account) from ${remoteOf(req)}`,
    };
  // A state-changing request refused before any handler (a role that may not write, a foreign Origin).
  if (!event && status === 403 && !SAFE_METHODS.has(req.method))
    event = {
      operation: 'refused:write',
      outcome: 'refused',
      detail: `${req.method} ${req.originalUrl.split('?')[0]?.slice(0, 100)} from ${remoteOf(req)}`,
    };
  if (!event) return;
  if (!res.writableFinished)
    event.detail = event.detail ? `${event.detail}; client went away` : 'client went away';
  auditLogFor(executor).record(collector.actor ?? callerOf(res).ctx, event);
}

/** Mount right after the request scope, before any route. */
export function auditRequests(executor: Executor): RequestHandler {
  return (req, res, next) => {
    const scope = currentScope();
    if (scope) {
      const collector = attachCollector(scope);
      res.once('close', () => {
        try {
          finish(executor, req, res, collector);
        } catch (error) {
          console.error('[audit] could not record a request:', error);
        }
      });
    }
    next();
  };
}
