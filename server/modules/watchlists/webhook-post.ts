// Posting one payload to a webhook: signed afresh at every attempt, each attempt bounded by a timeout,
// retried with exponential backoff by p-retry; every attempt is reported to `onAttempt` (the delivery log).
import pRetry from 'p-retry';
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  signPayload,
} from './webhook-signature.js';

/** How a delivery is retried: p-retry's backoff (no jitter), and a timeout per attempt. */
export interface RetryPolicy {
  /** Retries after the first attempt (so at most retries + 1 attempts). */
  retries: number;
  /** Delay before the first retry. */
  minTimeoutMs: number;
  /** Each further delay is the previous one times this. */
  factor: number;
  /** No delay is longer than this. */
  maxTimeoutMs: number;
  /** An attempt that has no answer within this is abandoned (and counts as failed). */
  attemptTimeoutMs: number;
}

/** The server's schedule: 6 attempts over about 5½ minutes (waits of 1, 4, 16, 64 and 256 s). */
export const SERVER_RETRY: RetryPolicy = {
  retries: 5,
  minTimeoutMs: 1_000,
  factor: 4,
  maxTimeoutMs: 300_000,
  attemptTimeoutMs: 10_000,
};

/** The CLI's, which waits for its deliveries before it exits: 3 attempts within about 35 s. */
export const CLI_RETRY: RetryPolicy = {
  retries: 2,
  minTimeoutMs: 1_000,
  factor: 4,
  maxTimeoutMs: 4_000,
  attemptTimeoutMs: 10_000,
};

/** The waits between attempts a policy gives (p-retry's formula without jitter), in milliseconds. */
export function retryDelays(policy: RetryPolicy): number[] {
  return Array.from({ length: policy.retries }, (_, i) =>
    Math.min(Math.round(policy.minTimeoutMs * policy.factor ** i), policy.maxTimeoutMs),
  );
}

export interface AttemptRecord {
  /** 1 for the first attempt. */
  attempt: number;
  at: string;
  ms: number;
  ok: boolean;
  responseCode: number | null;
  error: string | null;
}

export interface PostRequest {
  url: string;
  body: string;
  secret: string;
  deliveryId: string;
  event: string;
}

export interface PostOutcome {
  ok: boolean;
  attempts: number;
  last: AttemptRecord;
}

class AttemptFailed extends Error {
  constructor(readonly record: AttemptRecord) {
    super(record.error ?? `HTTP ${record.responseCode}`);
  }
}

/** At most this much of a receiver's answer is read (and dropped). */
const ANSWER_BYTES = 64 * 1024;

async function drain(response: Response): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      if (read > ANSWER_BYTES) return void (await reader.cancel());
    }
  } catch {
    // The answer's body does not matter; its status does.
  }
}

function describe(error: unknown, timeoutMs: number): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return `TIMEOUT: no answer within ${timeoutMs} ms`;
  if (e?.name === 'AbortError') return 'STOPPED: the server is shutting down';
  const code = e?.cause?.code;
  const detail = e?.cause?.message ?? e?.message ?? String(error);
  return `${code ?? 'NETWORK_ERROR'}: ${detail}`.slice(0, 500);
}

/** One signed POST; resolves with its record (ok: a 2xx answer). Never rejects. */
export async function attemptPost(
  req: PostRequest,
  attempt: number,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
  stop?: AbortSignal,
): Promise<AttemptRecord> {
  const started = Date.now();
  const timestamp = Math.floor(started / 1000);
  const base = { attempt, at: new Date(started).toISOString() };
  try {
    const response = await fetchImpl(req.url, {
      method: 'POST',
      body: req.body,
      redirect: 'manual',
      signal: stop
        ? AbortSignal.any([AbortSignal.timeout(timeoutMs), stop])
        : AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Scamgraph-Webhook/1',
        [EVENT_HEADER]: req.event,
        [DELIVERY_HEADER]: req.deliveryId,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signPayload(req.secret, timestamp, req.body),
      },
    });
    await drain(response);
    const ok = response.status >= 200 && response.status < 300;
    const redirect = response.status >= 300 && response.status < 400;
    return {
      ...base,
      ms: Date.now() - started,
      ok,
      responseCode: response.status,
      error: ok
        ? null
        : redirect
          ? `REDIRECT_NOT_FOLLOWED: HTTP ${response.status} (give the final URL)`
          : `HTTP_${response.status}`,
    };
  } catch (error) {
    return {
      ...base,
      ms: Date.now() - started,
      ok: false,
      responseCode: null,
      error: describe(error, timeoutMs),
    };
  }
}

/**
 * Posts until a 2xx answer or the policy's retries are spent (or `signal` aborts). `onAttempt` is awaited
 * after every attempt (its failures are ignored: a log that cannot be written does not stop the delivery).
 */
export async function postWithRetry(
  req: PostRequest,
  policy: RetryPolicy,
  onAttempt: (record: AttemptRecord) => unknown,
  opts: { fetchImpl?: typeof fetch; signal?: AbortSignal } = {},
): Promise<PostOutcome> {
  let last: AttemptRecord | undefined;
  const note = async (record: AttemptRecord) => {
    last = record;
    try {
      await onAttempt(record);
    } catch {
      // See above.
    }
  };
  try {
    await pRetry(
      async (attempt) => {
        const record = await attemptPost(
          req,
          attempt,
          policy.attemptTimeoutMs,
          opts.fetchImpl,
          opts.signal,
        );
        await note(record);
        if (!record.ok) throw new AttemptFailed(record);
      },
      {
        retries: policy.retries,
        minTimeout: policy.minTimeoutMs,
        factor: policy.factor,
        maxTimeout: policy.maxTimeoutMs,
        randomize: false,
        signal: opts.signal,
      },
    );
  } catch {
    // The last attempt's record says why (or the delivery was stopped: the server is shutting down).
  }
  last ??= {
    attempt: 0,
    at: new Date().toISOString(),
    ms: 0,
    ok: false,
    responseCode: null,
    error: 'STOPPED: the server stopped before the first attempt',
  };
  return { ok: last.ok, attempts: last.attempt, last };
}
