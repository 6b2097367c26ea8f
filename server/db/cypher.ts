// Loads parameterized Cypher statements from the cypher/ folder, one statement per file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const CYPHER_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../cypher',
);

/** A statement and its parameters; values always travel as $params. */
export interface Query {
  cypher: string;
  params?: Record<string, unknown>;
}

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, e.g. `cypher('entities/lookup')`. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/** Splits a schema file into statements (`;`-separated, `//` comments dropped). */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const SLOT = /^[A-Za-z0-9_|]+$/;

/**
 * A statement with `{{slot}}` placeholders filled. Only labels, relationship types and validated integers
 * from fixed lists in code may be spliced; anything else is refused here as a last line of defence.
 */
export function cypherWith(name: string, slots: Record<string, string | number>): string {
  return cypher(name).replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = String(slots[key] ?? '');
    if (!SLOT.test(value)) throw new Error(`Refusing to splice "${value}" into ${name}.cypher`);
    return value;
  });
}
