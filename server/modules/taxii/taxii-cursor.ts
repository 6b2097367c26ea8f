// TAXII `next` cursors: where a page starts (the item's date added as stored, its key, and how many of its
// objects were sent) as base64url JSON. Anything the server cannot have given out is refused (BAD_CURSOR).
import { BadInputError } from '../../errors.js';
import { LIMITS } from '../common/limits.js';

export interface Cursor {
  /** The item's lastSeen exactly as stored ('' for the markings and identity that open a collection). */
  a: string;
  /** The item's key: an entity id, `from|TYPE|to` for a link, `#NN` for the opening objects. */
  k: string;
  /** How many of the item's (type-filtered) objects were already sent. */
  s: number;
}

/** An item becomes at most this many STIX objects (an indicator entity: SCO, indicator, based-on). */
export const MAX_OBJECTS_PER_ITEM = 3;
/** Longest key: a link between two entities with the longest ids. */
const MAX_KEY_LENGTH = 2 * LIMITS.idLength + 32;
/** Longest `next` the server can give out (base64url of the JSON with the longest key), with room. */
export const MAX_CURSOR_LENGTH = 8192;

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
/** Stored times are ISO-8601 text (`2024-03-01T10:00:00Z`, `…:00.250Z`); only their characters, bounded. */
const STORED_TIME = /^[0-9][0-9T:.+\-Z]{0,63}$/;
const OPENING_KEY = /^#\d{2}$/;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify({ a: c.a, k: c.k, s: c.s })).toString('base64url');
}

function refuse(reason: string): never {
  throw new BadInputError(`The next parameter is not one this server gave out (${reason}).`, {
    field: 'next',
    reason: 'BAD_CURSOR',
  });
}

function parse(text: string): unknown {
  if (text.length === 0 || text.length > MAX_CURSOR_LENGTH) refuse('length');
  if (!BASE64URL.test(text)) refuse('not base64url');
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'base64url'));
    return JSON.parse(json) as unknown;
  } catch {
    return refuse('not JSON');
  }
}

/** The cursor a `next` parameter holds, checked field by field. */
export function decodeCursor(text: string): Cursor {
  const value = parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse('not an object');
  const c = value as Record<string, unknown>;
  const keys = Object.keys(c).sort();
  if (keys.length !== 3 || keys[0] !== 'a' || keys[1] !== 'k' || keys[2] !== 's') refuse('fields');
  const { a, k, s } = c;
  if (typeof a !== 'string' || typeof k !== 'string') refuse('field types');
  if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > MAX_OBJECTS_PER_ITEM)
    refuse('position');
  if (a === '') {
    if (!OPENING_KEY.test(k)) refuse('key');
  } else if (!STORED_TIME.test(a) || k.length === 0 || k.length > MAX_KEY_LENGTH || k[0] === '#') {
    refuse('time or key');
  }
  return { a, k, s };
}
