// Member organisations and their accounts (SPEC §6): each account belongs to one organisation and has one role.
import { cypher } from '../../db/cypher.js';
import type { Executor, Row } from '../../db/executor.js';
import { BadInputError, ConflictError, NotFoundError } from '../../errors.js';
import { TLP_LEVELS, type Tlp } from '../../model.js';
import { auditNote } from '../audit/audit-recorder.js';

export const ROLES = ['admin', 'analyst', 'partner', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do beyond reading what its organisation may see. */
export const ROLE_RIGHTS: Record<
  Role,
  { write: boolean; manage: boolean; export: boolean; analyse: boolean }
> = {
  admin: { write: true, manage: true, export: true, analyse: true },
  analyst: { write: true, manage: false, export: true, analyse: true },
  partner: { write: true, manage: false, export: true, analyse: false },
  viewer: { write: false, manage: false, export: false, analyse: false },
};

export interface MemberOrg {
  id: string;
  name: string;
  createdAt: string;
}

export interface UserAccount {
  id: string;
  name: string;
  role: Role;
  clearance: Tlp;
  orgId: string;
  orgName: string;
  createdAt: string;
  disabled: boolean;
  disabledAt: string | null;
}

/** `Mekong Telco Ltd.` → `mekong-telco-ltd`: the organisation's key. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

export const orgIdOf = (name: string) => `member:${slugOf(name)}`;
export const accountIdOf = (name: string) => `user:${name.toLowerCase()}`;

function orgName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 200 || !slugOf(trimmed))
    throw new BadInputError(
      'An organisation name must have 1 to 200 characters, with at least one letter or digit.',
      { field: 'org', reason: 'BAD_NAME' },
    );
  return trimmed;
}

function accountName(name: string): string {
  const trimmed = name.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/.test(trimmed))
    throw new BadInputError(
      `"${trimmed.slice(0, 80)}" is not an account name: 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit.`,
      { field: 'name', reason: 'BAD_NAME' },
    );
  return trimmed;
}

export function parseRole(text: string): Role {
  const role = text.trim().toLowerCase() as Role;
  if (!ROLES.includes(role))
    throw new BadInputError(`role must be one of ${ROLES.join(', ')}.`, {
      field: 'role',
      reason: 'UNKNOWN_ROLE',
    });
  return role;
}

export function parseClearance(text: string, field = 'clearance'): Tlp {
  const tlp = text.trim().toUpperCase().replace('+', '_') as Tlp;
  if (!TLP_LEVELS.includes(tlp))
    throw new BadInputError(`${field} must be one of ${TLP_LEVELS.join(', ')}.`, {
      field,
      reason: 'UNKNOWN_TLP',
    });
  return tlp;
}

function toAccount(r: Row): UserAccount {
  return {
    id: String(r.id),
    name: String(r.name),
    role: String(r.role) as Role,
    clearance: String(r.clearance) as Tlp,
    orgId: String(r.orgId),
    orgName: String(r.orgName),
    createdAt: String(r.createdAt),
    disabled: r.disabled === true,
    disabledAt: r.disabledAt ? String(r.disabledAt) : null,
  };
}

/** Creates an organisation; CONFLICT when one with the same key exists (unless `existing: 'reuse'`). */
export async function createOrg(
  executor: Executor,
  name: string,
  opts: { existing?: 'fail' | 'reuse' } = {},
): Promise<MemberOrg & { created: boolean }> {
  const clean = orgName(name);
  const rows = await executor.write({
    cypher: cypher('accounts/create-org'),
    params: { id: orgIdOf(clean), name: clean, now: new Date().toISOString() },
  });
  const r = rows[0] as Row;
  if (r.created !== true && opts.existing !== 'reuse')
    throw new ConflictError(`An organisation "${String(r.name)}" exists already.`, {
      field: 'org',
    });
  if (r.created === true) auditNote(executor, { operation: 'org:create', ids: [String(r.id)] });
  return {
    id: String(r.id),
    name: String(r.name),
    createdAt: String(r.createdAt),
    created: r.created === true,
  };
}

export async function listOrgs(executor: Executor): Promise<(MemberOrg & { accounts: number })[]> {
  const rows = await executor.read({ cypher: cypher('accounts/list-orgs') });
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    createdAt: String(r.createdAt),
    accounts: Number(r.accounts),
  }));
}

export interface NewAccount {
  name: string;
  org: string;
  role: Role | string;
  clearance?: Tlp | string;
}

/** Creates an account in an existing organisation; CONFLICT when the name is taken (unless reused). */
export async function createAccount(
  executor: Executor,
  input: NewAccount,
  opts: { existing?: 'fail' | 'reuse' } = {},
): Promise<UserAccount & { created: boolean }> {
  const name = accountName(input.name);
  const role = parseRole(input.role);
  const clearance = parseClearance(input.clearance ?? 'RED');
  const rows = await executor.write({
    cypher: cypher('accounts/create-account'),
    params: {
      id: accountIdOf(name),
      name,
      role,
      clearance,
      orgId: orgIdOf(orgName(input.org)),
      now: new Date().toISOString(),
    },
  });
  const r = rows[0];
  if (!r)
    throw new NotFoundError(
      `No organisation "${input.org}"; create it with: scamgraph org create`,
      {
        field: 'org',
      },
    );
  if (r.created !== true && opts.existing !== 'reuse')
    throw new ConflictError(`An account "${name}" exists already.`, { field: 'name' });
  if (r.created === true)
    auditNote(executor, {
      operation: 'account:create',
      ids: [String(r.id)],
      detail: `${role} in ${String(r.orgId)}, clearance ${clearance}`,
    });
  return { ...toAccount(r), created: r.created === true };
}

export async function listAccounts(executor: Executor): Promise<UserAccount[]> {
  return (await executor.read({ cypher: cypher('accounts/list-accounts') })).map(toAccount);
}

export async function getAccount(executor: Executor, name: string): Promise<UserAccount> {
  const rows = await executor.read({
    cypher: cypher('accounts/account-by-id'),
    params: { id: accountIdOf(accountName(name)) },
  });
  if (!rows[0])
    throw new NotFoundError(`No account "${name}" (see: scamgraph account list).`, {
      field: 'account',
    });
  return toAccount(rows[0]);
}

/** Disables an account: its tokens stop working from the next request on. Disabling twice is harmless. */
export async function disableAccount(
  executor: Executor,
  name: string,
): Promise<{ id: string; name: string; orgName: string; disabledAt: string }> {
  const rows = await executor.write({
    cypher: cypher('accounts/disable-account'),
    params: { id: accountIdOf(accountName(name)), now: new Date().toISOString() },
  });
  const r = rows[0];
  if (!r)
    throw new NotFoundError(`No account "${name}" (see: scamgraph account list).`, {
      field: 'account',
    });
  auditNote(executor, { operation: 'account:disable', ids: [String(r.id)] });
  return {
    id: String(r.id),
    name: String(r.name),
    orgName: String(r.orgName),
    disabledAt: String(r.disabledAt),
  };
}
