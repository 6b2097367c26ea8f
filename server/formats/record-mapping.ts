// Maps a keyed record (a CSV row under its header, a JSON Lines object) to an ingest row.
import { parseKind } from '../indicators/index.js';
import type { IndicatorKind } from '../indicators/types.js';
import type { ReaderItem, RowValue } from './reader-types.js';
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
  | 'prop';

const ROLES: Record<string, Role> = {};
const names: Record<Role, string[]> = {
  value: ['indicator', 'value', 'ioc', 'observable', 'indicator-value', 'ioc-value'],
  type: ['type', 'kind', 'indicator-type', 'ioc-type', 'type-name'],
  firstSeen: [
    'first-seen',
    'firstseen',
    'detected-date',
    'detected',
    'date',
    'first-detected',
    'created',
    'valid-from',
  ],
  lastSeen: ['last-seen', 'lastseen', 'last-detected', 'updated', 'modified'],
  tlp: ['tlp'],
  confidence: ['confidence', 'score'],
  asset: ['asset', 'token', 'currency', 'chain'],
  platform: ['platform'],
  prop: ['classification', 'category', 'comment', 'description', 'tags'],
};
for (const [role, list] of Object.entries(names) as [Role, string[]][])
  for (const n of list) ROLES[n] = role;

function canonical(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** How each column of a header is read: a provenance field, the main value, or a related indicator kind. */
export interface ColumnPlan {
  columns: { name: string; role?: Role; kind?: IndicatorKind }[];
  hasValue: boolean;
}

export function planColumns(headers: string[]): ColumnPlan {
  const columns = headers.map((name) => {
    const c = canonical(name);
    const role = ROLES[c];
    if (role) return { name, role };
    const kind = parseKind(c);
    return kind ? { name, kind } : { name };
  });
  return { columns, hasValue: columns.some((c) => c.role === 'value') };
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v.trim() : typeof v === 'object' ? '' : String(v).trim();
}

/**
 * One record to one row. The main indicator is the `indicator`/`value` column (its kind from a `type`
 * column when present, else detected); without one, the first non-empty indicator-kind column. Other
 * indicator-kind columns become related values (links).
 */
export function recordToItems(
  record: Record<string, unknown>,
  plan: ColumnPlan,
  line: number,
): ReaderItem[] {
  const values: RowValue[] = [];
  let main: RowValue | undefined;
  let typeName = '';
  let typeField = '';
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
    const v = text(record[col.name]);
    if (!v) continue;
    switch (col.role) {
      case 'value':
        main = { value: v, field: col.name };
        break;
      case 'type':
        typeName = v;
        typeField = col.name;
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
        props[canonical(col.name)] = v.slice(0, 500);
        break;
      default:
        if (col.kind) values.push({ value: v, kind: col.kind, field: col.name });
    }
  }
  if (main && typeName) {
    const kind = parseKind(typeName);
    if (!kind) {
      items.push({ type: 'skip', what: `type:${typeName.toLowerCase()}` });
      return items;
    }
    main.kind = kind;
    void typeField;
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
    if (asset && v.kind !== 'account' && v.kind !== 'phone') v.asset = asset;
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
