// API tokens for TAXII and other machine clients: created once, shown once, stored only as a SHA-256 hash.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { TLP_LEVELS, type Tlp } from '../../model.js';
import {
  createAccount,
  createOrg,
  getAccount,
  parseClearance,
} from '../accounts/accounts-service.js';
import { auditNote } from '../audit/audit-recorder.js';

const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);

/** Tokens look like `sgt_<43 base64url characters>` (256 random bits). */
export const TOKEN_PREFIX = 'sgt_';

export interface CreatedToken {
  id: string;
  /** The secret: printed once, never stored. */
  token: string;
  account: string;
  organisation: string;
  clearance: Tlp;
  createdAt: string;
  expiresAt: string | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface NewToken {
  /** The account the token acts as. */
  account?: string;
  /**
   * Shorthand for a machine client of an organisation: the organisation and its `<org>-api` partner
   * account are created when missing, and the token acts as that account.
   */
  organisation?: string;
  /** A clearance below the account's; default: the account's (GREEN for an organisation shorthand). */
  clearance?: Tlp | string;
  /** Days until the token stops working; default: never. */
  expiresDays?: number;
  label?: string;
}

export async function createToken(executor: Executor, input: NewToken): Promise<CreatedToken> {
  let accountName = input.account;
  let clearance = input.clearance === undefined ? undefined : parseClearance(input.clearance);
  if (!accountName) {
    if (input.organisation === undefined)
      throw new BadInputError('Name the account the token acts as (--account).', {
        field: 'account',
        reason: 'EMPTY',
      });
    const org = await createOrg(executor, input.organisation, { existing: 'reuse' });
    accountName = `${org.id.slice('member:'.length)}-api`.slice(0, 64);
    await createAccount(
      executor,
      { name: accountName, org: org.name, role: 'partner', clearance: 'RED' },
      { existing: 'reuse' },
    );
    clearance ??= 'GREEN';
  }
  const account = await getAccount(executor, accountName);
  if (account.disabled)
    throw new BadInputError(`The account "${account.name}" is disabled.`, {
      field: 'account',
      reason: 'DISABLED',
    });
  if (clearance && rank(clearance) > rank(account.clearance))
    throw new BadInputError(
      `A token cannot read above its account: ${account.name} is cleared up to ${account.clearance}.`,
      { field: 'clearance', reason: 'ABOVE_ACCOUNT' },
    );
  const days = input.expiresDays;
  if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3650))
    throw new BadInputError('expires must be a whole number of days from 1 to 3650.', {
      field: 'expires',
      reason: 'OUT_OF_RANGE',
    });
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const id = `token:${randomUUID()}`;
  const now = Date.now();
  const createdAt = new Date(now).toISOString();
  const expiresAt = days === undefined ? null : new Date(now + days * 86_400_000).toISOString();
  const rows = await executor.write({
    cypher: cypher('auth/create-token'),
    params: {
      id,
      hash: hashToken(token),
      accountId: account.id,
      clearance: clearance ?? null,
      label: input.label ?? '',
      createdAt,
      expiresAt,
    },
  });
  const row = rows[0] as Record<string, unknown>;
  auditNote(executor, {
    operation: 'token:create',
    ids: [id, account.id],
    count: 1,
    detail: `for ${account.id}, clearance ${String(row.clearance)}${expiresAt ? `, expires ${expiresAt}` : ''}`,
  });
  return {
    id,
    token,
    account: account.name,
    organisation: String(row.organisation),
    clearance: String(row.clearance) as Tlp,
    createdAt,
    expiresAt,
  };
}

export interface TokenInfo {
  id: string;
  account: string | null;
  organisation: string;
  clearance: Tlp;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revoked: boolean;
  revokedAt: string | null;
}

/** Every token (never its secret or hash), oldest first. */
export async function listTokens(executor: Executor): Promise<TokenInfo[]> {
  const rows = await executor.read({ cypher: cypher('auth/list-tokens') });
  return rows.map((r) => ({
    id: String(r.id),
    account: r.account ? String(r.account) : null,
    organisation: String(r.organisation),
    clearance: String(r.clearance) as Tlp,
    label: String(r.label ?? ''),
    createdAt: String(r.createdAt),
    expiresAt: r.expiresAt ? String(r.expiresAt) : null,
    lastUsedAt: r.lastUsedAt ? String(r.lastUsedAt) : null,
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
  auditNote(executor, { operation: 'token:revoke', ids: [id], count: 1 });
  return {
    id: String(row.id),
    organisation: String(row.organisation),
    revokedAt: String(row.revokedAt),
  };
}

/** Tokens whose last use was noted in the past minute (last-used time is kept to the minute). */
const touched = new Map<string, number>();

function touch(executor: Executor, id: string): void {
  const now = Date.now();
  if ((touched.get(id) ?? 0) > now - 60_000) return;
  touched.set(id, now);
  if (touched.size > 10_000) touched.clear();
  executor
    .write({ cypher: cypher('auth/touch-token'), params: { id, now: new Date(now).toISOString() } })
    .catch(() => touched.delete(id));
}

/**
 * The request context of a bearer token, or null when the token is unknown, revoked, expired or its
 * account is disabled. The clearance is the token's, else its account's.
 */
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
  if (!row || row.disabled === true) return null;
  if (row.expiresAt && Date.parse(String(row.expiresAt)) <= Date.now()) return null;
  const stored = (row.clearance ?? row.accountClearance) as Tlp | null;
  const clearance = stored && TLP_LEVELS.includes(stored) ? stored : 'CLEAR';
  touch(executor, String(row.id));
  return {
    caller: String(row.accountId ?? row.id),
    organisation: String(row.organisation),
    clearance,
    roles: [row.role ? String(row.role) : 'partner'],
  };
}
