// Options, rejects and the summary of an ingest run.
import type { InputLayout, ReaderReject } from '../../formats/reader-types.js';
import type { Reliability, Tlp } from '../../model.js';

export const INGEST_FORMATS = [
  'csv',
  'jsonl',
  'json',
  'yaml',
  'text',
  'freetext',
  'hosts',
  'adblock',
  'stix',
  'misp',
  'misp-feed',
] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

export interface IngestOptions {
  /** Source name (slugged to the Source key); default: the file, feed or event name. */
  source?: string;
  reliability?: Reliability;
  /** When given, the most restrictive of this and the data's own marking applies; default AMBER. */
  tlp?: Tlp;
  /** Default confidence (0–100) for rows that carry none; default 50. */
  confidence?: number;
  defaultRegion?: string;
  platform?: string;
  /** Time used for first/last seen when the data has none (ISO); default now. */
  now?: string;
  /** The submitting organisation's key (SPEC §6); default `local`, the host organisation. */
  org?: string;
  /** AMBER data: organisation keys the source is shared with, or `community`. */
  sharedWith?: string[];
  /** RED data: organisation keys or `user:<account>` the source is meant for. */
  recipients?: string[];
  /** JSON/YAML objects of lists: the keys whose lists are indicators (`deny`, `blacklist`). */
  keys?: string[];
}

/** A rejected row or field, as its reader gave it, with the input it came from. */
export interface RejectEntry extends ReaderReject {
  file: string;
  /** Not a reject: the value was written, with this warning. */
  warning?: boolean;
}

export interface RejectSink {
  add(reject: RejectEntry): void;
}

export interface IngestSummary {
  /** Records read: CSV/JSONL/text lines with data, STIX objects' values, MISP attributes. */
  read: number;
  /**
   * Values named by the records read (each row's main and related values). Always
   * `values = accepted + valuesRejected + valuesSkipped`.
   */
  values: number;
  /** Values that landed (implied ones such as a URL's domain not counted). */
  accepted: number;
  /** Values rejected (their rejects are in `rejectedByReason` with the row-level ones). */
  valuesRejected: number;
  /** Values not ingested because Scamgraph does not model them (counted in `skippedByType` too). */
  valuesSkipped: number;
  /** Values kept with a warning (an address valid on another chain than its source claims…). */
  warned: number;
  warningsByReason: Record<string, number>;
  /** Indicator values accepted (main, related and implied, before deduplication). */
  indicators: number;
  /** Nodes created (Source nodes not counted). */
  new: number;
  /** Accepted values that went into an existing node (duplicates, re-ingests, other sources). */
  merged: number;
  /** Relationships written or widened, REPORTED_IN included. */
  relationships: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  skipped: number;
  skippedByType: Record<string, number>;
  /** MISP feed events listed in the manifest whose file is missing. */
  missingEvents: string[];
  /** Batches that failed after retries and were rolled back whole (their rows are rejected). */
  failedBatches: number;
  /**
   * Inputs that are not readable files of their format (`MALFORMED_FILE` rejects, also counted in
   * `rejected`): reading each stopped there.
   */
  malformed: RejectEntry[];
  sources: string[];
  seconds: number;
  /** How each input was read: its shape, headers or keys and what each was read as (at most 100). */
  layouts: (InputLayout & { file: string })[];
  /**
   * The verdict, as the CLI's exit code gives it: `OK` (0), `NOTHING_INGESTED` (2: nothing landed),
   * `SOME_REJECTED` (3: something was rejected, or an input could not be read to its end).
   */
  status: IngestStatus;
  /** What went wrong, in words, when the status is not OK (what was seen, what is accepted). */
  notice: string | null;
}

export type IngestStatus = 'OK' | 'NOTHING_INGESTED' | 'SOME_REJECTED';

/** The CLI's exit code of each status; 1 is an ingest that could not run (bad option, unreadable input). */
export const EXIT_CODES: Record<IngestStatus, number> = {
  OK: 0,
  NOTHING_INGESTED: 2,
  SOME_REJECTED: 3,
};

function listed(map: Record<string, number>): string {
  return Object.entries(map)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

function layoutLine(l: InputLayout & { file: string }): string {
  const cols = l.columns.map((c) => `${c.name} (${c.readAs})`).join(', ');
  return `${l.file}: read as ${l.shape}${cols ? `; it has ${cols}` : ''}.${l.note ? ` ${l.note}` : ''}`;
}

/** Sets the summary's status and notice from its counts (at the end of a run). */
export function conclude(s: IngestSummary): IngestSummary {
  const landed = s.indicators > 0 || s.relationships > 0;
  const partial = s.rejected > 0 || s.malformed.length > 0 || s.failedBatches > 0;
  s.status = !landed ? 'NOTHING_INGESTED' : partial ? 'SOME_REJECTED' : 'OK';
  if (s.status === 'OK') {
    s.notice = null;
    return s;
  }
  const parts: string[] = [];
  if (!landed)
    parts.push(
      s.read === 0
        ? 'Nothing was ingested: no record holding an indicator was read.'
        : `Nothing was ingested: ${s.read} record(s) named ${s.values} value(s), none of which landed.`,
    );
  else if (s.valuesRejected * 2 > s.values)
    parts.push(`Most values were rejected: ${s.valuesRejected} of ${s.values}.`);
  else parts.push(`${s.rejected} reject(s); the rest landed.`);
  if (s.rejected) parts.push(`Rejected: ${listed(s.rejectedByReason)}.`);
  if (s.skipped) parts.push(`Skipped (not modelled): ${listed(s.skippedByType)}.`);
  for (const l of s.layouts.slice(0, 5)) parts.push(layoutLine(l));
  s.notice = parts.join('\n');
  return s;
}

export function emptySummary(): IngestSummary {
  return {
    read: 0,
    values: 0,
    accepted: 0,
    valuesRejected: 0,
    valuesSkipped: 0,
    warned: 0,
    warningsByReason: {},
    indicators: 0,
    new: 0,
    merged: 0,
    relationships: 0,
    rejected: 0,
    rejectedByReason: {},
    skipped: 0,
    skippedByType: {},
    missingEvents: [],
    failedBatches: 0,
    malformed: [],
    sources: [],
    seconds: 0,
    layouts: [],
    status: 'OK',
    notice: null,
  };
}
