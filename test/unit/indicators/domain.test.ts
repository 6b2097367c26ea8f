// Domain normalization: defanged, IDN, trailing dots, IP literals and label rules.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

describe('normalize(domain)', () => {
  it.each([
    ['example.com', 'example.com', 'example.com'],
    ['Example.COM', 'example.com', 'example.com'],
    ['example[.]com', 'example.com', 'example.com'],
    ['  www.example.com.  ', 'www.example.com', 'example.com'],
    ['login.secure.example.co.uk', 'login.secure.example.co.uk', 'example.co.uk'],
    // blogspot.com is in the public suffix list's private section: each blog is its own owner.
    ['foo.blogspot.com', 'foo.blogspot.com', 'foo.blogspot.com'],
    ['kk-invest.example', 'kk-invest.example', 'kk-invest.example'],
    ['a.b.trade-now.test', 'a.b.trade-now.test', 'trade-now.test'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['bücher.de', 'xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['例え.jp', 'xn--r8jz45g.jp', 'xn--r8jz45g.jp'],
    ['ＥＸＡＭＰＬＥ．com', 'example.com', 'example.com'],
  ])('%s → %s (registrable %s)', (input, key, registrable) => {
    const d = accepted(normalize(input, 'domain'));
    expect(d.kind).toBe('domain');
    expect(d.key).toBe(key);
    expect(d.facts.registrable).toBe(registrable);
  });

  it('keeps the Unicode form for display and facts', () => {
    const d = accepted(normalize('bücher.de', 'domain'));
    expect(d.display).toBe('bücher.de');
    expect(d.facts.unicode).toBe('bücher.de');
    expect(d.facts.tld).toBe('de');
    const ascii = accepted(normalize('example.com', 'domain'));
    expect(ascii.facts.unicode).toBeUndefined();
  });

  it.each([
    ['192.0.2.1', 'IP_LITERAL'],
    ['[2001:db8::1]', 'IP_LITERAL'],
    ['2001:db8::1', 'IP_LITERAL'],
    ['localhost', 'INVALID_DOMAIN'],
    ['-bad.com', 'INVALID_DOMAIN'],
    ['bad-.com', 'INVALID_DOMAIN'],
    ['a..b.com', 'INVALID_DOMAIN'],
    ['under_score.com', 'INVALID_DOMAIN'],
    ['a'.repeat(64) + '.com', 'INVALID_DOMAIN'],
    [`${'abcdefghi.'.repeat(26)}com`, 'INVALID_DOMAIN'],
    ['xn--zz.com', 'INVALID_DOMAIN'],
    ['1.2.3', 'INVALID_DOMAIN'],
    ['exa mple.com', 'INVALID_DOMAIN'],
    ['*.example.com', 'INVALID_DOMAIN'],
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
  ])('rejects %s with %s', (input, reason) => {
    expect(rejected(normalize(input, 'domain'))).toBe(reason);
  });

  it('accepts a 63-character label and a 253-character name', () => {
    accepted(normalize(`${'a'.repeat(63)}.com`, 'domain'));
    const name = `${'abcdefghi.'.repeat(24)}example.com`;
    expect(name.length).toBeLessThanOrEqual(253);
    accepted(normalize(name, 'domain'));
  });
});
