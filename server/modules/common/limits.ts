// Caps on every input the API accepts; documented in docs/api.md. Violations are BAD_USER_INPUT.
import { BadInputError } from '../../errors.js';

export const LIMITS = {
  valueLength: 2048,
  idLength: 2100,
  searchQueryLength: 512,
  searchFirst: { min: 1, max: 100 },
  neighborhoodDepth: { min: 1, max: 3 },
  neighborhoodLimit: { min: 1, max: 2000 },
  clusterLimit: { min: 1, max: 5000 },
  clusterDepth: 4,
  pathMaxDepth: { min: 1, max: 10 },
  /** Largest HTTP request body the API reads. */
  bodyBytes: 2 * 1024 * 1024,
} as const;

/** A non-empty string of at most `max` characters, trimmed. */
export function requireText(field: string, value: string, max: number): string {
  if (value.length > max) {
    throw new BadInputError(`${field} is too long (${value.length} characters; at most ${max}).`, {
      field,
      reason: 'TOO_LONG',
    });
  }
  const trimmed = value.trim();
  if (!trimmed) throw new BadInputError(`${field} must not be empty.`, { field, reason: 'EMPTY' });
  return trimmed;
}

/** An integer within [min, max]. */
export function requireInt(
  field: string,
  value: number,
  range: { min: number; max: number },
): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new BadInputError(
      `${field} must be an integer from ${range.min} to ${range.max}, got ${value}.`,
      {
        field,
        reason: 'OUT_OF_RANGE',
      },
    );
  }
  return value;
}
