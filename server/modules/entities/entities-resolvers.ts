// Entity resolvers: one line each, calling the entity services.
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { kindOf, labelOf } from '../common/kinds.js';
import { propertyList } from './entities-map.js';
import { isClusterId } from '../clusters/cluster-names.js';

export const entitiesResolvers: Resolvers = {
  Query: {
    lookup: (_, a, { services, ctx }) =>
      services.lookup(ctx, a.value, a.kind ? labelOf(a.kind) : null, a.defaultRegion),
    search: async (_, a, { services, ctx }) => {
      const r = await services.search(
        ctx,
        a.query,
        a.kinds?.map(labelOf) ?? null,
        a.first ?? 20,
        a.after,
      );
      return { hits: r.hits, pageInfo: { hasNextPage: r.hasNextPage, endCursor: r.endCursor } };
    },
    entity: (_, a, { services, ctx }) => services.getEntity(ctx, a.id),
    neighborhood: (_, a, { services, ctx }) =>
      services.neighborhood(ctx, a.id, a.depth ?? 1, a.limit ?? 200),
    // An entity id (old deep links): its connected subgraph; a cluster id (`cl-…`): that cluster's members.
    cluster: (_, a, { services, ctx }) =>
      isClusterId(a.id)
        ? services.clusterSubgraph(ctx, a.id, a.limit ?? 1000)
        : services.cluster(ctx, a.id, a.limit ?? 1000),
    shortestPath: (_, a, { services, ctx }) =>
      services.shortestPath(ctx, a.fromId, a.toId, a.maxDepth ?? 6),
  },
  LookupResult: {
    kind: (r) => (r.label ? kindOf(r.label) : null),
    hostnames: async (r, a, { services, ctx }) =>
      r.label === 'Domain' && r.normalized && r.registrable
        ? services.hostnamesUnder(ctx, r.normalized, r.registrable, a.first ?? 20)
        : [],
  },
  Entity: {
    kind: (e) => kindOf(e.label),
    properties: (e) => propertyList(e.props),
    sources: async (e, _, { loadSource }) =>
      (await Promise.all(e.sourceIds.map(loadSource))).filter((s) => s !== null),
  },
  Edge: {
    properties: (e) => propertyList(e.props),
  },
};
