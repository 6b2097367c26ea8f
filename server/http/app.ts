// The HTTP app: /graphql (Apollo), /healthz, /readyz, the GraphQL IDE and the web client.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import { adminContext } from '../context.js';
import type { GraphQLContext } from '../graphql-context.js';
import type { Services } from '../services.js';
import { batchLoader } from '../batch-loader.js';
import { LIMITS } from '../modules/common/limits.js';
import { taxiiRouter } from '../modules/taxii/taxii-router.js';
import { ingestRouter } from '../modules/ingest/ingest-http.js';

export const WEB_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/web',
);

export interface AppDeps {
  apollo: ApolloServer<GraphQLContext>;
  services: Services;
  /** Resolves true when Neo4j answers and the schema is applied. */
  ready: () => Promise<boolean>;
}

function graphqlError(status: number, code: string, message: string) {
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

export function createApp({ apollo, services, ready }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });

  // A browser opening /graphql gets the GraphQL IDE, served from our own bundle (no CDN).
  app.get('/graphql', (req, res, next) => {
    if (
      req.accepts(['application/json', 'text/html']) === 'text/html' &&
      existsSync(path.join(WEB_DIST, 'graphiql.html'))
    ) {
      res.sendFile(path.join(WEB_DIST, 'graphiql.html'));
      return;
    }
    next();
  });

  app.use(
    '/graphql',
    express.json({ limit: LIMITS.bodyBytes }),
    expressMiddleware(apollo, {
      context: async () => {
        const ctx = adminContext();
        const loadSource = batchLoader(async (ids: string[]) => {
          const sources = await services.sourcesByIds(ids);
          return new Map(sources.map((s) => [s.id, s]));
        });
        return { ctx, services, loadSource };
      },
    }),
  );

  // File uploads for ingest, streamed (before the web client's fallback route).
  app.use('/api/ingest', ingestRouter(services));

  // TAXII 2.1 (read side), bearer-token auth; before the web client's fallback route.
  app.use('/taxii2', taxiiRouter(services.executor));

  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|taxii2|healthz|readyz|api\/).*/, (_req, res) => {
      res.sendFile(path.join(WEB_DIST, 'index.html'));
    });
  }

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const e = error as { type?: string; status?: number };
    const failure =
      e.type === 'entity.too.large'
        ? graphqlError(
            413,
            'BAD_USER_INPUT',
            `The request body is larger than ${LIMITS.bodyBytes} bytes.`,
          )
        : e.type === 'entity.parse.failed'
          ? graphqlError(400, 'BAD_USER_INPUT', 'The request body is not valid JSON.')
          : (e.status ?? 500) < 500
            ? graphqlError(e.status ?? 400, 'BAD_USER_INPUT', 'The request could not be read.')
            : graphqlError(
                500,
                'INTERNAL_SERVER_ERROR',
                'Internal error; the server log has the details.',
              );
    if (failure.status >= 500) console.error('[http] internal error:', error);
    res.status(failure.status).json(failure.body);
  };
  app.use(onError);
  return app;
}
