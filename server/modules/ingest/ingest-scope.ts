// Who a submission is for (SPEC §6): the submitting organisation (always the caller's), `shareWith` (AMBER) and
// `recipients` (RED), each entry checked against the organisations and accounts that exist.
import type { RequestContext } from '../../context.js';
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { BadInputError } from '../../errors.js';
import { COMMUNITY } from '../access/visibility.js';
import { accountIdOf, slugOf } from '../accounts/accounts-service.js';

/** At most this many entries in `shareWith` and in `recipients` (each). */
export const MAX_SCOPE_ENTRIES = 100;

/** A list as callers give it: GraphQL gives an array, query strings and CLI flags `a,b`. */
export type ScopeList = string | readonly string[] | null | undefined;

/** How the caller spells the two fields (GraphQL and upload: `shareWith`; the CLI: `--share-with`). */
export interface ScopeFields {
  shareWith: string;
  recipients: string;
}

export const API_FIELDS: ScopeFields = { shareWith: 'shareWith', recipients: 'recipients' };

/** The sharing part of an ingest: stored on the Source and turned into the assertions' visibility keys. */
export interface SharingLists {
  /** Organisation keys, or `community`: who else sees the AMBER assertions. */
  sharedWith: string[];
  /** Organisation keys or `user:<account>`: who else sees the RED assertions. */
  recipients: string[];
}

export interface IngestScope extends SharingLists {
  /** The submitting organisation: the caller's, never taken from the input. */
  org: string;
}

const ORG_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ACCOUNT_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

function bad(field: string, reason: string, value: string, message: string): never {
  throw new BadInputError(message, { field, reason, value: value.slice(0, 200) });
}

function entriesOf(list: ScopeList, field: string): string[] {
  if (list === null || list === undefined) return [];
  const raw = typeof list === 'string' ? list.split(',') : list;
  const entries = [...new Set(raw.map((e) => e.trim()).filter(Boolean))];
  if (entries.length > MAX_SCOPE_ENTRIES)
    bad(
      field,
      'TOO_LONG',
      String(entries.length),
      `${field} names ${entries.length} entries; at most ${MAX_SCOPE_ENTRIES}.`,
    );
  return entries;
}

/** `mekong-telco`, `Mekong-Telco` or `member:mekong-telco` → `mekong-telco`. */
function orgKey(entry: string, field: string): string {
  const key = entry.toLowerCase().replace(/^member:/, '');
  if (key.length > 64 || !ORG_KEY.test(key)) {
    const hint = slugOf(entry);
    bad(
      field,
      'INVALID_VALUE',
      entry,
      `${field}: "${entry.slice(0, 80)}" is not an organisation key${hint ? ` (did you mean "${hint}"?)` : ''}; see the keys with: scamgraph org list.`,
    );
  }
  return key;
}

/** Checks the shape of both lists (no database): entries are organisation keys, `community` or `user:<account>`. */
export function sharingLists(
  p: { shareWith?: ScopeList; recipients?: ScopeList },
  fields: ScopeFields = API_FIELDS,
): SharingLists {
  const sharedWith = entriesOf(p.shareWith, fields.shareWith).map((e) => {
    if (e.toLowerCase() === COMMUNITY) return COMMUNITY;
    if (e.toLowerCase().startsWith('user:'))
      bad(
        fields.shareWith,
        'NOT_AN_ORGANISATION',
        e,
        `${fields.shareWith}: "${e.slice(0, 80)}" is an account; AMBER data is shared with organisations (or ${COMMUNITY}). Name accounts in ${fields.recipients} (RED).`,
      );
    return orgKey(e, fields.shareWith);
  });
  const recipients = entriesOf(p.recipients, fields.recipients).map((e) => {
    if (e.toLowerCase() === COMMUNITY)
      bad(
        fields.recipients,
        'INVALID_VALUE',
        e,
        `${fields.recipients}: RED data cannot go to the whole ${COMMUNITY}; name organisations or user:<account>, or use TLP AMBER with ${fields.shareWith} ${COMMUNITY}.`,
      );
    if (e.toLowerCase().startsWith('user:')) {
      const name = e.slice(5).trim();
      if (!ACCOUNT_NAME.test(name))
        bad(
          fields.recipients,
          'INVALID_VALUE',
          e,
          `${fields.recipients}: "${e.slice(0, 80)}" is not user:<account name>.`,
        );
      return accountIdOf(name);
    }
    return orgKey(e, fields.recipients);
  });
  return { sharedWith: [...new Set(sharedWith)], recipients: [...new Set(recipients)] };
}

/**
 * The scope of a run by `ctx`: its organisation, and the lists once every organisation and account they
 * name is known (BAD_USER_INPUT naming the field and the first unknown entry otherwise).
 */
export async function ingestScope(
  executor: Executor,
  ctx: RequestContext,
  lists: SharingLists,
  fields: ScopeFields = API_FIELDS,
): Promise<IngestScope> {
  const org = ctx.organisation;
  const named = [
    ...lists.sharedWith.map((e) => ({ field: fields.shareWith, e })),
    ...lists.recipients.map((e) => ({ field: fields.recipients, e })),
  ].filter(({ e }) => e !== COMMUNITY && e !== org);
  if (named.length > 0) {
    const orgIds = named.filter(({ e }) => !e.startsWith('user:')).map(({ e }) => `member:${e}`);
    const accountIds = named.filter(({ e }) => e.startsWith('user:')).map(({ e }) => e);
    const rows = await executor.read({
      cypher: cypher('ingest/scope-members'),
      params: { orgIds, accountIds },
    });
    const known = new Set([
      ...((rows[0]?.orgs as string[] | undefined) ?? []),
      ...((rows[0]?.accounts as string[] | undefined) ?? []),
    ]);
    for (const { field, e } of named) {
      const account = e.startsWith('user:');
      if (!known.has(account ? e : `member:${e}`))
        bad(
          field,
          account ? 'UNKNOWN_ACCOUNT' : 'UNKNOWN_ORGANISATION',
          e,
          account
            ? `${field}: there is no account "${e.slice(5)}" (see: scamgraph account list).`
            : `${field}: there is no organisation "${e}" (see the keys with: scamgraph org list).`,
        );
    }
  }
  return { org, ...lists };
}
