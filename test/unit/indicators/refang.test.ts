// Refanging: defanged indicators come back usable, ordinary values are untouched.
import { describe, expect, it } from 'vitest';
import { isDefanged, refang } from '../../../server/indicators/index.js';

describe('refang', () => {
  it.each([
    ['example[.]com', 'example.com'],
    ['example(.)com', 'example.com'],
    ['example{.}com', 'example.com'],
    ['example[dot]com', 'example.com'],
    ['example [.] com', 'example.com'],
    ['sub[.]example[.]co[.]uk', 'sub.example.co.uk'],
    ['hxxp://evil.com', 'http://evil.com'],
    ['hXXps://evil.com', 'https://evil.com'],
    ['HXXPS://evil.com', 'httpS://evil.com'],
    ['hxxps[:]//evil[.]com/a', 'https://evil.com/a'],
    ['http[://]evil.com', 'http://evil.com'],
    ['user[@]mail[.]com', 'user@mail.com'],
    ['user[at]mail[.]com', 'user@mail.com'],
    ['192[.]0[.]2[.]1', '192.0.2.1'],
  ])('%s → %s', (input, expected) => {
    expect(refang(input)).toBe(expected);
    expect(isDefanged(input)).toBe(true);
  });

  it.each([
    'example.com',
    'https://example.com/path?q=[1]',
    'hxxpress.com',
    'user@example.com',
    'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
    '+66 81 234 5678',
  ])('leaves %s untouched', (value) => {
    expect(refang(value)).toBe(value);
    expect(isDefanged(value)).toBe(false);
  });
});
