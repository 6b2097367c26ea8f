// The query parameters of the objects and manifest endpoints, checked before any work: limit, added_after,
// next and match[…]. Repeated parameters, nested ones and out-of-range values are BAD_USER_INPUT (400).
import { BadInputError } from '../../errors.js';
import { decodeCursor, type Cursor } from './taxii-cursor.js';

export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 100;
/** A match[type] list: at most this many types. */
export const MAX_MATCH_TYPES = 64;

export interface PageQuery {
  /** Milliseconds since the epoch: only objects added after. */
  addedAfter?: number;
  limit: number;
  next?: Cursor;
  /** STIX types to return (undefined: every type; empty: none). */
  types?: ReadonlySet<string>;
}

const STIX_TYPE = /^[a-z0-9][a-z0-9-]{0,249}$/;
const TIMESTAMP = /^[+-]?\d{4,6}-\d{2}-\d{2}([T ][0-9:.]+)?(Z|[+-]\d{2}:?\d{2})?$/i;
/** The versions we serve: one per object, so these ask for what every request gets. */
const WHOLE_VERSIONS = new Set(['last', 'first', 'all']);

function bad(field: string, message: string): never {
  throw new BadInputError(message, { field, reason: 'BAD_PARAMETER' });
}

/** One text value: a repeated parameter (an array) or a nested one (an object) is refused. */
function text(field: string, value: unknown): string {
  if (typeof value !== 'string') bad(field, `${field} must be given once, as text.`);
  return value;
}

/** match[<field>] values, from flat keys (`match[type]`) or a nested object (extended query parsers). */
function matchFields(query: Record<string, unknown>): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'match') {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        bad('match', 'Filters are written match[<field>]=<value>.');
      for (const [field, v] of Object.entries(value)) fields.set(field, v);
    } else if (key.startsWith('match[')) {
      const field = /^match\[([a-z_]{1,32})\]$/.exec(key)?.[1];
      if (!field) bad(key.slice(0, 64), 'Filters are written match[<field>]=<value>.');
      fields.set(field, value);
    }
  }
  return fields;
}

function parseLimit(value: unknown): number {
  if (value === undefined) return DEFAULT_PAGE;
  const limit = text('limit', value);
  if (!/^\d{1,9}$/.test(limit) || Number(limit) < 1)
    bad('limit', `limit must be a whole number from 1 (at most ${MAX_PAGE} are sent).`);
  return Math.min(Number(limit), MAX_PAGE);
}

function parseAddedAfter(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const t = text('added_after', value);
  const ms = t.length <= 64 && TIMESTAMP.test(t) ? Date.parse(t) : NaN;
  if (!Number.isFinite(ms))
    bad('added_after', 'added_after must be a timestamp such as 2024-01-01T00:00:00.000Z.');
  return ms;
}

function parseTypes(fields: Map<string, unknown>): ReadonlySet<string> | undefined {
  let types: Set<string> | undefined;
  let otherSpec = false;
  for (const [field, value] of fields) {
    const v = text(`match[${field}]`, value);
    if (v.length > 4096) bad(`match[${field}]`, `match[${field}] is too long.`);
    const list = v.split(',').map((s) => s.trim());
    switch (field) {
      case 'type':
        if (list.length > MAX_MATCH_TYPES || !list.every((s) => STIX_TYPE.test(s)))
          bad(
            'match[type]',
            `match[type] is a comma-separated list of at most ${MAX_MATCH_TYPES} STIX types such as indicator,domain-name.`,
          );
        types = new Set(list);
        break;
      case 'version':
        if (!list.every((s) => WHOLE_VERSIONS.has(s)))
          bad('match[version]', 'match[version] may be last, first or all (one version is kept).');
        break;
      case 'spec_version':
        // Every object is STIX 2.1: another version matches nothing.
        if (!list.includes('2.1')) otherSpec = true;
        break;
      default:
        bad(`match[${field}]`, `match[${field}] is not supported; use match[type].`);
    }
  }
  return otherSpec ? new Set() : types;
}

/** The page a request asks for; BAD_USER_INPUT when a parameter is malformed. */
export function parsePageQuery(query: Record<string, unknown>): PageQuery {
  const types = parseTypes(matchFields(query));
  return {
    limit: parseLimit(query.limit),
    addedAfter: parseAddedAfter(query.added_after),
    next: query.next === undefined ? undefined : decodeCursor(text('next', query.next)),
    types,
  };
}
