// Schema-driven GraphQL calls: for every Query and Mutation field, arbitrary arguments of its declared
// types (and some of the wrong types), sent as variables or inlined as literals, with a selection of
// every leaf field two levels deep.
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../server/graphql-schema.js';
import { corpusValues } from './corpus.js';
import type { Known } from './harness.js';
import { INJECTIONS } from './injection-corpus.js';

let schema: GraphQLSchema | undefined;

export function fuzzSchema(): GraphQLSchema {
  schema ??= buildSchema(loadTypeDefs());
  return schema;
}

export interface RootField {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

/** Every field of Query and Mutation. */
export function rootFields(): RootField[] {
  const s = fuzzSchema();
  const out: RootField[] = [];
  for (const [operation, type] of [
    ['query', s.getQueryType()],
    ['mutation', s.getMutationType()],
  ] as const)
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ operation, field });
  return out;
}

/** Every leaf field two levels deep (objects without leaves get `__typename`). */
export function selectionOf(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const parts: string[] = [];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const inner = getNamedType(f.type);
    if (isLeafType(inner)) parts.push(f.name);
    else if (depth > 1) {
      const sub = selectionOf(f.type, depth - 1);
      if (sub) parts.push(`${f.name} ${sub}`);
    }
  }
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

/** Strings as people, feeds and attackers write them, and ids of the seeded graph. */
export function stringArb(known: Known): fc.Arbitrary<string> {
  const injections = INJECTIONS.filter((i) => i.value.length <= 8192).map((i) => i.value);
  const values = corpusValues();
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known.ids, known.setId) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...known.ids), fc.string({ maxLength: 6 }), fc.boolean())
        .map(([id, s, front]) => (front ? s + id : id + s)),
    },
    { weight: 2, arbitrary: fc.constantFrom(...values) },
    { weight: 2, arbitrary: fc.constantFrom(...injections) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    {
      weight: 1,
      arbitrary: fc
        .array(
          fc.oneof(
            fc.string({ maxLength: 3 }),
            fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
          ),
          { maxLength: 8 },
        )
        .map((a) => a.join('')),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        'KH',
        'kh',
        'MM',
        'ZZ',
        'active',
        'raided',
        'A',
        'F',
        'RED',
        '2024-01-01',
        '1970-01-01T00:00:00Z',
        '9999-12-31',
        'source:fuzz-sentinel',
        'telegram',
      ),
    },
    { weight: 1, arbitrary: fc.nat({ max: 3000 }).map((n) => 'x'.repeat(n)) },
  );
}

const intArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -3, max: 12 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      1,
      2,
      3,
      4,
      6,
      10,
      11,
      20,
      100,
      101,
      200,
      1000,
      2000,
      2001,
      5000,
      5001,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(-1, -2147483648, 2147483647) },
  { weight: 1, arbitrary: fc.integer({ min: -2147483648, max: 2147483647 }) },
);

/** Values of the wrong type: the server must answer BAD_USER_INPUT, not fail. */
const wrongArb: fc.Arbitrary<unknown> = fc.constantFrom(
  null,
  1.5,
  1e21,
  2 ** 53,
  -0,
  'NaN',
  '1',
  true,
  [],
  [[]],
  {},
  { a: 1 },
  'x'.repeat(70_000),
);

/** An arbitrary JSON value for an input type; `wrong` is the chance of a value of another type. */
export function valueArb(type: GraphQLInputType, known: Known, depth = 0): fc.Arbitrary<unknown> {
  const wrong = depth > 3 ? 0 : 1;
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 12, arbitrary: valueArb(type.ofType, known, depth) },
      { weight: wrong, arbitrary: fc.constant(null) },
    );
  }
  if (isListType(type)) {
    const item = valueArb(type.ofType as GraphQLInputType, known, depth + 1);
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(item, { maxLength: 5 }) },
      { weight: 1, arbitrary: item },
      { weight: 1, arbitrary: fc.constant(null) },
      {
        weight: depth ? 0 : 1,
        arbitrary: fc
          .array(item, { minLength: 1, maxLength: 3 })
          .map((a) => Array.from({ length: 2000 }, (_, i) => a[i % a.length])),
      },
    );
  }
  let right: fc.Arbitrary<unknown>;
  if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    right = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...names) },
      { weight: 1, arbitrary: fc.constantFrom('AMBER+STRICT', 'domain', 'Domain', '', 'NOPE') },
    );
  } else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) model[f.name] = valueArb(f.type, known, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    right = fc.oneof(
      { weight: 8, arbitrary: fc.record(model, { requiredKeys: required }) },
      {
        weight: 1,
        arbitrary: fc
          .record(model, { requiredKeys: required })
          .map((r) => ({ ...r, unknownField: 1 })),
      },
    );
  } else {
    switch (type.name) {
      case 'Int':
        right = intArb;
        break;
      case 'Float':
        right = fc.double();
        break;
      case 'Boolean':
        right = fc.boolean();
        break;
      default:
        right = stringArb(known);
    }
  }
  return fc.oneof({ weight: 10, arbitrary: right }, { weight: wrong, arbitrary: wrongArb });
}

/** Arguments of a field: required ones always present, optional ones sometimes. */
export function argsArb(
  field: GraphQLField<unknown, unknown>,
  known: Known,
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of field.args) model[a.name] = valueArb(a.type, known);
  return fc.record(model, {
    requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
  });
}

/** A GraphQL literal for a JSON value of an input type (wrong-typed values stay wrong). */
export function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const inner = isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    const item = (isListType(inner) ? inner.ofType : inner) as GraphQLInputType;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(inner) ? inner.getFields() : {};
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, (fields[k]?.type ?? inner) as GraphQLInputType)}`)
      .join(', ')}}`;
  }
  if (
    typeof value === 'string' &&
    isEnumType(getNamedType(inner)) &&
    /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)
  )
    return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value);
}

/** The document calling one field with variables for its arguments. */
export function withVariables(root: RootField, args: Record<string, unknown>): string {
  const used = root.field.args.filter((a) => a.name in args);
  const decl = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${root.operation}${decl ? `(${decl})` : ''} { ${root.field.name}${call ? `(${call})` : ''} ${selectionOf(root.field.type)} }`;
}

/** The document calling one field with its arguments inlined. */
export function withLiterals(root: RootField, args: Record<string, unknown>): string {
  const used = root.field.args.filter((a) => a.name in args);
  const call = used
    .map((a: GraphQLArgument) => `${a.name}: ${literal(args[a.name], a.type)}`)
    .join(', ');
  return `${root.operation} { ${root.field.name}${call ? `(${call})` : ''} ${selectionOf(root.field.type)} }`;
}
