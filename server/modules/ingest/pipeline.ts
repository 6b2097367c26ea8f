// The ingest pipeline: reader items → normalized records → batches, each one write transaction.
// While a batch is being written, the next is read and normalized; once a batch's statements have run
// and only its commit is left, the next batch's statements start (at most two transactions in flight).
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { cypher } from '../../db/cypher.js';
import { writeBatch } from '../../db/write-graph.js';
import type { Executor } from '../../db/executor.js';
import { ScamgraphError, UnavailableError } from '../../errors.js';
import type { SharingScope } from '../../model.js';
import { MALFORMED_FILE, type ReaderItem, type RowSource } from '../../formats/reader-types.js';
import { Batch } from './batch.js';
import { entityRecords, linkRecords } from './entity-records.js';
import type { IngestOptions, IngestSummary, RejectEntry, RejectSink } from './ingest-types.js';
import { rowRecords, sourceId, sourceNode } from './row-records.js';

/**
 * Records (nodes + relationships) per batch, i.e. per write transaction. Measured (docs/ingest.md,
 * "Batch size"): 2k–20k records per transaction are within ±3 % of each other; 10k was the best.
 */
export const BATCH_RECORDS = 10_000;

/**
 * Items read between two turns of the event loop while a write is in flight. Reading and normalizing
 * buffered rows never waits on I/O by itself, so without these turns the driver would read Neo4j's
 * answers and send the next statement or COMMIT only when a whole input chunk was done.
 */
const ITEMS_PER_TURN = 100;

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
  /** The last batch handed to the writer, and the one before it (still committing, perhaps). */
  private inFlight: Promise<void> | undefined;
  private previous: Promise<void> | undefined;
  /** Resolves when the last batch's statements have run (only its commit is left) or it has failed. */
  private executing: Promise<void> | undefined;
  private fatal: unknown;
  private readonly now: string;
  private readonly sources = new Set<string>();
  /** Sources whose node a committed batch wrote: later batches need not lock it again. */
  private readonly writtenSources = new Set<string>();
  /** Sources known to belong to this run's organisation (or new). */
  private readonly ownedSources = new Set<string>();
  private readonly scope: SharingScope;

  constructor(
    private readonly executor: Executor,
    private readonly opts: PipelineOptions,
    private readonly rejects: RejectSink,
    readonly summary: IngestSummary,
  ) {
    this.now = opts.now ?? new Date().toISOString();
    this.scope = {
      org: opts.org ?? 'local',
      sharedWith: opts.sharedWith ?? [],
      recipients: opts.recipients ?? [],
    };
  }

  /**
   * A source belongs to the organisation that first submitted to it: another organisation's run into it
   * is refused whole (CONFLICT) before anything is written, so that nobody adds to, or re-shares, what
   * another organisation's source says.
   */
  private async checkOwners(batch: Batch): Promise<void> {
    const ids = [...batch.nodes.values()]
      .filter((n) => n.label === 'Source' && !this.ownedSources.has(n.id))
      .map((n) => n.id);
    if (ids.length === 0) return;
    const rows = await this.executor.read({
      cypher: cypher('write/source-owners'),
      params: { ids },
    });
    for (const row of rows) {
      const org = row.org == null ? 'local' : String(row.org);
      if (org !== this.scope.org)
        throw new ScamgraphError(
          'CONFLICT',
          `The source "${String(row.id).replace(/^source:/, '')}" belongs to another organisation; submit under a source name of your own (--source).`,
          { field: 'source', reason: 'SOURCE_OF_ANOTHER_ORGANISATION' },
        );
    }
    for (const id of ids) this.ownedSources.add(id);
  }

  private reject(file: string, r: Omit<RejectEntry, 'file'>): void {
    this.summary.rejected++;
    bump(this.summary.rejectedByReason, r.reason);
    const entry = { file, ...r, value: r.value.slice(0, 500) };
    this.rejects.add(entry);
    if (r.reason === MALFORMED_FILE) this.summary.malformed.push(entry);
  }

  /** A value kept with a warning: counted, and listed in the reject file under its reason. */
  private warn(file: string, w: Omit<RejectEntry, 'file'>): void {
    this.summary.warned++;
    bump(this.summary.warningsByReason, w.reason);
    this.rejects.add({ file, ...w, value: w.value.slice(0, 500), warning: true });
  }

  /** Reads one input to the end, batching as it goes. */
  async consume(input: PipelineInput): Promise<void> {
    const limit = this.opts.batchRecords ?? BATCH_RECORDS;
    let sinceTurn = 0;
    for await (const item of input.items) {
      if (this.inFlight && ++sinceTurn >= ITEMS_PER_TURN) {
        sinceTurn = 0;
        await yieldToEventLoop();
      }
      switch (item.type) {
        case 'skip':
          this.summary.skipped++;
          bump(this.summary.skippedByType, item.what);
          continue;
        case 'missing':
          this.summary.missingEvents.push(item.what);
          continue;
        case 'layout':
          if (this.summary.layouts.length < 100)
            this.summary.layouts.push({ file: input.file, ...item.layout });
          continue;
        case 'reject':
          this.reject(input.file, item.reject);
          continue;
        case 'entity': {
          this.summary.read++;
          const sid = this.noteSource(input.source);
          const { node, rels } = entityRecords(item.entity, sid, this.opts, this.now);
          this.addSourceNode(sid, input.source);
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
          else if ('skip' in r) {
            this.summary.skipped++;
            bump(this.summary.skippedByType, r.skip);
          } else {
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
      this.summary.values += records.values;
      this.summary.accepted += records.accepted;
      this.summary.valuesSkipped += records.skips.length;
      this.summary.valuesRejected += records.values - records.accepted - records.skips.length;
      for (const what of records.skips) {
        this.summary.skipped++;
        bump(this.summary.skippedByType, what);
      }
      for (const r of records.rejects) this.reject(input.file, { line: row.line, ...r });
      for (const w of records.warnings) this.warn(input.file, { line: row.line, ...w });
      if (records.nodes.length === 0) continue;
      this.addSourceNode(sid, source);
      for (const n of records.nodes) this.batch.addNode(n);
      for (const r of records.rels) this.batch.addRel(r);
      this.batch.indicators += records.indicators;
      this.batch.noteLine(row.line);
      this.batch.file = input.file;
      if (this.batch.size >= limit) await this.flush();
    }
  }

  /** The Source node goes into every batch until one that carried it has committed. */
  private addSourceNode(sid: string, source: RowSource): void {
    if (this.writtenSources.has(sid) || this.batch.nodes.has(sid)) return;
    this.batch.addNode(sourceNode(source, this.opts, this.now));
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

  /**
   * Hands the current batch to the writer once the last batch's statements have run and the one before
   * it has committed. The new transaction may wait for locks the committing one holds, but that one
   * waits for nothing, so the two cannot deadlock, and writes to the same node keep their order.
   */
  async flush(): Promise<void> {
    await this.executing;
    await this.previous;
    if (this.fatal) throw this.fatal;
    const batch = this.batch;
    this.batch = new Batch();
    if (batch.size === 0) return;
    let statementsDone!: () => void;
    this.executing = new Promise((resolve) => (statementsDone = resolve));
    this.previous = this.inFlight;
    this.inFlight = this.write(batch, batch.file, statementsDone).finally(statementsDone);
  }

  private async write(batch: Batch, file: string, onStatementsDone: () => void): Promise<void> {
    try {
      await this.checkOwners(batch);
      const result = await writeBatch(
        this.executor,
        [...batch.nodes.values()],
        [...batch.rels.values()],
        onStatementsDone,
        this.scope,
      );
      for (const sid of this.sources) if (batch.nodes.has(sid)) this.writtenSources.add(sid);
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
      if (
        error instanceof UnavailableError ||
        (error instanceof ScamgraphError && error.code === 'CONFLICT')
      ) {
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
    await this.previous;
    await this.inFlight;
    if (this.fatal) throw this.fatal;
    return this.summary;
  }
}
