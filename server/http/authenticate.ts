// Who is calling, resolved once per request for every route: the session cookie, else an
// `Authorization: Bearer` account token, else anonymous (public mode: a read-only CLEAR context).
import type { Request, RequestHandler, Response } from 'express';
import type { RequestContext } from '../context.js';
import type { Executor } from '../db/executor.js';
import { canWrite } from '../modules/access/rights.js';
import { contextForToken } from '../modules/auth/token-service.js';
import { SESSION_COOKIE } from '../modules/session/session-limits.js';
import { contextOf, sessionFor, type SignedIn } from '../modules/session/session-store.js';
import { refuse } from './refusal.js';

export interface AuthOptions {
  /** SCAMGRAPH_PUBLIC=clear: anonymous callers read CLEAR data (GraphQL only) and write nothing. */
  publicMode?: boolean;
}

export interface Caller {
  ctx: RequestContext;
  /** How the caller proved who it is. */
  via: 'session' | 'token' | 'anonymous';
  /** The signed-in account (session only). */
  who?: SignedIn;
  /** The session's id and absolute expiry (session only). */
  sessionId?: string;
  expiresAt?: string;
}

/** What an anonymous caller of a public instance may do: read CLEAR data. */
export function publicContext(): RequestContext {
  return {
    anonymous: true,
    clearance: 'CLEAR',
    roles: ['public'],
    caller: 'anonymous',
    organisation: '',
  };
}

/** The value of one cookie of the request, or undefined. */
export function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The bearer token of the request: undefined when none is sent, '' when the header is malformed. */
export function bearerOf(req: Request): string | undefined {
  const header = req.get('authorization');
  if (header === undefined) return undefined;
  return /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
}

/** The context of the request's bearer token, or null (none, unknown, revoked, expired, disabled account). */
export async function bearerContext(
  executor: Executor,
  req: Request,
): Promise<RequestContext | null> {
  const token = bearerOf(req);
  return token ? contextForToken(executor, token) : null;
}

/** Resolves the caller: session cookie, else bearer token, else anonymous. `null` for a bad bearer token. */
export async function resolveCaller(
  executor: Executor,
  req: Request,
  options: AuthOptions,
): Promise<Caller | null> {
  const secret = cookieOf(req, SESSION_COOKIE);
  if (secret) {
    const session = await sessionFor(executor, secret);
    if (session)
      return {
        ctx: contextOf(session.who),
        via: 'session',
        who: session.who,
        sessionId: session.id,
        expiresAt: session.expiresAt,
      };
  }
  if (bearerOf(req) !== undefined) {
    const ctx = await bearerContext(executor, req);
    return ctx ? { ctx, via: 'token' } : null;
  }
  const ctx = options.publicMode ? publicContext() : { ...publicContext(), roles: [] };
  return { ctx, via: 'anonymous' };
}

const CALLER = Symbol('scamgraph.caller');
type WithCaller = Response & { [CALLER]?: Caller };

/** The caller resolved for this request by `authenticate` (anonymous when it did not run). */
export function callerOf(res: Response): Caller {
  return (
    (res as WithCaller)[CALLER] ?? { ctx: { ...publicContext(), roles: [] }, via: 'anonymous' }
  );
}

/** True when the caller has not signed in. */
export function isAnonymous(caller: Caller): boolean {
  return caller.ctx.anonymous === true;
}

/**
 * Resolves the caller of every request that reaches it and keeps it for the routes. A bearer token that is
 * unknown, revoked, expired or of a disabled account is refused at once (401), on every route.
 */
export function authenticate(executor: Executor, options: AuthOptions): RequestHandler {
  return async (req, res, next) => {
    try {
      const caller = await resolveCaller(executor, req, options);
      if (!caller) {
        res.set('WWW-Authenticate', 'Bearer');
        return refuse(req, res, {
          status: 401,
          code: 'UNAUTHENTICATED',
          reason: 'BAD_TOKEN',
          message:
            'The bearer token is not valid (unknown, revoked, expired, or its account is disabled). Make one with: npx scamgraph token create',
        });
      }
      (res as WithCaller)[CALLER] = caller;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * Refuses anonymous callers with 401 UNAUTHENTICATED (GraphQL errors on /graphql, `{error}` elsewhere);
 * `allowPublic` lets a public instance's anonymous callers through (GraphQL reads); `write` also refuses
 * callers whose role may not write with 403 FORBIDDEN (uploads, before the body is read).
 */
export function requireCaller(
  opts: { allowPublic?: boolean; write?: boolean } = {},
): RequestHandler {
  return (req, res, next) => {
    const caller = callerOf(res);
    const publicReader = opts.allowPublic && !opts.write && caller.ctx.roles.includes('public');
    if (isAnonymous(caller) && !publicReader)
      return refuse(req, res, {
        status: 401,
        code: 'UNAUTHENTICATED',
        reason: 'SIGN_IN_REQUIRED',
        message:
          'Sign in first: open the sign-in link printed by npm start (or make one with: npx scamgraph signin-link), or send "Authorization: Bearer <token>".',
      });
    if (opts.write && !canWrite(caller.ctx))
      return refuse(req, res, {
        status: 403,
        code: 'FORBIDDEN',
        reason: 'ROLE_CANNOT_WRITE',
        message: `The role ${caller.ctx.roles.join(', ')} may read but not submit data; ask an administrator for an analyst or partner account.`,
      });
    next();
  };
}
