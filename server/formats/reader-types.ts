// What every ingest reader yields: indicator rows with their links and provenance, skips and rejects.
import type { IndicatorKind } from '../indicators/types.js';
import type { NodeLabel, RelType, Tlp } from '../model.js';

/** A value named in a row, read as `kind` when given, else detected. */
export interface RowValue {
  value: string;
  kind?: IndicatorKind;
  /** The column, attribute or property it came from (named in rejects). */
  field: string;
  /** Per-value hints: asset/token of a wallet, platform of a handle. */
  asset?: string;
  platform?: string;
  /** The display form the data states (a Scamgraph export's name), else the normalizer's. */
  display?: string;
}

/** Where a row comes from when a file holds several reports (MISP feeds, events). */
export interface RowSource {
  /** Slug key of the Source node. */
  key: string;
  name: string;
  url?: string;
  date?: string;
}

/** One record of the input: a main indicator and the related indicators it links to. */
export interface IngestRow {
  /** 1-based line (CSV, JSONL, text) or record number (STIX object, MISP attribute) for rejects. */
  line: number;
  main: RowValue;
  related: RowValue[];
  tlp?: Tlp;
  confidence?: number;
  firstSeen?: string;
  lastSeen?: string;
  source?: RowSource;
  /** Descriptive facts stored on the main node (classification, comment). */
  props?: Record<string, string>;
  /**
   * The input states implied nodes and links itself (a Scamgraph STIX export holds a URL's domain and
   * its ON_DOMAIN, with their own provenance): do not imply them from this row.
   */
  noImplied?: boolean;
}

/** Provenance a record of the input may carry; what it lacks comes from the ingest options. */
export interface ItemProvenance {
  tlp?: Tlp;
  confidence?: number;
  firstSeen?: string;
  lastSeen?: string;
}

/** An entity read whole from structured data (a STIX compound or organisation), its id already built. */
export interface IngestEntity extends ItemProvenance {
  line: number;
  label: Extract<NodeLabel, 'Compound' | 'Organization'>;
  id: string;
  value: string;
  display: string;
  props: Record<string, string | number | boolean | string[] | null>;
}

/** One end of a link: a value the pipeline normalizes, or the id of an entity read whole. */
export type LinkEnd = RowValue | { id: string };

/** A relationship stated by the input (a STIX SRO) between two things it also holds. */
export interface IngestLink extends ItemProvenance {
  line: number;
  /** Named in rejects, e.g. `relationship pays-to`. */
  field: string;
  type: RelType;
  /**
   * A generic relationship (a STIX `related-to`, `uses`, `consists-of`…): its original type. The link is
   * then typed by its ends once normalized, with the SPEC §1 rule for their labels in SPEC's direction
   * when `byRule`, else `RELATED_TO` carrying `stixType` (`type` is ignored).
   */
  stixType?: string;
  byRule?: boolean;
  from: LinkEnd;
  to: LinkEnd;
  props: Record<string, string | number>;
}

/** The reject reason of an input that is not a readable file of its format at all (not one bad row). */
export const MALFORMED_FILE = 'MALFORMED_FILE';

/** Why a whole input was refused (a `MALFORMED_FILE` reject's `problem`). */
export type FileProblem =
  /** No data: zero bytes, or only whitespace and a byte-order mark. */
  | 'EMPTY'
  /** NUL bytes, a compressed or UTF-16 file: not text. */
  | 'BINARY'
  /** Bytes that are not UTF-8. */
  | 'NOT_UTF8'
  /** A line, record, file or nesting beyond its limit (READER_LIMITS). */
  | 'TOO_LARGE'
  /** Not valid syntax of the format (truncated JSON, a stray comma, an unclosed CSV quote). */
  | 'SYNTAX'
  /** Valid syntax but not this format (a JSON array given as STIX, a MISP file without an event). */
  | 'NOT_FORMAT'
  /** The file could not be read (a folder, no permission, an I/O error). */
  | 'UNREADABLE';

/** A row or part of a row that could not be read; reported, never silently dropped. */
export interface ReaderReject {
  /** The row's line or record number; for a `MALFORMED_FILE` reject, the text line of the problem. */
  line: number;
  field: string;
  value: string;
  reason: string;
  message: string;
  /** `MALFORMED_FILE` rejects: the byte offset of the problem (where reading stopped, if not exact). */
  offset?: number;
  /** `MALFORMED_FILE` rejects: what is wrong with the file. */
  problem?: FileProblem;
}

export type ReaderItem =
  | { type: 'row'; row: IngestRow }
  | { type: 'entity'; entity: IngestEntity }
  | { type: 'link'; link: IngestLink }
  | { type: 'reject'; reject: ReaderReject }
  /** Something we do not model (a STIX SDO, a MISP hash attribute), counted by type. */
  | { type: 'skip'; what: string }
  /** A MISP feed event listed in the manifest whose file is missing. */
  | { type: 'missing'; what: string }
  /** How the reader understood the input's layout (its headers or keys), for the summary. */
  | { type: 'layout'; layout: InputLayout };

/**
 * How a reader read an input: the shape it took it for, the headers or top-level keys it saw and what it
 * read each as, and the names it accepts. Shown in the summary, so that an input that yields little can
 * be fixed (a column to rename, a `--keys` to give) without reading the code.
 */
export interface InputLayout {
  /** The shape read, e.g. `csv`, `csv (no header)`, `json array of values`, `json object of lists`. */
  shape: string;
  /** The headers or top-level keys as the input spells them (at most 50), each with what it was read as. */
  columns: { name: string; readAs: string }[];
  /** The names this shape takes as indicators (column names, or the deny-list keys of an object). */
  accepts?: string[];
  /** Something the user should know or do (which `--keys` to give, why nothing was read). */
  note?: string;
}

/** Options shared by readers. */
export interface ReaderOptions {
  /** File name shown in rejects and used for the default source. */
  name?: string;
}
