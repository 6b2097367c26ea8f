// Deep links: entity, cluster, path and map views round-trip through the URL.
import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, type UrlState } from '../../../web/src/hooks/url-state.js';

describe('URL state', () => {
  const cases: UrlState[] = [
    { view: 'home' },
    { view: 'map' },
    { view: 'entity', id: 'domain:pay-fast.example' },
    { view: 'cluster', id: 'wallet:tron:TXYZ' },
    { view: 'path', from: 'url:https://a.example/x?y=1,2&z', to: 'phone:+447700900123' },
    { view: 'cluster', id: 'cl-7k2m9q4xbd' },
    { view: 'dashboard', filter: {} },
    {
      view: 'dashboard',
      filter: { from: '2024-01', to: '2024-06', country: 'KH', minReliability: 'B' },
      drill: 'series:victimsByMonth:2024-03',
    },
  ];
  it.each(cases)('round-trips %o', (state) => {
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });
  it('ignores a half path', () => {
    expect(parseUrlState('?path=domain:a.example')).toEqual({ view: 'home' });
  });
  it('keeps only well-formed dashboard filters from a hand-edited link', () => {
    expect(
      parseUrlState('?view=dashboard&from=2024-13&to=2024-06&country=kh&minReliability=Z&x=1'),
    ).toEqual({ view: 'dashboard', filter: { to: '2024-06', country: 'KH' } });
  });
});
