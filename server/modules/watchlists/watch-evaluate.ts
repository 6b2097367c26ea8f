// One evaluation of one watch in its owner's view: what changed since the state it remembers, and the
// state to remember next. Reads go through the owner's visibility only (watch-reads.ts, the entity and
// search services, the clusters service), so a change never names what the owner may not see.
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { NotFoundError, ScamgraphError } from '../../errors.js';
import { labelOfId } from '../../model.js';
import { findEntity, search } from '../entities/entities-service.js';
import { relocate, type ClusterPort } from './cluster-port.js';
import {
  diffIds,
  gone,
  keepIds,
  mergedInto,
  mergesAndSplits,
  newLinks,
  newMembers,
  newResults,
  removedMembers,
  statusChanged,
  statusChanges,
} from './watch-diff.js';
import { clusterNewLinks, entityNewLinks, statusesOf } from './watch-reads.js';
import {
  SEARCH_RESULTS,
  type ChangeDraft,
  type WatchKind,
  type WatchState,
} from './watchlists-types.js';

export interface WatchTargetRef {
  kind: WatchKind;
  target: string;
  label: string;
}

export interface Evaluation {
  state: WatchState;
  label: string;
  changes: ChangeDraft[];
}

/**
 * Evaluates `watch` from `state` up to the graph revision `upTo`. With `baseline`, only the state is
 * taken (following: nothing is new yet) and a target the owner cannot see is NOT_FOUND.
 */
export async function evaluateWatch(
  executor: Executor,
  ctx: RequestContext,
  watch: WatchTargetRef,
  state: WatchState,
  upTo: string,
  clusters: ClusterPort,
  baseline = false,
): Promise<Evaluation> {
  switch (watch.kind) {
    case 'CLUSTER':
      return evaluateCluster(executor, ctx, watch, state, upTo, clusters, baseline);
    case 'ENTITY':
      return evaluateEntity(executor, ctx, watch, state, upTo, baseline);
    case 'SEARCH':
      return evaluateSearch(executor, ctx, watch, state, upTo, baseline);
  }
}

function goneOnce(watch: WatchTargetRef, state: WatchState, upTo: string): Evaluation {
  return {
    state: { ...state, gone: true, addedUpTo: upTo },
    label: watch.label,
    changes: state.gone ? [] : gone(watch.label),
  };
}

async function evaluateCluster(
  executor: Executor,
  ctx: RequestContext,
  watch: WatchTargetRef,
  state: WatchState,
  upTo: string,
  clusters: ClusterPort,
  baseline: boolean,
): Promise<Evaluation> {
  const followed = state.clusterId ?? watch.target;
  const view = await clusters.view(executor, ctx);
  let found = view.resolve(followed);
  if (!found && !baseline) {
    // The id no longer answers in the owner's view (recomputed under other keys): the cluster that holds
    // most of the members it had is the one followed now.
    const moved = relocate(view, state.members);
    found = moved && view.resolve(moved.id);
  }
  if (!found) {
    if (baseline)
      throw new NotFoundError(`No cluster with id "${followed.slice(0, 80)}".`, { field: 'id' });
    return goneOnce(watch, state, upTo);
  }
  const cluster = found;
  const members = keepIds(cluster.members);
  const history = await clusters.history(executor, ctx, cluster.id);
  const label = cluster.name;
  const compounds = members.filter((id) => labelOfId(id) === 'Compound');
  const statuses = await statusesOf(executor, ctx, compounds);
  const next: WatchState = {
    ...state,
    addedUpTo: upTo,
    clusterId: cluster.id,
    members,
    statuses,
    gone: false,
  };
  if (baseline) {
    const latest = history.reduce((at, e) => (e.at > at ? e.at : at), '');
    return { label, changes: [], state: { ...next, eventsAt: latest } };
  }
  const changes: ChangeDraft[] = [];
  // Merged into another cluster: the followed id resolves to the absorbing one.
  const merged = cluster.id !== followed && view.resolve(followed)?.id === cluster.id;
  if (merged) changes.push(...mergedInto(watch.label, cluster.id, cluster.name));
  // The cluster's own events (the history also lists those of the clusters it absorbed); the absorbing
  // cluster's MERGED event that names the watched one is the merge just reported.
  const events = history.filter(
    (e) => e.clusterId === cluster.id && !(merged && e.others.includes(followed)),
  );
  const { changes: structural, latest } = mergesAndSplits(label, events, state.eventsAt);
  changes.push(...structural);
  const { added, removed } = diffIds(state.members, members);
  changes.push(...newMembers(label, added), ...removedMembers(label, removed));
  const links = await clusterNewLinks(executor, ctx, members, state.addedUpTo, upTo);
  changes.push(...newLinks(label, links.links, links.ends));
  changes.push(...statusChanged(label, statusChanges(state.statuses, statuses)));
  return { label, changes, state: { ...next, eventsAt: latest } };
}

async function evaluateEntity(
  executor: Executor,
  ctx: RequestContext,
  watch: WatchTargetRef,
  state: WatchState,
  upTo: string,
  baseline: boolean,
): Promise<Evaluation> {
  const entity = await findEntity(executor, ctx, watch.target);
  if (!entity) {
    if (baseline)
      throw new ScamgraphError('NOT_FOUND', `No entity with id "${watch.target.slice(0, 200)}".`, {
        field: 'id',
      });
    return goneOnce(watch, state, upTo);
  }
  const label = entity.display || entity.value;
  const statuses = await statusesOf(executor, ctx, [entity.id]);
  const next: WatchState = { ...state, addedUpTo: upTo, statuses, gone: false };
  if (baseline) return { label, changes: [], state: next };
  const links = await entityNewLinks(executor, ctx, entity.id, state.addedUpTo, upTo);
  return {
    label,
    state: next,
    changes: [
      ...newLinks(label, links.links, links.ends),
      ...statusChanged(label, statusChanges(state.statuses, statuses)),
    ],
  };
}

async function evaluateSearch(
  executor: Executor,
  ctx: RequestContext,
  watch: WatchTargetRef,
  state: WatchState,
  upTo: string,
  baseline: boolean,
): Promise<Evaluation> {
  const { hits } = await search(executor, ctx, watch.target, null, SEARCH_RESULTS, null);
  const ids = hits.map((h) => h.node.id);
  const { added } = diffIds(state.results, ids);
  const next: WatchState = {
    ...state,
    addedUpTo: upTo,
    results: keepIds([...state.results, ...ids]),
  };
  return {
    label: watch.label,
    state: next,
    changes: baseline ? [] : newResults(watch.target, added),
  };
}
