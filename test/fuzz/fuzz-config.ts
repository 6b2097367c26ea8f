// Fuzz settings: short (`npm test`) or long (`npm run fuzz`), the seed, and the time bounds.
import os from 'node:os';
import path from 'node:path';

const LONG = process.env.SCAMGRAPH_FUZZ === 'long';

export const FUZZ = {
  long: LONG,
  /** Replay a run with SCAMGRAPH_FUZZ_SEED=<seed> (printed with every failure and in the summary). */
  seed: Number(process.env.SCAMGRAPH_FUZZ_SEED ?? 20_240_917),
  /** Every answer must arrive within this bound. */
  answerMs: 10_000,
  /** Per path: a case count for `npm test` and one for `npm run fuzz`. */
  runs: (short: number, long: number) => (LONG ? long : short),
  /** Wall time after which a path stops generating cases (bounds the suite on a loaded machine). */
  pathBudgetMs: LONG ? 20 * 60_000 : 10_000,
  /** Past this, every remaining path runs only its first few cases (a smoke pass). */
  suiteBudgetMs: LONG ? 4 * 3600_000 : 100_000,
  /** A path stops after this many crashes (a hang stops it at once: its work may still be running). */
  maxHardFailures: 3,
  /** Where request bodies of failing cases are saved for replay. */
  failureDir: path.join(os.tmpdir(), 'scamgraph-fuzz'),
  /** SCAMGRAPH_FUZZ_VERBOSE=1 prints every case before it runs. */
  verbose: Boolean(process.env.SCAMGRAPH_FUZZ_VERBOSE),
};

/** A seed per path, so adding a path does not shift the cases of another. */
export function seedFor(name: string): number {
  let h = FUZZ.seed >>> 0;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h | 0;
}

/** Rejects with a TimeoutError (counted as a hang) when `work` takes longer than `ms`. */
export function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no result within ${ms} ms`), { name: 'TimeoutError' })),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
