// JSON checks the readers share: nesting depth of one value, and where (byte offset, line) and why a
// document is not valid JSON.
import { jsonParser } from 'stream-json/core/parser.js';
import { READER_LIMITS } from './input-guard.js';

/** The index where `text` (one JSON value) nests deeper than `max`, or -1; strings are skipped. */
export function jsonDepthIndex(text: string, max: number = READER_LIMITS.jsonDepth): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: to the next quote not escaped.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** Where a strict JSON tokenizer (stream-json's, the one the STIX reader streams with) first fails. */
function jsonErrorIndex(text: string): number {
  const WINDOW = 4096;
  const scan = jsonParser();
  let start = 0;
  try {
    for (; start < text.length; start += WINDOW) scan(text.slice(start, start + WINDOW));
    return text.length;
  } catch {
    // The error is in the window from `start`: read up to it again, then that window a character at a time.
  }
  const exact = jsonParser();
  exact(text.slice(0, start));
  for (let i = start; i < Math.min(start + WINDOW, text.length); i++) {
    try {
      exact(text[i]!);
    } catch {
      return i;
    }
  }
  return start;
}

/**
 * Why and where JSON.parse fails on `text` (exact byte offset and line), or undefined when it parses;
 * the message is JSON.parse's, without its own position and quote of the input.
 */
export function jsonSyntaxError(
  text: string,
): { message: string; offset: number; line: number } | undefined {
  let message: string;
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    message = (error as Error).message
      .replace(/ (in JSON )?at position \d+.*$/s, '')
      .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/^"(.*)" is not valid JSON$/s, 'Not valid JSON');
  }
  const index = jsonErrorIndex(text);
  const before = text.slice(0, index);
  return { message, offset: Buffer.byteLength(before), line: before.split('\n').length };
}
