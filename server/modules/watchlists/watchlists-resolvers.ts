// Watchlist and webhook resolvers: one line each, calling the watchlist services.
import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const watchlistsResolvers: Resolvers = {
  Query: {
    watchlist: (_, __, { services, ctx }) => services.watchlist(ctx),
    watchChanges: (_, args, { services, ctx }) => services.watchChanges(ctx, args),
    webhook: (_, __, { services, ctx }) => services.webhook(ctx),
    webhookDeliveries: (_, { first }, { services, ctx }) =>
      services.webhookDeliveries(ctx, first ?? 50),
  },
  Mutation: {
    follow: (_, { target }, { services, ctx }) => services.follow(ctx, target),
    unfollow: (_, { id }, { services, ctx }) => services.unfollow(ctx, id),
    markChangesSeen: (_, { watchId }, { services, ctx }) => services.markChangesSeen(ctx, watchId),
    setWebhook: (_, args, { services, ctx }) => services.setWebhook(ctx, args),
    testWebhook: (_, __, { services, ctx }) => services.testWebhook(ctx),
  },
};
