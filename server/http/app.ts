// The HTTP app: /graphql (Apollo), /healthz, /readyz, the GraphQL IDE and the web client.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLContext } from '../graphql-context.js';
import type { Services } from '../services.js';
import { batchLoader } from '../batch-loader.js';
import { LIMITS } from '../modules/common/limits.js';
import { taxiiRouter } from '../modules/taxii/taxii-router.js';
import { ingestRouter } from '../modules/ingest/ingest-http.js';
import { briefingRouter } from './briefing-route.js';
import { loadConfig, type Config } from '../config.js';
import { hostGuard, originGuard, originPolicy } from './origin-guard.js';
import { securityHeaders } from './security-headers.js';
import { uploadCsrfGuard } from './upload-csrf.js';
import { requestScope } from './request-scope.js';
import { auditRequests } from '../modules/audit/audit-middleware.js';
import { rateLimits } from './rate-limit.js';
import { Slots, slotGuard } from './concurrency.js';
import { authenticate, callerOf, requireCaller, type AuthOptions } from './authenticate.js';
import { sessionRoutes } from './session-routes.js';
import { ScamgraphError, type ErrorCode } from '../errors.js';

export const WEB_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/web',
);

export interface AppDeps {
  apollo: ApolloServer<GraphQLContext>;
  services: Services;
  /** Resolves true when Neo4j answers and the schema is applied. */
  ready: () => Promise<boolean>;
  /** Host/Origin allow-lists; read from the environment when not given. */
  config?: Pick<Config, 'host' | 'allowedHosts' | 'allowedOrigins' | 'limits'>;
  /** Public mode (server/http/authenticate.ts); default: environment. */
  auth?: AuthOptions;
}

/** HTTP statuses of the typed errors that middleware (sign-in look-ups, guards) may raise. */
const STATUS_OF_CODE: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

function graphqlError(status: number, code: string, message: string) {
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

export function createApp({ apollo, services, ready, config, auth }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');

  // Every request gets a deadline and is cancelled when its client goes away (its Neo4j work too).
  const limits = (config ?? loadConfig()).limits;
  app.use(requestScope(limits.deadlineMs));
  // One audit event per request that changed, exported or returned restricted data (SPEC §6), written after.
  app.use(auditRequests(services.executor));
  const uploadSlots = new Slots(
    'uploads',
    limits.concurrentUploads || Infinity,
    limits.longDeadlineMs,
  );
  const exportSlots = new Slots(
    'exports',
    limits.concurrentExports || Infinity,
    limits.longDeadlineMs,
  );

  // Browser-facing hardening first: headers on every answer, then Host (DNS rebinding), then Origin (CSRF).
  const policy = originPolicy(config ?? loadConfig());
  app.use(securityHeaders(WEB_DIST), hostGuard(policy), originGuard(policy));

  // Request rates per client address and per API token (429 with Retry-After).
  app.use(
    ['/graphql', '/api', '/taxii2'],
    rateLimits({ perAddress: limits.ratePerAddress, perToken: limits.ratePerToken }),
  );

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

  // Who calls (session cookie, else bearer token, else anonymous); sign-in and sign-out at /api/session.
  app.use(
    ['/graphql', '/api'],
    authenticate(services.executor, auth ?? { publicMode: loadConfig().publicMode }),
  );
  app.use('/api/session', sessionRoutes(services.executor));

  app.use(
    '/graphql',
    requireCaller({ allowPublic: true }),
    express.json({ limit: LIMITS.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ctx = callerOf(res).ctx;
        const loadSource = batchLoader(async (ids: string[]) => {
          const sources = await services.sourcesByIds(ctx, ids);
          return new Map(sources.map((s) => [s.id, s]));
        });
        return {
          ctx,
          services,
          loadSource,
          exportSlots,
          baseUrl: `${req.protocol}://${req.get('host')}`,
        };
      },
    }),
  );

  // File uploads for ingest, streamed (before the web client's fallback route).
  app.use(
    '/api/ingest',
    uploadCsrfGuard,
    requireCaller({ write: true }),
    slotGuard(uploadSlots),
    ingestRouter(services),
  );

  // Briefings (PDF, HTML, Markdown) for analysts and administrators, audited as exports.
  app.use('/api/briefing', requireCaller(), slotGuard(exportSlots), briefingRouter(services));

  // TAXII 2.1 (read side), API tokens as Bearer, Token or Basic password (the router mounts authenticate);
  // before the web client's fallback route.
  app.use('/taxii2', taxiiRouter(services.executor));

  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|taxii2|healthz|readyz|api\/).*/, (_req, res) => {
      res.sendFile(path.join(WEB_DIST, 'index.html'));
    });
  }

  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const e = error as { type?: string; status?: number };
    const typed = error instanceof ScamgraphError ? error : undefined;
    const failure = typed
      ? graphqlError(STATUS_OF_CODE[typed.code] ?? 500, typed.code, typed.message)
      : e.type === 'entity.too.large'
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
    if (failure.status >= 500 && failure.status !== 503)
      console.error('[http] internal error:', error);
    if (failure.status === 503) res.set('Retry-After', '5');
    if (res.headersSent) return;
    // /graphql callers read GraphQL errors; every other route answers {error: {code, message}}.
    const error0 = failure.body.errors[0] as { message: string; extensions: { code: string } };
    res
      .status(failure.status)
      .json(
        req.originalUrl.startsWith('/graphql')
          ? failure.body
          : { error: { code: error0.extensions.code, message: error0.message } },
      );
  };
  app.use(onError);
  return app;
}
