// The estimates filter, checked: typed rejects naming the field and a reason code, never a crash.
import { BadInputError } from '../../errors.js';
import { RELIABILITY } from '../../model.js';
import { LIMITS } from '../common/limits.js';
import type { EstimateFilterModel } from './estimates-types.js';

export interface EstimateFilterInput {
  from?: string | null;
  to?: string | null;
  country?: string | null;
  minReliability?: string | null;
  clusterId?: string | null;
  sources?: readonly string[] | null;
}

const MAX_SOURCES = 100;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function date(field: 'from' | 'to', v: string | null | undefined): string | null {
  if (v === null || v === undefined || v.trim() === '') return null;
  const text = v.trim();
  const ms = Date.parse(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text);
  if (text.length > 40 || Number.isNaN(ms) || !/^\d{4}-\d{2}/.test(text))
    throw new BadInputError(`${field} must be an ISO-8601 date such as 2024-06-30.`, {
      field,
      reason: 'INVALID_DATE',
    });
  // A date alone means the whole day: `to: 2024-06-30` includes that day.
  return new Date(field === 'to' && DATE_ONLY.test(text) ? ms + 86_399_999 : ms).toISOString();
}

export function parseEstimateFilter(
  input: EstimateFilterInput | null | undefined,
): EstimateFilterModel {
  const f = input ?? {};
  const from = date('from', f.from);
  const to = date('to', f.to);
  if (from && to && from > to)
    throw new BadInputError('from must not be after to.', { field: 'from', reason: 'BAD_RANGE' });
  let country: string | null = null;
  if (f.country != null && f.country.trim() !== '') {
    if (!/^[A-Za-z]{2}$/.test(f.country.trim()))
      throw new BadInputError('country must be a two-letter ISO 3166 code such as MM or KH.', {
        field: 'country',
        reason: 'INVALID_COUNTRY',
      });
    country = f.country.trim().toUpperCase();
  }
  let minReliability: string | null = null;
  if (f.minReliability != null && f.minReliability.trim() !== '') {
    const r = f.minReliability.trim().toUpperCase();
    if (!(RELIABILITY as readonly string[]).includes(r))
      throw new BadInputError(
        'minReliability must be one of A, B, C, D, E, F (A is the most reliable).',
        {
          field: 'minReliability',
          reason: 'INVALID_RELIABILITY',
        },
      );
    minReliability = r;
  }
  let clusterId: string | null = null;
  if (f.clusterId != null && f.clusterId.trim() !== '') {
    clusterId = f.clusterId.trim();
    if (clusterId.length > LIMITS.idLength)
      throw new BadInputError('clusterId is too long.', { field: 'clusterId', reason: 'TOO_LONG' });
  }
  let sources: string[] | null = null;
  if (f.sources != null) {
    if (f.sources.length > MAX_SOURCES)
      throw new BadInputError(`sources may name at most ${MAX_SOURCES} sources.`, {
        field: 'sources',
        reason: 'TOO_MANY',
      });
    sources = f.sources.map((s, i) => {
      const id = String(s).trim();
      if (!id || id.length > LIMITS.idLength)
        throw new BadInputError(
          `sources[${i}] must be a source id such as source:demo-victim-helpline.`,
          {
            field: `sources[${i}]`,
            reason: 'INVALID_ID',
          },
        );
      return id.startsWith('source:') ? id : `source:${id}`;
    });
  }
  return { from, to, country, minReliability, clusterId, sources };
}
