// A view's clusters in this process: which views are held, one run at a time per view, and bringing a view
// up to date (incrementally, fully, or first from the stored view it extends) before any read.
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { requireAnalyst } from '../access/rights.js';
import { computeFull, type Progress } from './clusters-compute.js';
import { computeIncremental } from './clusters-incremental.js';
import {
  inheritView,
  loadView,
  saveView,
  storedVersion,
  viewOf,
  type ViewState,
} from './clusters-store.js';
import type { ClusterEvent, ClusterRecomputeModel } from './clusters-types.js';

/** Views held by this process, per executor (tests open several). */
const views = new WeakMap<Executor, Map<string, ViewState>>();
const locks = new Map<string, Promise<unknown>>();

function held(executor: Executor): Map<string, ViewState> {
  let map = views.get(executor);
  if (!map) views.set(executor, (map = new Map()));
  return map;
}

/** Runs `work` alone for one view: a second caller waits for the first. */
async function exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = locks.get(key) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(work);
  const tail = run.catch(() => undefined);
  locks.set(key, tail);
  try {
    return await run;
  } finally {
    if (locks.get(key) === tail) locks.delete(key);
  }
}

/** The hash naming the caller's view: every account of one organisation and clearance shares it. */
export async function viewKeyOf(executor: Executor, ctx: RequestContext): Promise<string> {
  return (await viewOf(executor, ctx)).key;
}

interface RefreshOptions {
  full?: boolean;
  progress?: Progress;
}

/** Brings the caller's view up to date and returns it with the events this run recorded. */
export async function refreshed(
  executor: Executor,
  ctx: RequestContext,
  options: RefreshOptions = {},
): Promise<{ state: ViewState; events: ClusterEvent[]; mode: 'full' | 'incremental' | 'none' }> {
  const { key, keys } = await viewOf(executor, ctx);
  return exclusive(key, async () => {
    const map = held(executor);
    let state = map.get(key);
    const version = await storedVersion(executor, key);
    if (!state || version !== state.version) {
      state = await loadView(executor, key, keys);
      map.set(key, state);
    }
    // A view seen for the first time starts from the stored view it extends: its clusters keep their ids.
    const inherited =
      version === null && state.clusters.size === 0 && state.gone.size === 0
        ? await inheritView(executor, state)
        : undefined;
    let outcome: Awaited<ReturnType<typeof computeFull>> | 'full' | undefined;
    if (!options.full && state.revision) outcome = await computeIncremental(executor, state);
    // An incremental run that gives way to a full one has left the state as it was.
    if (outcome === undefined || outcome === 'full')
      outcome = await computeFull(executor, state, options.progress);
    const revisionMoved = outcome.changed.length > 0 || outcome.events.length > 0;
    if (revisionMoved || outcome.mode === 'full' || version === null) {
      // An inherited view stores every cluster it took over, changed or not.
      const changed = inherited
        ? [...state.clusters.values(), ...state.gone.values()]
        : outcome.changed;
      await saveView(executor, state, changed, outcome.events);
    } else if (state.revision) {
      // Nothing changed: keep the revision in memory; it is stored with the next change.
    }
    return {
      state,
      events: outcome.events,
      mode: revisionMoved || outcome.mode === 'full' ? outcome.mode : 'none',
    };
  });
}

/** Brings the caller's view up to date; returns the events this refresh recorded. */
export async function refreshClusters(
  executor: Executor,
  ctx: RequestContext,
): Promise<ClusterEvent[]> {
  return (await refreshed(executor, ctx)).events;
}

/**
 * Recomputes the caller's view now (incrementally, or from scratch with `full`): analysts and admins only,
 * since reads bring views up to date by themselves and a full run is costly.
 */
export async function recomputeClusters(
  executor: Executor,
  ctx: RequestContext,
  options: { full?: boolean | null; progress?: Progress } = {},
): Promise<ClusterRecomputeModel> {
  requireAnalyst(ctx, 'recompute clusters');
  const started = Date.now();
  const { state, events, mode } = await refreshed(executor, ctx, {
    full: options.full ?? false,
    progress: options.progress,
  });
  return {
    mode: mode === 'full' ? 'full' : 'incremental',
    clusters: state.clusters.size,
    events: events.length,
    ms: Date.now() - started,
  };
}

/** Forgets what this process holds (tests: after wiping the graph). */
export function forgetClusterViews(executor: Executor): void {
  views.delete(executor);
}
