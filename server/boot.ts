// Boot: config → Neo4j (local or external) → schema → demo data when empty → Apollo → HTTP.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { createDriver } from './db/driver.js';
import { Executor } from './db/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from './db/local-neo4j.js';
import { localAuthHint } from './db/local-credentials.js';
import { applySchema, schemaApplied } from './db/schema.js';
import { createServices, type Services } from './services.js';
import { createApollo } from './http/apollo.js';
import { createApp } from './http/app.js';
import { ensureFirstAdmin } from './modules/session/first-admin.js';
import { TEST_HOOK_PREFIX, testHooks } from './http/test-hooks.js';
import { graphIsEmpty, loadDemo } from '../seeds/load.js';
import { startWatchRunner, type WatchRunner } from './modules/watchlists/watch-runner.js';

export interface Running {
  url: string;
  port: number;
  executor: Executor;
  services: Services;
  neo4jUri: string;
  localNeo4j?: LocalNeo4j;
  timings: Record<string, number>;
  /** The first start on an empty store: the admin's one-time sign-in link, to print once. */
  signInLink?: string;
  /** Evaluates watches after ingests and on a timer, and delivers webhooks (tests await `idle()`). */
  watches: WatchRunner;
  stop(): Promise<void>;
}

export type Log = (message: string) => void;

/**
 * Connects to Neo4j, retrying while it comes up (an external server may still be starting); refused
 * credentials fail at once, with `authHint` (default: check NEO4J_USER and NEO4J_PASSWORD).
 */
export async function connect(
  uri: string,
  config: Config,
  log: Log,
  waitMs = 60_000,
  authHint = 'Check NEO4J_USER and NEO4J_PASSWORD.',
): Promise<Executor> {
  const driver: Driver = createDriver(uri, config.neo4j);
  const executor = new Executor(driver, config.neo4j.database);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await executor.ping();
      return executor;
    } catch (error) {
      const message = (error as Error).message;
      if (/Neo\.ClientError\.Security\./.test(message)) {
        await driver.close();
        throw new Error(`Neo4j at ${uri} refused the credentials (${message}). ${authHint}`, {
          cause: error,
        });
      }
      if (Date.now() > deadline) {
        await driver.close();
        throw new Error(
          `Cannot reach Neo4j at ${uri}: ${(error as Error).message}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`,
          {
            cause: error,
          },
        );
      }
      log(`waiting for Neo4j at ${uri}…`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Starts (or connects to) Neo4j and prepares the schema and demo data, without HTTP. */
export async function bootDatabase(config: Config, log: Log) {
  const timings: Record<string, number> = {};
  const t0 = Date.now();
  let localNeo4j: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  let neo4jConfig = config.neo4j;
  if (!uri) {
    log(`starting the bundled Neo4j (data in ${config.dataDir})…`);
    localNeo4j = await startLocalNeo4j({
      dataDir: config.dataDir,
      heapMiB: config.neo4jHeapMiB,
      pageCacheMiB: config.neo4jPageCacheMiB,
      log: (line) => log(`neo4j: ${line}`),
      supervise: { log },
    });
    uri = localNeo4j.uri;
    // The bundled store's own credentials (its password file), whatever NEO4J_USER/NEO4J_PASSWORD say.
    neo4jConfig = { ...config.neo4j, ...localNeo4j.credentials };
  }
  timings.neo4j = Date.now() - t0;
  try {
    const executor = await connect(
      uri,
      { ...config, neo4j: neo4jConfig },
      log,
      undefined,
      localNeo4j && localAuthHint(config.dataDir),
    );
    await applySchema(executor);
    timings.schema = Date.now() - t0;
    const seed =
      config.seedWhenEmpty && (!config.neo4j.uri || process.env.SCAMGRAPH_SEED === 'true');
    if (seed && (await graphIsEmpty(executor))) {
      log(`the graph is empty: loading the demo data set (scale ${config.seedScale})…`);
      const loaded = await loadDemo(executor, { scale: config.seedScale });
      log(
        `demo data loaded: ${loaded.nodes} nodes, ${loaded.rels} relationships in ${(loaded.elapsedMs / 1000).toFixed(1)} s`,
      );
    }
    timings.seed = Date.now() - t0;
    return { executor, uri, localNeo4j, timings };
  } catch (error) {
    await localNeo4j?.stop();
    throw error;
  }
}

/** Answers 503 (connection: close) to every request once a shutdown has begun. */
function refuse(res: ServerResponse): void {
  res.writeHead(503, {
    'content-type': 'application/json',
    connection: 'close',
    'retry-after': '5',
  });
  res.end(
    JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'The server is shutting down.' } }),
  );
}

export async function startScamgraph(config: Config, log: Log = console.log): Promise<Running> {
  const { executor, uri, localNeo4j, timings } = await bootDatabase(config, log);
  const t0 = Date.now() - (timings.seed ?? 0);
  const services = createServices(executor);
  const watches = startWatchRunner(executor, { log: (m) => log(m) });
  const apollo = createApollo();
  await apollo.start();
  const app = createApp({
    apollo,
    services,
    ready: async () => {
      // The supervisor knows at once when the bundled JVM is down; a connection attempt tells otherwise.
      if (localNeo4j && localNeo4j.state !== 'up') return false;
      await executor.driver.getServerInfo({ database: executor.database });
      return schemaApplied(executor);
    },
    auth: { publicMode: config.publicMode },
    config,
  });
  const hooks = config.testHooks ? testHooks(executor) : undefined;
  if (hooks) log('test hooks are on (SCAMGRAPH_TEST_HOOKS=1): never use this in production');

  // Requests in flight, so that a shutdown lets them finish (drain) before Neo4j stops.
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let drained: (() => void) | undefined;
  const server: Server = createServer((req, res) => {
    if (draining) return refuse(res);
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (inFlight.size === 0) drained?.();
    });
    if (hooks && req.url?.startsWith(TEST_HOOK_PREFIX)) return hooks(req, res);
    app(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  timings.ready = Date.now() - t0;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  // First start on an empty store: the host organisation, its admin and a one-time sign-in link (printed
  // by the caller, server/main.ts).
  const { link: signInLink } = await ensureFirstAdmin(
    executor,
    { hostOrgName: config.hostOrgName, baseUrl: `http://${host}:${port}` },
    log,
  );
  const drainMs = config.shutdownDrainMs ?? 15_000;

  /** Stops accepting, lets requests in flight finish (up to drainMs), then cuts what is left. */
  const drain = async () => {
    draining = true;
    for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
    const closed = new Promise<void>((r) => server.close(() => r()));
    server.closeIdleConnections();
    if (inFlight.size > 0) {
      log(`waiting for ${inFlight.size} request(s) in flight (at most ${drainMs / 1000} s)…`);
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        drained = resolve;
        timer = setTimeout(() => {
          log(`${inFlight.size} request(s) still running after ${drainMs / 1000} s: cut off`);
          resolve();
        }, drainMs);
      });
      clearTimeout(timer);
    }
    server.closeAllConnections();
    await closed;
  };

  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    executor,
    services,
    neo4jUri: uri,
    localNeo4j,
    timings,
    signInLink,
    watches,
    stop: () =>
      (stopping ??= (async () => {
        log('closing the HTTP server…');
        await drain();
        await watches.stop();
        await apollo.stop();
        log('closing the database connections…');
        await executor.driver.close();
        if (localNeo4j) {
          log('stopping the bundled Neo4j…');
          await localNeo4j.stop();
        }
      })()),
  };
}
