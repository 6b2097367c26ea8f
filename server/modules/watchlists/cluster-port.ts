// What watches need of the clusters service (server/modules/clusters): the caller's view of clusters, up
// to date, as lookups (a merged id resolves to the cluster it merged into), and a cluster's history.
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { clusterHistory, clusterIndexFor } from '../clusters/clusters-service.js';
import type { HistoryEvent } from './watch-diff.js';

export interface ClusterRef {
  id: string;
  name: string;
}

export interface ClusterView {
  /** The cluster an id names now (itself, or the one it merged into) with its members; undefined when gone. */
  resolve(id: string): (ClusterRef & { members: readonly string[] }) | undefined;
  /** The cluster a visible entity is in. */
  clusterOf(entityId: string): ClusterRef | undefined;
}

export interface ClusterPort {
  view(executor: Executor, ctx: RequestContext): Promise<ClusterView>;
  history(executor: Executor, ctx: RequestContext, id: string): Promise<readonly HistoryEvent[]>;
}

export const clusters: ClusterPort = {
  async view(executor, ctx) {
    const index = await clusterIndexFor(executor, ctx);
    return {
      resolve(id) {
        const members = index.memberIds(id);
        const first = members?.[0];
        const cluster = first === undefined ? undefined : index.clusterOf(first);
        return cluster && members ? { ...cluster, members } : undefined;
      },
      clusterOf: (entityId) => index.clusterOf(entityId),
    };
  },
  history: (executor, ctx, id) => clusterHistory(executor, ctx, id),
};

/**
 * The cluster most of `members` are in now: where a followed cluster went when its id no longer answers
 * (the owner's view was recomputed under other keys). Undefined when none of them is in a cluster.
 */
export function relocate(view: ClusterView, members: readonly string[]): ClusterRef | undefined {
  const votes = new Map<string, { ref: ClusterRef; n: number }>();
  for (const m of members) {
    const c = view.clusterOf(m);
    if (!c) continue;
    const v = votes.get(c.id) ?? { ref: c, n: 0 };
    v.n += 1;
    votes.set(c.id, v);
  }
  let best: { ref: ClusterRef; n: number } | undefined;
  for (const v of votes.values())
    if (!best || v.n > best.n || (v.n === best.n && v.ref.id < best.ref.id)) best = v;
  return best?.ref;
}
