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
  ];
  it.each(cases)('round-trips %o', (state) => {
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });
  it('ignores a half path', () => {
    expect(parseUrlState('?path=domain:a.example')).toEqual({ view: 'home' });
  });
});
