// /api/session: exchange a one-time code for a session cookie (POST), who is signed in (GET), sign out (DELETE).
import express, {
  type ErrorRequestHandler,
  type Request,
  type Response,
  type Router,
} from 'express';
import type { Executor } from '../db/executor.js';
import { ScamgraphError } from '../errors.js';
import { SESSION_COOKIE, SESSION_LIMITS } from '../modules/session/session-limits.js';
import { endSession, exchangeCode, type SignedIn } from '../modules/session/session-store.js';
import { me } from '../modules/session/session-service.js';
import { callerOf, cookieOf } from './authenticate.js';
import { noteSignIn, noteSignOut } from '../modules/audit/audit-session.js';

const STATUS_OF: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNAVAILABLE: 503,
};

function fail(res: Response, status: number, code: string, message: string, details = {}): void {
  res.status(status).json({ error: { code, message, ...details } });
}

function failWith(res: Response, error: unknown): void {
  if (error instanceof ScamgraphError && STATUS_OF[error.code])
    return fail(res, STATUS_OF[error.code]!, error.code, error.message, error.details);
  console.error('[session] internal error:', error);
  fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal error; the server log has the details.');
}

/** The cookie's attributes: HttpOnly, SameSite=Strict, Path=/, Secure when the request came over https. */
function cookieOptions(req: Request) {
  return { httpOnly: true, sameSite: 'strict' as const, path: '/', secure: req.secure };
}

/** The code itself, or the code inside a pasted sign-in link (`…/signin?code=…`). */
export function codeFrom(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const inLink = /[?&]code=([^&#\s]+)/.exec(text)?.[1];
  return inLink ?? text;
}

const view = (who: SignedIn, via: string, expiresAt?: string) => ({
  account: who.account,
  accountId: who.accountId,
  organisation: who.organisation,
  organisationKey: who.organisationKey,
  role: who.role,
  clearance: who.clearance,
  via,
  ...(expiresAt ? { expiresAt } : {}),
});

export function sessionRoutes(executor: Executor): Router {
  const router = express.Router();

  router.post('/', express.json({ limit: '4kb' }), async (req, res) => {
    const code = codeFrom((req.body as { code?: unknown } | undefined)?.code);
    if (!code) {
      noteSignIn(executor, req, { refused: 'EMPTY' });
      return fail(
        res,
        400,
        'BAD_USER_INPUT',
        'Send JSON {"code": "<the code or the whole sign-in link>"}.',
        {
          field: 'code',
          reason: 'EMPTY',
        },
      );
    }
    try {
      const session = await exchangeCode(executor, code);
      const previous = cookieOf(req, SESSION_COOKIE);
      if (previous) await endSession(executor, previous);
      res.cookie(SESSION_COOKIE, session.secret, {
        ...cookieOptions(req),
        maxAge: SESSION_LIMITS.absoluteMs,
      });
      noteSignIn(executor, req, { who: session.who });
      res.json(view(session.who, 'session', session.expiresAt));
    } catch (error) {
      const reason = (error as ScamgraphError).details?.reason;
      noteSignIn(executor, req, { refused: typeof reason === 'string' ? reason : 'ERROR' });
      failWith(res, error);
    }
  });

  router.get('/', async (req, res) => {
    const caller = callerOf(res);
    try {
      if (caller.via === 'session' && caller.who)
        return void res.json(view(caller.who, 'session', caller.expiresAt));
      if (caller.via === 'token') {
        const who = await me(executor, caller.ctx);
        if (who) return void res.json(view(who, 'token'));
      }
      // A cookie that no longer opens a session (signed out elsewhere, expired, account disabled) is dropped.
      if (cookieOf(req, SESSION_COOKIE)) res.clearCookie(SESSION_COOKIE, cookieOptions(req));
      fail(res, 401, 'UNAUTHENTICATED', 'Nobody is signed in.', { reason: 'SIGN_IN_REQUIRED' });
    } catch (error) {
      failWith(res, error);
    }
  });

  router.delete('/', async (req, res) => {
    try {
      const secret = cookieOf(req, SESSION_COOKIE);
      if (secret) noteSignOut(executor, req);
      if (secret) await endSession(executor, secret);
      res.clearCookie(SESSION_COOKIE, cookieOptions(req));
      res.json({ signedOut: Boolean(secret) });
    } catch (error) {
      failWith(res, error);
    }
  });

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const e = error as { type?: string; status?: number };
    if (e.type === 'entity.too.large')
      return fail(res, 413, 'BAD_USER_INPUT', 'The request body is larger than 4 KB.');
    if ((e.status ?? 500) < 500)
      return fail(res, 400, 'BAD_USER_INPUT', 'The request body is not valid JSON.');
    failWith(res, error);
  };
  router.use(onError);
  return router;
}
