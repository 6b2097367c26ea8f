// Opens the database for a CLI command: NEO4J_URI, else the running server's bundled Neo4j, else the store itself.
import { loadConfig } from '../config.js';
import { connect } from '../boot.js';
import type { Executor } from '../db/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../db/local-neo4j.js';
import {
  LOCAL_NEO4J_USER,
  localAuthHint,
  readLocalPassword,
  readRuntime,
} from '../db/local-credentials.js';
import { applySchema } from '../db/schema.js';
import { closeAuditLogs } from '../modules/audit/audit-recorder.js';

export interface CliDatabase {
  executor: Executor;
  close(): Promise<void>;
}

/**
 * Runs `work` against the database, found in this order:
 * 1. NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) when set;
 * 2. the bundled Neo4j of a running `npm start` or `scamgraph db` on the same data directory
 *    (SCAMGRAPH_DATA_DIR, default ./data): its `neo4j-runtime.json` names the Bolt URI, `neo4j-password`
 *    the password; a file left by a process that is gone is ignored;
 * 3. otherwise the bundled store is started for this command and stopped after it.
 */
export async function withDatabase<T>(
  log: (m: string) => void,
  work: (executor: Executor) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  let neo4j = config.neo4j;
  let authHint: string | undefined;
  if (!uri) {
    authHint = localAuthHint(config.dataDir);
    const running = readRuntime(config.dataDir);
    if (running) {
      log(
        `using the bundled Neo4j of the running Scamgraph (pid ${running.pid}) at ${running.uri}`,
      );
      uri = running.uri;
      neo4j = {
        ...config.neo4j,
        user: LOCAL_NEO4J_USER,
        password: readLocalPassword(config.dataDir) ?? '',
      };
    } else {
      log(`starting the bundled Neo4j (data in ${config.dataDir})…`);
      local = await startLocalNeo4j({
        dataDir: config.dataDir,
        heapMiB: config.neo4jHeapMiB,
        pageCacheMiB: config.neo4jPageCacheMiB,
      });
      uri = local.uri;
      neo4j = { ...config.neo4j, ...local.credentials };
    }
  }
  const executor = await connect(uri, { ...config, neo4j }, log, undefined, authHint).catch(
    async (error: unknown) => {
      await local?.stop();
      throw error;
    },
  );
  try {
    await applySchema(executor);
    return await work(executor);
  } finally {
    // What the command did is in the audit log before the connection closes.
    await closeAuditLogs(executor);
    await executor.driver.close();
    await local?.stop();
  }
}
