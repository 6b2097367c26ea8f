// UUIDv5 (RFC 4122, SHA-1) and the deterministic STIX ids built from it.
import { sha1 } from '@noble/hashes/legacy.js';

/** STIX 2.1's namespace for SCO ids. */
export const STIX_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

function parse(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function format(bytes: Uint8Array): string {
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function uuidv5(name: string, namespace: string): string {
  const ns = parse(namespace);
  const text = new TextEncoder().encode(name);
  const data = new Uint8Array(ns.length + text.length);
  data.set(ns);
  data.set(text, ns.length);
  const hash = sha1(data).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  return format(hash);
}

/**
 * A deterministic SCO id over the RFC 8785 canonical JSON of `{ value }`. For one string member JSON.stringify
 * is already canonical (RFC 8785 serializes strings as ECMAScript does).
 */
export function scoId(type: string, value: string): string {
  return `${type}--${uuidv5(JSON.stringify({ value }), STIX_NAMESPACE)}`;
}
