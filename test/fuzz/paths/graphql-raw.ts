// POST /graphql with malformed documents and bodies: invalid JSON, wrong types, content types, methods,
// batches, persisted-query garbage, sizes; and arbitrary documents and bodies.
import fc from 'fast-check';
import { it } from 'vitest';
import { arbitraryBody } from '../corpus-mutations.js';
import { rootFields } from '../graphql-args.js';
import { FUZZ, curl, seedFor, type FuzzServer } from '../harness.js';
import { expectNoFailures, TEST_MS } from './expect.js';
import { graphqlEffect } from './graphql.js';

export function graphqlRawPaths(get: () => FuzzServer): void {
  it(
    'graphql/raw: malformed documents and bodies, content types, methods, batches, sizes',
    async () => {
      const fuzz = get();
      const name = 'graphql/raw';
      type Raw = {
        desc: string;
        method?: string;
        headers?: Record<string, string>;
        body?: string | Buffer;
        query?: string;
        tag?: string;
      };
      const fixed: Raw[] = [
        { desc: 'invalid JSON', body: '{"query": "{ ok }"' },
        { desc: 'JSON string', body: '"{ ok }"' },
        { desc: 'JSON null', body: 'null' },
        { desc: 'JSON number', body: '1' },
        { desc: 'query not a string', body: '{"query": {"a": 1}}' },
        { desc: 'query array', body: '{"query": ["{ ok }"]}' },
        { desc: 'variables a string', body: '{"query": "{ ok }", "variables": "x"}' },
        { desc: 'variables an array', body: '{"query": "{ ok }", "variables": [1]}' },
        { desc: 'operationName object', body: '{"query": "{ ok }", "operationName": {}}' },
        {
          desc: 'extensions garbage',
          body: '{"query": "{ ok }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
        },
        {
          desc: 'persisted query only',
          body: '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
        },
        { desc: 'empty batch', body: '[]' },
        {
          desc: 'batch of 500',
          body: JSON.stringify(
            Array.from({ length: 500 }, () => ({ query: '{ stats { totalNodes } }' })),
          ),
        },
        { desc: 'empty body', body: '' },
        {
          desc: 'proto keys',
          body: '{"query": "{ ok }", "__proto__": {"x": 1}, "constructor": {"prototype": {"y": 1}}}',
        },
        {
          desc: 'deep JSON',
          body: `{"query": "{ ok }", "variables": ${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`,
        },
        {
          desc: '3 MB body',
          body: JSON.stringify({
            query: '{ ok }',
            variables: { pad: 'x'.repeat(3 * 1024 * 1024) },
          }),
        },
        {
          desc: 'text/plain',
          headers: { 'content-type': 'text/plain' },
          body: '{"query": "{ ok }"}',
        },
        {
          desc: 'form',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'query=%7B%20ok%20%7D',
        },
        {
          desc: 'multipart',
          headers: { 'content-type': 'multipart/form-data; boundary=x' },
          body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ ok }"}\r\n--x--',
        },
        {
          desc: 'graphql content type',
          headers: { 'content-type': 'application/graphql' },
          body: '{ ok }',
        },
        {
          desc: 'json charset latin1',
          headers: { 'content-type': 'application/json; charset=latin1' },
          body: '{"query":"{ ok }"}',
        },
        {
          desc: 'json charset utf-16',
          headers: { 'content-type': 'application/json; charset=utf-16' },
          body: Buffer.from('{"query":"{ ok }"}', 'utf16le'),
        },
        {
          desc: 'gzip claimed',
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
          body: '{"query":"{ ok }"}',
        },
        { desc: 'GET with query', method: 'GET', query: '?query=%7B%20ok%20%7D' },
        {
          desc: 'GET mutation',
          method: 'GET',
          query:
            '?query=mutation%7Bingest(input%3A%7Bvalues%3A%5B%22a.example%22%5D%2Csource%3A%22x%22%7D)%7Bcreated%7D%7D',
        },
        {
          desc: 'GET variables not JSON',
          method: 'GET',
          query: '?query=%7B%20ok%20%7D&variables=%7B',
        },
        { desc: 'GET repeated query', method: 'GET', query: '?query=%7Bok%7D&query=%7Bok%7D' },
        { desc: 'GET accept html', method: 'GET', headers: { accept: 'text/html' } },
        { desc: 'PUT', method: 'PUT', body: '{"query":"{ ok }"}' },
        { desc: 'DELETE', method: 'DELETE' },
        {
          desc: 'OPTIONS',
          method: 'OPTIONS',
          headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
        },
        { desc: 'subscription', body: JSON.stringify({ query: 'subscription { ok }' }) },
        {
          desc: 'two operations, no name',
          body: JSON.stringify({ query: 'query A { ok } query B { ok }' }),
        },
        {
          desc: 'unknown operation name',
          body: JSON.stringify({ query: 'query A { ok }', operationName: 'B' }),
        },
        { desc: 'unknown field', body: JSON.stringify({ query: '{ nope }' }) },
        {
          desc: 'field suggestion probe',
          body: JSON.stringify({ query: '{ entit(id: "x") { id } }' }),
        },
        {
          desc: 'missing variable',
          body: JSON.stringify({ query: 'query($id: ID!) { entity(id: $id) { id } }' }),
        },
        {
          desc: 'undeclared variable',
          body: JSON.stringify({ query: '{ entity(id: $id) { id } }', variables: { id: 'x' } }),
        },
        {
          desc: 'introspection',
          body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
        },
        {
          // graphql-js stops after 50 variable errors with an error of its own (found by graphql/search).
          desc: 'over 50 bad variable values',
          body: JSON.stringify({
            query: 'query($k: [EntityKind!]) { search(query: "a", kinds: $k) { hits { score } } }',
            variables: { k: Array.from({ length: 60 }, () => 'NOPE') },
          }),
        },
      ];
      const generated = fc.sample(
        fc.oneof(
          fc
            .string({ unit: 'binary', maxLength: 200 })
            .map((q): Raw => ({ desc: 'arbitrary document', body: JSON.stringify({ query: q }) })),
          fc
            .string({ unit: 'binary-ascii', maxLength: 300 })
            .map((q): Raw => ({ desc: 'arbitrary body', body: q })),
          fc.json().map((j): Raw => ({ desc: 'arbitrary JSON body', body: j })),
          fc
            .tuple(
              fc.constantFrom(...rootFields().map((r) => r.field.name)),
              fc.string({ maxLength: 40 }),
            )
            .map(([f, junk]): Raw => ({
              desc: 'field with junk',
              body: JSON.stringify({ query: `{ ${f}${junk} }` }),
            })),
          arbitraryBody.map((s): Raw => ({ desc: `body: ${s.desc}`, body: s.bytes })),
        ),
        { seed: seedFor(name), numRuns: FUZZ.runs(20, 600) },
      );
      for (const [i, r] of [...fixed.map((f) => ({ ...f, tag: f.desc })), ...generated].entries()) {
        const method = r.method ?? 'POST';
        const headers = r.headers ?? { 'content-type': 'application/json' };
        const target = `/graphql${r.query ?? ''}`;
        await fuzz.runCase(
          name,
          i,
          () => `${r.desc} | ${curl(fuzz, name, method, target, headers, r.body)}`,
          async () => {
            const answer = await fuzz.http(target, { method, headers, body: r.body });
            return { answer, effect: graphqlEffect(answer, false) };
          },
          { tag: r.tag },
        );
      }
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );
}
