// Every generated indicator is valid in form yet reserved for fiction: wallets, phones, domains, IPs, handles.
import { createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import ipaddr from 'ipaddr.js';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import type { NodeLabel, NodeRecord } from '../../../server/model.js';
import { keyOf, runDemo } from './demo-run.js';

const demo = runDemo();
const of = (label: NodeLabel): NodeRecord[] => demo.nodes.filter((n) => n.label === label);
const base58check = createBase58check(sha256);
const RESERVED_HOST = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+(example|test|invalid)$/;

/** EIP-55 computed independently of the generator. */
function checksummed(address: string): string {
  const lower = address.slice(2).toLowerCase();
  const hash = bytesToHex(keccak_256(new TextEncoder().encode(lower)));
  return (
    '0x' +
    [...lower].map((c, i) => (parseInt(hash[i] as string, 16) >= 8 ? c.toUpperCase() : c)).join('')
  );
}

describe('demo indicators', () => {
  it('wallets are valid addresses: TRON/BTC base58check, ETH EIP-55, mostly TRON and ETH', () => {
    const wallets = of('Wallet');
    const chains = new Map<string, number>();
    for (const w of wallets) {
      const [chain, address] = w.value.split(':') as [string, string];
      chains.set(chain, (chains.get(chain) ?? 0) + 1);
      expect(w.props.chain).toBe(chain);
      expect(w.props.address).toBe(address);
      if (chain === 'tron') {
        const bytes = base58check.decode(address); // throws on a bad checksum
        expect([bytes.length, bytes[0]]).toEqual([21, 0x41]);
        expect(w.props.asset).toBe('USDT-TRC20');
      } else if (chain === 'btc') {
        const bytes = base58check.decode(address);
        expect([bytes.length, bytes[0]]).toEqual([21, 0x00]);
        expect(w.props.asset).toBe('BTC');
      } else {
        expect(chain).toBe('eth');
        expect(address).toMatch(/^0x[0-9a-fA-F]{40}$/);
        expect(address).toBe(checksummed(address));
        expect(w.props.asset).toBe('USDT-ERC20');
      }
    }
    expect((chains.get('tron') ?? 0) + (chains.get('eth') ?? 0)).toBeGreaterThan(
      wallets.length * 0.8,
    );
    expect(chains.get('btc') ?? 0).toBeGreaterThan(0);
  });

  it('phones come only from the ranges reserved for fiction, with validity told truthfully', () => {
    const fiction = /^(\+447700900\d{3}|\+1\d{3}5550(1\d\d)|\+61491570\d{3})$/;
    for (const p of of('Phone')) {
      expect(p.value).toMatch(fiction);
      expect(p.props.valid).toBe(isValidPhoneNumber(p.value));
      expect(p.props.country).toBe(
        p.value.startsWith('+44') ? 'GB' : p.value.startsWith('+61') ? 'AU' : 'US',
      );
      expect(p.display.replace(/\s/g, '')).toBe(p.value);
    }
  });

  it('domains, URL hosts and mailboxes use only reserved TLDs', () => {
    for (const d of of('Domain')) {
      expect(d.value).toMatch(RESERVED_HOST);
      expect(d.props.registrable).toBe(d.value);
      expect(d.value.endsWith(`.${d.props.tld}`)).toBe(true);
    }
    for (const u of of('Url')) {
      const url = new URL(u.value);
      expect(url.href).toBe(u.value); // canonical already
      expect(url.protocol).toBe('https:');
      expect(url.hostname).toBe(u.props.domain);
      expect(url.hostname).toMatch(RESERVED_HOST);
    }
    for (const e of of('Email')) {
      expect(e.value).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+$/);
      expect(e.value.split('@')[1]).toMatch(RESERVED_HOST);
    }
  });

  it('IP addresses are canonical and only in the documentation ranges', () => {
    const ranges = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'].map((r) =>
      ipaddr.parseCIDR(r),
    );
    for (const ip of of('IpAddress')) {
      const parsed = ipaddr.parse(ip.value);
      const canonical =
        parsed.kind() === 'ipv6' ? (parsed as ipaddr.IPv6).toRFC5952String() : parsed.toString();
      expect(canonical).toBe(ip.value);
      expect(
        ranges.some(([net, bits]) => net.kind() === parsed.kind() && parsed.match(net, bits)),
      ).toBe(true);
    }
  });

  it('apps, accounts and compounds have the key forms of the data model', () => {
    for (const a of of('App')) {
      if (a.props.platform === 'android') expect(a.value).toMatch(/^com\.example\.[a-z][a-z0-9]*$/);
      else expect(a.value).toMatch(/^ios:\d{9,10}$/);
    }
    const platforms = new Set<string>();
    for (const a of of('Account')) {
      const [platform, handle] = a.value.split(':') as [string, string];
      platforms.add(platform);
      expect(handle).toBe(handle.toLowerCase());
      if (platform === 'telegram') expect(handle).toMatch(/^[a-z][a-z0-9_]{4,31}$/);
      else if (platform === 'whatsapp')
        expect(handle).toMatch(/^\+(447700900|1\d{3}55501|61491570)\d{2,3}$/);
      else expect(handle).toMatch(/^[a-z][a-z0-9._]{3,40}$/);
    }
    expect([...platforms].sort()).toEqual([
      'facebook',
      'instagram',
      'line',
      'telegram',
      'wechat',
      'whatsapp',
    ]);
    for (const c of of('Compound')) {
      expect(String(c.props.name)).toMatch(/\(fictitious\)$/);
      expect(c.value).toMatch(new RegExp(`-${String(c.props.country).toLowerCase()}$`));
      expect(['MM', 'KH', 'LA', 'PH']).toContain(c.props.country);
      expect(['active', 'raided', 'relocated', 'closed']).toContain(c.props.status);
      expect(Number(c.props.lat)).toBeGreaterThan(5);
      expect(Number(c.props.lon)).toBeGreaterThan(95);
    }
  });

  it('victim reports carry a loss consistent with its currency and link what reached them', () => {
    const involves = new Map<string, string[]>();
    for (const r of demo.rels) {
      if (r.type === 'INVOLVES') involves.set(r.from, [...(involves.get(r.from) ?? []), r.to]);
    }
    for (const v of of('VictimReport')) {
      expect(v.value).toMatch(/^vr-\d{7}$/);
      expect(Number(v.props.amountUsd)).toBeGreaterThan(0);
      expect(String(v.props.currency)).toMatch(/^[A-Z]{3}$/);
      const linked = (involves.get(v.id) ?? []).map((id) => id.split(':')[0]);
      expect(linked.some((p) => p === 'domain' || p === 'app')).toBe(true);
    }
    const paid = demo.rels.filter((r) => r.type === 'INVOLVES' && r.to.startsWith('wallet:'));
    expect(paid.length).toBeGreaterThan(of('VictimReport').length / 2);
  });

  it('reuses infrastructure: wallets and contacts serve several domains, domains rotate', () => {
    /** How many nodes of a kind are linked by `type` to more than one domain. */
    const shared = (type: string, prefix: string) => {
      const count = new Map<string, number>();
      for (const r of demo.rels) {
        if (r.type !== type) continue;
        const [mine, domain] = type === 'PAYS_TO' ? [r.to, r.from] : [r.from, r.to];
        if (mine.startsWith(prefix) && domain.startsWith('domain:'))
          count.set(mine, (count.get(mine) ?? 0) + 1);
      }
      return [...count.values()].filter((n) => n > 1).length;
    };
    expect(shared('PAYS_TO', 'wallet:')).toBeGreaterThan(300);
    expect(shared('CONTACT_FOR', 'phone:')).toBeGreaterThan(300);
    expect(shared('CONTACT_FOR', 'account:')).toBeGreaterThan(300);
    const rotations = demo.rels.filter((r) => r.type === 'ROTATED_TO');
    expect(rotations.every((r) => keyOf(r.from) !== keyOf(r.to))).toBe(true);
    const byId = new Map(demo.nodes.map((n) => [n.id, n]));
    for (const r of rotations) {
      expect(byId.get(r.from)!.firstSeen <= byId.get(r.to)!.firstSeen).toBe(true);
    }
  });
});
