// Size caps of the ingest API: the mutation takes small submissions, the upload endpoint files.
export const INGEST_LIMITS = {
  /** Values in one `ingest` mutation. */
  mutationValues: 1_000,
  /** Bytes of `text` in one `ingest` mutation. */
  mutationTextBytes: 256 * 1024,
  /** Non-empty lines of a TEXT, CSV or JSON Lines `text` (a CSV header included). */
  mutationTextLines: 1_001,
  /** Bytes of one POST /api/ingest body, unless SCAMGRAPH_UPLOAD_MAX_BYTES says otherwise. */
  uploadBytes: 64 * 1024 * 1024,
  /** Rejects returned in a response (the counts stay exact). */
  responseRejects: 1_000,
} as const;

/** The upload cap in force: SCAMGRAPH_UPLOAD_MAX_BYTES (a positive integer) or 64 MiB. */
export function uploadMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.SCAMGRAPH_UPLOAD_MAX_BYTES);
  return Number.isSafeInteger(n) && n > 0 ? n : INGEST_LIMITS.uploadBytes;
}
