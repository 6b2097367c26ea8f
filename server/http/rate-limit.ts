// Request-rate limits on /graphql, /api/* and /taxii2/*: per client address and per API token, one-minute windows.
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { fail as taxiiFail } from '../modules/taxii/taxii-router.js';
import { tokenOf } from './authenticate.js';

export interface RateLimits {
  /** Requests a minute from one client address (IPv6: one /56); 0 = no limit. */
  perAddress: number;
  /** Requests a minute with one API token (any scheme `authenticate.ts` reads); 0 = no limit. */
  perToken: number;
}

const WINDOW_MS = 60_000;

/** The API token of a request, if it sends one (Bearer, Token, or Basic's password: authenticate.ts). */
function bearer(req: Request): string | undefined {
  return tokenOf(req, { basic: true }) || undefined;
}

/** Tokens are keyed by a hash: the limiter's memory never holds a secret. */
function tokenKey(token: string): string {
  return `token:${createHash('sha256').update(token, 'utf8').digest('hex')}`;
}

/**
 * A 429 in the body shape the route's callers read: GraphQL errors on /graphql, a TAXII error on /taxii2,
 * `{error:{code,reason,message}}` elsewhere; code RATE_LIMITED. Retry-After is already set by the limiter.
 */
export function sendTooMany(req: Request, res: Response, reason: string, message: string): void {
  const retryAfterSeconds = Number(res.getHeader('retry-after')) || undefined;
  const path = req.originalUrl.split('?')[0] ?? '';
  res.status(429);
  if (/^\/taxii2(\/|$)/.test(path)) {
    taxiiFail(res, 429, message);
  } else if (/^\/graphql(\/|$)/.test(path)) {
    res.json({
      errors: [{ message, extensions: { code: 'RATE_LIMITED', reason, retryAfterSeconds } }],
    });
  } else {
    res.json({ error: { code: 'RATE_LIMITED', reason, message, retryAfterSeconds } });
  }
}

function limiter(
  name: string,
  limit: number,
  key: (req: Request) => string,
  skip: (req: Request) => boolean,
  who: string,
): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit,
    identifier: name,
    requestPropertyName: `${name}RateLimit`,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: key,
    skip: (req) => limit === 0 || skip(req),
    handler: (req, res) => {
      const wait = Number(res.getHeader('retry-after')) || 60;
      sendTooMany(
        req,
        res,
        'TOO_MANY_REQUESTS',
        `Too many requests ${who}: at most ${limit} a minute. Try again in ${wait} s.`,
      );
    },
  });
}

/** The two limiters, address first: a request is refused when either is exceeded. */
export function rateLimits(limits: RateLimits): RequestHandler[] {
  return [
    limiter(
      'address',
      limits.perAddress,
      (req) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown'),
      () => false,
      'from this address',
    ),
    limiter(
      'token',
      limits.perToken,
      (req) => tokenKey(bearer(req) ?? ''),
      (req) => bearer(req) === undefined,
      'with this API token',
    ),
  ];
}
