// The dashboard's pure parts: a compound's status at a month, the slider's months, and drill keys.
import { describe, expect, it } from 'vitest';
import type { CompoundTimeline, Estimates, Series } from '../../../web/src/api/analytics.js';
import { estimateFilter, lastDayOf } from '../../../web/src/api/analytics.js';
import {
  NO_STATUS,
  drillOf,
  latestStatus,
  monthRange,
  monthsSpanned,
  statusAt,
} from '../../../web/src/components/dashboard/timeline.js';

const compound = (id: string, country: string, history: [string, string][]): CompoundTimeline => ({
  id,
  name: id,
  country,
  lat: 10,
  lon: 100,
  history: history.map(([status, since]) => ({ status, since, sourceId: null })),
});

const a = compound('compound:a', 'KH', [
  ['active', '2023-02-10'],
  ['raided', '2024-03-31'],
  ['relocated', '2024-05-01T00:00:00Z'],
]);
const b = compound('compound:b', 'MM', [['active', '2024-01-15']]);

const series = (key: string, points: [string, number, string[]][]): Series => ({
  key,
  label: key,
  unit: 'victims',
  method: '',
  points: points.map(([period, value, entityIds]) => ({
    period,
    value,
    low: value,
    high: value,
    entityIds,
  })),
});

const est: Estimates = {
  generatedAt: '2026-01-01T00:00:00Z',
  tlp: 'AMBER',
  figures: [
    {
      key: 'victims',
      label: 'Victims',
      unit: 'victims',
      value: 2,
      low: 2,
      high: 3,
      method: '',
      rangeMethod: '',
      sources: [],
      counted: 3,
      excluded: [],
      entityIds: ['victim:1', 'victim:2'],
    },
  ],
  compoundsByCountry: [
    {
      country: 'KH',
      active: 0,
      raided: 0,
      relocated: 1,
      closed: 0,
      total: 1,
      entityIds: ['compound:a'],
    },
  ],
  compounds: [a, b],
  victimsByMonth: series('victims.byMonth', [['2024-03', 2, ['victim:1', 'victim:2']]]),
  lossesByMonth: series('losses.byMonth', []),
  inflowsByMonth: series('inflows.byMonth', []),
  inflowsByCluster: [],
  sources: [],
};

describe('compound status over time', () => {
  it('is the latest change on or before the end of the month', () => {
    expect(statusAt(a, '2023-01')).toBe(NO_STATUS);
    expect(statusAt(a, '2023-02')).toBe('active');
    expect(statusAt(a, '2024-02')).toBe('active');
    expect(statusAt(a, '2024-03')).toBe('raided'); // the 31st is inside March
    expect(statusAt(a, '2024-05')).toBe('relocated');
    expect(latestStatus(a)).toBe('relocated');
  });
  it('spans every month from the first change to the last', () => {
    expect(monthsSpanned([a, b])).toEqual(monthRange('2023-02', '2024-05'));
    expect(monthsSpanned([a, b])).toHaveLength(16);
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsSpanned([])).toEqual([]);
  });
  it('asks the API for whole months', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(estimateFilter({ from: '2024-01', to: '2024-02', country: 'KH' })).toEqual({
      from: '2024-01-01',
      to: '2024-02-29',
      country: 'KH',
    });
  });
});

describe('drill keys', () => {
  it('find the entities behind a figure, a month, a country and a status', () => {
    expect(drillOf(est, 'figure:victims')?.ids).toEqual(['victim:1', 'victim:2']);
    expect(drillOf(est, 'series:victimsByMonth:2024-03')?.ids).toEqual(['victim:1', 'victim:2']);
    expect(drillOf(est, 'country:KH')?.ids).toEqual(['compound:a']);
    expect(drillOf(est, 'compounds:KH:relocated')?.ids).toEqual(['compound:a']);
    expect(drillOf(est, 'map:2024-02:active')?.ids).toEqual(['compound:a', 'compound:b']);
    expect(drillOf(est, 'map:2024-04:raided')?.ids).toEqual(['compound:a']);
  });
  it('answer null for what the estimates do not hold', () => {
    expect(drillOf(est, 'figure:nope')).toBeNull();
    expect(drillOf(est, 'series:generatedAt:2024-03')).toBeNull();
    expect(drillOf(est, 'series:victimsByMonth:1999-01')).toBeNull();
    expect(drillOf(est, 'bogus')).toBeNull();
  });
});
