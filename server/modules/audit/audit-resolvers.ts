// Audit log resolvers: one-liners over the audit service.
import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_, { filter, first, after }, { services, ctx }) =>
      services.auditEvents(ctx, filter ?? {}, first ?? undefined, after),
  },
};
