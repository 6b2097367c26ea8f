// Compound resolvers.
import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const compoundsResolvers: Resolvers = {
  Query: {
    compounds: (_, a, { services, ctx }) =>
      services.compounds(ctx, a.country, a.status, a.first ?? 1000),
  },
};
