// Ingest resolvers: one line each, calling the ingest services.
import type { Resolvers } from '../../__generated__/resolvers-types.js';

function named(map: Record<string, number>) {
  return Object.entries(map).map(([name, count]) => ({ name, count }));
}

export const ingestResolvers: Resolvers = {
  Mutation: {
    ingest: async (_, { input }, { services, ctx }) => {
      const r = await services.ingest(ctx, input);
      return {
        ...r,
        created: r.new,
        rejectedByReason: named(r.rejectedByReason),
        skippedByType: named(r.skippedByType),
        warningsByReason: named(r.warningsByReason),
        layouts: r.layouts.map((l) => ({ ...l, accepts: l.accepts ?? [] })),
        rejects: r.rejects.map((x) => ({ ...x, warning: x.warning ?? false })),
      };
    },
  },
};
