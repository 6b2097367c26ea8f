// Maps a keyed record (a CSV row under its header, a JSON Lines, JSON or YAML object) to an ingest row.
// Columns are read by their names (ours and other tools': `ioc`, `Data`, `ethereum_address`…) and, where
// the names say nothing, by their values: a column of type names (`ip-dst`, `Domain-Name`) is the type
// column, a column of detectable values (domains, wallets…) holds indicators.
import { detect, parseTypeName, type TypeName } from '../indicators/index.js';
import type { IndicatorKind } from '../indicators/types.js';
import type { InputLayout, ReaderItem, RowValue } from './reader-types.js';
import { parseDate, parseTlp } from './provenance-fields.js';

type Role =
  | 'value'
  | 'type'
  | 'firstSeen'
  | 'lastSeen'
  | 'tlp'
  | 'confidence'
  | 'asset'
  | 'platform'
  | 'prop'
  | 'ignore';

const ROLES: Record<string, Role> = {};
const names: Record<Role, string[]> = {
  value: [
    'indicator',
    'indicators',
    'value',
    'ioc',
    'iocs',
    'observable',
    'observable-value',
    'indicator-value',
    'ioc-value',
    'data',
    'entity',
    'artifact',
  ],
  type: [
    'type',
    'kind',
    'indicator-type',
    'ioc-type',
    'type-name',
    'observable-type',
    'attribute-type',
    'entity-type',
    'data-type',
  ],
  firstSeen: [
    'first-seen',
    'firstseen',
    'detected-date',
    'detected',
    'date',
    'first-detected',
    'created',
    'valid-from',
    'date-added',
    'added',
    'reported',
    'reported-at',
    'timestamp',
  ],
  lastSeen: ['last-seen', 'lastseen', 'last-detected', 'updated', 'modified', 'last-updated'],
  tlp: ['tlp'],
  confidence: ['confidence', 'score'],
  asset: ['asset', 'token', 'currency', 'chain', 'coin', 'network', 'symbol'],
  platform: ['platform'],
  // Context kept as a description of the report (properties of what the source said), never dropped.
  prop: [
    'classification',
    'category',
    'subcategory',
    'comment',
    'comments',
    'description',
    'desc',
    'details',
    'note',
    'notes',
    'remarks',
    'reason',
    'reporter',
    'reported-by',
    'tags',
    'tag',
    'labels',
    'threat',
    'threat-type',
    'malware',
    'malware-family',
    'campaign',
    'title',
    'scam-type',
  ],
  // Columns of Scamgraph's own CSV export (and ids of other tools) that restate or point at what the row
  // holds: never read as further indicators by their values (a `display` column repeats the value).
  ignore: ['display', 'id', 'uuid', 'stix-id', 'sources', 'cluster', 'event-id', 'event-uuid'],
};
for (const [role, list] of Object.entries(names) as [Role, string[]][])
  for (const n of list) ROLES[n] = role;

/** Column names that hold indicators, as the summary lists them when it finds none. */
export const INDICATOR_COLUMN_NAMES = [
  ...names.value,
  'domain',
  'url',
  'wallet',
  'btc',
  'ethereum_address',
  'usdt_trc20',
  'phone',
  'email',
  'ip',
  'app',
  'account',
  'telegram',
  'compound',
];

/** Keys of a record whose object value maps coins to addresses (`addresses: {BTC: [...], ETH: [...]}`). */
const COIN_MAP_NAMES = new Set([
  'addresses',
  'address',
  'wallets',
  'wallet',
  'crypto',
  'coins',
  'crypto-addresses',
  'wallet-addresses',
]);

function canonical(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

interface Column {
  name: string;
  role?: Role;
  kind?: IndicatorKind;
  asset?: string;
  platform?: string;
  /** Indicators whose kind is detected per value (a column its values show to hold indicators). */
  detect?: boolean;
  /** An object of coin → address(es): wallets with the coin as asset. */
  coins?: boolean;
  /** Named for a kind we do not model (`md5`, `filename`): skipped by name. */
  skipAs?: string;
}

/** How each column of a header is read: a provenance field, the main value, or a related indicator kind. */
export interface ColumnPlan {
  columns: Column[];
  hasValue: boolean;
  /** Some column holds indicators (the value column, a kind column, one detected by its values). */
  hasIndicator: boolean;
  /** The header was not a header: the first line is data (its cells are detectable values). */
  headerless?: boolean;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v.trim() : typeof v === 'object' ? '' : String(v).trim();
}

/** The strings a cell holds: itself, or the scalars of a list (JSON and YAML records). */
function texts(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(text).filter(Boolean);
  const t = text(v);
  return t ? [t] : [];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when `value` reads as an indicator of some kind (valid, or clearly of a kind but faulty). */
export function detectable(value: string): boolean {
  if (value.length > 2048 || /\s{2,}|^\S+\s+\S+\s+\S+/.test(value)) return false;
  const r = detect(value);
  if (r.ok) return true;
  return (
    r.kind !== undefined &&
    r.reason !== 'MISSING_REGION' &&
    r.reason !== 'MISSING_PLATFORM' &&
    r.reason !== 'INVALID_PHONE'
  );
}

/** A type name as a type column holds it: one we model or know (`md5`), not any word. */
function typeLike(value: string): boolean {
  return parseTypeName(value) !== undefined;
}

function share<T>(values: T[], test: (v: T) => boolean): number {
  return values.length ? values.filter(test).length / values.length : 0;
}

function coinMap(v: unknown): boolean {
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && share(keys, (k) => parseTypeName(k)?.kind === 'wallet') >= 0.5;
}

/**
 * The plan for a header, looking at sample records (the first rows) for columns whose name says
 * nothing: a column of type names is the type column (when none is named), a column of detectable
 * values holds indicators, an object of coins to addresses holds wallets.
 */
export function planColumns(
  headers: string[],
  samples: Record<string, unknown>[] = [],
  opts: { headerless?: boolean } = {},
): ColumnPlan {
  const columns: Column[] = headers.map((name) => {
    if (opts.headerless) return { name };
    const c = canonical(name);
    const role = ROLES[c];
    if (role) return { name, role };
    const t = parseTypeName(c);
    if (t?.kind && !t.parts) return { name, kind: t.kind, asset: t.asset, platform: t.platform };
    return { name };
  });
  const values = (col: Column) => samples.map((s) => s[col.name]);
  for (const col of columns) {
    if (col.role || col.kind) continue;
    const cells = values(col).filter((v) => v !== undefined && v !== null && v !== '');
    if (cells.length === 0) continue;
    if (
      (COIN_MAP_NAMES.has(canonical(col.name)) || opts.headerless) &&
      share(cells, coinMap) >= 0.5
    )
      col.coins = true;
    else if (COIN_MAP_NAMES.has(canonical(col.name)) && share(cells, isObject) >= 0.5)
      col.coins = true;
  }
  const free = () => columns.filter((c) => !c.role && !c.kind && !c.coins && !c.detect);
  if (!columns.some((c) => c.role === 'type'))
    for (const col of free()) {
      const cells = values(col).flatMap(texts);
      if (cells.length && share(cells, typeLike) >= 0.6 && !cells.every(detectable)) {
        col.role = 'type';
        break;
      }
    }
  for (const col of free()) {
    const cells = values(col).flatMap(texts);
    if (cells.length && share(cells, detectable) >= 0.5) col.detect = true;
  }
  if (columns.some((c) => c.role === 'type') && !columns.some((c) => c.role === 'value')) {
    const first = columns.find((c) => c.detect) ?? free()[0];
    if (first) {
      first.detect = false;
      first.role = 'value';
    }
  }
  if (opts.headerless)
    // Cells that are not indicators (a note, a date) are kept as the row's description.
    for (const col of free()) col.role = 'prop';
  return {
    columns,
    hasValue: columns.some((c) => c.role === 'value'),
    hasIndicator: columns.some((c) => c.role === 'value' || c.kind || c.detect || c.coins),
    headerless: opts.headerless,
  };
}

const ROLE_NAMES: Record<Role, string> = {
  value: 'indicator',
  type: 'type of the indicator',
  firstSeen: 'first seen',
  lastSeen: 'last seen',
  tlp: 'TLP',
  confidence: 'confidence',
  asset: 'wallet asset',
  platform: 'platform',
  prop: 'description',
  ignore: 'ignored (restates the row)',
};

/** What each column was read as, for the summary (at most 50 columns). */
export function planLayout(plan: ColumnPlan, shape: string): InputLayout {
  const columns = plan.columns.slice(0, 50).map((c) => ({
    name: c.name,
    readAs: c.role
      ? ROLE_NAMES[c.role] + (c.role === 'value' ? ' (kind from the type column or detected)' : '')
      : c.kind
        ? `${c.kind}${c.asset ? ` (${c.asset})` : ''}${c.platform ? ` (${c.platform})` : ''}`
        : c.coins
          ? 'wallets by coin'
          : c.detect
            ? 'indicator (kind detected)'
            : 'ignored',
  }));
  return {
    shape: plan.headerless ? `${shape} (no header)` : shape,
    columns,
    accepts: INDICATOR_COLUMN_NAMES,
    note: plan.hasIndicator
      ? undefined
      : `No column holds indicators: none is named for one (${INDICATOR_COLUMN_NAMES.slice(0, 6).join(', ')}, domain, url, wallet, phone, email, ip, app, account…) and no column's values are domains, URLs, wallets, phone numbers, e-mails or IP addresses.`,
  };
}

/** The one reject of an input none of whose columns holds indicators (its rows are not read). */
export function noIndicatorColumn(plan: ColumnPlan, rows: number, line = 1): ReaderItem {
  const seen = plan.columns.map((c) => c.name);
  return {
    type: 'reject',
    reject: {
      line,
      field: '(header)',
      value: seen.join(',').slice(0, 200),
      reason: 'NO_INDICATOR_COLUMN',
      message: `None of the columns ${seen.map((s) => JSON.stringify(s)).join(', ')} holds indicators, so its ${rows} row(s) were not read. Name the indicator column one of: ${INDICATOR_COLUMN_NAMES.join(', ')} (or name a column for a kind: domain, url, wallet, phone, email, ip, app, account).`,
    },
  };
}

/** Wallets from `{BTC: [...], ETH: '0x…'}` (a coin map) or a plain list of addresses. */
function coinValues(v: unknown, field: string): RowValue[] {
  if (!isObject(v)) return texts(v).map((value) => ({ value, kind: 'wallet' as const, field }));
  return Object.entries(v).flatMap(([coin, list]) => {
    const t = parseTypeName(coin);
    const asset = t?.asset ?? coin.trim().toUpperCase().slice(0, 40);
    return texts(list).map((value) => ({
      value,
      kind: 'wallet' as const,
      asset,
      field: `${field}.${coin}`,
    }));
  });
}

/** The parts of a composite value (`domain|ip` → a domain and an IP; a port is dropped). */
function compositeValues(main: RowValue, t: TypeName): RowValue[] {
  const parts = main.value.split('|');
  const out: RowValue[] = [];
  t.parts!.forEach((p, i) => {
    const value = parts[i]?.trim();
    if (!value || p === 'port' || !p.kind) return;
    out.push({ ...main, value, kind: p.kind, asset: p.asset, platform: p.platform });
  });
  return out;
}

/**
 * One record to one row. The main indicator is the `indicator`/`value` column (its kind from a `type`
 * column when present, else detected); without one, the first non-empty indicator column. Other
 * indicator columns become related values (links).
 */
export function recordToItems(
  record: Record<string, unknown>,
  plan: ColumnPlan,
  line: number,
): ReaderItem[] {
  const values: RowValue[] = [];
  let main: RowValue | undefined;
  let typeName = '';
  let first: string | undefined;
  let last: string | undefined;
  let tlpText = '';
  let confidence: number | undefined;
  let asset: string | undefined;
  let platform: string | undefined;
  const props: Record<string, string> = {};
  const items: ReaderItem[] = [];
  const reject = (field: string, value: string, reason: string, message: string) =>
    items.push({ type: 'reject', reject: { line, field, value, reason, message } });

  for (const col of plan.columns) {
    const raw = record[col.name];
    if (col.coins) {
      values.push(...coinValues(raw, col.name));
      continue;
    }
    const all = texts(raw);
    const v = all[0];
    if (!v) continue;
    switch (col.role) {
      case 'value':
        main = { value: v, field: col.name };
        // More values in one cell of a list (JSON, YAML): related, of the same type.
        for (const more of all.slice(1)) values.push({ value: more, field: col.name });
        break;
      case 'type':
        typeName = v;
        break;
      case 'firstSeen':
        first = parseDate(v);
        if (!first)
          reject(
            col.name,
            v,
            'INVALID_DATE',
            `${col.name} ${JSON.stringify(v)} is not a date; the time of ingest is used.`,
          );
        break;
      case 'lastSeen':
        last = parseDate(v);
        if (!last)
          reject(
            col.name,
            v,
            'INVALID_DATE',
            `${col.name} ${JSON.stringify(v)} is not a date; the time of ingest is used.`,
          );
        break;
      case 'tlp':
        tlpText = v;
        break;
      case 'confidence': {
        const n = Number(v);
        if (Number.isFinite(n) && n >= 0 && n <= 100) confidence = Math.round(n);
        else
          reject(
            col.name,
            v,
            'OUT_OF_RANGE',
            `${col.name} must be a number from 0 to 100; the default is used.`,
          );
        break;
      }
      case 'asset':
        asset = v;
        break;
      case 'platform':
        platform = v.toLowerCase();
        break;
      case 'prop':
        props[canonical(col.name)] = all.join(', ').slice(0, 500);
        break;
      case 'ignore':
        break;
      default:
        if (col.kind || col.detect)
          for (const value of all)
            values.push({
              value,
              kind: col.kind,
              field: col.name,
              ...(col.asset ? { asset: col.asset } : {}),
              ...(col.platform ? { platform: col.platform } : {}),
            });
    }
  }
  if (main && typeName) {
    const t = parseTypeName(typeName);
    if (!t?.kind) {
      items.push({ type: 'skip', what: `type:${typeName.toLowerCase()}` });
      return items;
    }
    if (t.parts) {
      const [head, ...rest] = compositeValues(main, t);
      if (!head) {
        items.push({ type: 'skip', what: `type:${typeName.toLowerCase()}` });
        return items;
      }
      main = head;
      values.unshift(...rest);
    } else {
      main.kind = t.kind;
      if (t.asset) main.asset = t.asset;
      if (t.platform) main.platform = t.platform;
      // More values in the value cell (a list) are of the same type.
      for (const v of values) if (v.field === main.field) Object.assign(v, { kind: main.kind });
    }
  }
  if (!main) {
    if (plan.hasValue || values.length === 0) {
      const field = plan.columns.find((c) => c.role === 'value')?.name ?? 'indicator';
      reject(field, '', 'EMPTY', `Row ${line} has no indicator value.`);
      return items;
    }
    main = values.shift()!;
  }
  for (const v of [main, ...values]) {
    if (asset && v.kind !== 'account' && v.kind !== 'phone') v.asset = v.asset ?? asset;
    if (platform) v.platform = platform;
  }
  const tlp = tlpText ? parseTlp(tlpText) : undefined;
  if (tlpText && !tlp)
    reject(
      'tlp',
      tlpText,
      'INVALID_TLP',
      `TLP ${JSON.stringify(tlpText)} is not one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED; the default is used.`,
    );
  items.push({
    type: 'row',
    row: {
      line,
      main,
      related: values,
      tlp,
      confidence,
      firstSeen: first,
      lastSeen: last,
      props: Object.keys(props).length ? props : undefined,
    },
  });
  return items;
}
