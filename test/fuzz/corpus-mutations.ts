// fast-check arbitraries over the file corpus: real files truncated, flipped, spliced, nested and
// re-encoded, and bodies that come from no file (binary, arbitrary JSON, empty, huge, deeply nested).
import fc from 'fast-check';
import { corpus, type Format, type Sample } from './corpus.js';
import { SMALL_INJECTIONS } from './injection-corpus.js';

type Mutation = (b: Buffer) => { bytes: Buffer; desc: string };

const at = (b: Buffer, p: number) => Math.min(b.length, Math.floor(p * b.length));
const frac = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const STRUCTURAL = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '\n',
  '\r',
  '\u0000',
  '\\',
  '"x":',
  'null',
  '\uFFFD',
  '\t',
  '""',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: frac.map((p) => (b: Buffer) => ({
      bytes: b.subarray(0, at(b, p)),
      desc: `truncate@${at(b, p)}`,
    })),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(frac, fc.integer({ min: 0, max: 7 })).map(([p, bit]) => (b: Buffer) => {
      const out = Buffer.from(b);
      const i = Math.min(out.length - 1, at(b, p));
      if (i >= 0) out[i] = (out[i] ?? 0) ^ (1 << bit);
      return { bytes: out, desc: `flip@${i}.${bit}` };
    }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(frac, fc.uint8Array({ minLength: 1, maxLength: 16 }))
      .map(([p, ins]) => (b: Buffer) => ({
        bytes: Buffer.concat([b.subarray(0, at(b, p)), ins, b.subarray(at(b, p))]),
        desc: `insert@${at(b, p)}:${Buffer.from(ins).toString('hex')}`,
      })),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(frac, fc.constantFrom(...STRUCTURAL)).map(([p, s]) => (b: Buffer) => ({
      bytes: Buffer.concat([b.subarray(0, at(b, p)), Buffer.from(s), b.subarray(at(b, p))]),
      desc: `insert@${at(b, p)}:${JSON.stringify(s)}`,
    })),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(frac, fc.integer({ min: 1, max: 256 })).map(([p, n]) => (b: Buffer) => ({
      bytes: Buffer.concat([b.subarray(0, at(b, p)), b.subarray(at(b, p) + n)]),
      desc: `delete@${at(b, p)}+${n}`,
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(frac, fc.integer({ min: 1, max: 512 }), fc.integer({ min: 2, max: 50 }))
      .map(([p, n, k]) => (b: Buffer) => {
        const piece = b.subarray(at(b, p), at(b, p) + n);
        return {
          bytes: Buffer.concat([
            b.subarray(0, at(b, p)),
            ...Array<Buffer>(k).fill(piece),
            b.subarray(at(b, p)),
          ]),
          desc: `repeat@${at(b, p)}+${piece.length}x${k}`,
        };
      }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(frac, fc.constantFrom(...SMALL_INJECTIONS))
      .map(([p, inj]) => (b: Buffer) => ({
        bytes: Buffer.concat([
          b.subarray(0, at(b, p)),
          Buffer.from(inj.value),
          b.subarray(at(b, p)),
        ]),
        desc: `inject@${at(b, p)}:${inj.name}`,
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        frac,
        fc.integer({ min: 100, max: 20_000 }),
        fc.constantFrom('[', '{"a":', '{"objects":[', '{"Event":{"Attribute":['),
      )
      .map(([p, n, open]) => (b: Buffer) => ({
        bytes: Buffer.concat([
          b.subarray(0, at(b, p)),
          Buffer.from(open.repeat(n)),
          b.subarray(at(b, p)),
        ]),
        desc: `nest@${at(b, p)}:${JSON.stringify(open)}x${n}`,
      })),
  },
  {
    weight: 1,
    arbitrary: fc.constant((b: Buffer) => ({
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
      desc: 'bom',
    })),
  },
  {
    weight: 1,
    arbitrary: fc.constant((b: Buffer) => ({
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]),
      desc: 'utf16le',
    })),
  },
  {
    weight: 1,
    arbitrary: fc.constant((b: Buffer) => ({
      bytes: Buffer.from(b.toString('utf8').replace(/\n/g, '\r')),
      desc: 'cr-only',
    })),
  },
  {
    weight: 1,
    arbitrary: fc.constant((_b: Buffer) => ({ bytes: Buffer.alloc(0), desc: 'empty' })),
  },
);

/** A real file of the format, mutated 0–3 times (mostly truncated somewhere). */
export function mutatedFile(format: Format): fc.Arbitrary<Sample> {
  const files = corpus()[format];
  return fc
    .tuple(fc.constantFrom(...files), fc.array(mutation, { minLength: 0, maxLength: 3 }))
    .map(([file, mutations]) => {
      let bytes = file.bytes;
      const steps: string[] = [];
      for (const m of mutations) {
        const r = m(bytes);
        bytes = r.bytes;
        steps.push(r.desc);
      }
      return { bytes, desc: [file.name, ...steps].join(' | ') };
    });
}

/** Bodies that come from no file: binary, arbitrary text and JSON, empty, whitespace, deep nesting. */
export const arbitraryBody: fc.Arbitrary<Sample> = fc.oneof(
  fc
    .uint8Array({ maxLength: 4096 })
    .map((u) => ({ bytes: Buffer.from(u), desc: `binary ${u.length} bytes` })),
  fc
    .string({ unit: 'binary', maxLength: 400 })
    .map((s) => ({ bytes: Buffer.from(s), desc: 'unicode text' })),
  fc
    .string({ unit: 'binary-ascii', maxLength: 400 })
    .map((s) => ({ bytes: Buffer.from(s), desc: 'ascii text' })),
  fc.json({ depthSize: 'medium' }).map((s) => ({ bytes: Buffer.from(s), desc: 'arbitrary JSON' })),
  fc
    .array(fc.json({ maxDepth: 2 }), { maxLength: 30 })
    .map((lines) => ({ bytes: Buffer.from(lines.join('\n')), desc: 'JSON lines' })),
  fc.constantFrom(
    { bytes: Buffer.alloc(0), desc: 'empty' },
    { bytes: Buffer.from(' \n\t\r\n '), desc: 'whitespace' },
    { bytes: Buffer.from('\uFEFF'), desc: 'BOM only' },
    { bytes: Buffer.from('null'), desc: 'null' },
    { bytes: Buffer.from('{}'), desc: '{}' },
    { bytes: Buffer.from('[]'), desc: '[]' },
    { bytes: Buffer.from('{"type":"bundle","objects":'), desc: 'bundle cut after objects:' },
    {
      bytes: Buffer.from('{"type":"bundle","objects":[{"type":"domain-name","value":"a.example"},'),
      desc: 'bundle with a stray comma',
    },
    {
      bytes: Buffer.from('{"Event":{"Attribute":[{"type":"domain","value":'),
      desc: 'MISP event cut in a value',
    },
    {
      bytes: Buffer.from('{"type":"bundle","objects":[1,"x",null,true,[]]}'),
      desc: 'bundle of non-objects',
    },
    {
      bytes: Buffer.from('{"Event":{"Attribute":"x","Object":1,"Tag":null}}'),
      desc: 'MISP event of wrong types',
    },
    { bytes: Buffer.from('"\\ud800"'), desc: 'lone surrogate escape' },
    { bytes: Buffer.from('indicator\n"unterminated,quote\nx.example'), desc: 'CSV open quote' },
    { bytes: Buffer.from('a,b\n' + 'x,'.repeat(20_000) + '\n'), desc: 'CSV 20k columns' },
    { bytes: Buffer.from('['.repeat(100_000)), desc: '100k open brackets' },
    { bytes: Buffer.from('{"a":'.repeat(50_000)), desc: '50k nested objects' },
    { bytes: Buffer.from('x'.repeat(3 * 1024 * 1024)), desc: '3 MB single line' },
    { bytes: Buffer.from('\n'.repeat(1024 * 1024)), desc: '1M empty lines' },
  ),
);
