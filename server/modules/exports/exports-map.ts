// Maps indicator sets and filters between the GraphQL shapes and the service's models.
import type {
  IndicatorFilterInput,
  IndicatorSet,
  IndicatorSetMode,
} from '../../__generated__/resolvers-types.js';
import { kindOf, labelOf } from '../common/kinds.js';
import type { ExportFilter, IndicatorSetModel } from './exports-types.js';

export function filterFromInput(
  input: IndicatorFilterInput | null | undefined,
): ExportFilter | undefined {
  if (!input) return undefined;
  const out: ExportFilter = {};
  if (input.kinds) out.kinds = input.kinds.map(labelOf);
  if (input.minConfidence !== null && input.minConfidence !== undefined)
    out.minConfidence = input.minConfidence;
  if (input.maxTlp) out.maxTlp = input.maxTlp;
  if (input.seenSince) out.seenSince = input.seenSince;
  if (input.country) out.country = input.country;
  if (input.source) out.source = input.source;
  return out;
}

/** A set as presented to its caller (sets-service.ts presentSets: only ids the caller may see). */
export function toIndicatorSet(set: IndicatorSetModel): IndicatorSet {
  const f = set.definition.filter ?? {};
  return {
    id: set.id,
    name: set.name,
    mode: set.definition.mode.toUpperCase() as IndicatorSetMode,
    ids: set.definition.ids ?? [],
    clusterOf: set.definition.clusterOf ?? null,
    filter: {
      kinds: (f.kinds ?? []).map(kindOf),
      minConfidence: f.minConfidence ?? null,
      maxTlp: f.maxTlp ?? null,
      seenSince: f.seenSince ?? null,
      country: f.country ?? null,
      source: f.source ?? null,
    },
    organisation: set.organisation,
    sharedWith: set.sharedWith,
    createdBy: set.createdBy,
    createdAt: set.createdAt,
    taxiiCollectionPath: `/taxii2/api/collections/${set.id}/`,
  };
}
