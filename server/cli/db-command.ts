// `scamgraph db`: run the bundled Neo4j alone (for a second tool, or to inspect the store) until Ctrl-C.
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { startLocalNeo4j } from '../db/local-neo4j.js';
import { setGuardMode } from '../process-guard.js';

export function registerDb(program: Command): void {
  program
    .command('db')
    .description('Start the bundled Neo4j alone, with Bolt on 127.0.0.1, until Ctrl-C.')
    .option('--port <n>', 'Bolt port (default: a free port)')
    .option('--json', 'print {"uri": …} as JSON when ready')
    .action(async (opts: { port?: string; json?: boolean }) => {
      const config = loadConfig();
      if (config.neo4j.uri)
        throw new Error('NEO4J_URI is set: that Neo4j is used, there is nothing to start.');
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))
        throw new Error('--port must be a TCP port number');
      // Long-running: an escaped error is logged, and a JVM that dies is restarted on the same port.
      setGuardMode('survive');
      const neo4j = await startLocalNeo4j({
        dataDir: config.dataDir,
        port,
        heapMiB: config.neo4jHeapMiB,
        pageCacheMiB: config.neo4jPageCacheMiB,
        supervise: { log: (m) => console.error(`scamgraph db: ${m}`) },
      });
      if (opts.json) console.log(JSON.stringify({ uri: neo4j.uri, dataDir: config.dataDir }));
      else
        console.log(
          `Neo4j is running at ${neo4j.uri} (data in ${config.dataDir}). Other scamgraph commands find it by themselves; other Bolt tools log in as user neo4j with the password in ${config.dataDir}/neo4j-password. Ctrl-C stops it.`,
        );
      const stop = async () => {
        await neo4j.stop().catch(() => undefined);
        process.exit(0);
      };
      process.on('SIGINT', () => void stop());
      process.on('SIGTERM', () => void stop());
    });
}
