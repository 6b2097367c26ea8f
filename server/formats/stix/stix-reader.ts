// STIX 2.1 reader: streams a bundle's objects with stream-json (a big bundle is never held whole);
// indicator patterns and the SCOs we model become rows, compounds and organisations entities, SROs
// among them links, ours by type and generic ones by the kinds of their ends (stix-objects.ts); other
// object types are counted as skipped.
import type { Readable } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import type { Tlp } from '../../model.js';
import { parseDate } from '../provenance-fields.js';
import {
  fileReject,
  guarded,
  isReadError,
  jsonSyntaxError,
  MalformedInput,
  READER_LIMITS,
  rejectOf,
  where,
  type InputGuard,
} from '../reader-input.js';
import type { IngestRow, ReaderItem, RowValue } from '../reader-types.js';
import { normalizeApp } from '../../indicators/index.js';
import { StixBundleState } from './stix-objects.js';
import { graphRefOf, refValue, str, type StixObject } from './stix-reader-fields.js';
import { patternValues, STIX_KEYED_KINDS, STIX_SCO_KINDS } from './stix-patterns.js';

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
/** Longest indicator pattern read (real ones are a few hundred characters); longer is rejected. */
export const STIX_PATTERN_MAX_CHARS = 8192;

/**
 * Streams a bundle's objects. Every stage's error reaches this loop (reader-input.ts): binary, empty,
 * truncated or otherwise invalid JSON ends in one MALFORMED_FILE reject naming the object it follows and
 * the byte offset; an object that cannot be read is rejected alone.
 */
export async function* readStix(input: Readable): AsyncGenerator<ReaderItem> {
  const { out, guard } = guarded(
    input,
    [parser.asStream(), pick.asStream({ filter: 'objects' }), streamArray.asStream()],
    { jsonDepth: READER_LIMITS.jsonDepth, keepHead: SINGLE_OBJECT_MAX_BYTES },
  );
  let index = 0;
  const state = new StixBundleState();
  try {
    for await (const { value } of out as AsyncIterable<{ value: unknown }>) {
      index++;
      yield* readObject(value, index, state);
    }
  } catch (error) {
    yield malformedBundle(error, guard, index);
    return;
  }
  if (index === 0) {
    const single = singleObject(guard);
    if ('reject' in single) {
      yield single.reject;
      return;
    }
    if (single.object) yield* readObject(single.object, 1, state);
  }
  yield* state.finish();
}

function malformedBundle(error: unknown, guard: InputGuard, index: number): ReaderItem {
  if (error instanceof MalformedInput || isReadError(error))
    return rejectOf(error, guard, '(bundle)');
  const head = guard.head();
  const exact = head && jsonSyntaxError(head.toString('utf8'));
  const message = exact?.message ?? (error as Error)?.message ?? String(error);
  const offset = exact?.offset ?? guard.bytes;
  const line = exact?.line ?? guard.line;
  const after = index ? ` after STIX object ${index}` : '';
  const cut = offset >= guard.bytes ? '; the file ends before its JSON does (cut off?)' : '';
  return fileReject(
    'SYNTAX',
    `Not valid JSON${after}: ${message} (${exact ? '' : 'near '}${where(offset, line)})${cut}.`,
    { offset, line, field: '(bundle)' },
  );
}

/** A file without an `objects` list: one STIX object (read whole), an empty bundle, or not STIX. */
function singleObject(guard: InputGuard): { object?: StixObject } | { reject: ReaderItem } {
  const head = guard.head();
  const notStix = (message: string, offset = 0, line = 1) => ({
    reject: fileReject('NOT_FORMAT', message, { offset, line, field: '(bundle)' }),
  });
  if (!head)
    return notStix(
      `No STIX objects: the file is not a bundle with an "objects" list, and a single STIX object is read only up to ${SINGLE_OBJECT_MAX_BYTES} bytes.`,
    );
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    const at = jsonSyntaxError(text);
    return notStix(`Not valid JSON: ${at?.message ?? 'unreadable'}.`, at?.offset, at?.line);
  }
  if (
    !doc ||
    typeof doc !== 'object' ||
    Array.isArray(doc) ||
    typeof (doc as StixObject).type !== 'string'
  )
    return notStix(
      'Not STIX 2.1: neither a bundle nor a STIX object (a JSON object with a "type").',
    );
  return (doc as StixObject).type === 'bundle' ? {} : { object: doc as StixObject };
}

/** One element of `objects`: its items, or a reject when it is not an object or cannot be read. */
function* readObject(value: unknown, index: number, state: StixBundleState): Generator<ReaderItem> {
  const reject = (message: string): ReaderItem => ({
    type: 'reject',
    reject: { line: index, field: '(object)', value: '', reason: 'MALFORMED_ROW', message },
  });
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    yield reject(`STIX object ${index} is not a JSON object.`);
    return;
  }
  try {
    yield* objectItems(value as StixObject, index, state);
  } catch (error) {
    yield reject(`STIX object ${index} could not be read: ${(error as Error).message}`);
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

/** The observable an SCO names: its kind, value and the `<type>\0<key>` a pattern would compare. */
function observableOf(o: StixObject, type: string): (RowValue & { match: string }) | undefined {
  const field = `${type}.value`;
  const kind = STIX_SCO_KINDS[type];
  if (kind) {
    const value = str(o.value) ?? '';
    const asset = kind === 'wallet' ? (str(o.currency) ?? str(o.asset)) : undefined;
    return { value, kind, field, asset, match: `${type}\0${value}` };
  }
  if (type === 'software') {
    const name = str(o.name) ?? '';
    // Only mobile apps (package ids, ios:<id>) are ours; other software is not modelled.
    if (!normalizeApp(name).ok) return undefined;
    return { value: name, kind: 'app', field: 'software.name', match: `${type}\0${name}` };
  }
  if (type === 'user-account') {
    const value = str(o.user_id) ?? str(o.account_login) ?? '';
    const platform = str(o.account_type);
    return {
      value,
      kind: 'account',
      field: 'user-account.user_id',
      platform,
      match: `${type}\0${value}`,
    };
  }
  return undefined;
}

function* objectItems(o: StixObject, index: number, state: StixBundleState): Generator<ReaderItem> {
  const type = String(o.type ?? '(no type)');
  const id = String(o.id ?? '');
  const base: Omit<IngestRow, 'main' | 'related'> = {
    line: index,
    tlp: tlpOf(o),
    confidence: typeof o.confidence === 'number' ? o.confidence : undefined,
    firstSeen: parseDate(
      str(o.first_seen) ??
        str(o.start_time) ??
        str(o.valid_from) ??
        str(o.first_observed) ??
        str(o.created) ??
        '',
    ),
    lastSeen: parseDate(
      str(o.last_seen) ?? str(o.stop_time) ?? str(o.last_observed) ?? str(o.modified) ?? '',
    ),
  };
  if (type === 'indicator') {
    const pattern = str(o.pattern);
    if (!pattern || (o.pattern_type !== undefined && o.pattern_type !== 'stix')) {
      yield { type: 'skip', what: `pattern:${String(o.pattern_type ?? 'none').slice(0, 40)}` };
      return;
    }
    if (pattern.length > STIX_PATTERN_MAX_CHARS) {
      yield {
        type: 'reject',
        reject: {
          line: index,
          field: 'pattern',
          value: pattern.slice(0, 200),
          reason: 'TOO_LONG',
          message: `The pattern of indicator ${id.slice(0, 100) || index} is ${pattern.length} characters long; at most ${STIX_PATTERN_MAX_CHARS} are read.`,
        },
      };
      return;
    }
    const { values, unmodelled } = patternValues(pattern);
    for (const t of unmodelled) yield { type: 'skip', what: `pattern:${t}` };
    const ref = graphRefOf(o);
    // Our own indicators name their entity; its name is then our display form, not a property.
    const props = str(o.name) && !ref ? { name: String(o.name).slice(0, 500) } : undefined;
    for (const v of values) {
      const own = values.length === 1 ? refValue(ref, v.kind) : undefined;
      const main = {
        value: own ?? v.value,
        kind: v.kind,
        field: `pattern ${v.type}:${STIX_KEYED_KINDS[v.type]?.path ?? 'value'}`,
        ...(own && str(o.name) ? { display: String(o.name).slice(0, 500) } : {}),
      };
      if (values.length === 1) state.indicator(id, main, `${v.type}\0${v.value}`);
      const row = { ...base, main, related: [], props, ...(own ? { noImplied: true } : {}) };
      yield { type: 'row', row };
    }
    return;
  }
  switch (type) {
    case 'location':
      yield* state.location(id, o);
      return;
    case 'infrastructure':
      yield* state.infrastructure(id, o, base);
      return;
    case 'threat-actor':
    case 'intrusion-set':
    case 'identity':
      yield* state.organisation(id, o, type, base);
      return;
    case 'relationship':
      yield* state.relationship(o, base);
      return;
  }
  const observable = observableOf(o, type);
  if (!observable) {
    yield { type: 'skip', what: type };
    return;
  }
  const { match, ...main } = observable;
  if (!main.value) {
    yield {
      type: 'reject',
      reject: {
        line: index,
        field: main.field,
        value: '',
        reason: 'EMPTY',
        message: `${type} object ${String(o.id ?? index)} has no ${main.field.split('.')[1]}.`,
      },
    };
    return;
  }
  yield* state.observable(id, { ...base, main, related: [] }, match);
}
