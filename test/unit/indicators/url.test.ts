// URL canonicalization: defanged schemes, tracking params, default ports, IDN hosts, implied domains.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

describe('normalize(url)', () => {
  it.each([
    ['hxxps://evil[.]com/path?utm_source=x#frag', 'https://evil.com/path'],
    ['HTTPS://Evil.COM:443/Path', 'https://evil.com/Path'],
    ['http://evil.com:80/', 'http://evil.com/'],
    ['http://evil.com:8080/x', 'http://evil.com:8080/x'],
    ['https://evil.com', 'https://evil.com/'],
    ['https://evil.com./a/../b/./c', 'https://evil.com/b/c'],
    ['https://evil.com/?', 'https://evil.com/'],
    [
      'https://evil.com/r?ref=AGENT7&utm_medium=sms&fbclid=abc&b=2&a=1',
      'https://evil.com/r?ref=AGENT7&b=2&a=1',
    ],
    [
      'https://evil.com/?gclid=1&yclid=2&mc_cid=3&mc_eid=4&igshid=5&_ga=6&ref_src=7',
      'https://evil.com/',
    ],
    ['https://evil.com/invite?code=X1y2&UTM_Campaign=z', 'https://evil.com/invite?code=X1y2'],
    ['https://bücher.de/kaufen', 'https://xn--bcher-kva.de/kaufen'],
    ['hxxps[:]//trade-app[.]example/login', 'https://trade-app.example/login'],
    ['https://evil.com/a b', 'https://evil.com/a%20b'],
  ])('%s → %s', (input, key) => {
    expect(accepted(normalize(input, 'url')).key).toBe(key);
  });

  it('implies its domain via ON_DOMAIN', () => {
    const url = accepted(normalize('https://Login.Evil.com/x', 'url'));
    expect(url.implied).toHaveLength(1);
    expect(url.implied?.[0]?.rel).toBe('ON_DOMAIN');
    expect(url.implied?.[0]?.indicator.key).toBe('login.evil.com');
    expect(url.implied?.[0]?.indicator.facts.registrable).toBe('evil.com');
    expect(url.facts.domain).toBe('login.evil.com');
  });

  it('shows IDN hosts in Unicode for display', () => {
    expect(accepted(normalize('https://bücher.de/x', 'url')).display).toBe('https://bücher.de/x');
  });

  it('implies no domain for an IP host and records the host', () => {
    const v4 = accepted(normalize('http://203.0.113.9:8080/admin', 'url'));
    expect(v4.implied).toBeUndefined();
    expect(v4.facts.host).toBe('203.0.113.9');
    const v6 = accepted(normalize('http://[2001:DB8::1]/x', 'url'));
    expect(v6.key).toBe('http://[2001:db8::1]/x');
    expect(v6.facts.host).toBe('2001:db8::1');
  });

  it.each([
    ['evil.com', 'INVALID_URL'],
    ['ftp://evil.com/file', 'INVALID_URL'],
    ['javascript:alert(1)', 'INVALID_URL'],
    ['https://', 'INVALID_URL'],
    ['https://bad_host.com/', 'INVALID_URL'],
    ['https://exa mple.com/', 'INVALID_URL'],
    ['', 'EMPTY'],
  ])('rejects %s with %s', (input, reason) => {
    expect(rejected(normalize(input, 'url'))).toBe(reason);
  });
});
