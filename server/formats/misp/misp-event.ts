// Turns one MISP event (as parsed JSON) into ingest rows: attributes and objects we model, TLP from tags.
import { slugify } from '../../indicators/index.js';
import type { IndicatorKind } from '../../indicators/types.js';
import type { Tlp } from '../../model.js';
import { parseDate, parseTlp } from '../provenance-fields.js';
import type { ReaderItem, RowSource, RowValue } from '../reader-types.js';

/** MISP attribute types we model, with a wallet asset where the type names one. */
const ATTRIBUTE_KINDS: Record<string, { kind: IndicatorKind; asset?: string }> = {
  domain: { kind: 'domain' },
  hostname: { kind: 'domain' },
  url: { kind: 'url' },
  uri: { kind: 'url' },
  'ip-src': { kind: 'ip' },
  'ip-dst': { kind: 'ip' },
  /** The ip part of a composite `domain|ip`. */
  ip: { kind: 'ip' },
  email: { kind: 'email' },
  'email-src': { kind: 'email' },
  'email-dst': { kind: 'email' },
  'email-reply-to': { kind: 'email' },
  'phone-number': { kind: 'phone' },
  'whatsapp-number': { kind: 'phone' },
  btc: { kind: 'wallet', asset: 'BTC' },
  xmr: { kind: 'wallet', asset: 'XMR' },
  'mobile-application-id': { kind: 'app' },
};
/** Object relations read as indicators when the attribute type alone says `text`. */
const RELATION_KINDS: Record<string, IndicatorKind> = {
  appid: 'app',
  'app-id': 'app',
  address: 'wallet',
  'phone-number': 'phone',
  phone: 'phone',
  domain: 'domain',
  hostname: 'domain',
  ip: 'ip',
  url: 'url',
};
/** In a linked object, the first of these kinds present is the main indicator; the others link to it. */
const MAIN_ORDER: IndicatorKind[] = [
  'app',
  'url',
  'domain',
  'wallet',
  'phone',
  'account',
  'email',
  'ip',
];
const LINKED_OBJECTS = new Set([
  'domain-ip',
  'android-app',
  'coin-address',
  'url',
  'ip-port',
  'phone-number',
  'ios-app',
]);

type Json = Record<string, unknown>;

function list(v: unknown): Json[] {
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : [];
}
function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

function tlpOfTags(tags: unknown): Tlp | undefined {
  for (const t of list(tags)) {
    const name = str(t.name).toLowerCase();
    if (name.startsWith('tlp:')) {
      const tlp = parseTlp(name);
      if (tlp) return tlp;
    }
  }
  return undefined;
}

/** The Source a MISP event stands for: its title (`info`) as name, slugged as key. */
export function eventSource(event: Json): RowSource | undefined {
  const info = str(event.info);
  if (!info) return undefined;
  return {
    key: slugify(info).slice(0, 100) || 'misp-event',
    name: info,
    date: parseDate(str(event.date)),
  };
}

interface Ctx {
  prefix: string;
  tlp?: Tlp;
  eventDate?: string;
  source?: RowSource;
  ordinal: number;
}

function attrValue(a: Json, kind: IndicatorKind, field: string, asset?: string): RowValue {
  return { value: str(a.value), kind, field, asset };
}

/** A composite `domain|ip`, `ip-dst|port`, `hostname|port` attribute split into its indicator parts. */
function compositeParts(
  type: string,
  value: string,
): { kind: IndicatorKind; value: string }[] | undefined {
  if (!type.includes('|')) return undefined;
  const types = type.split('|');
  const values = value.split('|');
  const parts: { kind: IndicatorKind; value: string }[] = [];
  types.forEach((t, i) => {
    const k = ATTRIBUTE_KINDS[t]?.kind;
    if (k && values[i]) parts.push({ kind: k, value: values[i]! });
  });
  return parts;
}

function provenance(a: Json, ctx: Ctx) {
  const first = parseDate(str(a.first_seen)) ?? ctx.eventDate;
  const last = parseDate(str(a.last_seen)) ?? first;
  return { tlp: tlpOfTags(a.Tag) ?? ctx.tlp, firstSeen: first, lastSeen: last, source: ctx.source };
}

function* attributeItems(a: Json, ctx: Ctx): Generator<ReaderItem> {
  ctx.ordinal++;
  const type = str(a.type);
  const field = `${ctx.prefix}Attribute ${type}`;
  const composite = compositeParts(type, str(a.value));
  if (composite) {
    if (composite.length === 0) {
      yield { type: 'skip', what: `misp:${type}` };
      return;
    }
    const [main, ...related] = composite.map((p) => ({ ...p, field }));
    yield { type: 'row', row: { line: ctx.ordinal, main: main!, related, ...provenance(a, ctx) } };
    return;
  }
  const known = ATTRIBUTE_KINDS[type];
  if (!known) {
    yield { type: 'skip', what: `misp:${type || '(no type)'}` };
    return;
  }
  const comment = str(a.comment);
  yield {
    type: 'row',
    row: {
      line: ctx.ordinal,
      main: attrValue(a, known.kind, field, known.asset),
      related: [],
      ...provenance(a, ctx),
      props: comment ? { comment: comment.slice(0, 500) } : undefined,
    },
  };
}

function* objectItems(o: Json, ctx: Ctx): Generator<ReaderItem> {
  const name = str(o.name);
  const values: RowValue[] = [];
  let asset: string | undefined;
  let first: Json | undefined;
  for (const a of list(o.Attribute)) {
    ctx.ordinal++;
    const relation = str(a.object_relation);
    const type = str(a.type);
    if (relation === 'symbol' || relation === 'currency') asset = str(a.value);
    const kind = ATTRIBUTE_KINDS[type]?.kind ?? RELATION_KINDS[relation];
    if (!kind) {
      yield { type: 'skip', what: `misp-object:${name}/${relation || type}` };
      continue;
    }
    first ??= a;
    values.push(
      attrValue(
        a,
        kind,
        `${ctx.prefix}Object ${name}.${relation || type}`,
        ATTRIBUTE_KINDS[type]?.asset,
      ),
    );
  }
  if (values.length === 0 || !first) return;
  for (const v of values) if (v.kind === 'wallet' && asset) v.asset = asset;
  const prov = provenance(first, { ...ctx, tlp: tlpOfTags(o.Tag) ?? ctx.tlp });
  if (LINKED_OBJECTS.has(name)) {
    const mainIndex = Math.max(
      0,
      values.findIndex((v) => v.kind === MAIN_ORDER.find((k) => values.some((x) => x.kind === k))),
    );
    const [main] = values.splice(mainIndex, 1);
    yield { type: 'row', row: { line: ctx.ordinal, main: main!, related: values, ...prov } };
  } else {
    for (const v of values)
      yield { type: 'row', row: { line: ctx.ordinal, main: v, related: [], ...prov } };
  }
}

/**
 * Rows of one MISP event (`{"Event": {…}}` or the bare event). `useEventSource`: each event is its own
 * Source (named by its `info`); otherwise the caller's source applies.
 */
export function* eventItems(
  doc: unknown,
  opts: { prefix?: string; useEventSource: boolean },
): Generator<ReaderItem> {
  const root = (doc && typeof doc === 'object' ? doc : {}) as Json;
  const event = (root.Event && typeof root.Event === 'object' ? root.Event : root) as Json;
  if (!Array.isArray(event.Attribute) && !Array.isArray(event.Object)) {
    yield {
      type: 'reject',
      reject: {
        line: 0,
        field: `${opts.prefix ?? ''}Event`,
        value: '',
        reason: 'MALFORMED_FILE',
        message: 'Not a MISP event: no Attribute or Object list.',
        offset: 0,
        problem: 'NOT_FORMAT',
      },
    };
    return;
  }
  const ctx: Ctx = {
    prefix: opts.prefix ?? '',
    tlp: tlpOfTags(event.Tag),
    eventDate: parseDate(str(event.date)),
    source: opts.useEventSource ? eventSource(event) : undefined,
    ordinal: 0,
  };
  for (const a of list(event.Attribute)) yield* attributeItems(a, ctx);
  for (const o of list(event.Object)) yield* objectItems(o, ctx);
}
