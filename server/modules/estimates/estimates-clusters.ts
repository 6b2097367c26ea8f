// The clusters the estimates need (helper A's `clusterIndexFor`, server/modules/clusters): the cluster of
// a deposit wallet or a reported entity, a cluster's members and countries, in the caller's view.
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { NotFoundError } from '../../errors.js';
import { clusterIndexFor } from '../clusters/clusters-service.js';

export interface EstimateClusters {
  /** The cluster id of an entity, or '' when it is in none. */
  originOf(entityId: string): string;
  name(clusterId: string): string | undefined;
  /** Does the entity's cluster operate in this country? */
  inCountry(entityId: string, country: string): boolean;
  /** Does this cluster operate in this country? */
  inCountryOfCluster(clusterId: string, country: string): boolean;
  /** Members of the filter's cluster (undefined without a cluster filter). */
  members: ReadonlySet<string> | undefined;
}

export async function estimateClusters(
  executor: Executor,
  ctx: RequestContext,
  clusterId: string | null,
): Promise<EstimateClusters> {
  const index = await clusterIndexFor(executor, ctx);
  const names = new Map<string, string>();
  const countries = new Map<string, ReadonlySet<string>>();
  for (const c of index.clusters()) {
    names.set(c.id, c.name);
    countries.set(c.id, new Set(c.countries));
  }
  let members: Set<string> | undefined;
  if (clusterId !== null) {
    const ids = index.memberIds(clusterId);
    if (!ids)
      throw new NotFoundError(`No cluster with id "${clusterId.slice(0, 200)}".`, {
        field: 'clusterId',
      });
    members = new Set(ids);
  }
  const originOf = (id: string) => index.clusterOf(id)?.id ?? '';
  return {
    originOf,
    name: (id) => names.get(id),
    inCountry: (id, country) => countries.get(originOf(id))?.has(country) ?? false,
    inCountryOfCluster: (id, country) => countries.get(id)?.has(country) ?? false,
    members,
  };
}
