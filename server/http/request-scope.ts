// Per-request scope: a deadline and an abort signal (deadline passed, client gone) that every database call obeys.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import { UnavailableError } from '../errors.js';

/** Why a request stopped before it was answered: its deadline passed, or its client went away. */
export type AbortReason = 'DEADLINE_EXCEEDED' | 'CANCELLED';

export interface RequestScope {
  /** Aborts when the deadline passes or the client disconnects; its reason is an UnavailableError. */
  readonly signal: AbortSignal;
  /** Epoch milliseconds when the request began, and after which it is aborted. */
  readonly started: number;
  readonly deadline: number;
  /**
   * True once the response has closed (answered, or the client gone). Work that then continues in the scope
   * is either orphaned (an export loop checks `throwIfStopped`) or background work started from the request
   * (an audit flush): the executor no longer applies the scope to it.
   */
  readonly closed: boolean;
  /** Moves the deadline to `ms` after the request began (uploads, exports); never earlier than it is. */
  extend(ms: number): void;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The scope of the request being served, if any (the CLI and seeding run without one). */
export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

/** The scope database calls obey: the current request's while its response is still open. */
export function liveScope(): RequestScope | undefined {
  const scope = storage.getStore();
  return scope && !scope.closed ? scope : undefined;
}

const seconds = (ms: number) =>
  ms < 10_000 ? (ms / 1000).toFixed(1) : String(Math.round(ms / 1000));

/** The typed error a stopped request's work ends with (UNAVAILABLE, with a stable `reason`). */
export function abortError(reason: AbortReason, deadlineMs?: number): UnavailableError {
  return reason === 'DEADLINE_EXCEEDED'
    ? new UnavailableError(
        `The request took longer than its deadline (${seconds(deadlineMs ?? 0)} s) and was stopped; narrow it (a smaller depth, limit or selection) or split it.`,
        { reason },
      )
    : new UnavailableError('The request was cancelled: the client closed the connection.', {
        reason,
      });
}

/**
 * For loops of request work between their steps (export pages): throws the abort error once the request
 * was stopped, or CANCELLED once its response has closed (nobody will read what comes next).
 */
export function throwIfStopped(scope: RequestScope | undefined = currentScope()): void {
  if (!scope) return;
  if (scope.signal.aborted) throw scope.signal.reason as Error;
  if (scope.closed) throw abortError('CANCELLED');
}

/** A scope of its own (tests, work that should obey a deadline); `abort` stops it, `close` ends it. */
export function createScope(deadlineMs: number): {
  scope: RequestScope;
  abort: (reason?: AbortReason) => void;
  close: () => void;
} {
  const started = Date.now();
  const controller = new AbortController();
  let deadline = started + deadlineMs;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const abort = (reason: AbortReason = 'CANCELLED') => {
    clearTimeout(timer);
    if (!controller.signal.aborted) controller.abort(abortError(reason, deadline - started));
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => abort('DEADLINE_EXCEEDED'), Math.max(0, deadline - Date.now()));
    timer.unref();
  };
  arm();
  const scope: RequestScope = {
    signal: controller.signal,
    started,
    get deadline() {
      return deadline;
    },
    get closed() {
      return closed;
    },
    extend(ms: number) {
      if (closed || controller.signal.aborted || started + ms <= deadline) return;
      deadline = started + ms;
      arm();
    },
  };
  const close = () => {
    closed = true;
    clearTimeout(timer);
  };
  return { scope, abort, close };
}

/** Runs `fn` (and everything it starts) inside `scope`. */
export function runInScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** Runs `fn` (and everything it starts: timers, background flushes) outside any request's scope. */
export function outsideRequest<T>(fn: () => T): T {
  return storage.exit(fn);
}

/**
 * Express middleware, mounted first: each request gets a scope whose signal aborts when its deadline
 * (`deadlineMs`; heavy work extends it, see server/http/concurrency.ts) passes or when the client
 * disconnects before the answer was sent; the scope closes with the response.
 */
export function requestScope(deadlineMs: number): RequestHandler {
  return (_req, res, next) => {
    const { scope, abort, close } = createScope(deadlineMs);
    // 'close' without a finished response: the client went away (or the socket failed) mid-request.
    res.once('close', () => {
      if (!res.writableFinished) abort('CANCELLED');
      close();
    });
    storage.run(scope, next);
  };
}
