// detect(): the kind of a pasted value, in the right order; parseKind(): type names to kinds.
import { describe, expect, it } from 'vitest';
import { detect, MAX_VALUE_LENGTH, parseKind } from '../../../server/indicators/index.js';
import type { IndicatorKind, NormalizeOptions } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

describe('detect', () => {
  it.each<[string, NormalizeOptions | undefined, IndicatorKind, string]>([
    ['example[.]com', undefined, 'domain', 'example.com'],
    ['www.Example.com.', undefined, 'domain', 'www.example.com'],
    ['bücher.de', undefined, 'domain', 'xn--bcher-kva.de'],
    // Reverse-DNS order (starts with com.): an app id, not a host (issue #11 point 6).
    ['com.example.app', undefined, 'app', 'com.example.app'],
    ['com.fake_trade.app', undefined, 'app', 'com.fake_trade.app'],
    ['hxxps://evil[.]com/path?utm_source=x#frag', undefined, 'url', 'https://evil.com/path'],
    ['https://t.me/joinchat/AAAAAEHbbbb', undefined, 'url', 'https://t.me/joinchat/AAAAAEHbbbb'],
    ['t.me/scam_support', undefined, 'account', 'telegram:scam_support'],
    ['https://line.me/ti/p/~agent.mai', undefined, 'account', 'line:agent.mai'],
    ['telegram:scam_support', undefined, 'account', 'telegram:scam_support'],
    ['@scam_support', { platform: 'telegram' }, 'account', 'telegram:scam_support'],
    ['wa.me/85512345678', undefined, 'phone', '+85512345678'],
    ['https://api.whatsapp.com/send?phone=66812345678', undefined, 'phone', '+66812345678'],
    ['tel:+639171234567', undefined, 'phone', '+639171234567'],
    ['+66 81 234 5678', undefined, 'phone', '+66812345678'],
    ['081-234-5678', { defaultRegion: 'TH' }, 'phone', '+66812345678'],
    [
      'https://play.google.com/store/apps/details?id=com.fake.trade',
      undefined,
      'app',
      'com.fake.trade',
    ],
    ['https://apps.apple.com/us/app/fake/id1234567890', undefined, 'app', 'ios:1234567890'],
    ['ios:1234567890', undefined, 'app', 'ios:1234567890'],
    [
      'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      undefined,
      'wallet',
      'tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
    ],
    [
      '0xdAC17F958D2ee523a2206206994597C13D831ec7',
      undefined,
      'wallet',
      'eth:0xdAC17F958D2ee523a2206206994597C13D831ec7',
    ],
    [
      'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      undefined,
      'wallet',
      'btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
    ],
    [
      '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
      undefined,
      'wallet',
      'btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    ],
    [
      'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh',
      undefined,
      'wallet',
      'xrp:rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh',
    ],
    [
      'So11111111111111111111111111111111111111112',
      undefined,
      'wallet',
      'sol:So11111111111111111111111111111111111111112',
    ],
    [
      'bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?amount=1',
      undefined,
      'wallet',
      'btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    ],
    ['support[@]evil[.]com', undefined, 'email', 'support@evil.com'],
    ['mailto:support@evil.com', undefined, 'email', 'support@evil.com'],
    ['203.0.113[.]7', undefined, 'ip', '203.0.113.7'],
    ['2001:db8::1', undefined, 'ip', '2001:db8::1'],
  ])('%s → %s', (input, opts, kind, key) => {
    const found = accepted(detect(input, opts));
    expect(found.kind).toBe(kind);
    expect(found.key).toBe(key);
  });

  it.each<[string, NormalizeOptions | undefined, string]>([
    ['hello world', undefined, 'UNKNOWN_KIND'],
    ['???', undefined, 'UNKNOWN_KIND'],
    ['', undefined, 'EMPTY'],
    [' \t\n ', undefined, 'EMPTY'],
    ['081 234 5678', undefined, 'MISSING_REGION'],
    ['@scam_support', undefined, 'MISSING_PLATFORM'],
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', undefined, 'BAD_CHECKSUM'],
    ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u', undefined, 'BAD_CHECKSUM'],
    ['+1 234', undefined, 'INVALID_PHONE'],
  ])('rejects %s with %s', (input, opts, reason) => {
    expect(rejected(detect(input, opts))).toBe(reason);
  });

  it('rejects values over the length limit', () => {
    expect(rejected(detect('a'.repeat(MAX_VALUE_LENGTH + 1)))).toBe('TOO_LONG');
  });

  it('names the kind it recognised when the value of that kind is bad', () => {
    const r = detect('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.kind).toBe('wallet');
  });
});

describe('parseKind', () => {
  it.each<[string, IndicatorKind]>([
    ['domain', 'domain'],
    ['hostname', 'domain'],
    ['FQDN', 'domain'],
    ['domain-name', 'domain'],
    ['url', 'url'],
    ['link', 'url'],
    ['URI', 'url'],
    ['phone', 'phone'],
    ['phone-number', 'phone'],
    ['Phone Number', 'phone'],
    ['tel', 'phone'],
    ['msisdn', 'phone'],
    ['btc', 'wallet'],
    ['xmr', 'wallet'],
    ['wallet', 'wallet'],
    ['cryptocurrency-wallet', 'wallet'],
    ['coin-address', 'wallet'],
    ['email', 'email'],
    ['email-addr', 'email'],
    ['email-src', 'email'],
    ['email-dst', 'email'],
    ['ip', 'ip'],
    ['ip-src', 'ip'],
    ['ip-dst', 'ip'],
    ['ipv4-addr', 'ip'],
    ['ipv6-addr', 'ip'],
    ['app', 'app'],
    ['mobile-application-id', 'app'],
    ['android-app', 'app'],
    ['software', 'app'],
    ['telegram', 'account'],
    ['account', 'account'],
    ['user-account', 'account'],
    ['user_account', 'account'],
    ['compound', 'compound'],
  ])('%s → %s', (name, kind) => {
    expect(parseKind(name)).toBe(kind);
  });

  it.each(['', 'sha256', 'vulnerability', 'threat-actor'])('does not know %s', (name) => {
    expect(parseKind(name)).toBeUndefined();
  });
});
