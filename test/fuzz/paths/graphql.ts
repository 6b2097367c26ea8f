// POST /graphql: every Query and Mutation field with arbitrary arguments (variables and literals), the
// `ingest` mutation with mutated real files in each format, and malformed documents and bodies.
import fc from 'fast-check';
import { it } from 'vitest';
import { arbitraryBody, mutatedFile } from '../corpus-mutations.js';
import { FORMATS, corpusValues } from '../corpus.js';
import {
  argsArb,
  rootFields,
  selectionOf,
  stringArb,
  withLiterals,
  withVariables,
  fuzzSchema,
} from '../graphql-args.js';
import { FUZZ, curl, seedFor, type Answer, type Effect, type FuzzServer } from '../harness.js';
import { INJECTIONS } from '../injection-corpus.js';
import { expectNoFailures, TEST_MS } from './expect.js';

/** What a GraphQL answer says it wrote: the sum of the ingest results it holds. */
export function graphqlEffect(a: Answer, mutation: boolean): Effect {
  const data = (a.json as { data?: Record<string, unknown> | null } | undefined)?.data;
  let created = 0;
  let relationships = 0;
  let sources = 0;
  for (const v of Object.values(data ?? {})) {
    const r = v as { created?: unknown; relationships?: unknown; sourceId?: unknown } | null;
    if (r && typeof r.created === 'number' && typeof r.relationships === 'number') {
      created += r.created;
      relationships += r.relationships;
      sources++;
    }
  }
  if (sources) return { kind: 'ingest', created, relationships, sources };
  return mutation ? { kind: 'rejected' } : { kind: 'read' };
}

export function graphqlCase(
  fuzz: FuzzServer,
  name: string,
  index: number,
  query: string,
  variables: Record<string, unknown> | undefined,
  opts: { maxMs?: number; tag?: string } = {},
) {
  return graphqlBodyCase(fuzz, name, index, JSON.stringify({ query, variables }), opts);
}

/** A GraphQL POST of a JSON body as given (a mutation when its document starts with `mutation`). */
export function graphqlBodyCase(
  fuzz: FuzzServer,
  name: string,
  index: number,
  body: string,
  opts: { maxMs?: number; tag?: string } = {},
) {
  const mutation = /^\{"query":"\s*mutation\b/.test(body);
  return fuzz.runCase(
    name,
    index,
    () => curl(fuzz, name, 'POST', '/graphql', { 'content-type': 'application/json' }, body),
    async () => {
      const answer = await fuzz.http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      return { answer, effect: graphqlEffect(answer, mutation) };
    },
    opts,
  );
}

const INGEST = `mutation($input: IngestInput!) { ingest(input: $input) ${selectionOf(
  fuzzSchema().getMutationType()!.getFields().ingest!.type,
)} }`;

export function graphqlPaths(get: () => FuzzServer): void {
  for (const root of rootFields()) {
    const name = `graphql/${root.field.name}`;
    it(
      `${name}: arbitrary arguments as variables and as literals`,
      async () => {
        const fuzz = get();
        const known = fuzz.known;
        const samples = fc.sample(argsArb(root.field, known), {
          seed: seedFor(name),
          numRuns: root.field.args.length ? FUZZ.runs(12, 400) : 2,
        });
        for (const [i, args] of samples.entries()) {
          // The set the TAXII paths read stays; deleting other ids is fair game.
          if (root.field.name === 'deleteIndicatorSet' && args.id === known.setId)
            args.id = 'not-a-set';
          if (i % 3 === 2) await graphqlCase(fuzz, name, i, withLiterals(root, args), undefined);
          else await graphqlCase(fuzz, name, i, withVariables(root, args), args);
        }
        expectNoFailures(fuzz, name);
      },
      TEST_MS,
    );
  }

  for (const format of FORMATS) {
    const name = `graphql/ingest-text/${format}`;
    it(
      `${name}: the ingest mutation with mutated real files`,
      async () => {
        const fuzz = get();
        const samples = fc.sample(
          fc.tuple(
            fc.oneof(
              { weight: 3, arbitrary: mutatedFile(format) },
              { weight: 1, arbitrary: arbitraryBody },
            ),
            fc.constantFrom(format, format.toUpperCase()),
          ),
          { seed: seedFor(name), numRuns: FUZZ.runs(8, 200) },
        );
        for (const [i, [s, f]] of samples.entries()) {
          const text = s.bytes.subarray(0, 300 * 1024).toString('utf8');
          await graphqlCase(fuzz, name, i, INGEST, {
            input: {
              text,
              format: f === format ? format.toUpperCase() : f,
              source: 'fuzz graphql ingest',
            },
          });
        }
        expectNoFailures(fuzz, name);
      },
      TEST_MS,
    );
  }

  it(
    'graphql/ingest-values: lists of real, defanged, hostile and arbitrary values',
    async () => {
      const fuzz = get();
      const name = 'graphql/ingest-values';
      const values = corpusValues();
      const value = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...values) },
        { weight: 2, arbitrary: stringArb(fuzz.known) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            ...INJECTIONS.filter((i) => i.value.length < 5000).map((i) => i.value),
          ),
        },
      );
      const input = fc.record(
        {
          values: fc.array(value, { minLength: 1, maxLength: 40 }),
          source: fc.oneof(fc.constant('fuzz values'), stringArb(fuzz.known)),
          reliability: fc.constantFrom('A', 'F', 'f', 'Z', ''),
          tlp: fc.constantFrom('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'),
          confidence: fc.integer({ min: -5, max: 105 }),
          defaultRegion: fc.constantFrom('KH', 'TH', 'kh', 'XX', '', 'KHM'),
          platform: fc.constantFrom('telegram', 'whatsapp', 'line', 'TELEGRAM', 'x y', ''),
        },
        { requiredKeys: ['values', 'source'] },
      );
      const samples = fc.sample(input, { seed: seedFor(name), numRuns: FUZZ.runs(20, 500) });
      for (const [i, v] of samples.entries())
        await graphqlCase(fuzz, name, i, INGEST, { input: v });
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );
}
