// Test-only routes (SCAMGRAPH_TEST_HOOKS=1, off by default): make errors escape every handler, hold a request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Executor } from '../db/executor.js';

export const TEST_HOOK_PREFIX = '/__test/';

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * POST /__test/throw-in-stream: a stream's `data` handler throws (an uncaught exception);
 * POST /__test/reject: a promise rejects with no handler (an unhandled rejection);
 * POST /__test/slow?ms=N: answers after N ms (at most 60 s) and a query on Neo4j (for shutdown drains).
 * Each answers 202 before the error escapes. Used by test/integration/faults.test.ts against the real
 * server process; mounted only when SCAMGRAPH_TEST_HOOKS=1.
 */
export function testHooks(executor: Executor) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'POST') return send(res, 405, { error: { code: 'BAD_USER_INPUT' } });
    req.resume();
    switch (url.pathname.slice(TEST_HOOK_PREFIX.length)) {
      case 'throw-in-stream': {
        send(res, 202, { escaping: 'uncaughtException' });
        const stream = Readable.from(['chunk']);
        stream.on('data', () => {
          throw new Error('test hook: thrown inside a stream data handler');
        });
        return;
      }
      case 'reject':
        send(res, 202, { escaping: 'unhandledRejection' });
        void Promise.reject(new Error('test hook: a promise rejected with no handler'));
        return;
      case 'slow': {
        const ms = Math.min(Number(url.searchParams.get('ms')) || 1000, 60_000);
        setTimeout(() => {
          executor
            .read({ cypher: 'RETURN 1 AS ok' })
            .then(() => send(res, 200, { ok: true, waitedMs: ms }))
            .catch((e: Error) =>
              send(res, 503, { error: { code: 'UNAVAILABLE', message: e.message } }),
            );
        }, ms);
        return;
      }
      default:
        return send(res, 404, { error: { code: 'NOT_FOUND' } });
    }
  };
}
