// The exports that only the CLI writes (takedown packs, MISP feeds), run as the caller's token's account, and
// a small zip reader for the packs (node:zlib; the project has a zip writer but no reader).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import type { Executor } from '../../../server/db/executor.js';
import { contextForToken } from '../../../server/modules/auth/token-service.js';
import {
  exportTarget,
  type ExportFormat,
} from '../../../server/modules/exports/exports-service.js';
import { ScamgraphError } from '../../../server/errors.js';
import type { Probe } from './probe.js';

const K = 'takedown & MISP feed';

/** The files of a zip archive as text (stored or deflated entries, read from the central directory). */
export function unzip(zip: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i += 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function collect(): { out: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

async function run(
  p: Probe,
  executor: Executor,
  format: ExportFormat,
  where: string,
): Promise<Map<string, string>> {
  const ctx = await contextForToken(executor, p.caller.token!);
  if (!ctx) {
    p.fail(K, 'token refused', where);
    return new Map();
  }
  try {
    if (format === 'misp-feed') {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-leak-feed-'));
      try {
        await exportTarget(executor, ctx, {}, format, { dir });
        return new Map(
          filesUnder(dir).map((f) => [path.relative(dir, f), readFileSync(f, 'utf8')]),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const { out, bytes } = collect();
    await exportTarget(executor, ctx, {}, format, { out });
    return format === 'takedown' ? unzip(bytes()) : new Map([['out', bytes().toString('utf8')]]);
  } catch (error) {
    const code = error instanceof ScamgraphError ? error.code : undefined;
    if (!(code === 'FORBIDDEN' && p.caller.role === 'viewer'))
      p.fail(K, 'export failed', `${where}: ${String(error)}`);
    return new Map();
  }
}

/** Takedown pack and MISP feed of everything visible to the caller: no hidden string in any file. */
export async function checkFileExports(p: Probe, executor: Executor, salt: number): Promise<void> {
  if (!p.caller.token) return;
  // One of the two formats per caller (alternating), to keep the run short; both over all callers.
  for (const format of [salt % 2 === 0 ? 'takedown' : 'misp-feed'] as const) {
    const started = Date.now();
    const files = await run(p, executor, format, `export --format ${format}`);
    p.report.time(K, started);
    for (const [name, text] of files) p.scan(K, `${format} ${name}`, text);
    if (format === 'takedown' && files.size > 0) {
      const all = [...files.values()].join('\n');
      for (const n of p.view.nodes.values())
        if (n.node.label === 'Domain' && !all.includes(n.node.key))
          p.fail(K, 'takedown pack misses a visible domain', n.node.id);
    }
  }
}
