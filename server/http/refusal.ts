// Refusals sent by HTTP guards before any route runs, in the body shape the route's callers read.
import type { Request, Response } from 'express';
import type { ErrorCode } from '../errors.js';

export interface Refusal {
  status: number;
  code: ErrorCode;
  /** Stable machine-readable reason (HOST_NOT_ALLOWED, ORIGIN_NOT_ALLOWED, PREFLIGHT_REQUIRED…). */
  reason: string;
  message: string;
}

const TAXII_MEDIA = 'application/taxii+json;version=2.1';

/**
 * Answers `refusal` as GraphQL errors on /graphql, a TAXII error on /taxii2, and `{error:{code,message,reason}}`
 * everywhere else; the request body, if any, is left for Node to discard.
 */
export function refuse(req: Request, res: Response, refusal: Refusal): void {
  const { status, code, reason, message } = refusal;
  // originalUrl: guards mounted on a sub-path see a relative req.path.
  const path = req.originalUrl.split('?')[0] ?? '';
  res.status(status);
  if (/^\/graphql(\/|$)/.test(path)) {
    res.json({ errors: [{ message, extensions: { code, reason } }] });
  } else if (/^\/taxii2(\/|$)/.test(path)) {
    res.setHeader('Content-Type', TAXII_MEDIA);
    res.send(
      Buffer.from(
        JSON.stringify({
          title: status === 401 ? 'Unauthenticated' : status === 403 ? 'Forbidden' : 'Bad Request',
          description: message,
          http_status: String(status),
        }),
      ),
    );
  } else {
    res.json({ error: { code, message, reason } });
  }
}
