// Indicator sets: saved selections owned by one organisation and shared with others (SPEC §6). A set exists
// for a caller whose organisation owns it or is named in its `sharedWith`; for anyone else it answers as one
// that never existed. Only the owning organisation deletes it, with write rights.
import { randomUUID } from 'node:crypto';
import { cypher, cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../errors.js';
import { labelOfId } from '../../model.js';
import { requireWrite } from '../access/rights.js';
import { visibilityParams } from '../access/visibility.js';
import { requireText } from '../common/limits.js';
import { resolveSelection, validateFilter, validateIds } from './selection.js';
import type { ExportFilter, IndicatorSetModel, SetDefinition } from './exports-types.js';

/** At most this many organisations a set is shared with. */
export const MAX_SHARED_WITH = 100;

export interface CreateSetInput {
  name: string;
  ids?: string[] | null;
  clusterOf?: string | null;
  filter?: ExportFilter | null;
  /** Keys of the organisations that may also list, read and export the set. */
  sharedWith?: string[] | null;
}

function toSet(row: Record<string, unknown>): IndicatorSetModel {
  return {
    id: String(row.id),
    name: String(row.name),
    definition: JSON.parse(String(row.definition)) as SetDefinition,
    organisation: String(row.organisation),
    sharedWith: Array.isArray(row.sharedWith) ? row.sharedWith.map(String) : [],
    createdBy: String(row.createdBy),
    createdAt: String(row.createdAt),
  };
}

const notFound = (id: string) =>
  new NotFoundError(`No indicator set with id "${id.slice(0, 200)}".`, { field: 'setId' });

/** Organisation keys, checked: well-formed, known member organisations, without the owner itself. */
async function validateSharedWith(
  executor: Executor,
  owner: string,
  keys: readonly string[],
): Promise<string[]> {
  if (keys.length > MAX_SHARED_WITH)
    throw new BadInputError(`sharedWith may name at most ${MAX_SHARED_WITH} organisations.`, {
      field: 'sharedWith',
      reason: 'OUT_OF_RANGE',
    });
  const wanted = [...new Set(keys.map((k) => String(k).trim().toLowerCase()))].filter(
    (k) => k !== owner,
  );
  for (const k of wanted)
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(k))
      throw new BadInputError(
        `"${k.slice(0, 80)}" is not an organisation key (see: scamgraph org list).`,
        { field: 'sharedWith', reason: 'BAD_ORG' },
      );
  if (wanted.length === 0) return [];
  const rows = await executor.read({
    cypher: cypher('exports/org-keys'),
    params: { keys: wanted },
  });
  const known = new Set(rows.map((r) => String(r.key)));
  const unknown = wanted.filter((k) => !known.has(k));
  if (unknown.length)
    throw new BadInputError(
      `No organisation with key ${unknown.map((k) => `"${k}"`).join(', ')}.`,
      {
        field: 'sharedWith',
        reason: 'UNKNOWN_ORG',
      },
    );
  return wanted.sort();
}

export async function createIndicatorSet(
  executor: Executor,
  ctx: RequestContext,
  input: CreateSetInput,
): Promise<IndicatorSetModel> {
  requireWrite(ctx);
  const name = requireText('name', input.name, 200);
  if (input.ids?.length && input.clusterOf) {
    throw new BadInputError('Give either ids or clusterOf, not both.', {
      field: 'clusterOf',
      reason: 'CONFLICTING_SELECTION',
    });
  }
  const filter = validateFilter(input.filter ?? {});
  const definition: SetDefinition = input.ids?.length
    ? { mode: 'ids', ids: validateIds(input.ids), filter }
    : input.clusterOf
      ? { mode: 'cluster', clusterOf: requireText('clusterOf', input.clusterOf, 2100), filter }
      : { mode: Object.keys(filter).length ? 'filter' : 'all', filter };
  const sharedWith = await validateSharedWith(executor, ctx.organisation, input.sharedWith ?? []);
  // A cluster root the caller may not see: NOT_FOUND now (it is the caller's own input), not at export.
  if (definition.mode === 'cluster')
    await resolveSelection(executor, ctx, definition, { missingRoot: 'throw' });
  const rows = await executor.write({
    cypher: cypher('exports/create-set'),
    params: {
      id: randomUUID(),
      name,
      mode: definition.mode,
      definition: JSON.stringify(definition),
      organisation: ctx.organisation,
      sharedWith,
      createdBy: ctx.caller,
      createdAt: new Date().toISOString(),
    },
  });
  return toSet(rows[0]?.set as Record<string, unknown>);
}

/**
 * The sets the caller's organisation owns or that are shared with it, oldest first (admins too: a role
 * gives rights, not sight). What TAXII lists as collections, besides the collection of everything.
 */
export async function setsVisibleTo(
  executor: Executor,
  ctx: RequestContext,
): Promise<IndicatorSetModel[]> {
  if (ctx.anonymous || !ctx.organisation) return [];
  const rows = await executor.read({
    cypher: cypher('exports/sets-visible-to'),
    params: { organisation: ctx.organisation },
  });
  return rows.map((r) => toSet(r.set as Record<string, unknown>));
}

/** The same as setsVisibleTo (the name the GraphQL services use). */
export const listIndicatorSets = setsVisibleTo;

/** One set the caller's organisation owns or that is shared with it; NOT_FOUND otherwise. */
export async function getIndicatorSet(
  executor: Executor,
  ctx: RequestContext,
  id: string,
): Promise<IndicatorSetModel> {
  if (ctx.anonymous || !ctx.organisation) throw notFound(id);
  const rows = await executor.read({
    cypher: cypher('exports/get-set'),
    params: { id, organisation: ctx.organisation },
  });
  if (!rows[0]) throw notFound(id);
  return toSet(rows[0].set as Record<string, unknown>);
}

/**
 * Deletes a set the caller's organisation owns; the indicators stay. NOT_FOUND when the caller may not see
 * it, FORBIDDEN when it is only shared with the caller's organisation.
 */
export async function deleteIndicatorSet(
  executor: Executor,
  ctx: RequestContext,
  id: string,
): Promise<IndicatorSetModel> {
  requireWrite(ctx);
  const set = await getIndicatorSet(executor, ctx, id);
  if (set.organisation !== ctx.organisation)
    throw new ForbiddenError(
      `The indicator set "${set.name}" is shared with your organisation; only its owner may delete it.`,
    );
  const rows = await executor.write({
    cypher: cypher('exports/delete-set'),
    params: { id: set.id, organisation: ctx.organisation },
  });
  if (!rows[0]) throw notFound(id);
  return set;
}

/** Which of `ids` exist for the caller (grouped by label: each read uses the label's id index). */
async function visibleIds(executor: Executor, vis: string[], ids: string[]): Promise<Set<string>> {
  const byLabel = new Map<string, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (!label) continue;
    const list = byLabel.get(label) ?? [];
    list.push(id);
    byLabel.set(label, list);
  }
  const out = new Set<string>();
  for (const [label, list] of byLabel) {
    const statement =
      label === 'Source'
        ? cypher('exports/visible-sources')
        : cypherWith('exports/visible-ids', { label });
    for (const r of await executor.read({ cypher: statement, params: { ids: list, vis } }))
      out.add(String(r.id));
  }
  return out;
}

/**
 * Sets as one caller may be shown them: the entity and source ids their definition names only where the
 * caller may see them (a set shared by an organisation that sees more names nothing the caller may not
 * see), and the organisations a set is shared with only to its owner.
 */
export async function presentSets(
  executor: Executor,
  ctx: RequestContext,
  sets: IndicatorSetModel[],
): Promise<IndicatorSetModel[]> {
  const named = sets.flatMap((s) => [
    ...(s.definition.ids ?? []),
    ...(s.definition.clusterOf ? [s.definition.clusterOf] : []),
    ...(s.definition.filter?.source ? [s.definition.filter.source] : []),
  ]);
  const seen = named.length
    ? await visibleIds(executor, visibilityParams(ctx).vis, [...new Set(named)])
    : new Set<string>();
  return sets.map((s) => {
    const d = s.definition;
    const filter = { ...(d.filter ?? {}) };
    if (filter.source && !seen.has(filter.source)) delete filter.source;
    const definition: SetDefinition = { mode: d.mode, filter };
    if (d.ids) definition.ids = d.ids.filter((id) => seen.has(id));
    if (d.clusterOf && seen.has(d.clusterOf)) definition.clusterOf = d.clusterOf;
    return {
      ...s,
      definition,
      sharedWith: s.organisation === ctx.organisation ? s.sharedWith : [],
    };
  });
}
