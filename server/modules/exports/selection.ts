// Turns an indicator set definition and the caller's visibility keys into a Selection the statements can run.
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { NODE_LABELS, TLP_LEVELS, labelOfId, type NodeLabel, type Tlp } from '../../model.js';
import { visibilityParams } from '../access/visibility.js';
import { getEntity } from '../entities/entities-service.js';
import { cluster } from '../entities/traversal-service.js';
import { LIMITS } from '../common/limits.js';
import { EXPORT_LABELS } from './export-reader.js';
import type { ExportFilter, Selection, SetDefinition } from './exports-types.js';

const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);

/** The lower of the caller's clearance and the filter's maximum TLP. */
export function ceilingOf(ctx: RequestContext, filter?: ExportFilter): Tlp {
  const max = filter?.maxTlp ?? 'RED';
  return rank(max) < rank(ctx.clearance) ? max : ctx.clearance;
}

/** Stored times are `YYYY-MM-DDTHH:MM:SSZ`; a filter time is brought to the same form to compare as text. */
export function normalizeSince(value: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t))
    throw new BadInputError(`seenSince "${value}" is not an ISO-8601 date or time.`, {
      field: 'seenSince',
      reason: 'BAD_DATE',
    });
  return new Date(t).toISOString().slice(0, 19) + 'Z';
}

/** Checks a filter and returns it in normal form (upper-case country, ISO times, known kinds). */
export function validateFilter(filter: ExportFilter = {}): ExportFilter {
  const out: ExportFilter = {};
  if (filter.kinds?.length) {
    for (const k of filter.kinds) {
      if (!NODE_LABELS.includes(k))
        throw new BadInputError(`Unknown kind ${k}.`, { field: 'kinds', reason: 'UNKNOWN_KIND' });
    }
    out.kinds = [...new Set(filter.kinds)];
  }
  if (filter.minConfidence !== undefined && filter.minConfidence !== null) {
    if (
      !Number.isInteger(filter.minConfidence) ||
      filter.minConfidence < 0 ||
      filter.minConfidence > 100
    ) {
      throw new BadInputError('minConfidence must be an integer from 0 to 100.', {
        field: 'minConfidence',
        reason: 'OUT_OF_RANGE',
      });
    }
    out.minConfidence = filter.minConfidence;
  }
  if (filter.maxTlp) {
    if (!TLP_LEVELS.includes(filter.maxTlp))
      throw new BadInputError(`Unknown TLP ${filter.maxTlp}.`, {
        field: 'maxTlp',
        reason: 'UNKNOWN_TLP',
      });
    out.maxTlp = filter.maxTlp;
  }
  if (filter.seenSince) out.seenSince = normalizeSince(filter.seenSince);
  if (filter.country) {
    if (!/^[A-Za-z]{2}$/.test(filter.country))
      throw new BadInputError('country must be an ISO 3166 alpha-2 code such as KH.', {
        field: 'country',
        reason: 'BAD_COUNTRY',
      });
    out.country = filter.country.toUpperCase();
  }
  if (filter.source) {
    if (labelOfId(filter.source) !== 'Source')
      throw new BadInputError('source must be a source id such as `source:…`.', {
        field: 'source',
        reason: 'BAD_SOURCE',
      });
    out.source = filter.source;
  }
  return out;
}

/**
 * A set's filter with an ad-hoc one applied on top: every condition of both must hold, so the result is
 * never wider than the set (lower maxTlp, higher minConfidence, later seenSince, common kinds). `never`
 * when the two cannot both hold (two countries, two sources, no kind in common).
 */
export function narrowFilter(
  base: ExportFilter,
  extra: ExportFilter,
): { filter: ExportFilter; never: boolean } {
  const out: ExportFilter = { ...base };
  let never = false;
  if (extra.kinds?.length) {
    out.kinds = base.kinds?.length
      ? base.kinds.filter((k) => extra.kinds!.includes(k))
      : extra.kinds;
    if (out.kinds.length === 0) never = true;
  }
  if (extra.minConfidence !== undefined)
    out.minConfidence = Math.max(base.minConfidence ?? 0, extra.minConfidence);
  if (extra.maxTlp)
    out.maxTlp = base.maxTlp && rank(base.maxTlp) < rank(extra.maxTlp) ? base.maxTlp : extra.maxTlp;
  if (extra.seenSince)
    out.seenSince =
      base.seenSince && base.seenSince > extra.seenSince ? base.seenSince : extra.seenSince;
  for (const key of ['country', 'source'] as const) {
    const e = extra[key];
    if (!e) continue;
    if (base[key] && base[key] !== e) never = true;
    out[key] = e;
  }
  return { filter: out, never };
}

/** Checks explicit ids: known prefixes, bounded count. */
export function validateIds(ids: string[]): string[] {
  if (ids.length === 0 || ids.length > 100_000)
    throw new BadInputError('ids must hold 1 to 100000 entity ids.', {
      field: 'ids',
      reason: 'OUT_OF_RANGE',
    });
  for (const id of ids) {
    if (id.length > LIMITS.idLength || !labelOfId(id))
      throw new BadInputError(`"${id.slice(0, 80)}" is not an entity id.`, {
        field: 'ids',
        reason: 'BAD_ID',
      });
  }
  return [...new Set(ids)];
}

/**
 * The caller as an export sees it: its clearance lowered to the filter's maxTlp, so that the export holds
 * only what assertions up to that TLP say (entities, links, columns, derived values alike).
 */
export function cappedContext(ctx: RequestContext, filter?: ExportFilter): RequestContext {
  return { ...ctx, clearance: ceilingOf(ctx, filter) };
}

/**
 * Resolves a definition for one caller: cluster sets are expanded now, so they follow the graph as it grows,
 * over what the caller may see (up to the filter's maxTlp). A cluster root the caller may not see selects
 * nothing, as one that never existed; with `missingRoot: 'throw'` (saving a set: the root is the caller's
 * own input) it answers NOT_FOUND. The root's id is never named to a caller who did not give it.
 */
export async function resolveSelection(
  executor: Executor,
  ctx: RequestContext,
  definition: SetDefinition,
  opts: { missingRoot?: 'empty' | 'throw' } = {},
): Promise<Selection> {
  const filter = definition.filter ?? {};
  const caller = cappedContext(ctx, filter);
  const kinds = filter.kinds?.length ? filter.kinds : EXPORT_LABELS;
  let labels: NodeLabel[] = EXPORT_LABELS.filter((l) => kinds.includes(l));
  let ids: string[] | null = null;
  if (definition.mode === 'ids') ids = definition.ids ?? [];
  if (definition.mode === 'cluster') {
    const root = definition.clusterOf ?? '';
    const found = await getEntity(executor, caller, root).then(
      () => true,
      (error: unknown) => {
        if (!(error instanceof NotFoundError)) throw error;
        if (opts.missingRoot === 'throw')
          throw new NotFoundError(`No entity with id "${root.slice(0, 200)}".`, {
            field: 'clusterOf',
          });
        return false;
      },
    );
    if (found)
      ids = (await cluster(executor, caller, root, LIMITS.clusterLimit.max)).nodes.map((n) => n.id);
    else [ids, labels] = [[], []];
  }
  return {
    labels,
    vis: visibilityParams(caller).vis,
    ids,
    minConfidence: filter.minConfidence ?? null,
    seenSince: filter.seenSince ?? null,
    country: filter.country ?? null,
    source: filter.source ?? null,
  };
}
