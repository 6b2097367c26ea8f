// Webhook retries: p-retry's exponential schedule, one attempt more than the retries at most, a timeout
// per attempt, a fresh signature each time; against a real HTTP receiver on 127.0.0.1.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  postWithRetry,
  retryDelays,
  SERVER_RETRY,
  type AttemptRecord,
  type RetryPolicy,
} from '../../../server/modules/watchlists/webhook-post.js';
import { verifySignature } from '../../../server/modules/watchlists/webhook-signature.js';

const SECRET = 'receiver-secret-0123';
const FAST: RetryPolicy = {
  retries: 3,
  minTimeoutMs: 40,
  factor: 2,
  maxTimeoutMs: 100,
  attemptTimeoutMs: 5_000,
};

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r) ?? r(undefined));
  server = undefined;
});

interface Received {
  at: number;
  body: string;
  verified: boolean;
}

/** A receiver answering each post with the next status of `statuses` (the last one repeats; 0: no answer). */
async function receiver(statuses: number[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const sig = req.headers['x-scamgraph-signature'] as string | undefined;
      const ts = req.headers['x-scamgraph-timestamp'] as string | undefined;
      received.push({ at: Date.now(), body, verified: verifySignature(SECRET, ts, body, sig) });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)]!;
      if (status === 0) return; // never answers
      res.writeHead(status).end(status === 204 ? undefined : 'ok');
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

const request = (url: string) => ({
  url,
  body: JSON.stringify({ event: 'watch.changes', changes: [] }),
  secret: SECRET,
  deliveryId: 'wd-test',
  event: 'watch.changes',
});

describe('the retry schedule', () => {
  it('waits 1, 4, 16, 64 and 256 seconds in the server', () => {
    expect(retryDelays(SERVER_RETRY)).toEqual([1_000, 4_000, 16_000, 64_000, 256_000]);
  });

  it('caps each wait', () => {
    expect(retryDelays(FAST)).toEqual([40, 80, 100]);
  });
});

describe('posting with retries', () => {
  it('stops at the first 2xx: fails twice, then succeeds, 3 signed attempts spaced by the schedule', async () => {
    const { url, received } = await receiver([500, 503, 204]);
    const log: AttemptRecord[] = [];
    const outcome = await postWithRetry(request(url), FAST, (a) => void log.push(a));
    expect(outcome).toMatchObject({ ok: true, attempts: 3 });
    expect(log.map((a) => [a.attempt, a.ok, a.responseCode, a.error])).toEqual([
      [1, false, 500, 'HTTP_500'],
      [2, false, 503, 'HTTP_503'],
      [3, true, 204, null],
    ]);
    expect(received.map((r) => r.verified)).toEqual([true, true, true]);
    const gaps = received.slice(1).map((r, i) => r.at - received[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[1]).toBeGreaterThanOrEqual(75);
  });

  it('gives up after retries + 1 attempts', async () => {
    const { url, received } = await receiver([500]);
    const log: AttemptRecord[] = [];
    const outcome = await postWithRetry(request(url), FAST, (a) => void log.push(a));
    expect(outcome).toMatchObject({ ok: false, attempts: 4 });
    expect(received).toHaveLength(4);
    expect(log.at(-1)).toMatchObject({ attempt: 4, ok: false, responseCode: 500 });
  });

  it('abandons an attempt that gets no answer within its timeout', async () => {
    const { url } = await receiver([0, 200]);
    const started = Date.now();
    const log: AttemptRecord[] = [];
    const outcome = await postWithRetry(
      request(url),
      { ...FAST, attemptTimeoutMs: 500 },
      (a) => void log.push(a),
    );
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(log[0]!.error).toBe('TIMEOUT: no answer within 500 ms');
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('counts a refused connection as a failed attempt', async () => {
    const { url } = await receiver([200]);
    server!.close();
    server!.closeAllConnections();
    const log: AttemptRecord[] = [];
    const outcome = await postWithRetry(
      request(url),
      { ...FAST, retries: 1 },
      (a) => void log.push(a),
    );
    expect(outcome).toMatchObject({ ok: false, attempts: 2 });
    expect(log[0]!.responseCode).toBeNull();
    expect(log[0]!.error).toMatch(/ECONNREFUSED/);
  });

  it('goes on when the delivery log cannot be written', async () => {
    const { url } = await receiver([500, 200]);
    const outcome = await postWithRetry(request(url), FAST, () => {
      throw new Error('log store down');
    });
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
  });

  it('stops retrying when told to stop', async () => {
    const { url, received } = await receiver([500]);
    const stop = new AbortController();
    const outcome = await postWithRetry(
      request(url),
      { ...FAST, retries: 5, minTimeoutMs: 5_000, maxTimeoutMs: 5_000 },
      () => stop.abort(),
      { signal: stop.signal },
    );
    expect(outcome).toMatchObject({ ok: false, attempts: 1 });
    expect(received).toHaveLength(1);
  });
});
