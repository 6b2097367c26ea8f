// The bundled Neo4j with authentication, on a store first made without it (as before this existed): the server's
// start makes a private password file and sets it on the store, Bolt refuses anyone without it, and a CLI beside
// the server finds its Neo4j alone. (A fresh store takes the same path: every test that starts a server on a new
// data directory, e.g. start-stop.test.ts, connects with the password file.)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/db/free-port.js';
import {
  PASSWORD_FILE,
  RUNTIME_FILE,
  ensureLocalPassword,
  readRuntime,
} from '../../server/db/local-credentials.js';
import { startLocalNeo4j } from '../../server/db/local-neo4j.js';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-auth-'));
const dataDir = path.join(tmp, 'server');
const children: ChildProcess[] = [];

/** Runs `RETURN 1` with `auth`: 'ok' or the Neo4j error code. */
async function tryAuth(uri: string, auth?: AuthToken): Promise<string> {
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 5_000 });
  try {
    await driver.executeQuery('RETURN 1');
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await driver.close();
  }
}

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

/** The CLI with no Neo4j variables, on the server's data directory (plus `extra`). */
function cli(args: string[], extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, SCAMGRAPH_DATA_DIR: dataDir, ...extra };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD'])
    if (!(name in extra)) delete env[name];
  const r = spawnSync(process.execPath, ['bin/scamgraph.js', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let server: { child: ChildProcess; neo4jUri: string; output: () => string };

beforeAll(async () => {
  // A store as Scamgraph made it before authentication: user neo4j with Neo4j's default password.
  const legacy = await startLocalNeo4j({ dataDir, heapMiB: 256, pageCacheMiB: 32, auth: false });
  expect(await tryAuth(legacy.uri)).toBe('ok');
  await legacy.stop();
  expect(existsSync(path.join(dataDir, PASSWORD_FILE))).toBe(false);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(await freePort()),
    SCAMGRAPH_DATA_DIR: dataDir,
    SCAMGRAPH_SEED: 'false',
    SCAMGRAPH_NEO4J_HEAP_MB: '512',
    SCAMGRAPH_NEO4J_PAGECACHE_MB: '64',
  };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const neo4jUri = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const uri = /Neo4j: (bolt:\/\/\S+) \(bundled\)/.exec(output)?.[1];
      if (uri) {
        clearInterval(timer);
        resolve(uri);
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`the server exited:\n${output}`));
      }
    }, 100);
  });
  server = { child, neo4jUri, output: () => output };
}, 240_000);

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

describe('the bundled Neo4j of a running server', () => {
  it('sets a private random password on the store and refuses Bolt without it', async () => {
    const file = path.join(dataDir, PASSWORD_FILE);
    expect(mode(file)).toBe('600');
    expect(mode(dataDir)).toBe('700');
    const password = readFileSync(file, 'utf8').trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.output()).not.toContain(password);
    const debugLog = readFileSync(path.join(dataDir, 'neo4j', 'logs', 'debug.log'), 'utf8');
    expect(debugLog).toContain('Updating initial user password from `auth.ini` file: neo4j');

    // Two failures at most: a third would lock the user for 5 s (dbms.security.auth_lock_time).
    expect(await tryAuth(server.neo4jUri)).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await tryAuth(server.neo4jUri, neo4j.auth.basic('neo4j', 'neo4j'))).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    expect(await tryAuth(server.neo4jUri, neo4j.auth.basic('neo4j', password))).toBe('ok');
  });

  it('announces its Bolt URI and pid in a private runtime file', () => {
    const file = path.join(dataDir, RUNTIME_FILE);
    expect(mode(file)).toBe('600');
    expect(readRuntime(dataDir)).toMatchObject({ uri: server.neo4jUri, pid: server.child.pid });
  });

  it('is found by the CLI with no environment variables; NEO4J_URI still takes precedence', () => {
    const found = cli(['org', 'list']);
    expect(found.code, found.stderr).toBe(0);
    expect(found.stderr).toContain(
      `using the bundled Neo4j of the running Scamgraph (pid ${server.child.pid}) at ${server.neo4jUri}`,
    );
    expect(found.stderr).not.toContain('starting the bundled Neo4j');
    expect(found.stdout).toMatch(/^\S+\s+Local\s+1 account/m);

    // An explicit NEO4J_URI is used as given: without its password, Neo4j refuses it at once.
    const explicit = cli(['org', 'list'], { NEO4J_URI: server.neo4jUri, NEO4J_PASSWORD: 'wrong' });
    expect(explicit.code).toBe(1);
    expect(explicit.stderr).toContain('refused the credentials');
    expect(explicit.stderr).toContain('Check NEO4J_USER and NEO4J_PASSWORD');
  });

  it('removes the runtime file when it stops; a file whose process is gone is ignored', async () => {
    const exited = new Promise((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    await exited;
    expect(existsSync(path.join(dataDir, RUNTIME_FILE))).toBe(false);

    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(
      path.join(dataDir, RUNTIME_FILE),
      JSON.stringify({ uri: server.neo4jUri, pid: gone, startedAt: '' }),
      { mode: 0o600 },
    );
    expect(readRuntime(dataDir)).toBeUndefined();
  }, 60_000);
});

describe('the password file', () => {
  it('is refused when other users may read it, before Neo4j starts', async () => {
    const dir = path.join(tmp, 'open');
    mkdirSync(dir);
    const file = path.join(dir, PASSWORD_FILE);
    writeFileSync(file, 'a-password-others-could-read\n');
    chmodSync(file, 0o644);
    expect(() => ensureLocalPassword(dir)).toThrow(/mode 644\).*chmod 600/s);
    await expect(startLocalNeo4j({ dataDir: dir })).rejects.toThrow(/is refused/);
    expect(existsSync(path.join(dir, 'neo4j', 'data'))).toBe(false);
  });
});
