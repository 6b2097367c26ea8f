// Who am I, and the admin's side of accounts: organisations, accounts, invitations (one-time links).
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { Tlp } from '../../model.js';
import {
  createAccount,
  createOrg,
  getAccount,
  listAccounts,
  listOrgs,
  slugOf,
  type MemberOrg,
  type UserAccount,
} from '../accounts/accounts-service.js';
import { requireAdmin } from '../access/rights.js';
import { issueCode, signInLink } from './one-time-codes.js';
import type { SignedIn } from './session-store.js';

const keyOf = (orgId: string) => orgId.replace(/^member:/, '');

/** The caller as an account; null for an anonymous caller. Callers without an account show their context. */
export async function me(executor: Executor, ctx: RequestContext): Promise<SignedIn | null> {
  if (ctx.anonymous) return null;
  const role = ctx.roles[0] ?? 'viewer';
  if (ctx.caller.startsWith('user:')) {
    const account = await getAccount(executor, ctx.caller.slice('user:'.length));
    return {
      accountId: account.id,
      account: account.name,
      organisationKey: keyOf(account.orgId),
      organisation: account.orgName,
      role,
      clearance: ctx.clearance,
    };
  }
  return {
    accountId: ctx.caller,
    account: ctx.caller,
    organisationKey: ctx.organisation,
    organisation: ctx.organisation,
    role,
    clearance: ctx.clearance,
  };
}

export async function organisations(executor: Executor, ctx: RequestContext) {
  requireAdmin(ctx);
  return listOrgs(executor);
}

export async function accounts(executor: Executor, ctx: RequestContext): Promise<UserAccount[]> {
  requireAdmin(ctx);
  return listAccounts(executor);
}

export async function createOrganisation(
  executor: Executor,
  ctx: RequestContext,
  name: string,
): Promise<MemberOrg & { accounts: number }> {
  requireAdmin(ctx);
  const org = await createOrg(executor, name);
  return { id: org.id, name: org.name, createdAt: org.createdAt, accounts: 0 };
}

/** An organisation by id (`member:x`), key (`x`) or name (any case); NOT_FOUND otherwise. */
async function findOrg(executor: Executor, text: string) {
  const wanted = text.trim().toLowerCase();
  const orgs = await listOrgs(executor);
  const org =
    orgs.find((o) => o.id === wanted || keyOf(o.id) === wanted) ??
    orgs.find((o) => o.name.toLowerCase() === wanted) ??
    orgs.find((o) => keyOf(o.id) === slugOf(wanted));
  if (!org)
    throw new NotFoundError(
      `No organisation "${text.slice(0, 80)}"; create it first (createOrganisation, or scamgraph org create).`,
      { field: 'organisation' },
    );
  return org;
}

export interface InviteInput {
  name: string;
  organisation: string;
  role: string;
  clearance?: Tlp | string | null;
}

export interface Invitation {
  account: UserAccount;
  created: boolean;
  link: string;
  expiresAt: string;
}

/**
 * Creates the account (when new) in an existing organisation and issues a one-time invitation link. An
 * existing account gets a new link only when the organisation and role given are its own (no silent change).
 */
export async function inviteAccount(
  executor: Executor,
  ctx: RequestContext,
  input: InviteInput,
  baseUrl: string,
): Promise<Invitation> {
  requireAdmin(ctx);
  const org = await findOrg(executor, input.organisation);
  const account = await createAccount(
    executor,
    {
      name: input.name,
      org: keyOf(org.id),
      role: input.role,
      clearance: input.clearance ?? undefined,
    },
    { existing: 'reuse' },
  );
  if (!account.created) {
    const existing = await getAccount(executor, account.name);
    if (existing.orgId !== org.id || existing.role !== input.role.toLowerCase())
      throw new ConflictError(
        `An account "${existing.name}" exists already, in ${existing.orgName} with role ${existing.role}.`,
        { field: 'name' },
      );
    if (existing.disabled)
      throw new ConflictError(`The account "${existing.name}" is disabled.`, { field: 'name' });
  }
  const issued = await issueCode(executor, account.id, 'invite');
  const { created, ...rest } = account;
  return {
    account: rest,
    created,
    link: signInLink(baseUrl, issued.code),
    expiresAt: issued.expiresAt,
  };
}
