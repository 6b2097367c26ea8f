// Starts and stops the bundled Neo4j Community (embedded, Bolt on 127.0.0.1) as a child JVM.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'neo4j');
const JAR = path.join(PROJECT, 'target/scamgraph-neo4j.jar');
const LIB = path.join(PROJECT, 'target/lib');
const READY = /^SCAMGRAPH_NEO4J_READY (\S+)/m;

export interface LocalNeo4jOptions {
  dataDir: string;
  port?: number;
  heapMiB?: number;
  pageCacheMiB?: number;
  startTimeoutMs?: number;
  /** Receives Neo4j's own output lines (warnings, errors). */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

export class LocalNeo4jError extends Error {}

/** Builds the launcher if needed (Maven), failing with what to install when Java or Maven is missing. */
export function ensureLauncherBuilt(): void {
  if (existsSync(JAR) && existsSync(LIB)) return;
  const script = path.resolve(PROJECT, '../../../scripts/build-neo4j.mjs');
  const r = spawnSync(process.execPath, [script, '--strict'], { stdio: 'inherit' });
  if (r.status !== 0) {
    throw new LocalNeo4jError(
      'The bundled Neo4j could not be built: install Java 17+ and Maven 3, or set NEO4J_URI to an existing Neo4j 5.',
    );
  }
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureLauncherBuilt();
  const port = opts.port ?? (await freePort());
  const dbDir = path.join(opts.dataDir, 'neo4j');
  mkdirSync(dbDir, { recursive: true });
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
  const child = spawn('java', args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, SCAMGRAPH_NEO4J_WATCH_STDIN: '1' },
  });
  const uri = await waitForReady(child, opts);
  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? -1,
    stop: () => (stopping ??= stopChild(child)),
  };
}

function waitForReady(child: ChildProcess, opts: LocalNeo4jOptions): Promise<string> {
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
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(`Neo4j exited during start-up (code ${code}).\n${tail.join('\n')}`),
      );
    };
    child.on('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      remember(chunk);
      stdout += chunk.toString('utf8');
      const match = READY.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(match[1]);
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
