// CLI files: `scamgraph ingest` (ingestPath, in process) on mutated real files of every format and on
// mutated MISP feed folders; it must resolve with rejects or reject with a typed error, never anything else.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, it } from 'vitest';
import { ScamgraphError } from '../../../server/errors.js';
import { ingestPath } from '../../../server/modules/ingest/ingest-run.js';
import type { IngestFormat } from '../../../server/modules/ingest/ingest-types.js';
import { arbitraryBody, mutatedFile } from '../corpus-mutations.js';
import { FORMATS, corpus, type Format, type Sample } from '../corpus.js';
import { FUZZ, seedFor, within, type CaseResult, type FuzzServer } from '../harness.js';
import { expectNoFailures, TEST_MS } from './expect.js';

const EXT: Record<Format, string> = {
  csv: '.csv',
  jsonl: '.jsonl',
  text: '.txt',
  stix: '.json',
  misp: '.json',
  json: '.json',
  yaml: '.yaml',
  hosts: '.txt',
  adblock: '.txt',
  freetext: '.md',
};
/** A file of the corpus (at most a few hundred KB) must be read within this. */
const CLI_BOUND_MS = 15_000;
const FEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/infoblox/misp',
);

let dir: string | undefined;
function workDir(): string {
  dir ??= mkdtempSync(path.join(os.tmpdir(), 'scamgraph-fuzz-cli-'));
  return dir;
}

async function runIngest(
  fuzz: FuzzServer,
  target: string,
  format: IngestFormat | undefined,
): Promise<CaseResult> {
  try {
    const r = await within(
      CLI_BOUND_MS,
      ingestPath(fuzz.executor, target, {
        format,
        rejects: `${target.replace(/[\\/]+$/, '')}.rejects.csv`,
      }),
    );
    return {
      effect: {
        kind: 'ingest',
        created: r.new,
        relationships: r.relationships,
        sources: Math.max(1, r.sources.length),
      },
    };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw error;
    if (error instanceof ScamgraphError) return { effect: { kind: 'rejected' } };
    const e = error as Error;
    return {
      effect: { kind: 'rejected' },
      problem: `untyped error: ${e?.name}: ${String(e?.message).slice(0, 160)}`,
    };
  }
}

export function cliPaths(get: () => FuzzServer): void {
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const format of FORMATS) {
    const name = `cli/${format}`;
    it(
      `${name}: ingestPath on mutated files`,
      async () => {
        const fuzz = get();
        const samples = fc.sample(
          fc.tuple(
            fc.oneof(
              { weight: 3, arbitrary: mutatedFile(format) },
              { weight: 1, arbitrary: arbitraryBody },
            ),
            fc.boolean(),
          ),
          { seed: seedFor(name), numRuns: FUZZ.runs(6, 150) },
        );
        for (const [i, [s, explicit]] of samples.entries()) {
          const file = path.join(workDir(), `${format}-${i}${EXT[format]}`);
          writeFileSync(file, s.bytes);
          const flag = explicit ? ` --format ${format}` : '';
          await fuzz.runCase(
            name,
            i,
            () =>
              `${s.desc} | scamgraph ingest ${fuzz.saveBody(name, s.bytes)}${flag} (as *${EXT[format]})`,
            () => runIngest(fuzz, file, explicit ? format : undefined),
          );
        }
        expectNoFailures(fuzz, name);
      },
      TEST_MS,
    );
  }

  it(
    'cli/misp-feed: feed folders with mutated manifests and events',
    async () => {
      const fuzz = get();
      const name = 'cli/misp-feed';
      const files = readdirSync(FEED).sort();
      const manifest = { name: 'manifest.json', bytes: corpus().misp[0]!.bytes };
      const mutate = fc.oneof(
        mutatedFile('misp').map((s) => ({ ...s, target: 'event' as const })),
        arbitraryBody.map((s: Sample) => ({ ...s, target: 'manifest' as const })),
        fc.constant({
          bytes: manifest.bytes,
          desc: 'an event as manifest',
          target: 'manifest' as const,
        }),
      );
      const samples = fc.sample(fc.tuple(mutate, fc.nat({ max: files.length - 1 })), {
        seed: seedFor(name),
        numRuns: FUZZ.runs(6, 100),
      });
      for (const [i, [s, pick]] of samples.entries()) {
        const folder = path.join(workDir(), `feed-${i}`);
        mkdirSync(folder);
        for (const f of files) copyFileSync(path.join(FEED, f), path.join(folder, f));
        const events = files.filter((f) => f !== 'manifest.json');
        const victim = s.target === 'manifest' ? 'manifest.json' : events[pick % events.length]!;
        writeFileSync(path.join(folder, victim), s.bytes);
        await fuzz.runCase(
          name,
          i,
          () =>
            `copy test/fixtures/infoblox/misp, replace ${victim} with ${fuzz.saveBody(name, s.bytes)} (${s.desc}); scamgraph ingest <folder>`,
          () => runIngest(fuzz, folder, undefined),
        );
      }
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );
}
