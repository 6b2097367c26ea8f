// Takedown packs: each indicator goes to the parties that can act on it.
import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../../server/formats/takedown/takedown-parties.js';
import type { ExportNode } from '../../../server/modules/exports/exports-types.js';

const base: Pick<
  ExportNode,
  'display' | 'tlp' | 'confidence' | 'firstSeen' | 'lastSeen' | 'sources'
> = { display: '', tlp: 'GREEN', confidence: 50, firstSeen: null, lastSeen: null, sources: [] };

describe('partiesOf', () => {
  it('sends a domain to its registrar and hosting', () => {
    const parties = partiesOf({
      ...base,
      id: 'domain:a.test',
      label: 'Domain',
      value: 'a.test',
      props: { registrar: 'Example Names Ltd' },
      resolvesTo: ['192.0.2.1'],
    } as ExportNode);
    expect(parties.map((p) => p.file)).toEqual([
      'registrar/example-names-ltd.csv',
      'hosting/unknown-provider.csv',
    ]);
    expect(parties[1]!.details).toContain('192.0.2.1');
  });

  it('sends apps to their store, phones to their country and carrier, wallets to chain and token issuer', () => {
    expect(
      partiesOf({
        ...base,
        id: 'app:com.x',
        label: 'App',
        value: 'com.x',
        props: { store: 'google_play' },
      } as ExportNode)[0]!.file,
    ).toBe('app-store/google-play.csv');
    expect(
      partiesOf({
        ...base,
        id: 'phone:+1',
        label: 'Phone',
        value: '+1',
        props: { country: 'GB', carrier: 'Demo Tel' },
      } as ExportNode)[0]!.file,
    ).toBe('telco/gb-demo-tel.csv');
    const usdt = partiesOf({
      ...base,
      id: 'wallet:tron:T1',
      label: 'Wallet',
      value: 'tron:T1',
      props: { chain: 'tron', asset: 'USDT' },
    } as ExportNode)[0]!;
    expect(usdt.file).toBe('wallets/tron-tether.csv');
    expect(
      partiesOf({
        ...base,
        id: 'wallet:btc:b1',
        label: 'Wallet',
        value: 'btc:b1',
        props: { chain: 'btc', asset: 'BTC' },
      } as ExportNode)[0]!.file,
    ).toBe('wallets/btc.csv');
    expect(
      partiesOf({
        ...base,
        id: 'compound:x',
        label: 'Compound',
        value: 'x',
        props: {},
      } as ExportNode),
    ).toEqual([]);
  });
});
