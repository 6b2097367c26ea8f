// POST /api/ingest: every format with mutated real files and arbitrary bodies, arbitrary query parameters
// and content types, and uploads cut off half way.
import fc from 'fast-check';
import { it } from 'vitest';
import { arbitraryBody, mutatedFile } from '../corpus-mutations.js';
import { FORMATS } from '../corpus.js';
import { FUZZ, curl, seedFor, type Answer, type CaseResult, type FuzzServer } from '../harness.js';
import { INJECTIONS } from '../injection-corpus.js';
import { expectNoFailures, TEST_MS } from './expect.js';

/** Headers that pass any CSRF check for a non-browser client (a non-simple content type). */
export const UPLOAD_HEADERS = { 'content-type': 'application/octet-stream' };

/** What an upload answer says it wrote. */
export function uploadEffect(a: Answer): CaseResult['effect'] {
  const s = a.json as { new?: unknown; relationships?: unknown; sources?: unknown } | undefined;
  if (a.status === 200 && typeof s?.new === 'number')
    return {
      kind: 'ingest',
      created: s.new,
      relationships: Number(s.relationships ?? 0),
      sources: Array.isArray(s.sources) ? s.sources.length : 1,
    };
  return { kind: 'rejected' };
}

function upload(
  fuzz: FuzzServer,
  name: string,
  index: number,
  query: string,
  body: Buffer | string,
  headers: Record<string, string> = UPLOAD_HEADERS,
  desc = '',
) {
  return fuzz.runCase(
    name,
    index,
    () =>
      `${desc ? `${desc} | ` : ''}${curl(fuzz, name, 'POST', `/api/ingest?${query}`, headers, body)}`,
    async () => {
      const answer = await fuzz.http(`/api/ingest?${query}`, { method: 'POST', headers, body });
      return { answer, effect: uploadEffect(answer) };
    },
  );
}

const paramValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'csv',
    'CSV',
    'stix',
    'misp',
    'misp-feed',
    'jsonl',
    'text',
    'A',
    'F',
    'z',
    'RED',
    'AMBER+STRICT',
    '-1',
    '101',
    '1e3',
    '50',
    'KH',
    'telegram',
    '',
  ),
  fc.constantFrom(...INJECTIONS.filter((i) => i.value.length < 5000).map((i) => i.value)),
);
const paramKey = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'format',
      'source',
      'reliability',
      'tlp',
      'confidence',
      'defaultRegion',
      'platform',
      'filename',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'format[]',
      'source[x]',
      '__proto__',
      'constructor',
      'match[type]',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
/** A query string: arbitrary keys and values, repeated keys, always percent-encoded. */
const queryString = fc
  .array(fc.tuple(paramKey, paramValue), { maxLength: 8 })
  .map((pairs) =>
    pairs
      .map(
        ([k, v]) =>
          `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))}`,
      )
      .join('&'),
  );

export function uploadPaths(get: () => FuzzServer): void {
  for (const format of FORMATS) {
    it(
      `upload/${format}: mutated real files and arbitrary bodies`,
      async () => {
        const fuzz = get();
        const name = `upload/${format}`;
        const samples = fc.sample(
          fc.oneof(
            { weight: 3, arbitrary: mutatedFile(format) },
            { weight: 1, arbitrary: arbitraryBody },
          ),
          { seed: seedFor(name), numRuns: FUZZ.runs(16, 400) },
        );
        for (const [i, s] of samples.entries())
          await upload(
            fuzz,
            name,
            i,
            `format=${format}&source=fuzz%20upload`,
            s.bytes,
            UPLOAD_HEADERS,
            s.desc,
          );
        expectNoFailures(fuzz, name);
      },
      TEST_MS,
    );
  }

  it(
    'upload/params: arbitrary query parameters with a small valid body',
    async () => {
      const fuzz = get();
      const name = 'upload/params';
      const queries = fc.sample(queryString, { seed: seedFor(name), numRuns: FUZZ.runs(30, 500) });
      for (const [i, q] of queries.entries())
        await upload(fuzz, name, i, q, 'indicator\nparams-fuzz.example\n');
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );

  it(
    'upload/content-types: what browsers and scripts send',
    async () => {
      const fuzz = get();
      const name = 'upload/content-types';
      const types = [
        'text/plain',
        'text/csv',
        'application/json',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'multipart/form-data',
        'application/stix+json;version=2.1',
        'application/octet-stream; charset=utf-16',
        'text/csv; charset=latin1',
        '',
        ';;;',
        'x'.repeat(5000),
      ];
      const body =
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nindicator\nct-fuzz.example\r\n--x--\r\n';
      for (const [i, t] of types.entries())
        await upload(
          fuzz,
          name,
          i,
          'format=csv&source=fuzz%20ct',
          body,
          t ? { 'content-type': t } : {},
        );
      // Content-Encoding the server does not decode, and a gzip header on plain bytes.
      await upload(
        fuzz,
        name,
        types.length,
        'format=csv&source=fuzz%20ct',
        'indicator\nx.example\n',
        { ...UPLOAD_HEADERS, 'content-encoding': 'gzip' },
      );
      await upload(
        fuzz,
        name,
        types.length + 1,
        'format=csv&source=fuzz%20ct',
        'indicator\nx.example\n',
        { ...UPLOAD_HEADERS, 'content-encoding': 'br, identity, x' },
      );
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );
}
