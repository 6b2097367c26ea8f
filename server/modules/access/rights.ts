// Writes by role (SPEC §6), checked in the service layer: the first line of every service function that writes.
import type { RequestContext } from '../../context.js';
import { ForbiddenError, ScamgraphError } from '../../errors.js';
import { ROLE_RIGHTS, ROLES, type Role } from '../accounts/accounts-service.js';

const rolesOf = (ctx: RequestContext): Role[] =>
  ctx.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));

function requireAccount(ctx: RequestContext, what: string): void {
  if (ctx.anonymous)
    throw new ScamgraphError('UNAUTHENTICATED', `Sign in to ${what}.`, {
      reason: 'SIGN_IN_REQUIRED',
    });
}

/** May this caller write (ingest, upload, save and delete sets)? */
export function canWrite(ctx: RequestContext): boolean {
  return !ctx.anonymous && rolesOf(ctx).some((r) => ROLE_RIGHTS[r].write);
}

/** May this caller manage organisations, accounts and invitations? */
export function isAdmin(ctx: RequestContext): boolean {
  return !ctx.anonymous && rolesOf(ctx).some((r) => ROLE_RIGHTS[r].manage);
}

/** Ingest, uploads, indicator sets: UNAUTHENTICATED for anonymous callers, FORBIDDEN for viewers. */
export function requireWrite(ctx: RequestContext): void {
  requireAccount(ctx, 'submit or change data');
  if (!canWrite(ctx))
    throw new ForbiddenError(
      `The role ${ctx.roles.join(', ') || '(none)'} may read but not submit or change data; ask an administrator for an analyst or partner account.`,
    );
}

/** May this caller keep analyst work (SPEC §6: watchlists, briefings, cluster names)? */
export function canAnalyse(ctx: RequestContext): boolean {
  return !ctx.anonymous && rolesOf(ctx).some((r) => ROLE_RIGHTS[r].analyse);
}

/** Watchlists, briefings, renaming clusters: UNAUTHENTICATED for anonymous callers, FORBIDDEN below analyst. */
export function requireAnalyst(ctx: RequestContext, what: string): void {
  requireAccount(ctx, what);
  if (!canAnalyse(ctx))
    throw new ForbiddenError(
      `The role ${ctx.roles.join(', ') || '(none)'} may not ${what}; analysts and administrators may.`,
    );
}

/** Organisations, accounts, invitations: UNAUTHENTICATED for anonymous callers, FORBIDDEN for non-admins. */
export function requireAdmin(ctx: RequestContext): void {
  requireAccount(ctx, 'manage accounts');
  if (!isAdmin(ctx))
    throw new ForbiddenError('Only administrators may manage organisations and accounts.');
}
