// The first start on an empty store: the host organisation (key `local`), its `admin` account, and a one-time
// sign-in link printed once (as Jupyter does). `scamgraph signin-link` makes a new link later.
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { createAccount, getAccount } from '../accounts/accounts-service.js';
import { issueCode, signInLink } from './one-time-codes.js';
import { pruneSessions } from './session-store.js';

/** The host organisation's key: the CLI's local admin owns its indicator sets as organisation `local`. */
export const HOST_ORG_KEY = 'local';
export const FIRST_ADMIN = 'admin';

export interface FirstAdmin {
  /** The one-time sign-in link of the new admin; undefined when the store had accounts already. */
  link?: string;
  expiresAt?: string;
}

/**
 * When the store has no account: creates the host organisation (named `hostOrgName`, key `local`) and the
 * account `admin` (role admin, clearance RED), and returns a sign-in link for it. Also prunes expired
 * sessions and codes.
 */
export async function ensureFirstAdmin(
  executor: Executor,
  opts: { hostOrgName?: string; baseUrl: string },
  log: (m: string) => void = () => {},
): Promise<FirstAdmin> {
  await pruneSessions(executor);
  const rows = await executor.read({ cypher: cypher('sessions/count-accounts') });
  if (Number(rows[0]?.accounts ?? 0) > 0) return {};
  const name = (opts.hostOrgName ?? '').trim().slice(0, 200) || 'Local';
  await executor.write({
    cypher: cypher('sessions/create-host-org'),
    params: { id: `member:${HOST_ORG_KEY}`, name, now: new Date().toISOString() },
  });
  const admin = await createAccount(
    executor,
    { name: FIRST_ADMIN, org: HOST_ORG_KEY, role: 'admin', clearance: 'RED' },
    { existing: 'reuse' },
  );
  log(`first start: created the organisation "${name}" and its administrator "${admin.name}"`);
  const issued = await issueCode(executor, admin.id, 'signin');
  return { link: signInLink(opts.baseUrl, issued.code), expiresAt: issued.expiresAt };
}

/** A new one-time sign-in link for an account (default `admin`); refused for a disabled account. */
export async function newSignInLink(
  executor: Executor,
  opts: { account?: string; baseUrl: string },
): Promise<{ link: string; account: string; organisation: string; expiresAt: string }> {
  const account = await getAccount(executor, opts.account ?? FIRST_ADMIN);
  const issued = await issueCode(executor, account.id, 'signin');
  return {
    link: signInLink(opts.baseUrl, issued.code),
    account: account.name,
    organisation: account.orgName,
    expiresAt: issued.expiresAt,
  };
}
