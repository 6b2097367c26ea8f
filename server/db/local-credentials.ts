// The bundled Neo4j's password file and runtime file in the data directory (both mode 0600, never replaced in place).
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/** The password of Neo4j's user `neo4j` for the bundled store: 32 random bytes, base64url. */
export const PASSWORD_FILE = 'neo4j-password';
/** Written by a long-running owner of the bundled store (the server, `scamgraph db`): where its Bolt is. */
export const RUNTIME_FILE = 'neo4j-runtime.json';
export const LOCAL_NEO4J_USER = 'neo4j';

export class LocalCredentialsError extends Error {}

export interface LocalNeo4jRuntime {
  /** bolt://127.0.0.1:<port> */
  uri: string;
  /** The Node process that owns the JVM (the server or `scamgraph db`). */
  pid: number;
  startedAt: string;
}

/** Owner-only regular file, or a clear refusal (a group/world readable password may have been read). */
function checkPrivate(file: string, what: string): void {
  const st = lstatSync(file);
  if (!st.isFile()) throw new LocalCredentialsError(`${file} (${what}) is not a regular file.`);
  if (process.platform === 'win32') return; // no POSIX modes: the folder's ACL protects it
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid)
    throw new LocalCredentialsError(
      `${file} (${what}) belongs to another user (uid ${st.uid}); run Scamgraph as its owner.`,
    );
  if ((st.mode & 0o077) !== 0)
    throw new LocalCredentialsError(
      `${file} (${what}) is readable or writable by other users (mode ${(st.mode & 0o777).toString(8)}), so it is refused. ` +
        `Run \`chmod 600 ${file}\`; if someone else may have read it, change the password too (docs/security.md, "The bundled Neo4j").`,
    );
}

/** Writes `content` to a new file `tmp` created with mode 0600 (O_EXCL: never through an existing file). */
function writePrivate(tmp: string, content: string): void {
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What to do when the bundled Neo4j refuses the password file's password. */
export function localAuthHint(dataDir: string): string {
  return (
    `The bundled Neo4j's password is in ${path.join(dataDir, PASSWORD_FILE)}: if that file was replaced or lost ` +
    'after the store was made, restore it, or start once with SCAMGRAPH_NEO4J_RESET_PASSWORD=1 to set the ' +
    'store to it (docs/security.md, "The bundled Neo4j").'
  );
}

const tmpName = (file: string) => `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;

/** The password in `dataDir`, checked to be owner-only; undefined when there is none yet. */
export function readLocalPassword(dataDir: string): string | undefined {
  const file = path.join(dataDir, PASSWORD_FILE);
  try {
    checkPrivate(file, 'the bundled Neo4j password');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const password = readFileSync(file, 'utf8').trim();
  if (!password) throw new LocalCredentialsError(`${file} (the bundled Neo4j password) is empty.`);
  return password;
}

/**
 * The password in `dataDir`, made at the first start: written to a private temporary file, then linked to
 * its name, which fails if another process made it first (whose password is then used).
 */
export function ensureLocalPassword(dataDir: string): { password: string; created: boolean } {
  const existing = readLocalPassword(dataDir);
  if (existing) return { password: existing, created: false };
  const file = path.join(dataDir, PASSWORD_FILE);
  const tmp = tmpName(file);
  writePrivate(tmp, `${randomBytes(32).toString('base64url')}\n`);
  let created = true;
  try {
    linkSync(tmp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    created = false;
  } finally {
    unlinkSync(tmp);
  }
  const password = readLocalPassword(dataDir);
  if (!password) throw new LocalCredentialsError(`${file} could not be created.`);
  return { password, created };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    // ESRCH: gone; EPERM: another user's process now has that id, so not our server either.
    return false;
  }
}

/** Announces where the bundled Neo4j of `dataDir` listens (replaced atomically: rename). */
export function writeRuntime(dataDir: string, runtime: LocalNeo4jRuntime): void {
  const file = path.join(dataDir, RUNTIME_FILE);
  const tmp = tmpName(file);
  writePrivate(tmp, `${JSON.stringify(runtime)}\n`);
  renameSync(tmp, file);
}

/** Removes the runtime file if it still names `pid` (a later owner's file is left alone). */
export function removeRuntime(dataDir: string, pid: number): void {
  const file = path.join(dataDir, RUNTIME_FILE);
  try {
    const current = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalNeo4jRuntime>;
    if (current.pid === pid) unlinkSync(file);
  } catch {
    // gone or unreadable: nothing to remove
  }
}

/**
 * The running owner of `dataDir`'s bundled Neo4j, or undefined: no file, a stale one (its process is gone),
 * one that is not ours or not private, or one that does not name a local bolt:// URI.
 */
export function readRuntime(dataDir: string): LocalNeo4jRuntime | undefined {
  const file = path.join(dataDir, RUNTIME_FILE);
  try {
    checkPrivate(file, 'the bundled Neo4j runtime file');
    const r = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalNeo4jRuntime>;
    if (typeof r.uri !== 'string' || !/^bolt:\/\/127\.0\.0\.1:\d{1,5}$/.test(r.uri))
      return undefined;
    if (!Number.isSafeInteger(r.pid) || (r.pid ?? 0) <= 0 || !alive(r.pid!)) return undefined;
    return { uri: r.uri, pid: r.pid!, startedAt: String(r.startedAt ?? '') };
  } catch {
    return undefined;
  }
}
