// `npm start`: the whole system in one process (plus the bundled Neo4j JVM), stopped by Ctrl-C.
import { loadConfig } from './config.js';
import { startScamgraph } from './boot.js';

const started = Date.now();
const log = (m: string) => console.log(`[scamgraph] ${m}`);

async function main() {
  const config = loadConfig();
  const running = await startScamgraph(config, log);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `\n  Scamgraph is running at ${running.url}/\n  GraphQL API and IDE: ${running.url}/graphql\n  Neo4j: ${running.neo4jUri}${running.localNeo4j ? ' (bundled)' : ''}\n\n  Press Ctrl-C to stop.\n`,
  );
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    const timer = setTimeout(() => {
      log('shutdown took too long; exiting');
      process.exit(1);
    }, 60_000);
    timer.unref();
    await running.stop();
    log('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`\n[scamgraph] could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
