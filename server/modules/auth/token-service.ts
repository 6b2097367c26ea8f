// API tokens for TAXII and other machine clients: created once, shown once, stored only as a SHA-256 hash.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError, NotFoundError } from '../../errors.js';
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

export interface TokenInfo {
  id: string;
  organisation: string;
  clearance: Tlp;
  label: string;
  createdAt: string;
  revoked: boolean;
  revokedAt: string | null;
}

/** Every token (never its secret or hash), oldest first. */
export async function listTokens(executor: Executor): Promise<TokenInfo[]> {
  const rows = await executor.read({ cypher: cypher('auth/list-tokens') });
  return rows.map((r) => ({
    id: String(r.id),
    organisation: String(r.organisation),
    clearance: String(r.clearance) as Tlp,
    label: String(r.label ?? ''),
    createdAt: String(r.createdAt),
    revoked: r.revoked === true,
    revokedAt: r.revokedAt ? String(r.revokedAt) : null,
  }));
}

/** Revokes a token by id; it is refused from the next request on. Revoking twice is harmless. */
export async function revokeToken(
  executor: Executor,
  id: string,
): Promise<{ id: string; organisation: string; revokedAt: string }> {
  if (!/^token:[0-9a-f-]{36}$/.test(id)) {
    throw new BadInputError(
      `"${id.slice(0, 80)}" is not a token id (token:<uuid>, see token list).`,
      {
        field: 'id',
        reason: 'BAD_ID',
      },
    );
  }
  const rows = await executor.write({
    cypher: cypher('auth/revoke-token'),
    params: { id, now: new Date().toISOString() },
  });
  const row = rows[0];
  if (!row) throw new NotFoundError(`No token with id "${id}" (see token list).`, { field: 'id' });
  return {
    id: String(row.id),
    organisation: String(row.organisation),
    revokedAt: String(row.revokedAt),
  };
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
