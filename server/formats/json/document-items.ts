// The shapes of JSON and YAML lists partners publish, read from a parsed document:
// - an array of values (`["scam.example", "0x…"]`) or of records read like CSV rows (`[{address, comment}]`);
// - an object of lists (`{"blacklist": [...], "whitelist": [...]}`): the lists under `--keys`, else under
//   deny-like keys and keys naming a kind (`domains`, `btc`); allow-list keys are never read as scams,
//   and when no key says what it holds nothing is read and the keys are listed;
// - a map of value → related values (`{"scam-site.example": ["0x…"]}`): each key linked to its values by
//   the SPEC link rule for the pair, as a CSV row's columns are;
// - a single record (`{url, addresses: {BTC: [...]}}`).
import { parseTypeName } from '../../indicators/index.js';
import type { IndicatorKind } from '../../indicators/types.js';
import {
  detectable,
  INDICATOR_COLUMN_NAMES,
  noIndicatorColumn,
  planColumns,
  planLayout,
  recordToItems,
  type ColumnPlan,
} from '../record-mapping.js';
import type { InputLayout, ReaderItem, RowValue } from '../reader-types.js';

export interface DocumentOptions {
  /** Keys of an object of lists whose lists are indicators. */
  keys?: string[];
  /** `json` or `yaml`: named in the layout. */
  syntax: string;
}

/** Key words of lists of what to block (or what was reported): read as indicators. */
const DENY_WORDS = new Set([
  'deny',
  'denylist',
  'denied',
  'blacklist',
  'blacklists',
  'blacklisted',
  'black',
  'blocklist',
  'blocklists',
  'blocked',
  'block',
  'darklist',
  'scam',
  'scams',
  'scammer',
  'scammers',
  'phishing',
  'phish',
  'malicious',
  'fraud',
  'fraudulent',
  'fake',
  'fakes',
  'bad',
  'badlist',
  'reported',
  'iocs',
  'ioc',
  'indicators',
  'observables',
  'threats',
]);

/** Key words of allow-lists and look-alike references: never read as scams. */
const ALLOW_WORDS = new Set([
  'allow',
  'allowlist',
  'allowed',
  'whitelist',
  'whitelisted',
  'white',
  'safe',
  'safelist',
  'trusted',
  'legit',
  'legitimate',
  'official',
  'verified',
  'benign',
  'good',
  'goodlist',
  'ignore',
  'ignored',
  'exclude',
  'excluded',
  'exception',
  'exceptions',
  'fuzzylist',
  'fuzzy',
  'false',
  'positives',
  'known',
]);

/** Keys that only contain records (an API's `{"count": 3, "results": [...]}`). */
const CONTAINER_WORDS = new Set(['data', 'items', 'results', 'entries', 'records', 'rows', 'list']);

function words(key: string): string[] {
  return key
    .trim()
    .toLowerCase()
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

interface KeyClass {
  /** Read as indicators without --keys. */
  take: boolean;
  /** An allow-list: never read as scams, not even when --keys names it. */
  allow?: boolean;
  why: string;
  kind?: IndicatorKind;
  asset?: string;
}

/** What a key of an object of lists is, by its name alone. */
export function classifyKey(key: string): KeyClass {
  const w = words(key);
  if (w.some((x) => ALLOW_WORDS.has(x)))
    return { take: false, allow: true, why: 'allow-list: never read as scams' };
  const t = parseTypeName(key) ?? parseTypeName(w.filter((x) => !DENY_WORDS.has(x)).join('-'));
  if (w.some((x) => DENY_WORDS.has(x)))
    return { take: true, why: 'deny list', kind: t?.kind, asset: t?.asset };
  if (t?.kind) return { take: true, why: `list of ${t.kind}s`, kind: t.kind, asset: t.asset };
  if (w.length === 1 && CONTAINER_WORDS.has(w[0]!)) return { take: true, why: 'records' };
  return { take: false, why: 'not named as indicators' };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return undefined;
}

const SAMPLES = 50;

/** Plans the records of a list from their keys and first elements. */
function planRecords(records: Record<string, unknown>[]): ColumnPlan {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of records.slice(0, SAMPLES))
    for (const k of Object.keys(r))
      if (!seen.has(k) && keys.length < 200) {
        seen.add(k);
        keys.push(k);
      }
  return planColumns(keys, records.slice(0, SAMPLES));
}

class Counter {
  n = 0;
  next(): number {
    return ++this.n;
  }
}

/** The items of one list: values (kind from its key, or detected) and records (read like CSV rows). */
function* listItems(
  list: unknown[],
  field: string,
  hint: { kind?: IndicatorKind; asset?: string },
  count: Counter,
  layoutOf: (plan: ColumnPlan) => void,
): Generator<ReaderItem> {
  const records = list.filter(isObject);
  const plan = records.length ? planRecords(records) : undefined;
  if (plan) layoutOf(plan);
  let unread = 0;
  for (const el of list) {
    const line = count.next();
    const value = scalar(el);
    if (value !== undefined) {
      const main: RowValue = { value, field, ...(hint.kind ? { kind: hint.kind } : {}) };
      if (hint.asset) main.asset = hint.asset;
      yield { type: 'row', row: { line, main, related: [] } };
    } else if (isObject(el)) {
      if (plan!.hasIndicator) yield* recordToItems(el, plan!, line);
      else unread++;
    } else if (el !== null && el !== undefined && el !== '')
      yield {
        type: 'reject',
        reject: {
          line,
          field,
          value: JSON.stringify(el).slice(0, 200),
          reason: 'MALFORMED_ROW',
          message: `Element ${line} of ${field} is ${Array.isArray(el) ? 'a list' : typeof el}, not a value or an object.`,
        },
      };
  }
  if (plan && !plan.hasIndicator && unread) yield noIndicatorColumn(plan, unread);
}

function layoutItem(layout: InputLayout): ReaderItem {
  return { type: 'layout', layout };
}

/** True when most keys of the object are indicators themselves (a map of value → related values). */
function isValueMap(keys: string[]): boolean {
  const sample = keys.slice(0, 200);
  return sample.length > 0 && sample.filter(detectable).length * 2 > sample.length;
}

function* mapItems(doc: Record<string, unknown>, syntax: string): Generator<ReaderItem> {
  const keys = Object.keys(doc);
  const objects = keys.map((k) => doc[k]).filter(isObject);
  const plan = objects.length ? planRecords(objects) : undefined;
  const columns = keys
    .slice(0, 10)
    .map((name) => ({ name, readAs: 'indicator, linked to its values' }));
  yield layoutItem({
    shape: `${syntax} map of value → related values`,
    columns: plan ? [...columns, ...planLayout(plan, syntax).columns] : columns,
  });
  let line = 0;
  for (const key of keys) {
    line++;
    const v = doc[key];
    const main: RowValue = { value: key, field: '(key)' };
    if (isObject(v)) {
      const items = recordToItems(v, plan!, line);
      for (const item of items) {
        if (item.type === 'row') {
          const row = item.row;
          // The record's own values are the key's related values.
          const related = row.main.value ? [row.main, ...row.related] : row.related;
          yield { type: 'row', row: { ...row, main, related } };
        } else if (item.type === 'reject' && item.reject.reason === 'EMPTY')
          yield { type: 'row', row: { line, main, related: [] } };
        else yield item;
      }
      continue;
    }
    const list = Array.isArray(v) ? v : [v];
    const related: RowValue[] = list.flatMap((el) => {
      const value = scalar(el);
      return value === undefined ? [] : [{ value, field: key.slice(0, 200) }];
    });
    yield { type: 'row', row: { line, main, related } };
  }
}

function* objectOfLists(
  doc: Record<string, unknown>,
  opts: DocumentOptions,
): Generator<ReaderItem> {
  const keys = Object.keys(doc);
  const wanted = opts.keys?.map((k) => k.toLowerCase());
  const columns: InputLayout['columns'] = [];
  const taken: { key: string; kind?: IndicatorKind; asset?: string }[] = [];
  const items: ReaderItem[] = [];
  for (const key of keys) {
    const v = doc[key];
    const size = Array.isArray(v) ? `${v.length} entries` : isObject(v) ? 'an object' : 'a value';
    const c = classifyKey(key);
    if (!Array.isArray(v) && !(isObject(v) && c.take)) {
      columns.push({ name: key, readAs: `ignored (${size})` });
      continue;
    }
    if (wanted) {
      const named = wanted.includes(key.toLowerCase());
      if (named && c.allow) {
        columns.push({ name: key, readAs: `allow-list, not read (${size})` });
        items.push({
          type: 'reject',
          reject: {
            line: 0,
            field: key,
            value: key,
            reason: 'ALLOW_LIST_KEY',
            message: `"${key}" names an allow-list; its ${size} are never ingested as scams.`,
          },
        });
      } else if (named) {
        taken.push({ key, kind: c.kind, asset: c.asset });
        columns.push({ name: key, readAs: `indicators, named by --keys (${size})` });
      } else columns.push({ name: key, readAs: `not named by --keys (${size})` });
      continue;
    }
    if (c.take) {
      taken.push({ key, kind: c.kind, asset: c.asset });
      columns.push({ name: key, readAs: `indicators: ${c.why} (${size})` });
    } else columns.push({ name: key, readAs: `${c.why} (${size})` });
  }
  for (const k of wanted ?? [])
    if (!keys.some((key) => key.toLowerCase() === k))
      items.push({
        type: 'reject',
        reject: {
          line: 0,
          field: '(keys)',
          value: k,
          reason: 'NO_SUCH_KEY',
          message: `--keys names "${k}", which the object does not have; its keys: ${keys.slice(0, 50).join(', ')}.`,
        },
      });
  const unsure = taken.length === 0;
  yield layoutItem({
    shape: `${opts.syntax} object of lists`,
    columns: columns.slice(0, 50),
    accepts: [
      '--keys',
      ...DENY_WORDS,
      'domains',
      'urls',
      'wallets',
      'btc',
      'eth',
      'phones',
      'emails',
    ],
    note: unsure
      ? `No key says it holds indicators, so nothing was read. Its keys: ${keys.slice(0, 50).join(', ')}. Name the keys to read with --keys (e.g. --keys ${keys.find((k) => Array.isArray(doc[k]) && !classifyKey(k).allow) ?? keys[0]}); allow-list keys (allow, whitelist, fuzzylist…) are never read as scams.`
      : undefined,
  });
  yield* items;
  if (unsure) {
    yield {
      type: 'reject',
      reject: {
        line: 0,
        field: '(keys)',
        value: keys.slice(0, 50).join(',').slice(0, 200),
        reason: 'NO_INDICATOR_KEYS',
        message: `None of the keys ${keys
          .slice(0, 50)
          .map((k) => JSON.stringify(k))
          .join(
            ', ',
          )} says it holds indicators; nothing was read. Name them with --keys (keys named like deny, blacklist, scams, phishing, domains, wallets are read by themselves).`,
      },
    };
    return;
  }
  const count = new Counter();
  for (const t of taken) {
    const v = doc[t.key];
    const list = Array.isArray(v) ? v : isObject(v) ? [v] : [];
    yield* listItems(list, t.key, t, count, () => {});
  }
}

/** The items of a parsed JSON or YAML document, whichever of the shapes above it has. */
export function* documentItems(doc: unknown, opts: DocumentOptions): Generator<ReaderItem> {
  const { syntax } = opts;
  if (Array.isArray(doc)) {
    const objects = doc.filter(isObject).length;
    const shape =
      objects * 2 > doc.length ? `${syntax} array of records` : `${syntax} array of values`;
    const layouts: InputLayout[] = [];
    const items = listItems(doc, 'value', {}, new Counter(), (plan) =>
      layouts.push(planLayout(plan, shape)),
    );
    const first = items.next();
    yield layoutItem(
      layouts[0] ?? {
        shape,
        columns: [],
        note: doc.length === 0 ? 'The list is empty.' : undefined,
      },
    );
    if (!first.done) yield first.value;
    yield* items;
    return;
  }
  if (isObject(doc)) {
    const keys = Object.keys(doc);
    const wanted = opts.keys?.map((k) => k.toLowerCase());
    if (wanted && keys.some((k) => wanted.includes(k.toLowerCase()))) {
      yield* objectOfLists(doc, opts);
      return;
    }
    if (isValueMap(keys)) {
      yield* mapItems(doc, syntax);
      return;
    }
    // A single record: an indicator column holding a value (not a list) says so.
    const plan = planColumns(keys, [doc]);
    const holdsOne = plan.columns.some(
      (c) => (c.role === 'value' || c.kind || c.detect) && scalar(doc[c.name]) !== undefined,
    );
    const hasLists = keys.some((k) => Array.isArray(doc[k]));
    if (holdsOne || (!hasLists && plan.hasIndicator)) {
      yield layoutItem(planLayout(plan, `${syntax} object (one record)`));
      yield* recordToItems(doc, plan, 1);
      return;
    }
    yield* objectOfLists(doc, opts);
    return;
  }
  const value = scalar(doc);
  yield layoutItem({ shape: `${syntax} value`, columns: [] });
  if (value !== undefined)
    yield { type: 'row', row: { line: 1, main: { value, field: 'value' }, related: [] } };
}

export { INDICATOR_COLUMN_NAMES };
