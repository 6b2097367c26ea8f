// Caps on concurrent heavy work (uploads, exports): a slot counter per kind; excess is refused at once, not queued.
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { currentScope } from './request-scope.js';

/** Seconds a refused caller is told to wait before trying again. */
export const BUSY_RETRY_AFTER_S = 5;

export class Slots {
  private used = 0;

  constructor(
    /** What the slots are for, in words (“uploads”, “exports”). */
    readonly what: string,
    readonly max: number,
    /** Deadline of a request doing this work, from its start (longer than a plain request's). */
    readonly deadlineMs?: number,
  ) {}

  get inUse(): number {
    return this.used;
  }

  /**
   * Takes a slot and returns its release function (idempotent), or undefined when all are taken; the current
   * request's deadline becomes `deadlineMs`.
   */
  tryTake(): (() => void) | undefined {
    if (this.used >= this.max) return undefined;
    this.used += 1;
    if (this.deadlineMs) currentScope()?.extend(this.deadlineMs);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= 1;
    };
  }

  /** The message a refused caller reads. */
  busyMessage(): string {
    return `The server is already running ${this.max} ${this.what} (its limit); try again in a few seconds.`;
  }

  /** Runs `work` in a slot; when none is free, fails with RATE_LIMITED (HTTP 429, Retry-After) instead. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = this.tryTake();
    if (!release) {
      throw new GraphQLError(this.busyMessage(), {
        extensions: {
          code: 'RATE_LIMITED',
          reason: `TOO_MANY_${this.what.toUpperCase()}`,
          retryAfterSeconds: BUSY_RETRY_AFTER_S,
          // Apollo takes the HTTP status and headers from here and drops the key from the answer.
          http: {
            status: 429,
            headers: new Map([['retry-after', String(BUSY_RETRY_AFTER_S)]]),
          },
        },
      });
    }
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * Express middleware holding a slot for the whole request (until the response closes); a request that
 * finds none free is answered 429 with Retry-After and `{error:{code:'RATE_LIMITED',reason,message}}`.
 */
export function slotGuard(slots: Slots): RequestHandler {
  return (req, res, next) => {
    const release = slots.tryTake();
    if (!release) {
      req.resume(); // the body is not read; let Node discard it
      res
        .status(429)
        .set('Retry-After', String(BUSY_RETRY_AFTER_S))
        .json({
          error: {
            code: 'RATE_LIMITED',
            reason: `TOO_MANY_${slots.what.toUpperCase()}`,
            message: slots.busyMessage(),
            retryAfterSeconds: BUSY_RETRY_AFTER_S,
          },
        });
      return;
    }
    res.once('close', release);
    next();
  };
}
