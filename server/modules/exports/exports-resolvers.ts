// Indicator set and export resolvers: one-liners over the exports service (inline exports take an export
// slot); sets are shown as the caller may see them (presentSets).
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { GraphQLContext } from '../../graphql-context.js';
import { filterFromInput, toIndicatorSet } from './exports-map.js';
import { presentSets } from './sets-service.js';
import type { IndicatorSetModel } from './exports-types.js';

const shown = async ({ services, ctx }: GraphQLContext, sets: IndicatorSetModel[]) =>
  (await presentSets(services.executor, ctx, sets)).map(toIndicatorSet);

export const exportsResolvers: Resolvers = {
  Query: {
    indicatorSets: async (_, __, c) => shown(c, await c.services.listIndicatorSets(c.ctx)),
    indicatorSet: async (_, { id }, c) =>
      (await shown(c, [await c.services.getIndicatorSet(c.ctx, id)]))[0]!,
    exportIndicators: (_, { setId, ids, filter, format }, { services, ctx, exportSlots }) =>
      exportSlots.run(() =>
        services.exportInline(
          ctx,
          { setId: setId ?? undefined, ids: ids ?? undefined, filter: filterFromInput(filter) },
          format,
        ),
      ),
  },
  Mutation: {
    deleteIndicatorSet: async (_, { id }, c) =>
      (await shown(c, [await c.services.deleteIndicatorSet(c.ctx, id)]))[0]!,
    createIndicatorSet: async (_, { input }, c) =>
      (
        await shown(c, [
          await c.services.createIndicatorSet(c.ctx, {
            name: input.name,
            ids: input.ids,
            clusterOf: input.clusterOf,
            filter: filterFromInput(input.filter),
            sharedWith: input.sharedWith,
          }),
        ])
      )[0]!,
  },
};
