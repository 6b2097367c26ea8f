// Who is calling, resolved once per request for every route: the session cookie, else an API token in the
// Authorization header, else anonymous (public mode: a read-only CLEAR context). The ONE parser of the
// Authorization header: `Bearer <token>`, `Token <token>` (taxii2-client's TokenAuth) and, on TAXII only,
// `Basic base64(<any user>:<token>)` (clients that know only user and password).
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
  /**
   * Machine-client routes (TAXII): tokens only, no session cookie, and HTTP Basic with the token as password
   * is accepted too. Basic stays off for browser-facing routes: browsers resend Basic credentials on their
   * own, as they do cookies.
   */
  tokensOnly?: boolean;
}

/** The challenges a 401 names: Bearer (and Token) everywhere, Basic where it is accepted. */
export function challenges(options: { basic?: boolean }): string[] {
  return options.basic
    ? ['Bearer realm="scamgraph"', 'Basic realm="scamgraph", charset="UTF-8"']
    : ['Bearer realm="scamgraph"'];
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

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The API token of the request's Authorization header: `Bearer <token>`, `Token <token>`, or (with `basic`)
 * `Basic base64(<any user>:<token>)`. Undefined when no header is sent, '' when it is malformed or of another
 * scheme (the caller is refused, never treated as anonymous).
 */
export function tokenOf(req: Request, options: { basic?: boolean } = {}): string | undefined {
  const header = req.get('authorization');
  if (header === undefined) return undefined;
  const m = /^\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(header);
  if (!m) return '';
  const scheme = m[1]!.toLowerCase();
  const credentials = m[2]!;
  if (scheme === 'bearer' || scheme === 'token') return credentials;
  if (scheme !== 'basic' || !options.basic || !BASE64.test(credentials)) return '';
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? '' : decoded.slice(colon + 1);
}

/** The context of the request's API token, or null (none, unknown, revoked, expired, disabled account). */
export async function tokenContext(
  executor: Executor,
  req: Request,
  options: { basic?: boolean } = {},
): Promise<RequestContext | null> {
  const token = tokenOf(req, options);
  return token ? contextForToken(executor, token) : null;
}

/** Resolves the caller: session cookie, else API token, else anonymous. `null` for a bad token. */
export async function resolveCaller(
  executor: Executor,
  req: Request,
  options: AuthOptions,
): Promise<Caller | null> {
  const basic = { basic: options.tokensOnly === true };
  const secret = options.tokensOnly ? undefined : cookieOf(req, SESSION_COOKIE);
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
  if (tokenOf(req, basic) !== undefined) {
    const ctx = await tokenContext(executor, req, basic);
    return ctx ? { ctx, via: 'token' } : null;
  }
  const ctx =
    options.publicMode && !options.tokensOnly ? publicContext() : { ...publicContext(), roles: [] };
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
 * Resolves the caller of every request that reaches it and keeps it for the routes. A token that is unknown,
 * revoked, expired or of a disabled account (or a malformed Authorization header) is refused at once (401),
 * on every route, with the same answer whichever scheme carried it.
 */
export function authenticate(executor: Executor, options: AuthOptions): RequestHandler {
  return async (req, res, next) => {
    try {
      const caller = await resolveCaller(executor, req, options);
      if (!caller) {
        res.set('WWW-Authenticate', challenges({ basic: options.tokensOnly }));
        return refuse(req, res, {
          status: 401,
          code: 'UNAUTHENTICATED',
          reason: 'BAD_TOKEN',
          message:
            'The API token is not valid (unknown, revoked, expired, or its account is disabled). Make one with: npx scamgraph token create',
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
