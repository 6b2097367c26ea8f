// The ONE parser of briefing requests (CLI options and the HTTP query): scope, format and maximum TLP,
// refused as typed BAD_USER_INPUT with the field and a stable reason code.
import { BadInputError } from '../../errors.js';
import { TLP_LEVELS, type Tlp } from '../../model.js';
import { BRIEFING_FORMATS, type BriefingFormat, type BriefingScope } from './briefing-types.js';

export interface BriefingRequest {
  cluster?: string;
  country?: string;
  all?: boolean | string;
  format?: string;
  maxTlp?: string;
}

export interface ParsedBriefingRequest {
  scope: BriefingScope;
  format: BriefingFormat;
  maxTlp: Tlp | undefined;
}

export function parseBriefingRequest(r: BriefingRequest): ParsedBriefingRequest {
  const all = r.all === true || r.all === '1' || r.all === 'true';
  const given = [r.cluster ? 'cluster' : '', r.country ? 'country' : '', all ? 'all' : ''].filter(
    Boolean,
  );
  if (given.length !== 1)
    throw new BadInputError(
      given.length
        ? `Give one scope, not ${given.join(' and ')}: a cluster, a country or all.`
        : 'Give a scope: a cluster id (cl-…), a country (ISO 3166-1 alpha-2) or all.',
      { field: 'scope', reason: given.length ? 'TOO_MANY_SCOPES' : 'NO_SCOPE' },
    );
  let scope: BriefingScope;
  if (r.cluster) {
    const id = r.cluster.trim();
    if (!/^[\w:.@+\-/]{1,200}$/.test(id))
      throw new BadInputError(`"${id.slice(0, 60)}" is not a cluster id.`, {
        field: 'cluster',
        reason: 'BAD_ID',
      });
    scope = { kind: 'cluster', cluster: id };
  } else if (r.country) {
    const cc = r.country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(cc))
      throw new BadInputError(
        `"${r.country.slice(0, 20)}" is not an ISO 3166-1 alpha-2 country code (e.g. MM, KH).`,
        { field: 'country', reason: 'BAD_COUNTRY' },
      );
    scope = { kind: 'country', country: cc };
  } else scope = { kind: 'all' };
  const format = (r.format ?? 'html').trim().toLowerCase();
  const fmt = format === 'markdown' ? 'md' : format;
  if (!(BRIEFING_FORMATS as readonly string[]).includes(fmt))
    throw new BadInputError(`format must be one of ${BRIEFING_FORMATS.join(', ')}.`, {
      field: 'format',
      reason: 'UNKNOWN_FORMAT',
    });
  let maxTlp: Tlp | undefined;
  if (r.maxTlp) {
    const t = r.maxTlp.trim().toUpperCase().replace(/^TLP:/, '').replace('+', '_') as Tlp;
    if (!TLP_LEVELS.includes(t))
      throw new BadInputError(`maxTlp must be one of ${TLP_LEVELS.join(', ')}.`, {
        field: 'maxTlp',
        reason: 'UNKNOWN_TLP',
      });
    maxTlp = t;
  }
  return { scope, format: fmt as BriefingFormat, maxTlp };
}

/** `briefing-cl-abc-amber.pdf`, `briefing-MM-clear.md`. */
export function briefingFileName(scope: BriefingScope, tlp: Tlp, format: BriefingFormat): string {
  const what =
    scope.kind === 'cluster' ? scope.cluster : scope.kind === 'country' ? scope.country : 'all';
  return `briefing-${what.replace(/[^\w-]+/g, '_')}-${tlp.toLowerCase()}.${format}`;
}
