// The one parser of ingest options, shared by the CLI (`--tlp`), the upload route (`?tlp=`) and the
// `ingest` mutation (`tlp:`): the same rules and messages everywhere, each error naming the option as
// that caller spells it.
import { BadInputError } from '../../errors.js';
import { parseTlp } from '../../formats/provenance-fields.js';
import { RELIABILITY, type Reliability, type Tlp } from '../../model.js';
import { INGEST_FORMATS, type IngestFormat } from './ingest-types.js';
import { sharingLists, type ScopeList, type SharingLists } from './ingest-scope.js';

/** Options as a caller gives them: strings (query, flags) or typed values (GraphQL). */
export interface RawIngestOptions {
  source?: string | null;
  reliability?: string | null;
  tlp?: string | null;
  confidence?: number | string | null;
  defaultRegion?: string | null;
  platform?: string | null;
  format?: string | null;
  /** JSON object keys whose lists are indicators (`deny,blacklist`). */
  keys?: ScopeList;
  /** Organisation keys or `community`: who else sees the AMBER data (`a,b` or a list). */
  shareWith?: ScopeList;
  /** Organisation keys or `user:<account>`: who else sees the RED data (`a,b` or a list). */
  recipients?: ScopeList;
}

type Name = keyof RawIngestOptions;

/** How a caller spells each option in its errors. */
export type OptionNames = Record<Name, string>;

export const API_NAMES: OptionNames = {
  source: 'source',
  reliability: 'reliability',
  tlp: 'tlp',
  confidence: 'confidence',
  defaultRegion: 'defaultRegion',
  platform: 'platform',
  format: 'format',
  keys: 'keys',
  shareWith: 'shareWith',
  recipients: 'recipients',
};

export const CLI_NAMES: OptionNames = {
  source: '--source',
  reliability: '--reliability',
  tlp: '--tlp',
  confidence: '--confidence',
  defaultRegion: '--default-region',
  platform: '--platform',
  format: '--format',
  keys: '--keys',
  shareWith: '--share-with',
  recipients: '--recipients',
};

export interface IngestSettings extends SharingLists {
  source?: string;
  reliability?: Reliability;
  tlp?: Tlp;
  confidence?: number;
  defaultRegion?: string;
  platform?: string;
  format?: IngestFormat;
  keys?: string[];
}

export interface ParseRules {
  names?: OptionNames;
  /** The API requires a source; the CLI names it after the file. */
  requireSource?: boolean;
  /** A MISP feed is a folder: only the CLI reads one. */
  allowFolders?: boolean;
}

function bad(field: string, reason: string, message: string): never {
  throw new BadInputError(message, { field, reason });
}

function text(v: string | number | null | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  const t = String(v).trim();
  return t === '' ? undefined : t;
}

/** Checks every option; the first bad one is a BAD_USER_INPUT naming it, its reason and what is accepted. */
export function parseIngestOptions(raw: RawIngestOptions, rules: ParseRules = {}): IngestSettings {
  const n = rules.names ?? API_NAMES;
  const source = text(raw.source);
  if (!source && rules.requireSource)
    bad(
      n.source,
      'EMPTY',
      `${n.source} is required: name who reported the data (a report, feed or partner).`,
    );
  if (source && source.length > 200)
    bad(n.source, 'TOO_LONG', `${n.source} is longer than 200 characters.`);
  const reliability = text(raw.reliability)?.toUpperCase();
  if (reliability && !RELIABILITY.includes(reliability as Reliability))
    bad(n.reliability, 'OUT_OF_RANGE', `${n.reliability} must be a letter from A to F.`);
  const tlpText = text(raw.tlp);
  const tlp = tlpText ? parseTlp(tlpText) : undefined;
  if (tlpText && !tlp)
    bad(n.tlp, 'OUT_OF_RANGE', `${n.tlp} must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED.`);
  const confidenceText = text(raw.confidence);
  const confidence = confidenceText === undefined ? undefined : Number(confidenceText);
  if (
    confidence !== undefined &&
    !(Number.isInteger(confidence) && confidence >= 0 && confidence <= 100)
  )
    bad(n.confidence, 'OUT_OF_RANGE', `${n.confidence} must be an integer from 0 to 100.`);
  const defaultRegion = text(raw.defaultRegion)?.toUpperCase();
  if (defaultRegion && !/^[A-Z]{2}$/.test(defaultRegion))
    bad(
      n.defaultRegion,
      'OUT_OF_RANGE',
      `${n.defaultRegion} must be a two-letter country code (ISO 3166), e.g. KH.`,
    );
  const platform = text(raw.platform)?.toLowerCase();
  if (platform && !/^[a-z0-9-]{1,40}$/.test(platform))
    bad(
      n.platform,
      'OUT_OF_RANGE',
      `${n.platform} must be a platform name such as telegram or whatsapp.`,
    );
  const format = parseFormat(text(raw.format), n.format, rules.allowFolders ?? false);
  const keys = keyList(raw.keys, n.keys);
  return {
    source,
    reliability: reliability as Reliability | undefined,
    tlp: tlp as Tlp | undefined,
    confidence,
    defaultRegion,
    platform,
    format,
    keys,
    ...sharingLists(raw, { shareWith: n.shareWith, recipients: n.recipients }),
  };
}

/** A format name (`csv`, `CSV`, `misp`…); `misp-feed` is a folder, read by the CLI only. */
export function parseFormat(
  name: string | undefined,
  field = 'format',
  allowFolders = false,
): IngestFormat | undefined {
  if (!name) return undefined;
  const f = name.toLowerCase() as IngestFormat;
  const allowed = INGEST_FORMATS.filter((x) => allowFolders || x !== 'misp-feed');
  if (!allowed.includes(f))
    bad(
      field,
      'UNSUPPORTED_FORMAT',
      `${field} must be one of ${allowed.join(', ')}${allowFolders ? '' : ' (a MISP feed folder is read by the CLI)'}.`,
    );
  return f;
}

function keyList(list: ScopeList, field: string): string[] | undefined {
  if (list === null || list === undefined) return undefined;
  const raw = typeof list === 'string' ? list.split(',') : list;
  const keys = [...new Set(raw.map((k) => k.trim()).filter(Boolean))];
  if (keys.length === 0) return undefined;
  if (keys.length > 100) bad(field, 'TOO_LONG', `${field} names ${keys.length} keys; at most 100.`);
  const long = keys.find((k) => k.length > 200);
  if (long) bad(field, 'TOO_LONG', `${field}: a key is longer than 200 characters.`);
  return keys;
}
