// One-time codes of sign-in and invitation links: 256 random bits, stored only as a SHA-256 hash, used once.
import { createHash, randomBytes } from 'node:crypto';
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { BadInputError } from '../../errors.js';
import { SESSION_LIMITS, type CodePurpose } from './session-limits.js';

export function sha256(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A fresh secret: 32 random bytes as 43 base64url characters. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Codes and session secrets are 43 base64url characters; anything else is refused unread. */
export function wellFormedSecret(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

export interface IssuedCode {
  code: string;
  purpose: CodePurpose;
  expiresAt: string;
}

/** Issues a one-time code for an active account; `ttlMs` overrides the purpose's lifetime (tests). */
export async function issueCode(
  executor: Executor,
  accountId: string,
  purpose: CodePurpose,
  opts: { ttlMs?: number } = {},
): Promise<IssuedCode> {
  const code = newSecret();
  const now = Date.now();
  const ttl =
    opts.ttlMs ??
    (purpose === 'invite' ? SESSION_LIMITS.inviteCodeMs : SESSION_LIMITS.signinCodeMs);
  const rows = await executor.write({
    cypher: cypher('sessions/create-code'),
    params: {
      hash: sha256(code),
      purpose,
      accountId,
      now: new Date(now).toISOString(),
      expiresAt: new Date(now + ttl).toISOString(),
    },
  });
  if (!rows[0])
    throw new BadInputError(`The account "${accountId}" does not exist or is disabled.`, {
      field: 'account',
      reason: 'DISABLED',
    });
  return { code, purpose, expiresAt: String(rows[0].expiresAt) };
}

/** The link a person opens: `<base>/signin?code=<code>`. */
export function signInLink(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/signin?code=${encodeURIComponent(code)}`;
}
