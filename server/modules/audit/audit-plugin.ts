// Apollo plugin: notes each GraphQL operation for the audit log. Mutations always (operation
// `mutation:<fields>`, with the ids they return); exports and audit reads always; other queries when what
// their resolvers returned holds objects at AMBER, AMBER+STRICT or RED (with their ids). The TLP is read
// from the values resolvers return for fields of a type with a `tlp` field (Entity, Edge…), whether or not
// the query selected `tlp`, so that the audit does not depend on how each read is written.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLOutputType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../../graphql-context.js';
import { TLP_LEVELS, type Tlp } from '../../model.js';
import { auditNote, closeAuditLogs } from './audit-recorder.js';
import type { AuditNote } from './audit-collector.js';

/** The TLPs whose return makes a read an audited one (SPEC §6). */
const RESTRICTED = new Set<string>(['AMBER', 'AMBER_STRICT', 'RED']);
const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);

/** Query fields recorded whatever they return: what they do, from their arguments and result. */
const ALWAYS: Record<string, (args: Record<string, unknown>, result: unknown) => AuditNote> = {
  exportIndicators: (args, result) => ({
    operation: `export:${String(args.format ?? '').toLowerCase()}`,
    ids:
      typeof args.setId === 'string'
        ? [args.setId]
        : Array.isArray(args.ids)
          ? args.ids.filter((id): id is string => typeof id === 'string')
          : [],
    count: Number((result as { count?: unknown } | null)?.count ?? 0),
    detail: args.setId
      ? `set ${String(args.setId)}`
      : Array.isArray(args.ids)
        ? `selection of ${args.ids.length} id(s)${args.filter ? ', ad-hoc filter' : ''}`
        : args.filter
          ? 'ad-hoc filter'
          : 'everything visible',
  }),
  auditEvents: (_args, result) => ({
    operation: 'audit:read',
    count: ((result as { events?: unknown[] } | null)?.events ?? []).length,
  }),
};

/** Names of the object types that carry a TLP. Duck-typed: graphql may be loaded twice (ESM and CommonJS). */
function tlpTypes(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    const fields = 'getFields' in type && 'getInterfaces' in type ? type.getFields() : {};
    if (!type.name.startsWith('__') && 'tlp' in fields) names.add(type.name);
  }
  return names;
}

/** The name of a field's type under its list and non-null wrappers. */
function namedTypeOf(type: GraphQLOutputType): string {
  let t: unknown = type;
  while (t && typeof t === 'object' && 'ofType' in t && t.ofType) t = t.ofType;
  return (t as { name?: string }).name ?? '';
}

/** The ids a mutation's result names: its `id`, `sourceId`, and the `id` of an `account` it holds. */
function idsOf(result: unknown): string[] {
  const ids: string[] = [];
  for (const item of Array.isArray(result) ? result : [result]) {
    if (!item || typeof item !== 'object') continue;
    const r = item as { id?: unknown; sourceId?: unknown; account?: { id?: unknown } };
    for (const id of [r.id, r.sourceId, r.account?.id]) if (typeof id === 'string') ids.push(id);
  }
  return ids;
}

function countOf(result: unknown, ids: string[]): number {
  const r = result as { indicators?: unknown } | null;
  return typeof r?.indicators === 'number' ? r.indicators : ids.length;
}

interface RootField {
  name: string;
  args: Record<string, unknown>;
  result?: unknown;
  failed?: boolean;
}

/** What one operation returned that carries a TLP: restricted ids with their TLP, and how many in all. */
class Returned {
  readonly restricted = new Map<string, Tlp>();
  private readonly all = new Set<string>();
  private anonymous = 0;
  maxTlp: Tlp | null = null;

  add(id: unknown, tlp: unknown): void {
    if (typeof tlp !== 'string' || !TLP_LEVELS.includes(tlp as Tlp)) return;
    if (typeof id === 'string') this.all.add(id);
    else this.anonymous += 1;
    if (!RESTRICTED.has(tlp)) return;
    if (typeof id === 'string') this.restricted.set(id, tlp as Tlp);
    if (this.maxTlp === null || rank(tlp as Tlp) > rank(this.maxTlp)) this.maxTlp = tlp as Tlp;
  }

  /** A resolved value: an object with a `tlp`, or a (nested) list of them. */
  inspect(value: unknown): void {
    if (Array.isArray(value)) for (const v of value) this.inspect(v);
    else if (value && typeof value === 'object') {
      const v = value as { id?: unknown; tlp?: unknown };
      this.add(v.id, v.tlp);
    }
  }

  get total(): number {
    return this.all.size + this.anonymous;
  }
}

/** An error's stable code: ours (server/errors.ts) are on the original error until formatError runs. */
function codeOf(error: { extensions?: Record<string, unknown>; originalError?: unknown }): string {
  const original = error.originalError as { code?: unknown } | undefined;
  const code = error.extensions?.code ?? original?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

const errorOutcome = (codes: string[]) =>
  codes.length === 0
    ? 'ok'
    : codes.every((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')
      ? 'refused'
      : 'failed';

export function auditPlugin(): ApolloServerPlugin<GraphQLContext> {
  let carriers = new Set<string>();
  /** Per field coordinate: does it return objects that carry a TLP? */
  const returnsTlp = new Map<string, boolean>();
  const carriesTlp = (info: GraphQLResolveInfo) => {
    const key = `${info.parentType.name}.${info.fieldName}`;
    let yes = returnsTlp.get(key);
    if (yes === undefined) {
      yes = carriers.has(namedTypeOf(info.returnType));
      returnsTlp.set(key, yes);
    }
    return yes;
  };

  return {
    async serverWillStart({ schema }) {
      carriers = tlpTypes(schema);
      // Apollo stops after the HTTP server drained and before the driver closes: write what is queued.
      return { serverWillStop: () => closeAuditLogs() };
    },

    async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
      const roots: RootField[] = [];
      const returned = new Returned();
      return {
        async executionDidStart() {
          return {
            willResolveField({ source, args, info }) {
              if (info.path.prev === undefined) {
                const root: RootField = { name: info.fieldName, args };
                roots.push(root);
                return (error, result) => {
                  root.failed = Boolean(error);
                  root.result = result;
                  if (!error && carriesTlp(info)) returned.inspect(result);
                };
              }
              // A `tlp` the resolver computes itself (the parent value has none): read it when resolved.
              if (info.fieldName === 'tlp' && carriers.has(info.parentType.name)) {
                const parent = source as { id?: unknown; tlp?: unknown } | null;
                if (parent && parent.tlp === undefined)
                  return (error, result) => {
                    if (!error) returned.add(parent.id, result);
                  };
                return;
              }
              if (!carriesTlp(info)) return;
              return (error, result) => {
                if (!error) returned.inspect(result);
              };
            },
          };
        },

        async willSendResponse({ operation, errors, contextValue }) {
          if (!operation) return; // not parsed or not valid: nothing ran
          const executor = contextValue.services.executor;
          const actor = contextValue.ctx;
          const codes = [...new Set((errors ?? []).map(codeOf))];
          const outcome = errorOutcome(codes);
          const detail = codes.length ? `errors: ${codes.join(', ')}` : undefined;
          const names = roots.length
            ? [...new Set(roots.map((r) => r.name))]
            : operation.selectionSet.selections.flatMap((s) =>
                s.kind === 'Field' ? [s.name.value] : [],
              );
          if (operation.operation === 'mutation') {
            const ids = roots.flatMap((r) => (r.failed ? [] : idsOf(r.result)));
            const count = roots.reduce(
              (n, r) => n + (r.failed ? 0 : countOf(r.result, idsOf(r.result))),
              0,
            );
            auditNote(
              executor,
              {
                operation: `mutation:${names.join(',')}`,
                primary: true,
                ids: [...ids, ...returned.restricted.keys()],
                count,
                maxTlp: returned.maxTlp,
                outcome,
                detail,
              },
              actor,
            );
            return;
          }
          for (const root of roots) {
            const always = ALWAYS[root.name];
            if (always)
              auditNote(
                executor,
                {
                  ...always(root.args, root.result),
                  primary: true,
                  outcome: root.failed ? outcome : 'ok',
                },
                actor,
              );
          }
          if (returned.restricted.size > 0)
            auditNote(
              executor,
              {
                operation: `query:${names.join(',')}`,
                primary: true,
                ids: [...returned.restricted.keys()],
                count: returned.restricted.size,
                maxTlp: returned.maxTlp,
                outcome,
                detail: [`${returned.total} object(s) with a TLP returned`, detail]
                  .filter(Boolean)
                  .join('; '),
              },
              actor,
            );
        },
      };
    },
  };
}
