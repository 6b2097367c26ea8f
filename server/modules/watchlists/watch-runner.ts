// When watches are evaluated: after each ingest through the API or an upload (`afterIngest`, without
// delaying the response), at the end of the CLI's `ingest`, and on a timer in the server that notices
// ingests by others (the CLI) when the graph's revision (latest `addedAt`) moves. One run at a time per
// process; a run asked for while one is going runs once after it. Webhook deliveries run in the background;
// `idle()` waits for runs and deliveries (tests await it).
import type { Executor } from '../../db/executor.js';
import { outsideRequest } from '../../http/request-scope.js';
import { clusters as clusterService, type ClusterPort } from './cluster-port.js';
import { evaluateWatch } from './watch-evaluate.js';
import { ownerContexts } from './watch-owner.js';
import { latestAdded } from './watch-reads.js';
import { allWatches, saveEvaluation } from './watch-store.js';
import { deliverChanges } from './webhook-service.js';
import { CLI_RETRY, SERVER_RETRY, type RetryPolicy } from './webhook-post.js';

export interface WatchRunnerOptions {
  /** How often the server checks the graph's revision (ms); 0: no timer. */
  pollMs: number;
  /** How webhook deliveries are retried. */
  retry: RetryPolicy;
  clusters: ClusterPort;
  fetchImpl?: typeof fetch;
  log: (message: string) => void;
}

export interface RunSummary {
  /** The graph revision the run evaluated up to. */
  upTo: string;
  watches: number;
  evaluated: number;
  /** Watches of disabled accounts, or of accounts no longer allowed to keep watchlists. */
  stopped: number;
  failed: number;
  changes: number;
  deliveries: number;
}

/** The timer's period: SCAMGRAPH_WATCH_POLL_MS, default 15 s. */
export const DEFAULT_POLL_MS = Number(process.env.SCAMGRAPH_WATCH_POLL_MS) || 15_000;

export class WatchRunner {
  private options: WatchRunnerOptions;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<RunSummary> | undefined;
  private queued: Promise<RunSummary> | undefined;
  private readonly deliveries = new Set<Promise<unknown>>();
  private readonly stopper = new AbortController();
  /** The revision the last run evaluated (the timer runs again only when the graph moved past it). */
  private lastRevision: string | undefined;
  /** The next run evaluates every watch, even those evaluated up to the revision already. */
  private forceNext = false;

  constructor(
    readonly executor: Executor,
    options: Partial<WatchRunnerOptions> = {},
  ) {
    this.options = {
      pollMs: DEFAULT_POLL_MS,
      retry: SERVER_RETRY,
      clusters: clusterService,
      log: () => {},
      ...options,
    };
  }

  /** Changes options (tests: short retry delays, a fast timer). */
  setOptions(options: Partial<WatchRunnerOptions>): void {
    const restart = options.pollMs !== undefined && this.timer !== undefined;
    this.options = { ...this.options, ...options };
    if (restart) {
      this.stopTimer();
      this.start();
    }
  }

  /** Starts the timer that notices ingests by other processes. */
  start(): void {
    if (this.timer || this.options.pollMs <= 0 || this.stopper.signal.aborted) return;
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Stops the timer and the deliveries' retries, and waits for what is running to end. */
  async stop(): Promise<void> {
    this.stopTimer();
    this.stopper.abort();
    await this.idle();
  }

  /** Runs if the graph's revision moved since the last run; never rejects. */
  async poll(): Promise<RunSummary | null> {
    try {
      const revision = await latestAdded(this.executor);
      if (revision === this.lastRevision) return null;
      return await this.run();
    } catch (error) {
      this.options.log(`watchlists: the revision check failed: ${(error as Error).message}`);
      return null;
    }
  }

  /** Asks for a run without waiting for it (after an ingest through the API). */
  schedule(): void {
    void this.run(true).catch((error: unknown) =>
      this.options.log(`watchlists: evaluation failed: ${(error as Error).message}`),
    );
  }

  /**
   * Evaluates the watches not yet evaluated up to the graph's revision, or every watch with `all` (after an
   * ingest: one may have changed facts without adding anything, which leaves the revision where it was).
   * A run asked for while one is going runs once after it.
   */
  run(all = false): Promise<RunSummary> {
    if (this.stopper.signal.aborted) return Promise.resolve(emptySummary(''));
    if (all) this.forceNext = true;
    if (!this.current) {
      const running = outsideRequest(() => this.evaluateAll());
      this.current = running.finally(() => {
        if (this.current === tracked) this.current = undefined;
      });
      const tracked = this.current;
      return tracked;
    }
    this.queued ??= this.current
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.run();
      });
    return this.queued;
  }

  /** Resolves when no run is going or queued and every delivery has ended. */
  async idle(): Promise<void> {
    for (;;) {
      const pending = [this.current, this.queued, ...this.deliveries].filter(Boolean);
      if (!pending.length) return;
      await Promise.allSettled(pending);
    }
  }

  private async evaluateAll(): Promise<RunSummary> {
    const all = this.forceNext;
    this.forceNext = false;
    const upTo = await latestAdded(this.executor);
    const watches = await allWatches(this.executor);
    const summary = emptySummary(upTo);
    summary.watches = watches.length;
    const owners = await ownerContexts(
      this.executor,
      watches.map((w) => w.owner),
    );
    const newByOwner = new Map<string, string[]>();
    for (const watch of watches) {
      const ctx = owners.get(watch.owner);
      if (!ctx) {
        summary.stopped += 1;
        continue;
      }
      // Evaluated up to this revision already (by this process or another, such as the CLI).
      if (!all && watch.state.addedUpTo >= upTo) continue;
      try {
        const result = await evaluateWatch(
          this.executor,
          ctx,
          watch,
          watch.state,
          upTo,
          this.options.clusters,
        );
        const { saved, changes } = await saveEvaluation(this.executor, watch, result);
        if (!saved) continue;
        summary.evaluated += 1;
        summary.changes += changes.length;
        if (changes.length)
          newByOwner.set(watch.owner, [
            ...(newByOwner.get(watch.owner) ?? []),
            ...changes.map((c) => c.id),
          ]);
      } catch (error) {
        summary.failed += 1;
        this.options.log(
          `watchlists: watch ${watch.id} (${watch.kind} ${watch.target.slice(0, 80)}) could not be evaluated: ${(error as Error).message}`,
        );
      }
    }
    this.lastRevision = upTo;
    for (const [owner, ids] of newByOwner) {
      summary.deliveries += 1;
      this.track(
        deliverChanges(this.executor, owner, ids, {
          policy: this.options.retry,
          signal: this.stopper.signal,
          fetchImpl: this.options.fetchImpl,
        }),
      );
    }
    return summary;
  }

  private track(delivery: Promise<unknown>): void {
    const p = delivery
      .catch((error: unknown) =>
        this.options.log(`watchlists: a webhook delivery failed: ${(error as Error).message}`),
      )
      .finally(() => this.deliveries.delete(p));
    this.deliveries.add(p);
  }
}

const emptySummary = (upTo: string): RunSummary => ({
  upTo,
  watches: 0,
  evaluated: 0,
  stopped: 0,
  failed: 0,
  changes: 0,
  deliveries: 0,
});

/** The server's runner per executor: `afterIngest` finds it. */
const runners = new WeakMap<Executor, WatchRunner>();

/** Starts the server's runner (its timer too) and registers it for `afterIngest`. */
export function startWatchRunner(
  executor: Executor,
  options: Partial<WatchRunnerOptions> = {},
): WatchRunner {
  const runner = new WatchRunner(executor, options);
  runners.set(executor, runner);
  runner.start();
  return runner;
}

/** The runner registered for `executor`, if the server started one. */
export function watchRunnerOf(executor: Executor): WatchRunner | undefined {
  return runners.get(executor);
}

/**
 * After an ingest. In the server (a runner is registered): asks for a run and returns at once (`wait`
 * false, the default: the API's responses are not delayed), or with `wait` when the run and its deliveries
 * have ended. Without a registered runner (the CLI), `wait` runs now with the CLI's retry schedule and
 * waits for the deliveries; without `wait` nothing runs (no process would see it through).
 */
export async function afterIngest(
  executor: Executor,
  opts: { wait?: boolean; log?: (message: string) => void } = {},
): Promise<RunSummary | null> {
  const registered = runners.get(executor);
  if (registered) {
    if (!opts.wait) {
      registered.schedule();
      return null;
    }
    const summary = await registered.run(true);
    await registered.idle();
    return summary;
  }
  if (!opts.wait) return null;
  const runner = new WatchRunner(executor, { pollMs: 0, retry: CLI_RETRY, log: opts.log });
  const summary = await runner.run(true);
  await runner.idle();
  return summary;
}
