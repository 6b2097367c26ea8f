// A compound's status history from dated statements of several sources, and its status at a date.
import { describe, expect, it } from 'vitest';
import {
  corroborated,
  parseStatus,
  statusAt,
  statusHistory,
  statusStatements,
} from '../../../server/modules/estimates/compound-status.js';
import { compoundEstimates } from '../../../server/modules/estimates/compound-estimates.js';
import type { Assertion } from '../../../server/modules/estimates/estimates-types.js';

const asserted: Assertion[] = [
  {
    source: 'source:c',
    status: 'raided',
    statusDate: '2024-05-02',
    firstSeen: '2024-06-01T00:00:00Z',
  },
  { source: 'source:a', status: 'active', firstSeen: '2022-03-01T00:00:00Z' },
  {
    source: 'source:b',
    status: 'Operational',
    statusDate: '2023-01-10',
    firstSeen: '2023-02-01T00:00:00Z',
  },
  { source: 'source:d', status: 'closed', statusDate: '2025-01-01T00:00:00Z' },
  { source: 'source:e', name: 'no status here', firstSeen: '2021-01-01T00:00:00Z' },
  { source: 'source:f', status: 'unknown-word', statusDate: '2024-01-01' },
];

describe('compound status over time', () => {
  const statements = statusStatements(asserted);

  it('dates each statement by statusDate, else firstSeen, oldest first, ignoring unknown words', () => {
    expect(statements.map((s) => [s.status, s.since, s.sourceId])).toEqual([
      ['active', '2022-03-01T00:00:00Z', 'source:a'],
      ['active', '2023-01-10', 'source:b'],
      ['raided', '2024-05-02', 'source:c'],
      ['closed', '2025-01-01T00:00:00Z', 'source:d'],
    ]);
    expect(parseStatus('shut down')).toBe('closed');
  });

  it('shows the history without repeats and answers the status at any date', () => {
    const history = statusHistory(statements);
    expect(history.map((h) => h.status)).toEqual(['active', 'raided', 'closed']);
    expect(statusAt(history, '2022-02-28T00:00:00Z')).toBeNull();
    expect(statusAt(history, '2022-03-01T00:00:00Z')).toBe('active');
    expect(statusAt(history, '2024-05-01T23:59:59Z')).toBe('active');
    expect(statusAt(history, '2024-05-02T00:00:00Z')).toBe('raided');
    expect(statusAt(history, '2026-01-01T00:00:00Z')).toBe('closed');
  });

  it('calls a status corroborated when two sources state it or one rated A–C does', () => {
    const rel = new Map<string, string | null>([
      ['source:a', 'F'],
      ['source:b', 'E'],
      ['source:c', 'D'],
      ['source:d', 'B'],
    ]);
    expect(corroborated(statements, '2023-06-01T00:00:00Z', rel)).toBe(true); // a + b
    expect(corroborated(statements, '2022-06-01T00:00:00Z', rel)).toBe(false); // a alone, F
    expect(corroborated(statements, '2024-06-01T00:00:00Z', rel)).toBe(false); // c alone, D
    expect(corroborated(statements, '2025-06-01T00:00:00Z', rel)).toBe(true); // d, B
  });

  it('counts compounds by status at a date with their ranges and countries', () => {
    const rel = new Map<string, string | null>([
      ['source:a', 'F'],
      ['source:b', 'B'],
    ]);
    const at = (status: string, since: string, sourceId: string) => ({
      status: status as 'active',
      since,
      sourceId,
    });
    const e = compoundEstimates(
      [
        {
          id: 'compound:x',
          country: 'MM',
          sources: ['source:a'],
          statements: [at('active', '2022-01-01', 'source:a')],
        },
        {
          id: 'compound:y',
          country: 'MM',
          sources: ['source:b'],
          statements: [
            at('active', '2022-01-01', 'source:b'),
            at('raided', '2024-01-01', 'source:b'),
          ],
        },
        { id: 'compound:z', country: 'KH', sources: ['source:a'], statements: [] },
      ],
      '2023-06-30T23:59:59Z',
      rel,
    );
    expect(e.total).toEqual({ low: 1, value: 3, high: 3 });
    expect(e.byStatus.active).toEqual({ low: 1, value: 2, high: 3 });
    expect(e.byStatus.raided).toEqual({ low: 0, value: 0, high: 1 });
    expect(e.unknown).toBe(1);
    expect(e.byCountry).toEqual([
      {
        country: 'MM',
        active: 2,
        raided: 0,
        relocated: 0,
        closed: 0,
        total: 2,
        entityIds: ['compound:x', 'compound:y'],
      },
      {
        country: 'KH',
        active: 0,
        raided: 0,
        relocated: 0,
        closed: 0,
        total: 1,
        entityIds: ['compound:z'],
      },
    ]);
  });
});
