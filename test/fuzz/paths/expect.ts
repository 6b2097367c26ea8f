// The assertion each fuzz test ends with: no failure recorded for its path (each shown with its reproduction).
import { expect } from 'vitest';
import { FUZZ, type FuzzServer } from '../harness.js';

/** Time one fuzz test may take: its path budget, a few hangs, and the checks. */
export const TEST_MS = FUZZ.pathBudgetMs + FUZZ.maxHardFailures * FUZZ.answerMs + 60_000;

export function expectNoFailures(fuzz: FuzzServer, path: string): void {
  const failures = fuzz
    .failuresOf(path)
    .map(
      (f) => `${f.path} ×${f.times}: ${f.what} | case #${f.index} seed ${FUZZ.seed} | ${f.repro}`,
    );
  expect(failures, `fuzz failures on ${path} (replay: SCAMGRAPH_FUZZ_SEED=${FUZZ.seed})`).toEqual(
    [],
  );
}
