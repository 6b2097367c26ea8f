// Watchlists (SPEC §6: analysts and administrators): follow a cluster, an entity or a search; list the
// watches and the changes found in them; mark changes seen. A watch belongs to the account that made it and
// is evaluated in that account's view (watch-runner.ts); what a caller is shown is checked against what
// the caller may see now.
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../errors.js';
import { LIMITS, requireInt, requireText } from '../common/limits.js';
import { labelFor } from '../entities/entities-service.js';
import { clusters as clusterService, type ClusterPort } from './cluster-port.js';
import { emptyState } from './watch-diff.js';
import { evaluateWatch } from './watch-evaluate.js';
import { ownerContext, requireAccountClearance } from './watch-owner.js';
import { latestAdded, visibleIds } from './watch-reads.js';
import { createWatch, deleteWatch, listChanges, listWatches, markSeen } from './watch-store.js';
import {
  WATCH_KINDS,
  type WatchChangeModel,
  type WatchKind,
  type WatchModel,
} from './watchlists-types.js';

const WHAT = 'keep watchlists';

/** At most this many watches per account. */
export const MAX_WATCHES = 500;

export interface WatchTargetInput {
  kind: WatchKind | string;
  id?: string | null;
  query?: string | null;
}

function bad(field: string, reason: string, message: string): never {
  throw new BadInputError(message, { field, reason });
}

/** The kind and target text of a follow request, checked. */
export function checkTarget(input: WatchTargetInput): { kind: WatchKind; target: string } {
  const kind = String(input.kind) as WatchKind;
  if (!WATCH_KINDS.includes(kind))
    bad('target.kind', 'UNKNOWN_KIND', `kind must be one of ${WATCH_KINDS.join(', ')}.`);
  if (kind === 'SEARCH') {
    if (input.id != null)
      bad('target.id', 'CONFLICTING_TARGET', 'A SEARCH watch takes a query, not an id.');
    if (input.query == null) bad('target.query', 'EMPTY', 'A SEARCH watch needs a query.');
    return { kind, target: requireText('target.query', input.query, LIMITS.searchQueryLength) };
  }
  if (input.query != null)
    bad('target.query', 'CONFLICTING_TARGET', `A ${kind} watch takes an id, not a query.`);
  if (input.id == null) bad('target.id', 'EMPTY', `A ${kind} watch needs an id.`);
  const id = requireText('target.id', input.id, LIMITS.idLength);
  if (kind === 'CLUSTER' && !/^cl-[A-Za-z0-9]{1,40}$/.test(id))
    bad('target.id', 'MALFORMED_ID', `"${id.slice(0, 80)}" is not a cluster id (cl-…).`);
  if (kind === 'ENTITY') labelFor(id, 'target.id');
  return { kind, target: id };
}

/**
 * Follows a target (the same target twice: the same watch). The target must exist for the caller
 * (NOT_FOUND otherwise, as for an id never seen); what the watch remembers is taken in the owner
 * account's view, where it will be evaluated.
 */
export async function follow(
  executor: Executor,
  ctx: RequestContext,
  input: WatchTargetInput,
  clusters: ClusterPort = clusterService,
): Promise<WatchModel> {
  await requireAccountClearance(executor, ctx, WHAT);
  const { kind, target } = checkTarget(input);
  const owner = await ownerContext(executor, ctx.caller);
  if (!owner)
    throw new ForbiddenError(
      'Watchlists belong to accounts: sign in with an analyst or administrator account (not a disabled one).',
    );
  const existing = (await listWatches(executor, ctx.caller)).find(
    (w) => w.kind === kind && w.target === target,
  );
  if (!existing && (await listWatches(executor, ctx.caller)).length >= MAX_WATCHES)
    bad('target', 'TOO_MANY', `At most ${MAX_WATCHES} watches per account; unfollow some first.`);
  const upTo = await latestAdded(executor);
  const ref = { kind, target, label: target };
  // The caller's own view first: a target hidden from it is NOT_FOUND.
  const seen = await evaluateWatch(executor, ctx, ref, emptyState(upTo), upTo, clusters, true);
  if (existing) return existing;
  const base = await evaluateWatch(executor, owner, ref, emptyState(upTo), upTo, clusters, true);
  return createWatch(executor, {
    owner: ctx.caller,
    kind,
    target,
    label: seen.label,
    state: base.state,
  });
}

export async function unfollow(
  executor: Executor,
  ctx: RequestContext,
  id: string,
): Promise<boolean> {
  await requireAccountClearance(executor, ctx, WHAT);
  return deleteWatch(executor, ctx.caller, requireText('id', id, 200));
}

export async function watchlist(executor: Executor, ctx: RequestContext): Promise<WatchModel[]> {
  await requireAccountClearance(executor, ctx, WHAT);
  return listWatches(executor, ctx.caller);
}

/**
 * The changes of the caller's watches, newest first; each change's entity ids only where the caller may
 * see them now (the account's clearance may have been lowered since).
 */
export async function watchChanges(
  executor: Executor,
  ctx: RequestContext,
  args: { watchId?: string | null; first?: number | null; unseenOnly?: boolean | null } = {},
): Promise<WatchChangeModel[]> {
  await requireAccountClearance(executor, ctx, WHAT);
  const first = requireInt('first', args.first ?? 50, { min: 1, max: 500 });
  const watchId = args.watchId == null ? null : requireText('watchId', args.watchId, 200);
  if (watchId && !(await listWatches(executor, ctx.caller)).some((w) => w.id === watchId))
    throw new NotFoundError(`No watch with id "${watchId}".`, { field: 'watchId' });
  const changes = await listChanges(executor, ctx.caller, {
    watchId,
    first,
    unseenOnly: args.unseenOnly === true,
  });
  const seen = await visibleIds(
    executor,
    ctx,
    changes.flatMap((c) => c.entityIds),
  );
  return changes.map((c) => ({ ...c, entityIds: c.entityIds.filter((id) => seen.has(id)) }));
}

export async function markChangesSeen(
  executor: Executor,
  ctx: RequestContext,
  watchId?: string | null,
): Promise<number> {
  await requireAccountClearance(executor, ctx, WHAT);
  return markSeen(
    executor,
    ctx.caller,
    watchId == null ? null : requireText('watchId', watchId, 200),
  );
}
