// The sharing table of SPEC §6 as keys: every TLP, sharing and clearance combination against the table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../../server/context.js';
import { TLP_LEVELS, type Tlp } from '../../../server/model.js';
import {
  assertionKeys,
  callerKeys,
  canSee,
  shownTlp,
  type AssertionScope,
} from '../../../server/modules/access/visibility.js';

const ORGS = ['host', 'telco', 'bank', 'ngo'];
const caller = (org: string, clearance: Tlp, name = `${org}-analyst`): RequestContext => ({
  caller: `user:${name}`,
  organisation: org,
  clearance,
  roles: ['analyst'],
});
const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);

/** SPEC §6's table, written as plainly as it reads. */
function tableSays(a: AssertionScope, c: RequestContext): boolean {
  if (c.anonymous) return a.tlp === 'CLEAR';
  if (rank(a.tlp) > rank(c.clearance)) return false;
  switch (a.tlp) {
    case 'CLEAR':
    case 'GREEN':
      return true;
    case 'AMBER':
      return (
        a.org === c.organisation ||
        (a.sharedWith ?? []).includes('community') ||
        (a.sharedWith ?? []).includes(c.organisation)
      );
    case 'AMBER_STRICT':
      return a.org === c.organisation;
    case 'RED':
      return (
        a.org === c.organisation ||
        (a.recipients ?? []).includes(c.organisation) ||
        (a.recipients ?? []).includes(c.caller)
      );
  }
}

const org = fc.constantFrom(...ORGS);
const tlp = fc.constantFrom(...TLP_LEVELS);
const assertion = fc.record({
  tlp,
  org,
  sharedWith: fc.uniqueArray(fc.constantFrom(...ORGS, 'community'), { maxLength: 3 }),
  recipients: fc.uniqueArray(
    fc.constantFrom(...ORGS, 'user:host-analyst', 'user:bank-analyst', 'user:ngo-lead'),
    { maxLength: 3 },
  ),
});
const callers = fc.record({
  org,
  clearance: tlp,
  name: fc.constantFrom('host-analyst', 'bank-analyst', 'ngo-lead', 'telco-feed'),
  anonymous: fc.boolean(),
});

describe('visibility keys', () => {
  it('agree with the sharing table for every assertion and caller', () => {
    fc.assert(
      fc.property(assertion, callers, (a, c) => {
        const ctx = { ...caller(c.org, c.clearance, c.name), anonymous: c.anonymous };
        expect(canSee(callerKeys(ctx), assertionKeys(a))).toBe(tableSays(a, ctx));
      }),
      { numRuns: 5000 },
    );
  });

  it('a token capped at GREEN sees nothing above GREEN, even its own organisation’s AMBER', () => {
    const own: AssertionScope = { tlp: 'AMBER', org: 'bank' };
    expect(canSee(callerKeys(caller('bank', 'AMBER')), assertionKeys(own))).toBe(true);
    expect(canSee(callerKeys(caller('bank', 'GREEN')), assertionKeys(own))).toBe(false);
  });

  it('shows the least restrictive visible TLP, and nothing when no assertion is visible', () => {
    expect(shownTlp(['RED', 'GREEN', 'AMBER'])).toBe('GREEN');
    expect(shownTlp([])).toBeUndefined();
    expect(canSee(['green'], null)).toBe(false);
  });
});
