// Browser sessions: a one-time code is exchanged for a random secret (the cookie), stored only hashed; every
// request looks the session up again, so sign-out, expiry and a disabled account take effect at once.
import { randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher.js';
import type { Executor, Row } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { ScamgraphError } from '../../errors.js';
import { TLP_LEVELS, type Tlp } from '../../model.js';
import { newSecret, sha256, wellFormedSecret } from './one-time-codes.js';
import { SESSION_LIMITS } from './session-limits.js';

/** Who a session or token acts as, as the web client shows it. */
export interface SignedIn {
  /** `user:<name>` */
  accountId: string;
  account: string;
  /** The organisation's key (`local`, `mekong-telco`) and its name. */
  organisationKey: string;
  organisation: string;
  role: string;
  clearance: Tlp;
}

export interface Session {
  /** The cookie's value: shown to the browser once, stored only as a hash. */
  secret: string;
  id: string;
  who: SignedIn;
  /** When the session ends at the latest (absolute expiry). */
  expiresAt: string;
}

const REFUSALS: Record<string, string> = {
  CODE_UNKNOWN:
    'This sign-in code is not known. Open the whole link, or make a new one with: npx scamgraph signin-link',
  CODE_USED:
    'This sign-in link has been used already; each link works once. Make a new one with: npx scamgraph signin-link',
  CODE_EXPIRED:
    'This sign-in link has expired. Make a new one with: npx scamgraph signin-link (or ask an administrator for a new invitation).',
  ACCOUNT_DISABLED: 'The account of this link is disabled; ask an administrator.',
};

function refused(reason: string): ScamgraphError {
  return new ScamgraphError('UNAUTHENTICATED', REFUSALS[reason] ?? REFUSALS.CODE_UNKNOWN!, {
    reason,
  });
}

const clearanceOf = (value: unknown): Tlp =>
  TLP_LEVELS.includes(value as Tlp) ? (value as Tlp) : 'CLEAR';

function signedIn(r: Row): SignedIn {
  const orgId = String(r.orgId);
  return {
    accountId: String(r.accountId),
    account: String(r.account),
    organisationKey: orgId.replace(/^member:/, ''),
    organisation: String(r.orgName),
    role: String(r.role),
    clearance: clearanceOf(r.clearance),
  };
}

/** The request context of a signed-in account (the same shape an account token gives). */
export function contextOf(who: SignedIn): RequestContext {
  return {
    caller: who.accountId,
    organisation: who.organisationKey,
    clearance: who.clearance,
    roles: [who.role],
  };
}

/**
 * Exchanges a one-time code for a new session, atomically: a code works once (a second exchange, even a
 * concurrent one, is refused with UNAUTHENTICATED reason CODE_USED), and not after its expiry.
 */
export async function exchangeCode(executor: Executor, code: string): Promise<Session> {
  if (!wellFormedSecret(code)) throw refused('CODE_UNKNOWN');
  const secret = newSecret();
  const id = `session:${randomUUID()}`;
  const now = Date.now();
  const expiresAt = new Date(now + SESSION_LIMITS.absoluteMs).toISOString();
  const rows = await executor.write({
    cypher: cypher('sessions/exchange-code'),
    params: {
      codeHash: sha256(code),
      sessionId: id,
      sessionHash: sha256(secret),
      now: new Date(now).toISOString(),
      expiresAt,
    },
  });
  const row = rows[0];
  if (!row) throw refused('CODE_UNKNOWN');
  if (row.refusal) throw refused(String(row.refusal));
  return { secret, id, who: signedIn(row), expiresAt };
}

/** Slides the idle expiry: writes the last use when the stored one is older than touchEveryMs. */
function touch(executor: Executor, id: string, lastSeen: number, now: number): void {
  if (now - lastSeen < SESSION_LIMITS.touchEveryMs) return;
  executor
    .write({
      cypher: cypher('sessions/touch-session'),
      params: { id, now: new Date(now).toISOString() },
    })
    .catch(() => undefined);
}

/**
 * The account of a session secret, or null when it is unknown, past its idle or absolute expiry (it is then
 * deleted), or its account is disabled. Slides the idle expiry.
 */
export async function sessionFor(
  executor: Executor,
  secret: string,
): Promise<{ id: string; who: SignedIn; expiresAt: string } | null> {
  if (!wellFormedSecret(secret)) return null;
  const hash = sha256(secret);
  const rows = await executor.read({
    cypher: cypher('sessions/session-by-hash'),
    params: { hash },
  });
  const row = rows[0];
  if (!row) return null;
  const now = Date.now();
  const lastSeen = Date.parse(String(row.lastSeenAt));
  const idle = lastSeen + SESSION_LIMITS.idleMs <= now;
  const over = Date.parse(String(row.expiresAt)) <= now;
  if (idle || over) {
    await endSession(executor, secret).catch(() => undefined);
    return null;
  }
  if (row.disabled === true) return null;
  touch(executor, String(row.id), lastSeen, now);
  return { id: String(row.id), who: signedIn(row), expiresAt: String(row.expiresAt) };
}

/** Deletes a session (sign-out). Harmless when it is gone already. */
export async function endSession(executor: Executor, secret: string): Promise<void> {
  if (!wellFormedSecret(secret)) return;
  await executor.write({
    cypher: cypher('sessions/delete-session'),
    params: { hash: sha256(secret) },
  });
}

/** Deletes expired sessions and codes expired for over a day (run at start). */
export async function pruneSessions(executor: Executor): Promise<void> {
  const now = Date.now();
  await executor.write({
    cypher: cypher('sessions/prune'),
    params: {
      now: new Date(now).toISOString(),
      idleBefore: new Date(now - SESSION_LIMITS.idleMs).toISOString(),
      codesBefore: new Date(now - 86_400_000).toISOString(),
    },
  });
}
