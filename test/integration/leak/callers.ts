// The leak test's callers: for every organisation an admin, analyst, partner and viewer (RED accounts), the
// partner's token lowered to GREEN and the analyst's to AMBER; and anonymous callers of a private and of a
// public instance.
import type { Executor } from '../../../server/db/executor.js';
import { createAccount, createOrg } from '../../../server/modules/accounts/accounts-service.js';
import { createToken } from '../../../server/modules/auth/token-service.js';
import type { Tlp } from '../../../server/model.js';
import type { Caller } from './oracle.js';
import { ORGS, ROLES, accountOf, type OrgKey, type RoleName } from './world.js';

const LOWERED: { role: RoleName; clearance: Tlp }[] = [
  { role: 'partner', clearance: 'GREEN' },
  { role: 'analyst', clearance: 'AMBER' },
];

/** Creates the organisations, accounts and tokens (again after each wipe) and returns every caller. */
export async function createCallers(executor: Executor): Promise<Caller[]> {
  const callers: Caller[] = [];
  for (const org of ORGS) {
    await createOrg(executor, org, { existing: 'reuse' });
    for (const role of ROLES) {
      const account = accountOf(org, role);
      await createAccount(
        executor,
        { name: account, org, role, clearance: 'RED' },
        { existing: 'reuse' },
      );
      const { token } = await createToken(executor, { account, label: 'leak test' });
      callers.push(caller(org, role, 'RED', token));
    }
    for (const { role, clearance } of LOWERED) {
      const account = accountOf(org, role);
      const { token } = await createToken(executor, { account, clearance, label: 'leak test' });
      callers.push(caller(org, role, clearance, token));
    }
  }
  callers.push(anonymous('private'), anonymous('public'));
  return callers;
}

function caller(org: OrgKey, role: RoleName, clearance: Tlp, token: string): Caller {
  return {
    name: `${org} ${role}${clearance === 'RED' ? '' : `@${clearance}`}`,
    org,
    account: accountOf(org, role),
    role,
    clearance,
    anonymous: false,
    server: 'private',
    token,
  };
}

function anonymous(server: 'private' | 'public'): Caller {
  return {
    name: `anonymous (${server} instance)`,
    org: null,
    account: null,
    role: null,
    clearance: 'CLEAR',
    anonymous: true,
    server,
  };
}
