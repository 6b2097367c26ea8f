// Indicator set and export resolvers: one-liners over the exports service (inline exports take an export slot).
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { filterFromInput, toIndicatorSet } from './exports-map.js';

export const exportsResolvers: Resolvers = {
  Query: {
    indicatorSets: async (_, __, { services, ctx }) =>
      (await services.listIndicatorSets(ctx)).map(toIndicatorSet),
    indicatorSet: async (_, { id }, { services, ctx }) =>
      toIndicatorSet(await services.getIndicatorSet(ctx, id)),
    exportIndicators: (_, { setId, filter, format }, { services, ctx, exportSlots }) =>
      exportSlots.run(() =>
        services.exportInline(
          ctx,
          { setId: setId ?? undefined, filter: filterFromInput(filter) },
          format,
        ),
      ),
  },
  Mutation: {
    deleteIndicatorSet: async (_, { id }, { services, ctx }) =>
      toIndicatorSet(await services.deleteIndicatorSet(ctx, id)),
    createIndicatorSet: async (_, { input }, { services, ctx }) =>
      toIndicatorSet(
        await services.createIndicatorSet(ctx, {
          name: input.name,
          ids: input.ids,
          clusterOf: input.clusterOf,
          filter: filterFromInput(input.filter),
        }),
      ),
  },
};
