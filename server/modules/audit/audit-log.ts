// The audit log's writer: events are queued in memory and appended in batches (one statement per flush), so
// recording an event never waits on Neo4j and never slows the request that caused it.
import { randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import type { Tlp } from '../../model.js';
import { outsideRequest } from '../../http/request-scope.js';

/** Ids kept per event; the count stays exact. */
export const AUDIT_MAX_IDS = 1000;
/** Flush when this many events wait, or after FLUSH_MS. */
const FLUSH_EVENTS = 200;
const FLUSH_MS = 1000;
/** Events kept while Neo4j is unavailable; past this the oldest are dropped and counted. */
const MAX_QUEUE = 50_000;

export interface AuditInput {
  /**
   * What happened, `area:action`: `query:neighborhood`, `mutation:ingest`, `taxii:objects`, `export:csv`,
   * `signin`, `token:create`… A request that did several things lists them, its own first, space-separated.
   */
  operation: string;
  /** Entity, set, token or account ids the operation touched or returned (the first AUDIT_MAX_IDS). */
  ids?: readonly string[];
  /** How many things it returned or changed. */
  count?: number;
  /** The most restrictive TLP among what it returned (recorded for AMBER and above). */
  maxTlp?: Tlp | null;
  outcome?: 'ok' | 'refused' | 'failed';
  /** A short note (a filter, a format, a reason); never data values. */
  detail?: string;
}

export interface AuditEvent {
  id: string;
  at: string;
  account: string;
  org: string;
  operation: string;
  ids: string[];
  count: number;
  maxTlp: string | null;
  outcome: string;
  detail: string;
}

export class AuditLog {
  private queue: AuditEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  /** Events dropped because Neo4j stayed away while the queue was full. */
  dropped = 0;
  /** True while batches fail to be written (Neo4j unavailable). */
  private waiting = false;

  constructor(private readonly executor: Executor) {}

  /** Queues one event for the caller; returns at once. */
  record(ctx: Pick<RequestContext, 'caller' | 'organisation'>, input: AuditInput): void {
    const ids = [...(input.ids ?? [])];
    this.queue.push({
      id: `audit:${randomUUID()}`,
      at: new Date().toISOString(),
      account: ctx.caller,
      org: ctx.organisation,
      operation: input.operation.slice(0, 100),
      ids: ids.slice(0, AUDIT_MAX_IDS).map((id) => id.slice(0, 300)),
      count: input.count ?? ids.length,
      maxTlp: input.maxTlp ?? null,
      outcome: input.outcome ?? 'ok',
      detail: (input.detail ?? '').slice(0, 500),
    });
    if (this.queue.length > MAX_QUEUE) {
      this.dropped += this.queue.length - MAX_QUEUE;
      this.queue.splice(0, this.queue.length - MAX_QUEUE);
    }
    // Flushes belong to no request: a cancelled or late request must not cancel the log's write.
    if (this.queue.length >= FLUSH_EVENTS) outsideRequest(() => void this.flush());
    else this.timer ??= outsideRequest(() => setTimeout(() => void this.flush(), FLUSH_MS).unref());
  }

  /**
   * Appends what is queued; on failure the events go back to the queue for the next flush. One flush writes
   * at a time: a call during another waits for it, then writes what is left.
   */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.flushing) await this.flushing;
    if (this.queue.length === 0) return;
    this.flushing = this.drain();
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
    }
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const events = this.queue.splice(0, 1000);
      try {
        await this.executor.write({ cypher: cypher('audit/append-events'), params: { events } });
        this.waiting = false;
      } catch (error) {
        this.queue.unshift(...events);
        // Said once per outage; the retries that follow are silent until a batch is written again.
        if (!this.waiting)
          console.error(
            `[audit] ${this.queue.length} events wait for the database (retried every ${(5 * FLUSH_MS) / 1000} s): ${(error as Error).message}`,
          );
        this.waiting = true;
        this.timer ??= outsideRequest(() =>
          setTimeout(() => void this.flush(), 5 * FLUSH_MS).unref(),
        );
        return;
      }
    }
  }

  /** Writes everything still queued (at shutdown). */
  async close(): Promise<void> {
    await this.flush();
  }
}
