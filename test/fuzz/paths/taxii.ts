// TAXII 2.1 at /taxii2/: arbitrary query parameters (limit, added_after, next, match[…], repeated),
// crafted cursors, arbitrary collection ids and headers, with a valid token and without.
import fc from 'fast-check';
import { it } from 'vitest';
import { ALL_COLLECTION_ID } from '../../../server/modules/taxii/taxii-service.js';
import { FUZZ, curl, seedFor, type FuzzServer } from '../harness.js';
import { SMALL_INJECTIONS } from '../injection-corpus.js';
import { expectNoFailures, TEST_MS } from './expect.js';

export const TAXII_ACCEPT = 'application/taxii+json;version=2.1';

export function taxiiCase(
  fuzz: FuzzServer,
  name: string,
  index: number,
  target: string,
  headers: Record<string, string>,
) {
  return fuzz.runCase(
    name,
    index,
    () => curl(fuzz, name, 'GET', target, headers),
    async () => ({ answer: await fuzz.http(target, { headers }), effect: { kind: 'read' } }),
  );
}

const b64 = (v: unknown) =>
  Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** Cursors: real ones, real ones with each field replaced, and garbage. */
function cursorArb(real: string[]): fc.Arbitrary<string> {
  const decoded = real.map(
    (c) => JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as Record<string, unknown>,
  );
  const base = decoded[0] ?? { a: 0, k: 'x', s: 0 };
  const weird = fc.constantFrom<unknown>(
    null,
    -1,
    1e308,
    -1e308,
    1.5,
    2 ** 63,
    '',
    'x',
    "' OR 1=1 //",
    [],
    {},
    true,
    'x'.repeat(10_000),
    Number.MAX_SAFE_INTEGER,
  );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...(real.length ? real : ['e30'])) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...Object.keys(base), 'extra', '__proto__'), weird)
        .map(([k, v]) => b64({ ...base, [k]: v })),
    },
    { weight: 1, arbitrary: fc.jsonValue().map(b64) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(b64) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 60 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '=',
        '%',
        '....',
        'A'.repeat(8000),
        b64('{"a":1,'),
        b64('['.repeat(5000)),
      ),
    },
  );
}

const dates = fc.oneof(
  fc
    .date({ min: new Date(-1e14), max: new Date(1e14), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '2024-01-01T00:00:00.000Z',
    '2024-01-01',
    'now',
    '',
    '0',
    '-1',
    '1e20',
    '+275760-09-13T00:00:00.000Z',
    '2024-13-45T99:99:99Z',
    'Thu, 01 Jan 1970 00:00:00 GMT',
  ),
  fc.string({ maxLength: 20 }),
);

const TYPES = [
  'indicator',
  'domain-name',
  'url',
  'relationship',
  'identity',
  'marking-definition',
  'location',
  'threat-actor',
  'no-such-type',
  'cryptocurrency-wallet',
  'phone-number',
];

function paramArb(cursors: string[], ids: string[]): fc.Arbitrary<[string, string]> {
  const injection = fc.constantFrom(...SMALL_INJECTIONS.map((i) => i.value));
  return fc.oneof(
    fc.tuple(
      fc.constant('limit'),
      fc.oneof(
        fc.integer({ min: -5, max: 2000 }).map(String),
        fc.constantFrom(
          '0',
          '1',
          '1000',
          '1001',
          '1e3',
          '1.5',
          '-0',
          '0x10',
          '99999999999999999999',
          'NaN',
          '',
        ),
        fc.string({ maxLength: 8 }),
      ),
    ),
    fc.tuple(fc.constant('added_after'), dates),
    fc.tuple(fc.constant('next'), cursorArb(cursors)),
    fc.tuple(
      fc.constantFrom('match[type]', 'match[type][]', 'match[type][0]', 'match'),
      fc.oneof(
        fc.constantFrom(...TYPES),
        fc.array(fc.constantFrom(...TYPES), { maxLength: 4 }).map((a) => a.join(',')),
        injection,
        fc.constant(',,,'),
      ),
    ),
    fc.tuple(
      fc.constantFrom('match[id]', 'match[version]', 'match[spec_version]'),
      fc.oneof(fc.constantFrom(...ids, 'first', 'last', 'all', '2.1', '2.0'), injection),
    ),
    fc.tuple(fc.string({ maxLength: 10 }), fc.oneof(fc.string({ maxLength: 10 }), injection)),
  );
}

function queryOf(pairs: [string, string][]): string {
  const safe = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  return pairs.length ? `?${pairs.map(([k, v]) => `${safe(k)}=${safe(v)}`).join('&')}` : '';
}

export function taxiiPaths(get: () => FuzzServer): void {
  it(
    'taxii/objects: arbitrary query parameters and cursors on objects and manifest',
    async () => {
      const fuzz = get();
      const name = 'taxii/objects';
      const auth = { accept: TAXII_ACCEPT, authorization: `Bearer ${fuzz.known.token}` };
      const collections = [ALL_COLLECTION_ID, fuzz.known.setId];
      const cursors: string[] = [];
      for (const c of collections) {
        const first = await fuzz.http(`/taxii2/api/collections/${c}/objects/?limit=1`, {
          headers: auth,
        });
        const next = (first.json as { next?: string } | undefined)?.next;
        if (next) cursors.push(next);
      }
      const ids = ['indicator--00000000-0000-4000-8000-000000000000', 'domain-name--x'];
      const cases = fc.sample(
        fc.tuple(
          fc.constantFrom(...collections),
          fc.constantFrom('objects', 'manifest'),
          fc.array(paramArb(cursors, ids), { maxLength: 6 }),
        ),
        { seed: seedFor(name), numRuns: FUZZ.runs(30, 800) },
      );
      for (const [i, [c, what, pairs]] of cases.entries())
        await taxiiCase(
          fuzz,
          name,
          i,
          `/taxii2/api/collections/${c}/${what}/${queryOf(pairs)}`,
          auth,
        );
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );

  it(
    'taxii/paths: arbitrary collection ids, endpoints, headers and tokens',
    async () => {
      const fuzz = get();
      const name = 'taxii/paths';
      const token = fuzz.known.token;
      const id = fc.oneof(
        fc.constantFrom(
          ALL_COLLECTION_ID,
          fuzz.known.setId,
          ALL_COLLECTION_ID.toUpperCase(),
          `${fuzz.known.setId}x`,
          '00000000-0000-0000-0000-000000000000',
          '..',
          '%2e%2e',
          '%00',
          '%ff',
          '%',
          'x'.repeat(5000),
        ),
        fc
          .string({ unit: 'binary', maxLength: 40 })
          .map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))),
        fc.constantFrom(
          ...SMALL_INJECTIONS.map((i) =>
            encodeURIComponent(i.value.replace(/[\uD800-\uDFFF]/g, '\uFFFD')),
          ),
        ),
      );
      const endpoint = fc.oneof(
        fc.constantFrom(
          '/taxii2/',
          '/taxii2',
          '/taxii2/api/',
          '/taxii2/api/collections/',
          '/taxii2/api/collections',
          '/taxii2/api/status/x/',
          '/taxii2/nope/',
          '/taxii2//api//collections//',
        ),
        fc
          .tuple(
            id,
            fc.constantFrom(
              '',
              'objects/',
              'manifest/',
              'objects/x/',
              'objects/x/versions/',
              'objects',
              'manifest',
            ),
          )
          .map(([c, rest]) => `/taxii2/api/collections/${c}/${rest}`),
      );
      const headers = fc.oneof(
        {
          weight: 6,
          arbitrary: fc.constant({ accept: TAXII_ACCEPT, authorization: `Bearer ${token}` }),
        },
        {
          weight: 3,
          arbitrary: fc.record({
            accept: fc.constantFrom(
              TAXII_ACCEPT,
              'application/taxii+json',
              'application/taxii+json;version=2.0',
              '*/*',
              'text/html',
              '',
              'application/taxii+json;version=2.1;q=0',
              'x'.repeat(3000),
            ),
            authorization: fc.constantFrom(
              `Bearer ${token}`,
              `bearer ${token}`,
              `Bearer  ${token}`,
              `Bearer ${token}x`,
              'Bearer sgt_',
              'Bearer',
              'Basic dXNlcjpwYXNz',
              `Bearer ${'a'.repeat(10_000)}`,
              "Bearer ' OR 1=1 //",
              '',
            ),
          }),
        },
      );
      const cases = fc.sample(fc.tuple(endpoint, headers), {
        seed: seedFor(name),
        numRuns: FUZZ.runs(20, 600),
      });
      for (const [i, [target, h]] of cases.entries()) {
        const clean = Object.fromEntries(Object.entries(h).filter(([, v]) => v !== ''));
        await taxiiCase(fuzz, name, i, target, clean);
      }
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );
}
