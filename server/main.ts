// `npm start`: the whole system in one process (plus the bundled Neo4j JVM), stopped by Ctrl-C or SIGTERM.
import { loadConfig } from './config.js';
import { startScamgraph } from './boot.js';
import { installProcessGuard } from './process-guard.js';

const started = Date.now();
const log = (m: string) => console.log(`[scamgraph] ${m}`);

/** After the drain, closing Apollo, the driver and Neo4j (a clean JVM shutdown) may take this long. */
const STOP_AFTER_DRAIN_MS = 45_000;

async function main() {
  // An error that escapes every handler is logged on one line; the server keeps serving.
  installProcessGuard((line) => console.error(`[scamgraph] ${line}`), 'survive');
  const config = loadConfig();
  const running = await startScamgraph(config, log);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // First start only: the admin's one-time sign-in link, printed once (a lost link: npx scamgraph signin-link).
  const signIn = running.signInLink
    ? `\n  Sign in as the administrator (the link works once, within 24 hours):\n    ${running.signInLink}\n  Lost it? npx scamgraph signin-link\n`
    : '';
  console.log(
    `\n  Scamgraph is running at ${running.url}/\n  GraphQL API and IDE: ${running.url}/graphql\n  Neo4j: ${running.neo4jUri}${running.localNeo4j ? ' (bundled)' : ''}\n${signIn}\n  Press Ctrl-C to stop.\n`,
  );
  if (config.publicMode)
    log(
      'public mode (SCAMGRAPH_PUBLIC=clear): anonymous visitors may read CLEAR data, nothing else',
    );
  let stopping = false;
  // SIGTERM/SIGINT: refuse new requests, let those in flight finish, then stop Neo4j and exit 0.
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    const limitMs = (config.shutdownDrainMs ?? 15_000) + STOP_AFTER_DRAIN_MS;
    const timer = setTimeout(() => {
      log(`shutdown took longer than ${limitMs / 1000} s; exiting`);
      process.exit(1);
    }, limitMs);
    timer.unref();
    try {
      await running.stop();
    } catch (error) {
      log(`could not stop cleanly: ${(error as Error).message}`);
      process.exit(1);
    }
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
