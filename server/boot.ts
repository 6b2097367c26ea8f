// Boot: config → Neo4j (local or external) → schema → demo data when empty → Apollo → HTTP.
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { createDriver } from './db/driver.js';
import { Executor } from './db/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from './db/local-neo4j.js';
import { applySchema, schemaApplied } from './db/schema.js';
import { createServices, type Services } from './services.js';
import { createApollo } from './http/apollo.js';
import { createApp } from './http/app.js';
import { graphIsEmpty, loadDemo } from '../seeds/load.js';

export interface Running {
  url: string;
  port: number;
  executor: Executor;
  services: Services;
  neo4jUri: string;
  localNeo4j?: LocalNeo4j;
  timings: Record<string, number>;
  stop(): Promise<void>;
}

export type Log = (message: string) => void;

/** Connects to Neo4j, retrying while it comes up (an external server may still be starting). */
export async function connect(
  uri: string,
  config: Config,
  log: Log,
  waitMs = 60_000,
): Promise<Executor> {
  const driver: Driver = createDriver(uri, config.neo4j);
  const executor = new Executor(driver, config.neo4j.database);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await executor.ping();
      return executor;
    } catch (error) {
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
  if (!uri) {
    log(`starting the bundled Neo4j (data in ${config.dataDir})…`);
    localNeo4j = await startLocalNeo4j({
      dataDir: config.dataDir,
      heapMiB: config.neo4jHeapMiB,
      pageCacheMiB: config.neo4jPageCacheMiB,
      log: (line) => log(`neo4j: ${line}`),
    });
    uri = localNeo4j.uri;
  }
  timings.neo4j = Date.now() - t0;
  try {
    const executor = await connect(uri, config, log);
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

export async function startScamgraph(config: Config, log: Log = console.log): Promise<Running> {
  const { executor, uri, localNeo4j, timings } = await bootDatabase(config, log);
  const t0 = Date.now() - (timings.seed ?? 0);
  const services = createServices(executor);
  const apollo = createApollo();
  await apollo.start();
  const app = createApp({
    apollo,
    services,
    ready: async () => {
      await executor.ping();
      return schemaApplied(executor);
    },
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.on('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  timings.ready = Date.now() - t0;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    executor,
    services,
    neo4jUri: uri,
    localNeo4j,
    timings,
    stop: () =>
      (stopping ??= (async () => {
        log('closing the HTTP server…');
        server.closeAllConnections();
        await new Promise<void>((r) => server.close(() => r()));
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
