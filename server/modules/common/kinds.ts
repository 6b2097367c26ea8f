// EntityKind (GraphQL enum) ↔ node label.
import { BadInputError } from '../../errors.js';
import { NODE_LABELS, type NodeLabel } from '../../model.js';
import type { EntityKind } from '../../__generated__/resolvers-types.js';

export function kindOf(label: NodeLabel): EntityKind {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as EntityKind;
}

const LABEL_BY_KIND = new Map<string, NodeLabel>(NODE_LABELS.map((l) => [kindOf(l), l]));

export function labelOf(kind: EntityKind): NodeLabel {
  const label = LABEL_BY_KIND.get(kind);
  if (!label)
    throw new BadInputError(`Unknown kind ${kind}.`, { field: 'kind', reason: 'UNKNOWN_KIND' });
  return label;
}
