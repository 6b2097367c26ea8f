// `npm start` as a user runs it: comes up with demo data, stops cleanly on SIGTERM/SIGINT leaving no
// process behind, and a restart finds the same store (same counts, nothing seeded twice).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/db/free-port.js';
import { graphql } from './harness.js';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-start-'));
const children: ChildProcess[] = [];

function processesUsing(dir: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', dir], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

async function start(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SCAMGRAPH_DATA_DIR: dataDir,
    // Anonymous callers may read through GraphQL (stats counts the whole graph whoever asks).
    SCAMGRAPH_PUBLIC: 'clear',
  };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    // Generous: the first start loads the demo data set, slow on a busy 2-core machine.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready in time:\n${output}`));
    }, 300_000);
    const check = setInterval(() => {
      if (output.includes('Scamgraph is running at')) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.on('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

const STATS = '{ stats { totalNodes totalRelationships hasSyntheticData } }';
type Stats = {
  stats: { totalNodes: number; totalRelationships: number; hasSyntheticData: boolean };
};

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  let first: Stats['stats'];

  it('comes up with the demo data and stops on SIGTERM leaving nothing behind', async () => {
    const run = await start();
    expect(run.output()).toContain('loading the demo data set');
    const r = await graphql<Stats>(run.url, STATS);
    first = r.data!.stats;
    // Anonymous in public mode: the CLEAR part of the demo data only (about a tenth of it).
    expect(first.totalNodes).toBeGreaterThan(500);
    expect(first.hasSyntheticData).toBe(true);
    expect((await fetch(`${run.url}/`)).status).toBe(200);
    expect(await stop(run.child, 'SIGTERM')).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 400_000);

  it('restarts on the same store with the same counts, and stops on SIGINT', async () => {
    const run = await start();
    expect(run.output()).not.toContain('loading the demo data set');
    const r = await graphql<Stats>(run.url, STATS);
    expect(r.data!.stats).toEqual(first);
    expect(await stop(run.child, 'SIGINT')).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 400_000);
});
