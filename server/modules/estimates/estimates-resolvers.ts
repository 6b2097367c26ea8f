// Estimates resolvers: one call into the service (estimates-service.ts).
import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const estimatesResolvers: Resolvers = {
  Query: {
    estimates: (_, a, { services, ctx }) => services.estimates(ctx, a.filter),
  },
};
