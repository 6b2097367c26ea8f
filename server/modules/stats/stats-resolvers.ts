// Stats resolvers.
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { kindOf } from '../common/kinds.js';

export const statsResolvers: Resolvers = {
  Query: {
    stats: async (_, __, { services, ctx }) => {
      const s = await services.stats(ctx);
      return { ...s, nodes: s.nodes.map((n) => ({ kind: kindOf(n.label), count: n.count })) };
    },
  },
};
