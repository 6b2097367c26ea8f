// The generator's building blocks: seeded randomness, unique tags, address encodings, IPv6 text, fiction pools.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docIpv6, fictionPhones, formatIpv6 } from '../../../seeds/fiction-ranges.js';
import { Rng, hexTag, scramble24 } from '../../../seeds/prng.js';
import { addressFor, eip55 } from '../../../seeds/wallet-address.js';
import { iso } from '../../../seeds/time.js';

describe('seed primitives', () => {
  it('Rng repeats its sequence for a seed and differs across seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seqA = Array.from({ length: 50 }, () => a.u32());
    expect(Array.from({ length: 50 }, () => b.u32())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.u32())).not.toEqual(seqA);
  });

  it('Rng.int stays within bounds and sample returns distinct items', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, lo, span) => {
          const rng = new Rng(seed);
          const v = rng.int(lo, lo + span);
          const picked = rng.sample([1, 2, 3, 4, 5, 6], 4);
          return v >= lo && v <= lo + span && new Set(picked).size === 4;
        },
      ),
    );
  });

  it('scramble24 is a bijection, so tags never repeat', () => {
    const seen = new Set<number>();
    for (let n = 0; n < 1 << 17; n++) seen.add(scramble24(n, 0xabcdef));
    expect(seen.size).toBe(1 << 17);
    expect(hexTag(0, 1)).toMatch(/^[0-9a-f]{6}$/);
    expect(() => hexTag(1 << 24, 1)).toThrow(RangeError);
  });

  it('EIP-55 matches the test vectors of the EIP', () => {
    for (const v of [
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ]) {
      expect(eip55(v.slice(2))).toBe(v);
    }
  });

  it('encodes TRON and BTC payloads with their version prefixes', () => {
    const zeros = new Uint8Array(20);
    expect(addressFor('tron', zeros)).toBe('T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb');
    expect(addressFor('btc', zeros)).toBe('1111111111111111111114oLvT2');
    expect(() => addressFor('eth', new Uint8Array(19))).toThrow(RangeError);
  });

  it('writes IPv6 in RFC 5952 canonical form', () => {
    expect(formatIpv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1])).toBe('2001:db8::1');
    expect(formatIpv6([0x2001, 0xdb8, 0, 1, 0, 0, 0, 1])).toBe('2001:db8:0:1::1');
    expect(formatIpv6([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1])).toBe('2001:db8::1:0:0:1');
    expect(formatIpv6([0x2001, 0xdb8, 1, 2, 3, 4, 5, 6])).toBe('2001:db8:1:2:3:4:5:6');
    expect(docIpv6(0x00ab_cdef, 7)).toBe('2001:db8:ab:cdef::7');
  });

  it('has a few thousand fiction phone numbers, all distinct', () => {
    const pool = fictionPhones();
    expect(pool.length).toBe(4_000);
    expect(new Set(pool.map((p) => p.e164)).size).toBe(pool.length);
  });

  it('formats instants as ISO-8601 UTC without milliseconds', () => {
    expect(iso(Date.UTC(2024, 1, 29, 13, 5, 9) / 1000)).toBe('2024-02-29T13:05:09Z');
  });
});
