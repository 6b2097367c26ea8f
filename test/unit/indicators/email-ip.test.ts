// E-mail and IP normalization: refanged addresses, IDN domains, canonical IPv6, private ranges.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

describe('normalize(email)', () => {
  it.each([
    ['Support@Evil.COM', 'support@evil.com', 'evil.com'],
    ['support[@]evil[.]com', 'support@evil.com', 'evil.com'],
    ['support[at]evil[dot]com', 'support@evil.com', 'evil.com'],
    [
      'mailto:agent.7+vip@trade-now.example?subject=hi',
      'agent.7+vip@trade-now.example',
      'trade-now.example',
    ],
    ['<help@bücher.de>', 'help@xn--bcher-kva.de', 'xn--bcher-kva.de'],
    // With a literal @, bracketed forms in the local part are kept (they are legal there).
    ['{at}a.b{.}c@evil[.]com', '{at}a.b{.}c@evil.com', 'evil.com'],
    ['a/b@evil.com', 'a/b@evil.com', 'evil.com'],
  ])('%s → %s', (input, key, domain) => {
    const e = accepted(normalize(input, 'email'));
    expect(e.key).toBe(key);
    expect(e.facts.domain).toBe(domain);
  });

  it.each([
    'no-at-sign.com',
    '@evil.com',
    'user@',
    'us er@evil.com',
    '.user@evil.com',
    'user..name@evil.com',
    'user@evil',
    'user@[192.0.2.1]',
    'user@-bad.com',
    `${'a'.repeat(65)}@evil.com`,
  ])('rejects %s', (input) => {
    expect(rejected(normalize(input, 'email'))).toBe('INVALID_EMAIL');
  });
});

describe('normalize(ip)', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7', 4, true],
    ['8.8.8.8', '8.8.8.8', 4, false],
    ['1[.]1[.]1[.]1', '1.1.1.1', 4, false],
    ['010.001.002.003', '10.1.2.3', 4, true],
    ['192.168.1.10', '192.168.1.10', 4, true],
    ['100.64.0.1', '100.64.0.1', 4, true],
    ['127.0.0.1', '127.0.0.1', 4, true],
    ['2001:4860:4860:0000:0000:0000:0000:8888', '2001:4860:4860::8888', 6, false],
    ['2001:DB8::1', '2001:db8::1', 6, true],
    ['[2606:4700::1111]', '2606:4700::1111', 6, false],
    ['fe80::1', 'fe80::1', 6, true],
    ['::ffff:8.8.4.4', '8.8.4.4', 4, false],
  ])('%s → %s', (input, key, version, isPrivate) => {
    const ip = accepted(normalize(input, 'ip'));
    expect(ip.key).toBe(key);
    expect(ip.facts.version).toBe(version);
    expect(ip.facts.private).toBe(isPrivate);
  });

  it.each([
    '256.1.1.1',
    '1.2.3',
    '0x7f.0.0.1',
    '127.1',
    '10.0.0.0/8',
    'fe80::1%eth0',
    '2001:db8:::1',
    'example.com',
    '1.2.3.4.5',
  ])('rejects %s', (input) => {
    expect(rejected(normalize(input, 'ip'))).toBe('INVALID_IP');
  });
});
