// Phone normalization: E.164 keys, local numbers with a default region, WhatsApp links, fiction ranges.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

describe('normalize(phone)', () => {
  it.each([
    ['+66 81 234 5678', undefined, '+66812345678', 'TH'],
    ['081-234-5678', 'TH', '+66812345678', 'TH'],
    ['012 345 678', 'KH', '+85512345678', 'KH'],
    ['(012) 345-678', 'kh', '+85512345678', 'KH'],
    ['0917 123 4567', 'PH', '+639171234567', 'PH'],
    ['09171234567', 'PH', '+639171234567', 'PH'],
    ['+855 12 345 678', 'TH', '+85512345678', 'KH'],
    ['0085512345678', undefined, '+85512345678', 'KH'],
    ['tel:+66-81-234-5678', undefined, '+66812345678', 'TH'],
    ['wa.me/85512345678', undefined, '+85512345678', 'KH'],
    ['https://wa.me/639171234567?text=hi', undefined, '+639171234567', 'PH'],
    ['https://api.whatsapp.com/send?phone=66812345678&text=hello', undefined, '+66812345678', 'TH'],
    ['whatsapp://send?phone=85512345678', undefined, '+85512345678', 'KH'],
    ['＋６６ ８１２３４５６７８', undefined, '+66812345678', 'TH'],
    ['+66\u00a081\u00a0234\u00a05678', undefined, '+66812345678', 'TH'],
  ])('%s (region %s) → %s', (input, region, key, country) => {
    const p = accepted(normalize(input, 'phone', region ? { defaultRegion: region } : undefined));
    expect(p.kind).toBe('phone');
    expect(p.key).toBe(key);
    expect(p.facts.country).toBe(country);
  });

  it('formats the display internationally and reports the line type', () => {
    const p = accepted(normalize('0812345678', 'phone', { defaultRegion: 'TH' }));
    expect(p.display).toBe('+66 81 234 5678');
    expect(p.facts.type).toBe('mobile');
    expect(p.facts.valid).toBe(true);
  });

  it.each([
    ['+44 7700 900123', '+447700900123', 'GB'],
    ['+1 202-555-0123', '+12025550123', 'US'],
    ['+61 491 570 123', '+61491570123', 'AU'],
  ])('keeps fiction-range %s (possible length) as %s', (input, key, country) => {
    const p = accepted(normalize(input, 'phone'));
    expect(p.key).toBe(key);
    expect(p.facts.country).toBe(country);
    expect(typeof p.facts.valid).toBe('boolean');
  });

  it('flags a possible number outside known ranges with valid:false', () => {
    expect(accepted(normalize('+44 7700 900123', 'phone')).facts.valid).toBe(false);
  });

  it.each([
    ['081 234 5678', undefined, 'MISSING_REGION'],
    ['081 234 5678', 'ZZ', 'MISSING_REGION'],
    ['+1 234', undefined, 'INVALID_PHONE'],
    ['+66 8123', undefined, 'INVALID_PHONE'],
    ['+999 1234567', undefined, 'INVALID_PHONE'],
    ['+66 81 234 5678 9012 3456', undefined, 'INVALID_PHONE'],
    ['+66812345678abc', undefined, 'INVALID_PHONE'],
    ['call me', undefined, 'INVALID_PHONE'],
    ['192.168.10.20', 'TH', 'INVALID_PHONE'],
    ['', undefined, 'EMPTY'],
  ])('rejects %s (region %s) with %s', (input, region, reason) => {
    expect(
      rejected(normalize(input, 'phone', region ? { defaultRegion: region } : undefined)),
    ).toBe(reason);
  });
});
