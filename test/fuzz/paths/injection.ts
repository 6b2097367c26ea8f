// The injection corpus against every string argument: each GraphQL String/ID argument (and input field),
// the upload's query parameters, TAXII parameters and ids; GraphQL bombs as whole documents; formula
// cells through every CSV the server writes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import { expect, it } from 'vitest';
import { ingestPath } from '../../../server/modules/ingest/ingest-run.js';
import { ALL_COLLECTION_ID } from '../../../server/modules/taxii/taxii-service.js';
import { rootFields, withLiterals, withVariables, type RootField } from '../graphql-args.js';
import {
  FUZZ,
  SENTINEL_ID,
  SENTINEL_VALUE,
  curl,
  type FuzzServer,
  type Known,
} from '../harness.js';
import { BOMBS, INJECTIONS, SMALL_INJECTIONS, type Injection } from '../injection-corpus.js';
import { expectNoFailures, TEST_MS } from './expect.js';
import { graphqlBodyCase, graphqlCase } from './graphql.js';
import { TAXII_ACCEPT, taxiiCase } from './taxii.js';
import { uploadEffect } from './upload.js';

/** Where a string goes: an argument, an input field, or the first item of a list. */
type Slot = (string | number)[];

function isStringy(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return named.name === 'String' || named.name === 'ID';
}

function unwrap(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? (type.ofType as GraphQLInputType) : type;
}

function slotsOf(type: GraphQLInputType, at: Slot, depth = 0): Slot[] {
  const t = unwrap(type);
  if (isListType(t)) return isStringy(t.ofType as GraphQLInputType) ? [[...at, 0]] : [];
  if (isInputObjectType(t) && depth < 2)
    return Object.values(t.getFields()).flatMap((f) => slotsOf(f.type, [...at, f.name], depth + 1));
  return isStringy(t) ? [at] : [];
}

/** Arguments that pass validation, so the injected string is the only thing wrong (if anything). */
function baseline(root: RootField, known: Known): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const a of root.field.args) {
    if (!isNonNullType(a.type)) continue;
    const named = getNamedType(a.type);
    if (named.name === 'ExportFormat') args[a.name] = 'CSV';
    else if (named.name === 'IngestInput')
      args[a.name] = { source: 'fuzz injection', values: ['fuzz-injection.example'] };
    else if (named.name === 'IndicatorSetInput')
      args[a.name] = { name: 'fuzz injection set', clusterOf: known.domainId };
    else if (named.name === 'WatchTarget') args[a.name] = { kind: 'ENTITY', id: known.domainId };
    else if (isInputObjectType(named)) args[a.name] = {};
    else if (a.name === 'value') args[a.name] = SENTINEL_VALUE;
    else if (a.name === 'query') args[a.name] = 'fuzz';
    else if (a.name === 'toId') args[a.name] = known.domainId;
    else args[a.name] = SENTINEL_ID;
  }
  return args;
}

function place(args: Record<string, unknown>, slot: Slot, value: string): Record<string, unknown> {
  const out = structuredClone(args);
  let at: Record<string | number, unknown> = out;
  for (const [i, key] of slot.entries()) {
    if (i === slot.length - 1) at[key] = value;
    else {
      const next = slot[i + 1];
      at[key] ??= typeof next === 'number' ? [] : {};
      at = at[key] as Record<string | number, unknown>;
    }
  }
  // An ingest takes values or text, not both; a set takes ids or clusterOf.
  const input = out.input as Record<string, unknown> | undefined;
  if (input && slot[1] === 'text') delete input.values;
  if (input && slot[1] === 'ids') delete input.clusterOf;
  return out;
}

/**
 * Where entry `k` of the corpus goes: every slot in a long run; in a short run one slot, turn about, so every
 * argument gets a share of the corpus and every entry reaches every field.
 */
function spread<T>(slots: readonly T[], k: number): T[] {
  return FUZZ.long ? [...slots] : [slots[k % slots.length] as T];
}

export function injectionPaths(get: () => FuzzServer): void {
  for (const root of rootFields()) {
    const slots = root.field.args.flatMap((a) => slotsOf(a.type, [a.name]));
    if (slots.length === 0) continue;
    const name = `injection/graphql/${root.field.name}`;
    it(
      `${name}: every injection in ${slots.map((s) => s.join('.')).join(', ')}`,
      async () => {
        const fuzz = get();
        const base = baseline(root, fuzz.known);
        let i = 0;
        for (const [k, inj] of INJECTIONS.entries()) {
          for (const slot of spread(slots, k)) {
            const args = place(base, slot, inj.value);
            await graphqlCase(fuzz, name, i++, withVariables(root, args), args);
            // Literal syntax is fuzzed by graphql/<field>; here only in a long run.
            if (FUZZ.long) await graphqlCase(fuzz, name, i++, withLiterals(root, args), undefined);
          }
        }
        expectNoFailures(fuzz, name);
      },
      TEST_MS,
    );
  }

  it(
    'injection/upload: every injection in each query parameter of POST /api/ingest',
    async () => {
      const fuzz = get();
      const name = 'injection/upload';
      const params = [
        'source',
        'reliability',
        'tlp',
        'confidence',
        'defaultRegion',
        'platform',
        'filename',
        'format',
      ];
      const headers = { 'content-type': 'application/octet-stream' };
      let i = 0;
      for (const [k, inj] of SMALL_INJECTIONS.entries()) {
        for (const param of spread(params, k)) {
          const q = new URLSearchParams({ format: 'text', source: 'fuzz injection upload' });
          q.set(param, inj.value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
          const target = `/api/ingest?${q.toString()}`;
          const body = 'fuzz-injection-upload.example\n';
          await fuzz.runCase(
            name,
            i++,
            () => `${param}=${inj.name} | ${curl(fuzz, name, 'POST', target, headers, body)}`,
            async () => {
              const answer = await fuzz.http(target, { method: 'POST', headers, body });
              return { answer, effect: uploadEffect(answer) };
            },
          );
        }
      }
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );

  it(
    'injection/taxii: every injection in each TAXII parameter and as a collection id',
    async () => {
      const fuzz = get();
      const name = 'injection/taxii';
      const headers = { accept: TAXII_ACCEPT, authorization: `Bearer ${fuzz.known.token}` };
      const enc = (inj: Injection) =>
        encodeURIComponent(inj.value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
      let i = 0;
      const params = ['limit', 'added_after', 'next', 'match[type]', 'match[id]', 'match[version]'];
      for (const [k, inj] of SMALL_INJECTIONS.entries()) {
        for (const param of spread(params, k))
          await taxiiCase(
            fuzz,
            name,
            i++,
            `/taxii2/api/collections/${ALL_COLLECTION_ID}/objects/?${encodeURIComponent(param)}=${enc(inj)}`,
            headers,
          );
        await taxiiCase(
          fuzz,
          name,
          i++,
          `/taxii2/api/collections/${enc(inj)}/${k % 2 ? 'objects/' : ''}`,
          headers,
        );
      }
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );

  it(
    'injection/bombs: alias, fragment, depth, directive and size bombs are refused or answered fast',
    async () => {
      const fuzz = get();
      const name = 'injection/bombs';
      for (const [i, bomb] of BOMBS.entries()) {
        const variables =
          bomb.variables ??
          (bomb.query.includes('$id') ? JSON.stringify({ id: fuzz.known.domainId }) : 'null');
        const body = `{"query":${JSON.stringify(bomb.query)},"variables":${variables}}`;
        await graphqlBodyCase(fuzz, name, i, body, { maxMs: 2_000, tag: bomb.name });
      }
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );

  it(
    'injection/csv-formulas: formula cells come out neutralised in the CSV export and the rejects file',
    async () => {
      const fuzz = get();
      const formulas = INJECTIONS.filter((i) => i.name.startsWith('formula'));
      // OWASP: a cell a spreadsheet runs starts with tab or CR, or (after blanks) with = + - @; a plain signed
      // number (an E.164 phone) is read as a number.
      const number = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
      const trigger = {
        test: (c: string) =>
          /^[\t\r]/.test(c) ||
          (/^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(c) && !number.test(c.trim())),
      };
      // Formulas as source names, then exported as CSV.
      for (const [n, f] of formulas.entries()) {
        await fuzz.graphql('mutation($i: IngestInput!) { ingest(input: $i) { created } }', {
          i: { values: [`formula-${n}.example`], source: f.value },
        });
      }
      const exported = await fuzz.graphql('{ exportIndicators(format: CSV) { content } }');
      const content =
        (exported.json as { data?: { exportIndicators?: { content?: string } } }).data
          ?.exportIndicators?.content ?? '';
      const exportCells = (parse(content, { relax_column_count: true }) as string[][]).flat();
      // Formulas as values of a text file, rejected into the CLI's rejects file.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-fuzz-formula-'));
      let rejectCells: string[] = [];
      try {
        const file = path.join(dir, 'formulas.txt');
        writeFileSync(file, formulas.map((f) => f.value.replace(/[\r\n]/g, ' ')).join('\n'));
        const r = await ingestPath(fuzz.executor, file, { rejects: `${file}.rejects.csv` });
        fuzz.forgetCounts();
        if (r.rejectsFile)
          rejectCells = (
            parse(readFileSync(r.rejectsFile, 'utf8'), { relax_column_count: true }) as string[][]
          ).flat();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      expect(exportCells.length, 'the CSV export has rows').toBeGreaterThan(0);
      expect(rejectCells.length, 'the rejects file has rows').toBeGreaterThan(0);
      const dangerous = [
        ...exportCells.filter((c) => trigger.test(c)).map((c) => `export: ${JSON.stringify(c)}`),
        ...rejectCells
          .filter((c) => trigger.test(c))
          .map((c) => `rejects file: ${JSON.stringify(c)}`),
      ];
      expect(dangerous, 'CSV cells a spreadsheet would run as formulas').toEqual([]);
    },
    TEST_MS,
  );
}
