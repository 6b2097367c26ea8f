// Opens the database for a CLI command: the external Neo4j (NEO4J_URI) or the bundled one, schema applied.
import { loadConfig } from '../config.js';
import { connect } from '../boot.js';
import type { Executor } from '../db/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../db/local-neo4j.js';
import { applySchema } from '../db/schema.js';

export interface CliDatabase {
  executor: Executor;
  close(): Promise<void>;
}

/**
 * Runs `work` against the database. A running `npm start` holds the bundled store's lock, so a CLI
 * command alongside it should set NEO4J_URI to the URI that `npm start` printed.
 */
export async function withDatabase<T>(
  log: (m: string) => void,
  work: (executor: Executor) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    log(`starting the bundled Neo4j (data in ${config.dataDir})…`);
    local = await startLocalNeo4j({
      dataDir: config.dataDir,
      heapMiB: config.neo4jHeapMiB,
      pageCacheMiB: config.neo4jPageCacheMiB,
    });
    uri = local.uri;
  }
  const executor = await connect(uri, config, log).catch(async (error: unknown) => {
    await local?.stop();
    throw error;
  });
  try {
    await applySchema(executor);
    return await work(executor);
  } finally {
    await executor.driver.close();
    await local?.stop();
  }
}
