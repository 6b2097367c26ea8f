// Options, rejects and the summary of an ingest run.
import type { FileProblem } from '../../formats/reader-types.js';
import type { Reliability, Tlp } from '../../model.js';

export const INGEST_FORMATS = ['csv', 'jsonl', 'text', 'stix', 'misp', 'misp-feed'] as const;
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
}

/** A rejected row or field: where, what and why. */
export interface RejectEntry {
  file: string;
  line: number;
  field: string;
  value: string;
  reason: string;
  message: string;
  /** A `MALFORMED_FILE` reject's byte offset. */
  offset?: number;
  /** A `MALFORMED_FILE` reject's kind of problem (EMPTY, BINARY, SYNTAX…). */
  problem?: FileProblem;
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
  };
}
