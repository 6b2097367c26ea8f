// GraphQL cost limit tuned to our schema: each field costs 1, fields that do database work cost what it is worth.
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';

/**
 * A type as this rule reads it. Duck-typed on purpose: under the test runner the schema's types come from
 * graphql's CommonJS build and this module may get its ES build, so graphql's `isCompositeType` would throw.
 */
interface TypeLike {
  name: string;
  getFields?: () => Record<string, { type: unknown } | undefined>;
}

/** The named type under lists and non-nulls. */
function namedType(type: unknown): TypeLike | undefined {
  let t = type as { ofType?: unknown } | undefined;
  while (t && typeof t === 'object' && 'ofType' in t && t.ofType) t = t.ofType as typeof t;
  return t as TypeLike | undefined;
}

/**
 * Cost of one use of a field, in "work units" (a plain field: 1), by `Type.field`. The figures follow the
 * worst case each resolver allows: an inline export reads every selected entity page by page (seconds to
 * tens of seconds on a large graph, up to 20 MB); a cluster expands 4 hops to 5,000 nodes; a neighbourhood
 * 3 hops to 2,000; a shortest path searches up to 10 hops; an ingest writes up to 1,000 values.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.exportIndicators': 400,
  'Query.cluster': 100,
  'Query.shortestPath': 60,
  'Query.neighborhood': 40,
  'Query.search': 10,
  'Query.compounds': 10,
  'Query.stats': 10,
  'Query.lookup': 5,
  'LookupResult.hostnames': 5,
  'Query.indicatorSets': 5,
  'Query.auditEvents': 10,
  'Query.entity': 2,
  'Query.indicatorSet': 2,
  'Mutation.ingest': 200,
  'Mutation.createIndicatorSet': 100,
  'Mutation.deleteIndicatorSet': 5,
};

/** Cost of one request (one operation): 1,000 allows two inline exports, or ten clusters, not more. */
export const MAX_QUERY_COST = 1_000;

/** The cost of an operation; fragments are costed once per fragment and counted at every use. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragment: (name: string) => FragmentDefinitionNode | undefined,
  costs: Readonly<Record<string, number>> = FIELD_COSTS,
): { cost: number; top: Map<string, number> } {
  const fragmentCosts = new Map<string, number>();
  const visiting = new Set<string>();
  const top = new Map<string, number>();

  const typeNamed = (name: string) => namedType(schema.getType(name));

  const selectionCost = (set: SelectionSetNode, type: TypeLike | undefined): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const key = type ? `${type.name}.${name}` : name;
        const own = costs[key] ?? 1;
        if (own > 1) top.set(key, (top.get(key) ?? 0) + 1);
        const child = namedType(type?.getFields?.()[name]?.type);
        total += own + (selection.selectionSet ? selectionCost(selection.selectionSet, child) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const cond = selection.typeCondition;
        total += selectionCost(selection.selectionSet, cond ? typeNamed(cond.name.value) : type);
      } else {
        total += spreadCost(selection.name.value);
      }
    }
    return total;
  };

  const spreadCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const def = fragment(name);
    if (!def || visiting.has(name)) return 0; // unknown or cyclic: other rules report it
    visiting.add(name);
    const cost = selectionCost(def.selectionSet, typeNamed(def.typeCondition.name.value));
    visiting.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return { cost: selectionCost(operation.selectionSet, namedType(root)), top };
}

/** A validation rule refusing operations that cost more than `maxCost` (BAD_USER_INPUT, reason COST_LIMIT). */
export function costLimitRule(maxCost = MAX_QUERY_COST): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const { cost, top } = operationCost(
        context.getSchema(),
        operation,
        (name) => context.getFragment(name) ?? undefined,
      );
      if (cost <= maxCost) return;
      const heavy = [...top.entries()]
        .sort((a, b) => (FIELD_COSTS[b[0]] ?? 1) * b[1] - (FIELD_COSTS[a[0]] ?? 1) * a[1])
        .slice(0, 3)
        .map(
          ([key, n]) => `${key.split('.')[1]} costs ${FIELD_COSTS[key]}${n > 1 ? ` (×${n})` : ''}`,
        );
      context.reportError(
        new GraphQLError(
          `This request would cost ${Number.isFinite(cost) ? cost : 'too much'}, more than the ${maxCost} one request may` +
            `${heavy.length ? ` (${heavy.join(', ')})` : ''}. Split it into several requests.`,
          {
            nodes: [operation],
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'COST_LIMIT',
              cost: Number.isFinite(cost) ? cost : null,
              maxCost,
            },
          },
        ),
      );
    },
  });
}
