// Service models → GraphQL shapes (roles as enum values, organisation keys).
import type {
  AccountRole,
  Me,
  MemberAccount,
  MemberOrganisation,
} from '../../__generated__/resolvers-types.js';
import type { MemberOrg, UserAccount } from '../accounts/accounts-service.js';
import type { SignedIn } from './session-store.js';

const roleOf = (role: string) => role.toUpperCase() as AccountRole;
const keyOf = (orgId: string) => orgId.replace(/^member:/, '');

export function toMe(who: SignedIn | null): Me | null {
  if (!who) return null;
  return {
    account: who.account,
    accountId: who.accountId,
    organisation: who.organisation,
    organisationKey: who.organisationKey,
    role: roleOf(who.role),
    clearance: who.clearance,
  };
}

export function toOrganisation(org: MemberOrg & { accounts: number }): MemberOrganisation {
  return {
    id: org.id,
    key: keyOf(org.id),
    name: org.name,
    createdAt: org.createdAt,
    accounts: org.accounts,
  };
}

export function toAccount(a: UserAccount): MemberAccount {
  return {
    id: a.id,
    name: a.name,
    organisation: a.orgName,
    organisationKey: keyOf(a.orgId),
    role: roleOf(a.role),
    clearance: a.clearance,
    createdAt: a.createdAt,
    disabled: a.disabled,
  };
}
