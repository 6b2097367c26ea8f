// Starts, supervises and stops the bundled Neo4j Community (embedded, Bolt on 127.0.0.1) as a child JVM.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';
import {
  ensureLocalPassword,
  LOCAL_NEO4J_USER,
  PASSWORD_FILE,
  removeRuntime,
  writeRuntime,
} from './local-credentials.js';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'neo4j');
const JAR = path.join(PROJECT, 'target/scamgraph-neo4j.jar');
const LIB = path.join(PROJECT, 'target/lib');
/** The launcher's ready line: its Bolt URI and whether authentication is on (older launchers: no auth=). */
const READY = /^SCAMGRAPH_NEO4J_READY (\S+)(?: auth=(on|off))?/m;

/**
 * Supervision of the JVM (docs/security.md, "Faults"): after an exit nobody asked for, it is started
 * again on the same store and Bolt port after 1 s, 2 s, 4 s…; after `maxExits` exits within `windowMs`
 * it stays down and the server answers UNAVAILABLE until it is restarted.
 */
export const SUPERVISOR_DEFAULTS = {
  maxExits: 5,
  windowMs: 60_000,
  firstDelayMs: 1_000,
  maxDelayMs: 16_000,
};

export interface SuperviseOptions extends Partial<typeof SUPERVISOR_DEFAULTS> {
  /** One line per event: died, restarting, back, gave up. */
  log: (message: string) => void;
}

export interface LocalNeo4jOptions {
  dataDir: string;
  port?: number;
  heapMiB?: number;
  pageCacheMiB?: number;
  startTimeoutMs?: number;
  /** Receives Neo4j's own output lines (warnings, errors). */
  log?: (line: string) => void;
  /** Restart the JVM when it dies (the server and `scamgraph db`); unset: a death is final. */
  supervise?: SuperviseOptions;
  /**
   * Authentication with the password in `<dataDir>/neo4j-password` (made at the first start, mode 0600).
   * Default true; false only for throwaway stores (the integration tests' shared Neo4j, benchmarks).
   */
  auth?: boolean;
  /**
   * Write `<dataDir>/neo4j-runtime.json` (Bolt URI, owner pid) while up, so that `npx scamgraph …` finds
   * this Neo4j (server/cli/database.ts). Default: when supervised, i.e. the long-running owners.
   */
  runtimeFile?: boolean;
}

/** up: accepting Bolt; restarting: died, a new JVM is on its way; failed: gave up; stopped: stop() ran. */
export type LocalNeo4jState = 'up' | 'restarting' | 'failed' | 'stopped';

export interface LocalNeo4j {
  uri: string;
  /** What to connect with: user neo4j and the data directory's password ('' when auth is off). */
  credentials: { user: string; password: string };
  /** The current JVM's process id (a supervised restart changes it). */
  readonly pid: number;
  readonly state: LocalNeo4jState;
  /** Stops the JVM (cleanly, SIGTERM) and any restart in progress; no restart happens after this. */
  stop(): Promise<void>;
}

export class LocalNeo4jError extends Error {}

/** The newest change to the launcher's sources (0 when they are not there, e.g. a packaged install). */
function newestSource(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newestSource(path.join(p, name))));
}

/**
 * Builds the launcher if it is missing or older than its sources (Maven), failing with what to install when
 * Java or Maven is missing.
 */
export function ensureLauncherBuilt(): void {
  const sources = Math.max(
    newestSource(path.join(PROJECT, 'src')),
    newestSource(path.join(PROJECT, 'pom.xml')),
  );
  if (existsSync(JAR) && existsSync(LIB) && statSync(JAR).mtimeMs >= sources) return;
  const script = path.resolve(PROJECT, '../../../scripts/build-neo4j.mjs');
  const r = spawnSync(process.execPath, [script, '--strict'], { stdio: 'inherit' });
  if (r.status !== 0) {
    throw new LocalNeo4jError(
      'The bundled Neo4j could not be built: install Java 17+ and Maven 3, or set NEO4J_URI to an existing Neo4j 5.',
    );
  }
}

function spawnJvm(
  opts: LocalNeo4jOptions,
  dbDir: string,
  port: number,
  passwordFile: string | undefined,
): ChildProcess {
  const heap = opts.heapMiB ?? 1024;
  const args = [
    `-Xms${Math.min(256, heap)}m`,
    `-Xmx${heap}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${JAR}${path.delimiter}${path.join(LIB, '*')}`,
    'org.scamgraph.db.LocalNeo4j',
    dbDir,
    String(port),
    String(opts.pageCacheMiB ?? 512),
  ];
  // Its own process group: Ctrl-C reaches Node, which stops Neo4j in order; a closed stdin stops it too.
  return spawn('java', args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
    env: {
      ...process.env,
      SCAMGRAPH_NEO4J_WATCH_STDIN: '1',
      // The launcher runs neo4j-admin's set-initial-password from it and turns authentication on.
      SCAMGRAPH_NEO4J_PASSWORD_FILE: passwordFile ?? '',
    },
  });
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureLauncherBuilt();
  const port = opts.port ?? (await freePort());
  const dbDir = path.join(opts.dataDir, 'neo4j');
  // A new data directory is private to its owner (the store holds every record, whatever its TLP).
  mkdirSync(dbDir, { recursive: true, mode: 0o700 });
  const auth = opts.auth ?? true;
  const password = auth ? ensureLocalPassword(opts.dataDir).password : '';
  const passwordFile = auth ? path.join(opts.dataDir, PASSWORD_FILE) : undefined;
  let child = spawnJvm(opts, dbDir, port, passwordFile);
  const { uri, authOn } = await waitForReady(child, opts);
  if (auth && !authOn) {
    await stopChild(child);
    throw new LocalNeo4jError(
      'The bundled Neo4j launcher is older than this Scamgraph and cannot turn authentication on: rebuild it with `npm run build:neo4j`.',
    );
  }
  const announce = opts.runtimeFile ?? Boolean(opts.supervise);
  if (announce)
    writeRuntime(opts.dataDir, { uri, pid: process.pid, startedAt: new Date().toISOString() });
  const unannounce = () => {
    if (announce) removeRuntime(opts.dataDir, process.pid);
  };

  let state: LocalNeo4jState = 'up';
  let stopping: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const exits: number[] = [];
  const sup = opts.supervise && { ...SUPERVISOR_DEFAULTS, ...opts.supervise };

  const restart = async () => {
    timer = undefined;
    if (stopping || !sup) return;
    const started = Date.now();
    child = spawnJvm(opts, dbDir, port, passwordFile);
    try {
      await waitForReady(child, opts);
    } catch (error) {
      if (stopping) return;
      const reason = (error as Error).message.split('\n')[0] ?? 'unknown';
      onExit(child, `its restart failed: ${reason}`);
      return;
    }
    if (stopping) return;
    state = 'up';
    sup.log(
      `Neo4j is back (pid ${child.pid}) at ${uri} after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    watch(child);
  };

  const onExit = (dead: ChildProcess, how: string) => {
    if (stopping || !sup) return;
    const now = Date.now();
    exits.push(now);
    while (exits.length && now - (exits[0] ?? now) > sup.windowMs) exits.shift();
    if (exits.length >= sup.maxExits) {
      state = 'failed';
      unannounce();
      sup.log(
        `Neo4j (pid ${dead.pid}) ${how}; it died ${exits.length} time${exits.length === 1 ? '' : 's'} in ${sup.windowMs / 1000} s, so it is not restarted again: requests answer UNAVAILABLE until Scamgraph is restarted (see Neo4j's output above and ${path.join(dbDir, 'logs', 'debug.log')})`,
      );
      return;
    }
    state = 'restarting';
    const delay = Math.min(sup.firstDelayMs * 2 ** (exits.length - 1), sup.maxDelayMs);
    sup.log(
      `Neo4j (pid ${dead.pid}) ${how}; restarting it on the same store and port in ${delay / 1000} s (exit ${exits.length} of ${sup.maxExits} allowed in ${sup.windowMs / 1000} s)`,
    );
    timer = setTimeout(() => void restart(), delay);
  };

  const watch = (c: ChildProcess) =>
    c.once('exit', (code, signal) =>
      onExit(c, `exited unexpectedly (${signal ? `signal ${signal}` : `code ${code}`})`),
    );
  if (sup) watch(child);

  return {
    uri,
    credentials: { user: LOCAL_NEO4J_USER, password },
    get pid() {
      return child.pid ?? -1;
    },
    get state() {
      return state;
    },
    stop: () =>
      (stopping ??= (async () => {
        clearTimeout(timer);
        unannounce();
        await stopChild(child);
        state = 'stopped';
      })()),
  };
}

function waitForReady(
  child: ChildProcess,
  opts: LocalNeo4jOptions,
): Promise<{ uri: string; authOn: boolean }> {
  const tail: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (!READY.test(line) && !line.startsWith('SCAMGRAPH_NEO4J_')) opts.log?.(line);
    }
  };
  child.stderr?.on('data', remember);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`Neo4j did not become ready in time.\n${tail.join('\n')}`));
    }, opts.startTimeoutMs ?? 180_000);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(
          error.code === 'ENOENT'
            ? 'Java was not found: install Java 17+ (apt-get install openjdk-17-jre-headless), or set NEO4J_URI to an existing Neo4j 5.'
            : `Could not start Neo4j: ${error.message}`,
        ),
      );
    });
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(
          `Neo4j exited during start-up (${signal ? `signal ${signal}` : `code ${code}`}).\n${tail.join('\n')}`,
        ),
      );
    };
    child.on('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      remember(chunk);
      if (ready) return;
      stdout += chunk.toString('utf8');
      const match = READY.exec(stdout);
      if (match?.[1]) {
        ready = true;
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve({ uri: match[1], authOn: match[2] === 'on' });
      }
    });
  });
}

function stopChild(child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
