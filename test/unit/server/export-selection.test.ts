// An ad-hoc filter on top of a saved set only narrows it; maxTlp lowers the caller's keys like a clearance.
import { describe, expect, it } from 'vitest';
import { cappedContext, narrowFilter } from '../../../server/modules/exports/selection.js';
import { visibilityParams } from '../../../server/modules/access/visibility.js';

describe('narrowFilter', () => {
  it('keeps every condition of both: the stricter of each', () => {
    expect(
      narrowFilter(
        {
          kinds: ['Domain', 'Wallet'],
          minConfidence: 60,
          maxTlp: 'GREEN',
          seenSince: '2025-01-01T00:00:00Z',
        },
        {
          kinds: ['Wallet', 'Phone'],
          minConfidence: 20,
          maxTlp: 'RED',
          seenSince: '2024-01-01T00:00:00Z',
        },
      ),
    ).toEqual({
      filter: {
        kinds: ['Wallet'],
        minConfidence: 60,
        maxTlp: 'GREEN',
        seenSince: '2025-01-01T00:00:00Z',
      },
      never: false,
    });
  });

  it('selects nothing when both cannot hold', () => {
    expect(narrowFilter({ country: 'KH' }, { country: 'TH' }).never).toBe(true);
    expect(narrowFilter({ source: 'source:a' }, { source: 'source:b' }).never).toBe(true);
    expect(narrowFilter({ kinds: ['Domain'] }, { kinds: ['Wallet'] }).never).toBe(true);
    expect(narrowFilter({ country: 'KH' }, { country: 'KH' }).never).toBe(false);
  });
});

describe('cappedContext', () => {
  it('gives a RED caller exporting at maxTlp GREEN only the GREEN keys', () => {
    const ctx = {
      caller: 'user:x',
      organisation: 'org-x',
      clearance: 'RED' as const,
      roles: ['analyst'],
    };
    expect(visibilityParams(cappedContext(ctx, { maxTlp: 'GREEN' })).vis).toEqual([
      'clear',
      'green',
    ]);
    expect(cappedContext({ ...ctx, clearance: 'CLEAR' }, { maxTlp: 'AMBER' }).clearance).toBe(
      'CLEAR',
    );
  });
});
