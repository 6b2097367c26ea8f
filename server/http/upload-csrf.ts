// CSRF on uploads as Apollo's csrfPrevention does on /graphql: a body a cross-site HTML form or "simple"
// fetch could send (text/plain, multipart/form-data, urlencoded, or no Content-Type) needs a header that
// no page can add without a CORS preflight, which this server never grants.
import type { RequestHandler } from 'express';
import { refuse } from './refusal.js';

/** The CORS-safelisted Content-Types: a browser sends them cross-site without asking first. */
export const SIMPLE_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'text/plain',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
]);

/** Any of these (non-empty) proves the request was preflighted: browsers may not add them on their own. */
export const PREFLIGHT_HEADERS = ['x-scamgraph-upload', 'apollo-require-preflight'] as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when a browser could have sent the request cross-site without a preflight. */
export function isSimpleRequest(headers: Record<string, string | string[] | undefined>): boolean {
  const raw = headers['content-type'];
  const type = (typeof raw === 'string' ? raw : '').split(';')[0]!.trim().toLowerCase();
  if (type !== '' && !SIMPLE_CONTENT_TYPES.has(type)) return false;
  return !PREFLIGHT_HEADERS.some((h) => {
    const v = headers[h];
    return typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) && v.length > 0;
  });
}

/** Refuses simple state-changing requests with 400 BAD_USER_INPUT, reason PREFLIGHT_REQUIRED. */
export const uploadCsrfGuard: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method) || !isSimpleRequest(req.headers)) return next();
  refuse(req, res, {
    status: 400,
    code: 'BAD_USER_INPUT',
    reason: 'PREFLIGHT_REQUIRED',
    message:
      'Send the file with its own Content-Type (text/csv, application/json, application/octet-stream…) or add the header "x-scamgraph-upload: 1"; text/plain, form and multipart bodies without it are refused (cross-site request forgery).',
  });
};
