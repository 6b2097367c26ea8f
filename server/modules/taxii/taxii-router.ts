// The TAXII 2.1 read API at /taxii2/: discovery, one API root, collections, objects and manifest. API tokens
// as Bearer, Token (taxii2-client's TokenAuth) or Basic password, read by the shared authenticate middleware.
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { ScamgraphError } from '../../errors.js';
import { authenticate, callerOf, challenges } from '../../http/authenticate.js';
import { parsePageQuery, type PageQuery } from './taxii-params.js';
import {
  ClientGoneError,
  TAXII_MEDIA,
  getCollection,
  listCollections,
  objectsPage,
  stopIfGone,
  versionOf,
  type Page,
} from './taxii-service.js';
import { noteTaxiiRead, noteTaxiiServed } from '../audit/audit-taxii.js';

const STATUS_TITLE: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  406: 'Not acceptable',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Unavailable',
};

const STATUS_OF: Record<string, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  UNAVAILABLE: 503,
};

function send(res: Response, status: number, body: unknown): void {
  // setHeader and a Buffer keep the media type exactly as TAXII 2.1 spells it (no added charset, no spaces).
  res.status(status).setHeader('Content-Type', TAXII_MEDIA);
  res.send(Buffer.from(JSON.stringify(body)));
}

/** Answers a TAXII 2.1 error body (also used by the HTTP guards in front of /taxii2, e.g. rate limits). */
export function fail(res: Response, status: number, description: string): void {
  if (status === 401) res.set('WWW-Authenticate', challenges({ basic: true }));
  send(res, status, {
    title: STATUS_TITLE[status] ?? 'Error',
    description,
    http_status: String(status),
  });
}

/** True when the Accept header asks for TAXII 2.1 JSON (with or without the version parameter). */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (type !== 'application/taxii+json') return false;
    const version = params.find((p) => p.startsWith('version='));
    return version === undefined || version === 'version=2.1';
  });
}

function parseQuery(req: Request): PageQuery {
  return parsePageQuery(req.query as Record<string, unknown>);
}

/**
 * Aborted when the client goes away before its answer is sent: no further query is started for it. The
 * client may already be gone (it left while the authenticate middleware looked its token up): then it
 * starts aborted.
 */
function clientGone(req: Request, res: Response): AbortSignal {
  const gone = new AbortController();
  if (res.destroyed || req.destroyed || res.socket?.destroyed) gone.abort();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  return gone.signal;
}

function pageHeaders(res: Response, page: Page): void {
  const first = page.objects[0];
  const last = page.objects[page.objects.length - 1];
  if (first && last) {
    res.set('X-TAXII-Date-Added-First', first.dateAdded);
    res.set('X-TAXII-Date-Added-Last', last.dateAdded);
  }
}

/** The caller of a TAXII request, as the authenticate middleware resolved it: null for anonymous (401). */
function taxiiCaller(res: Response): RequestContext | null {
  const resolved = callerOf(res);
  return resolved.via === 'token' ? resolved.ctx : null;
}

type Handler = (
  req: Request,
  res: Response,
  ctx: RequestContext,
  signal: AbortSignal,
) => Promise<void>;

export function taxiiRouter(executor: Executor): Router {
  const router = Router({ strict: false });

  router.use(async (req: Request, res: Response, next: NextFunction) => {
    if (!acceptsTaxii(req.get('accept'))) {
      fail(res, 406, `Send "Accept: ${TAXII_MEDIA}".`);
      return;
    }
    next();
  });
  // Who calls: an API token in any of the three schemes (no session cookie; a bad token is a 401 here).
  router.use(authenticate(executor, { tokensOnly: true }));

  const authed =
    (handler: Handler) =>
    async (req: Request, res: Response): Promise<void> => {
      const signal = clientGone(req, res);
      try {
        const ctx = taxiiCaller(res);
        stopIfGone(signal);
        if (!ctx) {
          fail(
            res,
            401,
            'Send an API token from `scamgraph token create`: "Authorization: Bearer <token>", "Authorization: Token <token>", or HTTP Basic with the token as password.',
          );
          return;
        }
        noteTaxiiRead(executor, req, ctx);
        await handler(req, res, ctx, signal);
      } catch (error) {
        if (error instanceof ClientGoneError || signal.aborted) return; // nobody to answer
        if (error instanceof ScamgraphError && STATUS_OF[error.code]) {
          fail(res, STATUS_OF[error.code] as number, error.message);
          return;
        }
        console.error('[taxii] internal error:', error);
        fail(res, 500, 'Internal error; the server log has the details.');
      }
    };

  const base = (req: Request) => `${req.protocol}://${req.get('host')}${req.baseUrl}`;

  router.get(
    '/',
    authed(async (req, res) => {
      send(res, 200, {
        title: 'Scamgraph TAXII 2.1',
        description: 'Indicator sets of scam-compound infrastructure as STIX 2.1.',
        default: `${base(req)}/api/`,
        api_roots: [`${base(req)}/api/`],
      });
    }),
  );
  router.get(
    '/api/',
    authed(async (_req, res) => {
      send(res, 200, {
        title: 'Scamgraph',
        description: 'Scam infrastructure indicator sets.',
        versions: [TAXII_MEDIA],
        max_content_length: 0,
      });
    }),
  );
  router.get(
    '/api/collections/',
    authed(async (_req, res, ctx) => {
      const collections = await listCollections(executor, ctx);
      noteTaxiiServed(executor, collections);
      send(res, 200, { collections });
    }),
  );
  router.get(
    '/api/collections/:id/',
    authed(async (req, res, ctx) => {
      send(res, 200, (await getCollection(executor, ctx, String(req.params.id))).info);
    }),
  );
  router.get(
    '/api/collections/:id/objects/',
    authed(async (req, res, ctx, signal) => {
      const query = parseQuery(req);
      const collection = await getCollection(executor, ctx, String(req.params.id));
      const page = await objectsPage(executor, ctx, collection, query, signal);
      pageHeaders(res, page);
      noteTaxiiServed(
        executor,
        page.objects.map((o) => o.object),
      );
      send(res, 200, {
        more: page.more,
        ...(page.next ? { next: page.next } : {}),
        objects: page.objects.map((o) => o.object),
      });
    }),
  );
  router.get(
    '/api/collections/:id/manifest/',
    authed(async (req, res, ctx, signal) => {
      const query = parseQuery(req);
      const collection = await getCollection(executor, ctx, String(req.params.id));
      const page = await objectsPage(executor, ctx, collection, query, signal);
      pageHeaders(res, page);
      noteTaxiiServed(
        executor,
        page.objects.map((o) => o.object),
      );
      send(res, 200, {
        more: page.more,
        ...(page.next ? { next: page.next } : {}),
        objects: page.objects.map((o) => ({
          id: o.object.id,
          date_added: o.dateAdded,
          version: versionOf(o),
          media_type: 'application/stix+json;version=2.1',
        })),
      });
    }),
  );
  router.use((_req: Request, res: Response) => fail(res, 404, 'No such TAXII endpoint.'));
  // Failures before a handler ran (the token look-up: Neo4j away) answer as TAXII errors too.
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error instanceof ScamgraphError && STATUS_OF[error.code]) {
      fail(res, STATUS_OF[error.code] as number, error.message);
      return;
    }
    console.error('[taxii] internal error:', error);
    fail(res, 500, 'Internal error; the server log has the details.');
  });
  return router;
}
