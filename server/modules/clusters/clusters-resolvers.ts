// Cluster resolvers: one line each, calling the clusters services.
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { kindOf, labelOf } from '../common/kinds.js';

export const clustersResolvers: Resolvers = {
  Query: {
    clusters: (_, a, { services, ctx }) =>
      services.listClusters(ctx, {
        filter: a.filter
          ? { ...a.filter, kind: a.filter.kind ? labelOf(a.filter.kind) : null }
          : null,
        orderBy: a.orderBy ?? 'SIZE_DESC',
        first: a.first ?? 20,
        after: a.after,
      }),
    clusterById: (_, a, { services, ctx }) => services.clusterById(ctx, a.id),
    clusterOf: (_, a, { services, ctx }) => services.clusterOf(ctx, a.entityId),
    explainLink: (_, a, { services, ctx }) => services.explainLink(ctx, a.a, a.b),
  },
  Mutation: {
    renameCluster: (_, a, { services, ctx }) => services.renameCluster(ctx, a.id, a.name ?? null),
    recomputeClusters: (_, a, { services, ctx }) =>
      services.recomputeClusters(ctx, { full: a.full ?? false }),
  },
  Cluster: {
    kinds: (c) => c.kinds.map((k) => ({ kind: kindOf(k.label), count: k.count })),
    members: (c, a, { services, ctx }) =>
      services.clusterMembers(ctx, c.id, a.kind ? labelOf(a.kind) : null, a.first ?? 100),
    subgraph: (c, a, { services, ctx }) => services.clusterSubgraph(ctx, c.id, a.limit ?? 500),
    history: (c, _, { services, ctx }) => services.clusterHistory(ctx, c.id),
  },
};
