// STIX 2.1 reader: streams a bundle's objects with stream-json (a big bundle is never held whole);
// indicator patterns and the SCOs we model become rows, other object types are counted as skipped.
import { PassThrough, type Readable } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import type { Tlp } from '../../model.js';
import { parseDate } from '../provenance-fields.js';
import type { IngestRow, ReaderItem } from '../reader-types.js';
import { patternValues, STIX_SCO_KINDS } from './stix-patterns.js';

/** TLP marking-definition ids: TLP 2.0 (SPEC §3) and TLP 1.0 (STIX 2.1 spec, WHITE read as CLEAR). */
const TLP_MARKINGS: Record<string, Tlp> = {
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487': 'CLEAR',
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb': 'GREEN',
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421': 'AMBER',
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003': 'AMBER_STRICT',
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1': 'RED',
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'CLEAR',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'GREEN',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'AMBER',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'RED',
};
const TLP_ORDER: Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];

/** A file that is a single STIX object rather than a bundle is read whole when at most this big. */
const SINGLE_OBJECT_MAX_BYTES = 1024 * 1024;

type StixObject = Record<string, unknown> & { type?: unknown };

export async function* readStix(input: Readable): AsyncGenerator<ReaderItem> {
  let head = '';
  const tap = new PassThrough();
  tap.on('data', (chunk: Buffer) => {
    if (head.length <= SINGLE_OBJECT_MAX_BYTES) head += chunk.toString('utf8');
  });
  input.on('error', (e) => tap.destroy(e));
  const objects = input
    .pipe(tap)
    .pipe(parser.asStream())
    .pipe(pick.asStream({ filter: 'objects' }))
    .pipe(streamArray.asStream());
  let index = 0;
  try {
    for await (const { value } of objects as AsyncIterable<{ value: StixObject }>) {
      index++;
      yield* objectItems(value, index);
    }
  } catch (error) {
    yield {
      type: 'reject',
      reject: {
        line: index + 1,
        field: '(bundle)',
        value: '',
        reason: 'MALFORMED_FILE',
        message: `Not valid JSON after object ${index}: ${(error as Error).message}`,
      },
    };
    return;
  }
  if (index === 0 && head.length <= SINGLE_OBJECT_MAX_BYTES) {
    const single = JSON.parse(head.replace(/^\uFEFF/, '')) as StixObject;
    if (single && typeof single === 'object' && single.type !== 'bundle')
      yield* objectItems(single, 1);
  }
}

function tlpOf(o: StixObject): Tlp | undefined {
  const refs = Array.isArray(o.object_marking_refs) ? (o.object_marking_refs as unknown[]) : [];
  let tlp: Tlp | undefined;
  for (const ref of refs) {
    const t = TLP_MARKINGS[String(ref)];
    if (t && (!tlp || TLP_ORDER.indexOf(t) > TLP_ORDER.indexOf(tlp))) tlp = t;
  }
  return tlp;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

function* objectItems(o: StixObject, index: number): Generator<ReaderItem> {
  const type = String(o.type ?? '(no type)');
  const base: Omit<IngestRow, 'main' | 'related'> = {
    line: index,
    tlp: tlpOf(o),
    confidence: typeof o.confidence === 'number' ? o.confidence : undefined,
    firstSeen: parseDate(
      str(o.first_seen) ?? str(o.valid_from) ?? str(o.first_observed) ?? str(o.created) ?? '',
    ),
    lastSeen: parseDate(str(o.last_seen) ?? str(o.last_observed) ?? str(o.modified) ?? ''),
  };
  if (type === 'indicator') {
    const pattern = str(o.pattern);
    if (!pattern || (o.pattern_type !== undefined && o.pattern_type !== 'stix')) {
      yield { type: 'skip', what: `pattern:${String(o.pattern_type ?? 'none')}` };
      return;
    }
    const { values, unmodelled } = patternValues(pattern);
    for (const t of unmodelled) yield { type: 'skip', what: `pattern:${t}` };
    const props = str(o.name) ? { name: String(o.name).slice(0, 500) } : undefined;
    for (const v of values) {
      yield {
        type: 'row',
        row: {
          ...base,
          main: { value: v.value, kind: v.kind, field: `pattern ${v.type}:value` },
          related: [],
          props,
        },
      };
    }
    return;
  }
  const kind = STIX_SCO_KINDS[type];
  if (kind) {
    const value = str(o.value);
    if (!value) {
      yield {
        type: 'reject',
        reject: {
          line: index,
          field: `${type}.value`,
          value: '',
          reason: 'EMPTY',
          message: `${type} object ${String(o.id ?? index)} has no value.`,
        },
      };
      return;
    }
    const asset = kind === 'wallet' ? (str(o.currency) ?? str(o.asset)) : undefined;
    yield {
      type: 'row',
      row: { ...base, main: { value, kind, field: `${type}.value`, asset }, related: [] },
    };
    return;
  }
  yield { type: 'skip', what: type };
}
