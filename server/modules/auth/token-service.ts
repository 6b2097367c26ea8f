// API tokens for TAXII and other machine clients: created once, shown once, stored only as a SHA-256 hash.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { TLP_LEVELS, type Tlp } from '../../model.js';

/** Tokens look like `sgt_<43 base64url characters>` (256 random bits). */
export const TOKEN_PREFIX = 'sgt_';

export interface CreatedToken {
  id: string;
  /** The secret: printed once, never stored. */
  token: string;
  organisation: string;
  clearance: Tlp;
  createdAt: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function createToken(
  executor: Executor,
  input: { organisation: string; clearance?: Tlp; label?: string },
): Promise<CreatedToken> {
  const organisation = input.organisation.trim();
  if (!organisation || organisation.length > 200) {
    throw new BadInputError('--org must be a name of 1 to 200 characters.', {
      field: 'organisation',
      reason: 'BAD_ORG',
    });
  }
  const clearance = input.clearance ?? 'GREEN';
  if (!TLP_LEVELS.includes(clearance)) {
    throw new BadInputError(`clearance must be one of ${TLP_LEVELS.join(', ')}.`, {
      field: 'clearance',
      reason: 'UNKNOWN_TLP',
    });
  }
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const id = `token:${randomUUID()}`;
  const createdAt = new Date().toISOString();
  await executor.write({
    cypher: cypher('auth/create-token'),
    params: {
      id,
      hash: hashToken(token),
      organisation,
      clearance,
      label: input.label ?? '',
      createdAt,
    },
  });
  return { id, token, organisation, clearance, createdAt };
}

/** The request context of a bearer token, or null when the token is unknown or revoked. */
export async function contextForToken(
  executor: Executor,
  token: string,
): Promise<RequestContext | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const rows = await executor.read({
    cypher: cypher('auth/token-by-hash'),
    params: { hash: hashToken(token) },
  });
  const row = rows[0];
  if (!row) return null;
  const clearance = String(row.clearance) as Tlp;
  return {
    caller: String(row.id),
    organisation: String(row.organisation),
    clearance: TLP_LEVELS.includes(clearance) ? clearance : 'CLEAR',
    roles: ['taxii'],
  };
}
