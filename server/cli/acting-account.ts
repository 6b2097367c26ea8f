// Who a CLI command acts as (SPEC §6): `--as <account>` reads and writes as that account (its organisation,
// role and clearance, optionally lowered); by default the local admin of the host organisation.
import type { RequestContext } from '../context.js';
import type { Executor } from '../db/executor.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../errors.js';
import { TLP_LEVELS, type Tlp } from '../model.js';
import { getAccount, parseClearance } from '../modules/accounts/accounts-service.js';
import { FIRST_ADMIN, HOST_ORG_KEY } from '../modules/session/first-admin.js';

export interface ActingOptions {
  /** Account name (`--as`); default the host organisation's `admin`. */
  as?: string;
  /** A lower clearance to act with (`--clearance`), as a token may carry; never above the account's. */
  clearance?: string;
}

const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);

/**
 * The request context of the account a command acts as. An unknown or disabled `--as` account is refused;
 * without `--as`, a store that has no `admin` account yet (before the first `npm start`) acts as the host
 * organisation's administrator.
 */
export async function actingContext(
  executor: Executor,
  opts: ActingOptions = {},
): Promise<RequestContext> {
  let ctx: RequestContext;
  try {
    const account = await getAccount(executor, opts.as ?? FIRST_ADMIN);
    if (account.disabled) throw new ForbiddenError(`The account "${account.name}" is disabled.`);
    ctx = {
      caller: account.id,
      organisation: account.orgId.replace(/^member:/, ''),
      clearance: account.clearance,
      roles: [account.role],
    };
  } catch (error) {
    if (opts.as !== undefined || !(error instanceof NotFoundError)) throw error;
    ctx = {
      caller: `user:${FIRST_ADMIN}`,
      organisation: HOST_ORG_KEY,
      clearance: 'RED',
      roles: ['admin'],
    };
  }
  if (opts.clearance !== undefined) {
    const lower = parseClearance(opts.clearance);
    if (rank(lower) > rank(ctx.clearance))
      throw new BadInputError(
        `--clearance ${lower} is above the clearance of the account (${ctx.clearance}).`,
        { field: 'clearance', reason: 'ABOVE_ACCOUNT' },
      );
    ctx = { ...ctx, clearance: lower };
  }
  return ctx;
}
