// The view a watch is evaluated in: its owner account's organisation, role and clearance, read fresh every
// time. A disabled account, or one whose role may no longer keep watchlists, has no view: its watches stop.
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { TLP_LEVELS, type Tlp } from '../../model.js';
import { ForbiddenError } from '../../errors.js';
import { canAnalyse, requireAnalyst } from '../access/rights.js';

/** The owners' contexts by account id; an owner that is missing, disabled or below analyst is absent. */
export async function ownerContexts(
  executor: Executor,
  ownerIds: readonly string[],
): Promise<Map<string, RequestContext>> {
  const out = new Map<string, RequestContext>();
  if (!ownerIds.length) return out;
  const rows = await executor.read({
    cypher: cypher('watchlists/owners'),
    params: { ids: [...new Set(ownerIds)] },
  });
  for (const r of rows) {
    if (r.disabled === true) continue;
    const clearance = TLP_LEVELS.includes(r.clearance as Tlp) ? (r.clearance as Tlp) : 'CLEAR';
    const ctx: RequestContext = {
      caller: String(r.id),
      organisation: String(r.orgId).replace(/^member:/, ''),
      clearance,
      roles: [String(r.role)],
    };
    if (canAnalyse(ctx)) out.set(ctx.caller, ctx);
  }
  return out;
}

/** One owner's context, or undefined when its watches are stopped. */
export async function ownerContext(
  executor: Executor,
  ownerId: string,
): Promise<RequestContext | undefined> {
  return (await ownerContexts(executor, [ownerId])).get(ownerId);
}

/**
 * Watchlists and webhooks work at the account's clearance: every change is evaluated there and posted to
 * the account's webhook, so a token limited below it could read, or redirect, what it may not see.
 */
export async function requireAccountClearance(
  executor: Executor,
  ctx: RequestContext,
  what: string,
): Promise<void> {
  requireAnalyst(ctx, what);
  const owner = await ownerContext(executor, ctx.caller);
  if (owner && TLP_LEVELS.indexOf(ctx.clearance) < TLP_LEVELS.indexOf(owner.clearance))
    throw new ForbiddenError(
      `This token is limited to ${ctx.clearance}, below its account's clearance; watchlists and webhooks are kept at the account's: use a token without a lower clearance to ${what}.`,
    );
}
