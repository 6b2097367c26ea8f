// Shared helpers for building normalize results: success, typed failure, input preparation.
import type { Indicator, IndicatorKind, NormalizeResult, RejectReason } from './types.js';
import { MAX_VALUE_LENGTH } from './types.js';

/** A successful result around an indicator. */
export function ok(indicator: Indicator): NormalizeResult {
  return { ok: true, indicator };
}

/** A typed failure; `message` names what is wrong so a person can fix the input. */
export function fail(
  reason: RejectReason,
  message: string,
  kind?: IndicatorKind,
): NormalizeResult & { ok: false } {
  return kind ? { ok: false, kind, reason, message } : { ok: false, reason, message };
}

/** Quotes a value for a message, shortened so huge inputs do not flood logs. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return JSON.stringify(shown);
}

/**
 * Checks length and emptiness and trims surrounding whitespace (including NBSP and zero-width
 * characters that come with copy-paste). Returns the trimmed text or a failure.
 */
export function prepare(
  value: unknown,
  kind?: IndicatorKind,
): { text: string } | (NormalizeResult & { ok: false }) {
  if (typeof value !== 'string') return fail('EMPTY', 'No value given: expected text.', kind);
  if (value.length > MAX_VALUE_LENGTH) {
    return fail(
      'TOO_LONG',
      `Value is ${value.length} characters long; the limit is ${MAX_VALUE_LENGTH}.`,
      kind,
    );
  }
  const text = value.replace(/^[\s\u200b-\u200d\ufeff]+|[\s\u200b-\u200d\ufeff]+$/g, '');
  if (text === '') return fail('EMPTY', 'Value is empty or only whitespace.', kind);
  return { text };
}

/** Removes every whitespace character (spaces, tabs, newlines, NBSP, zero-width). */
export function stripSpaces(text: string): string {
  return text.replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}

/** True when the string holds ASCII control characters, which no indicator contains. */
export function hasControlChars(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(text);
}
