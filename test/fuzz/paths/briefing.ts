// GET /api/briefing: arbitrary and hostile query parameters (scope, format, maxTlp, repeated or unknown
// ones), as the admin; every answer is a briefing or a typed refusal, and the server keeps answering.
// PDF cases are few: each one prints in Chromium.
import fc from 'fast-check';
import { it } from 'vitest';
import { FUZZ, curl, seedFor, type FuzzServer } from '../harness.js';
import { SMALL_INJECTIONS } from '../injection-corpus.js';
import { expectNoFailures, TEST_MS } from './expect.js';

function paramArb(): fc.Arbitrary<[string, string]> {
  const injection = fc.constantFrom(...SMALL_INJECTIONS.map((i) => i.value));
  const junk = fc.oneof(fc.string({ maxLength: 12 }), injection, fc.constant('x'.repeat(5000)));
  return fc.oneof(
    fc.tuple(
      fc.constant('cluster'),
      fc.oneof(fc.constantFrom('cl-0000000000', 'cl-', 'domain:x.example', ''), junk),
    ),
    fc.tuple(fc.constant('country'), fc.oneof(fc.constantFrom('MM', 'KH', 'mm', 'ZZ', ''), junk)),
    fc.tuple(fc.constant('all'), fc.oneof(fc.constantFrom('1', 'true', '0', ''), junk)),
    fc.tuple(
      fc.constant('format'),
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom('md', 'html', 'MD', 'txt', '') }, junk),
    ),
    fc.tuple(
      fc.constant('maxTlp'),
      fc.oneof(fc.constantFrom('CLEAR', 'GREEN', 'amber', 'AMBER+STRICT', 'RED', 'WHITE'), junk),
    ),
    fc.tuple(fc.string({ maxLength: 10 }), junk),
  );
}

function queryOf(pairs: [string, string][]): string {
  const safe = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  return pairs.length ? `?${pairs.map(([k, v]) => `${safe(k)}=${safe(v)}`).join('&')}` : '';
}

export function briefingPaths(get: () => FuzzServer): void {
  it(
    'briefing: arbitrary scope, format and TLP parameters',
    async () => {
      const fuzz = get();
      const name = 'briefing';
      const headers = { authorization: fuzz.authorization };
      const cases = fc.sample(fc.array(paramArb(), { maxLength: 5 }), {
        seed: seedFor(name),
        numRuns: FUZZ.runs(20, 300),
      });
      // A few whole briefings besides, one of them printed.
      cases.push(
        [
          ['all', '1'],
          ['format', 'md'],
        ],
        [
          ['country', 'MM'],
          ['format', 'pdf'],
        ],
      );
      for (const [i, pairs] of cases.entries()) {
        const target = `/api/briefing${queryOf(pairs)}`;
        await fuzz.runCase(
          name,
          i,
          () => curl(fuzz, name, 'GET', target, headers),
          async () => ({ answer: await fuzz.http(target, { headers }), effect: { kind: 'read' } }),
        );
      }
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );
}
