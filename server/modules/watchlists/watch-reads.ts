// The graph reads of an evaluation, each through the owner's visibility keys ($vis, SPEC §6): new links of
// an entity or among a cluster's members, statuses, which ids are still visible; and the graph's revision.
import { cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { INFRA_REL_TYPES, labelOfId, type NodeLabel } from '../../model.js';
import { visibilityParams } from '../access/visibility.js';
import { latestStatus, type StatusSaid } from './watch-diff.js';
import { MAX_CHANGE_IDS } from './watchlists-types.js';

/** The links a watch counts: infrastructure links, and victim reports involving what it follows. */
const WATCHED_TYPES = [...INFRA_REL_TYPES, 'INVOLVES'] as const;

/** Ids grouped by the label their prefix names (unknown prefixes dropped). */
function byLabel(ids: readonly string[]): Map<NodeLabel, string[]> {
  const out = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (!label) continue;
    const list = out.get(label) ?? [];
    list.push(id);
    out.set(label, list);
  }
  return out;
}

/** The graph's revision: the latest `addedAt` of any assertion or link ('' for an empty graph). */
export async function latestAdded(executor: Executor): Promise<string> {
  return executor.readTx(async (tx) => {
    let latest = '';
    for (const type of ['REPORTED_IN', ...INFRA_REL_TYPES]) {
      const result = await tx.run(cypherWith('watchlists/latest-added', { type }));
      const at = result.records[0]?.get('latest') as unknown;
      if (typeof at === 'string' && at > latest) latest = at;
    }
    return latest;
  });
}

export interface NewLinks {
  links: number;
  /** The other ends (entity) or both ends (cluster) of the new links. */
  ends: string[];
}

/** New links of one entity in (since, upTo] that the caller may see. */
export async function entityNewLinks(
  executor: Executor,
  ctx: RequestContext,
  id: string,
  since: string,
  upTo: string,
): Promise<NewLinks> {
  const label = labelOfId(id);
  if (!label || since >= upTo) return { links: 0, ends: [] };
  const rows = await executor.read({
    cypher: cypherWith('watchlists/entity-new-links', { label, types: WATCHED_TYPES.join('|') }),
    params: { id, since, upTo, maxIds: MAX_CHANGE_IDS, ...visibilityParams(ctx) },
  });
  const r = rows[0];
  return {
    links: Number(r?.links ?? 0),
    ends: Array.isArray(r?.ends) ? r.ends.map(String) : [],
  };
}

/** New links among a cluster's members in (since, upTo] that the caller may see. */
export async function clusterNewLinks(
  executor: Executor,
  ctx: RequestContext,
  memberIds: readonly string[],
  since: string,
  upTo: string,
): Promise<NewLinks> {
  if (!memberIds.length || since >= upTo) return { links: 0, ends: [] };
  const params = { ids: memberIds, since, upTo, ...visibilityParams(ctx) };
  return executor.readTx(async (tx) => {
    let links = 0;
    const ends = new Set<string>();
    for (const type of INFRA_REL_TYPES) {
      const result = await tx.run(cypherWith('watchlists/cluster-new-links', { type }), params);
      for (const rec of result.records) {
        links += 1;
        ends.add(String(rec.get('from')));
        ends.add(String(rec.get('to')));
      }
    }
    return { links, ends: [...ends].sort() };
  });
}

/** The status of each of `ids` that has one for the caller (compounds: active, raided, relocated…). */
export async function statusesOf(
  executor: Executor,
  ctx: RequestContext,
  ids: readonly string[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [label, list] of byLabel(ids)) {
    const rows = await executor.read({
      cypher: cypherWith('watchlists/statuses', { label }),
      params: { ids: list, ...visibilityParams(ctx) },
    });
    for (const r of rows) {
      const status = latestStatus(Array.isArray(r.said) ? (r.said as StatusSaid[]) : []);
      if (status) out[String(r.id)] = status;
    }
  }
  return out;
}

/** Which of `ids` exist for the caller now. */
export async function visibleIds(
  executor: Executor,
  ctx: RequestContext,
  ids: readonly string[],
): Promise<Set<string>> {
  const out = new Set<string>();
  for (const [label, list] of byLabel([...new Set(ids)])) {
    const rows = await executor.read({
      cypher: cypherWith('watchlists/visible-ids', { label }),
      params: { ids: list, ...visibilityParams(ctx) },
    });
    for (const r of rows) out.add(String(r.id));
  }
  return out;
}
