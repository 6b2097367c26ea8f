// The ingest pipeline: reader items → normalized records → batches, each one write transaction.
// While a batch is being written, the next is read and normalized (one write in flight: every batch
// touches its Source node, so concurrent writes would only queue on that node's lock).
import { writeBatch } from '../db/write-graph.js';
import type { Executor } from '../db/executor.js';
import { UnavailableError } from '../errors.js';
import type { ReaderItem, RowSource } from '../formats/reader-types.js';
import { Batch } from './batch.js';
import { entityRecords, linkRecords } from './entity-records.js';
import type { IngestOptions, IngestSummary, RejectSink } from './ingest-types.js';
import { rowRecords, sourceId, sourceNode } from './row-records.js';

/**
 * Records (nodes + relationships) per batch, i.e. per write transaction. Measured (docs/ingest.md,
 * "Batch size"): 2k–20k records per transaction are within ±3 % of each other; 10k was the best.
 */
export const BATCH_RECORDS = 10_000;

export interface PipelineInput {
  /** File or stream name, shown in rejects. */
  file: string;
  items: AsyncIterable<ReaderItem>;
  /** The Source rows belong to unless a row names its own (MISP events in a feed). */
  source: RowSource;
}

export interface PipelineOptions extends IngestOptions {
  batchRecords?: number;
  onProgress?: (s: IngestSummary) => void;
}

function bump(map: Record<string, number>, key: string, by = 1): void {
  map[key] = (map[key] ?? 0) + by;
}

export class IngestPipeline {
  private batch = new Batch();
  private inFlight: Promise<void> | undefined;
  private fatal: unknown;
  private readonly now: string;
  private readonly sources = new Set<string>();

  constructor(
    private readonly executor: Executor,
    private readonly opts: PipelineOptions,
    private readonly rejects: RejectSink,
    readonly summary: IngestSummary,
  ) {
    this.now = opts.now ?? new Date().toISOString();
  }

  private reject(
    file: string,
    r: { line: number; field: string; value: string; reason: string; message: string },
  ): void {
    this.summary.rejected++;
    bump(this.summary.rejectedByReason, r.reason);
    this.rejects.add({ file, ...r, value: r.value.slice(0, 500) });
  }

  /** Reads one input to the end, batching as it goes. */
  async consume(input: PipelineInput): Promise<void> {
    const limit = this.opts.batchRecords ?? BATCH_RECORDS;
    for await (const item of input.items) {
      switch (item.type) {
        case 'skip':
          this.summary.skipped++;
          bump(this.summary.skippedByType, item.what);
          continue;
        case 'missing':
          this.summary.missingEvents.push(item.what);
          continue;
        case 'reject':
          this.reject(input.file, item.reject);
          continue;
        case 'entity': {
          this.summary.read++;
          const sid = this.noteSource(input.source);
          const { node, rels } = entityRecords(item.entity, sid, this.opts, this.now);
          if (!this.batch.nodes.has(sid))
            this.batch.addNode(sourceNode(input.source, this.opts, this.now));
          this.batch.addNode(node);
          for (const r of rels) this.batch.addRel(r);
          this.batch.indicators++;
          await this.noteLine(input.file, item.entity.line, limit);
          continue;
        }
        case 'link': {
          const sid = this.noteSource(input.source);
          const r = linkRecords(item.link, sid, this.opts, this.now);
          if ('reject' in r) this.reject(input.file, { line: item.link.line, ...r.reject });
          else {
            this.batch.addRel(r.rel);
            await this.noteLine(input.file, item.link.line, limit);
          }
          continue;
        }
      }
      const row = item.row;
      this.summary.read++;
      const source = row.source ?? input.source;
      const sid = this.noteSource(source);
      const records = rowRecords(row, sid, this.opts, this.now);
      for (const r of records.rejects) this.reject(input.file, { line: row.line, ...r });
      if (records.nodes.length === 0) continue;
      if (!this.batch.nodes.has(sid)) this.batch.addNode(sourceNode(source, this.opts, this.now));
      for (const n of records.nodes) this.batch.addNode(n);
      for (const r of records.rels) this.batch.addRel(r);
      this.batch.indicators += records.indicators;
      this.batch.noteLine(row.line);
      this.batch.file = input.file;
      if (this.batch.size >= limit) await this.flush();
    }
  }

  private noteSource(source: RowSource): string {
    const sid = sourceId(source);
    if (!this.sources.has(sid)) {
      this.sources.add(sid);
      this.summary.sources.push(sid);
    }
    return sid;
  }

  private async noteLine(file: string, line: number, limit: number): Promise<void> {
    this.batch.noteLine(line);
    this.batch.file = file;
    if (this.batch.size >= limit) await this.flush();
  }

  /** Hands the current batch to the writer, after the previous write has finished. */
  async flush(): Promise<void> {
    await this.inFlight;
    if (this.fatal) throw this.fatal;
    const batch = this.batch;
    this.batch = new Batch();
    if (batch.size === 0) return;
    this.inFlight = this.write(batch, batch.file);
  }

  private async write(batch: Batch, file: string): Promise<void> {
    try {
      const result = await writeBatch(
        this.executor,
        [...batch.nodes.values()],
        [...batch.rels.values()],
      );
      let created = 0;
      for (const [label, n] of Object.entries(result.createdByLabel))
        if (label !== 'Source') created += n ?? 0;
      this.summary.indicators += batch.indicators;
      this.summary.new += created;
      this.summary.merged += batch.indicators - created;
      this.summary.relationships += result.rels;
      this.opts.onProgress?.(this.summary);
    } catch (error) {
      // The transaction rolled back whole (the driver already retried transient errors).
      if (error instanceof UnavailableError) {
        this.fatal = error;
        return;
      }
      this.summary.failedBatches++;
      this.reject(file, {
        line: batch.firstLine,
        field: '(batch)',
        value: `lines ${batch.firstLine}–${batch.lastLine}`,
        reason: 'BATCH_FAILED',
        message: `The batch of lines ${batch.firstLine}–${batch.lastLine} was rolled back, nothing of it written: ${(error as Error).message}`,
      });
    }
  }

  /** Writes what is left and waits for the last write. */
  async finish(): Promise<IngestSummary> {
    await this.flush();
    await this.inFlight;
    if (this.fatal) throw this.fatal;
    return this.summary;
  }
}
