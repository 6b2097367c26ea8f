// Compound normalization: slug + country keys, ISO country check, coordinate ranges.
import { describe, expect, it } from 'vitest';
import { normalize, normalizeCompound, slugify } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

describe('normalizeCompound', () => {
  it('keys a compound by slug and country', () => {
    const r = normalizeCompound({
      name: 'KK Park',
      country: 'mm',
      lat: 16.69,
      lon: 98.52,
      aliases: ['KK Park ', 'K.K. Park', ''],
    });
    const c = accepted(r);
    expect(c.key).toBe('kk-park-mm');
    expect(c.facts).toMatchObject({ name: 'KK Park', country: 'MM', lat: 16.69, lon: 98.52 });
    expect(r.ok && r.aliases).toEqual(['K.K. Park']);
  });

  it.each([
    ['Shwe Kokko', 'shwe-kokko'],
    ['  Golden  Triangle SEZ ', 'golden-triangle-sez'],
    ['Café Zhōngguó #3', 'cafe-zhongguo-3'],
    ['金木棉', '金木棉'],
  ])('slugifies %s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it.each([
    [{ name: 'KK Park', country: 'XX' }, 'INVALID_COMPOUND'],
    [{ name: 'KK Park', country: 'Myanmar' }, 'INVALID_COMPOUND'],
    [{ name: '---', country: 'MM' }, 'INVALID_COMPOUND'],
    [{ name: '', country: 'MM' }, 'EMPTY'],
    [{ name: 'KK Park', country: 'MM', lat: 91, lon: 98 }, 'OUT_OF_RANGE'],
    [{ name: 'KK Park', country: 'MM', lat: 16, lon: -181 }, 'OUT_OF_RANGE'],
    [{ name: 'KK Park', country: 'MM', lat: Number.NaN, lon: 98 }, 'OUT_OF_RANGE'],
    [{ name: 'KK Park', country: 'MM', lat: 16 }, 'OUT_OF_RANGE'],
  ])('rejects %o with %s', (input, reason) => {
    expect(rejected(normalizeCompound(input))).toBe(reason);
  });

  it('reads "Name, CC" and its own key through normalize()', () => {
    expect(accepted(normalize('Shwe Kokko, mm', 'compound')).key).toBe('shwe-kokko-mm');
    expect(accepted(normalize('shwe-kokko-mm', 'compound')).key).toBe('shwe-kokko-mm');
    expect(rejected(normalize('Shwe Kokko', 'compound'))).toBe('INVALID_COMPOUND');
  });
});
