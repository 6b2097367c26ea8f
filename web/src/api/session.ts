// Sign-in, sign-out and who is signed in (/api/session and the `me` query), and the admin's invitations.
import { ApiError, gql } from './graphql.js';

export interface Me {
  account: string;
  accountId: string;
  organisation: string;
  organisationKey: string;
  role: 'ADMIN' | 'ANALYST' | 'PARTNER' | 'VIEWER';
  clearance: string;
}

export interface MemberOrganisation {
  key: string;
  name: string;
}

export interface Invitation {
  link: string;
  expiresAt: string;
  created: boolean;
  account: { name: string; organisation: string; role: string };
}

/** Who is signed in; null for an anonymous reader of a public instance; ApiError UNAUTHENTICATED otherwise. */
export async function fetchMe(): Promise<Me | null> {
  const d = await gql<{ me: Me | null }>(
    'query Me { me { account accountId organisation organisationKey role clearance } }',
  );
  return d.me;
}

/** The code itself, or the code inside a pasted sign-in link (`…/signin?code=…`). */
export function codeFrom(text: string): string {
  const t = text.trim();
  return /[?&]code=([^&#\s]+)/.exec(t)?.[1] ?? t;
}

async function sessionRequest(method: 'POST' | 'DELETE', body?: unknown): Promise<void> {
  const response = await fetch('/api/session', {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.ok) return;
  const answer = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  throw new ApiError(
    answer?.error?.message ?? `The server answered ${response.status}.`,
    answer?.error?.code ?? 'UNAVAILABLE',
  );
}

/** Exchanges a one-time code (or a whole sign-in link) for a session cookie. */
export function signIn(codeOrLink: string): Promise<void> {
  return sessionRequest('POST', { code: codeFrom(codeOrLink) });
}

export function signOut(): Promise<void> {
  return sessionRequest('DELETE');
}

export async function fetchOrganisations(): Promise<MemberOrganisation[]> {
  const d = await gql<{ organisations: MemberOrganisation[] }>(
    'query Organisations { organisations { key name } }',
  );
  return d.organisations;
}

export async function createOrganisation(name: string): Promise<MemberOrganisation> {
  const d = await gql<{ createOrganisation: MemberOrganisation }>(
    'mutation CreateOrganisation($name: String!) { createOrganisation(name: $name) { key name } }',
    { name },
  );
  return d.createOrganisation;
}

export async function inviteAccount(input: {
  name: string;
  organisation: string;
  role: Me['role'];
}): Promise<Invitation> {
  const d = await gql<{ inviteAccount: Invitation }>(
    `mutation Invite($name: String!, $org: String!, $role: AccountRole!) {
      inviteAccount(name: $name, org: $org, role: $role) {
        link expiresAt created account { name organisation role }
      }
    }`,
    { name: input.name, org: input.organisation, role: input.role },
  );
  return d.inviteAccount;
}
