// Indicator sets (saved selections) and exports of them in every format, streamed from paged reads.
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { throwIfStopped } from '../../http/request-scope.js';
import { writeStixBundle } from '../../formats/stix/stix-writer.js';
import { writeCsv } from '../../formats/csv/csv-writer.js';
import { writeMispEvent } from '../../formats/misp/misp-writer.js';
import { writeMispFeed } from '../../formats/misp/misp-feed-writer.js';
import { writeTakedownPack } from '../../formats/takedown/takedown-writer.js';
import { requireText } from '../common/limits.js';
import { requireWrite } from '../access/rights.js';
import { readSelection } from './export-reader.js';
import { ceilingOf, resolveSelection, validateFilter, validateIds } from './selection.js';
import type {
  ExportFilter,
  ExportMeta,
  IndicatorSetModel,
  SetDefinition,
} from './exports-types.js';

export const EXPORT_FORMATS = ['stix', 'misp', 'misp-feed', 'csv', 'takedown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What to export: a saved set, an ad-hoc filter, or (neither) everything the caller may see. */
export interface ExportTarget {
  setId?: string;
  filter?: ExportFilter;
}

export interface CreateSetInput {
  name: string;
  ids?: string[] | null;
  clusterOf?: string | null;
  filter?: ExportFilter | null;
}

function isAdmin(ctx: RequestContext): boolean {
  return ctx.roles.includes('admin');
}

function toSet(row: Record<string, unknown>): IndicatorSetModel {
  return {
    id: String(row.id),
    name: String(row.name),
    definition: JSON.parse(String(row.definition)) as SetDefinition,
    organisation: String(row.organisation),
    createdBy: String(row.createdBy),
    createdAt: String(row.createdAt),
  };
}

export async function createIndicatorSet(
  executor: Executor,
  ctx: RequestContext,
  input: CreateSetInput,
): Promise<IndicatorSetModel> {
  requireWrite(ctx);
  const name = requireText('name', input.name, 200);
  if (input.ids?.length && input.clusterOf) {
    throw new BadInputError('Give either ids or clusterOf, not both.', {
      field: 'clusterOf',
      reason: 'CONFLICTING_SELECTION',
    });
  }
  const filter = validateFilter(input.filter ?? {});
  const definition: SetDefinition = input.ids?.length
    ? { mode: 'ids', ids: validateIds(input.ids), filter }
    : input.clusterOf
      ? { mode: 'cluster', clusterOf: requireText('clusterOf', input.clusterOf, 2100), filter }
      : { mode: Object.keys(filter).length ? 'filter' : 'all', filter };
  if (definition.mode === 'cluster') await resolveSelection(executor, ctx, definition); // NOT_FOUND now, not at export
  const rows = await executor.write({
    cypher: cypher('exports/create-set'),
    params: {
      id: randomUUID(),
      name,
      mode: definition.mode,
      definition: JSON.stringify(definition),
      organisation: ctx.organisation,
      createdBy: ctx.caller,
      createdAt: new Date().toISOString(),
    },
  });
  return toSet(rows[0]?.set as Record<string, unknown>);
}

export async function listIndicatorSets(
  executor: Executor,
  ctx: RequestContext,
): Promise<IndicatorSetModel[]> {
  const rows = await executor.read({
    cypher: cypher('exports/list-sets'),
    params: { organisation: isAdmin(ctx) ? null : ctx.organisation },
  });
  return rows.map((r) => toSet(r.set as Record<string, unknown>));
}

/** One set the caller's organisation owns (admins see all); NOT_FOUND otherwise. */
export async function getIndicatorSet(
  executor: Executor,
  ctx: RequestContext,
  id: string,
): Promise<IndicatorSetModel> {
  const rows = await executor.read({ cypher: cypher('exports/get-set'), params: { id } });
  const set = rows[0] ? toSet(rows[0].set as Record<string, unknown>) : undefined;
  if (!set || (!isAdmin(ctx) && set.organisation !== ctx.organisation)) {
    throw new NotFoundError(`No indicator set with id "${id}".`, { field: 'setId' });
  }
  return set;
}

/** Deletes a set the caller's organisation owns (admins: any); NOT_FOUND otherwise. The indicators stay. */
export async function deleteIndicatorSet(
  executor: Executor,
  ctx: RequestContext,
  id: string,
): Promise<IndicatorSetModel> {
  requireWrite(ctx);
  const set = await getIndicatorSet(executor, ctx, id);
  await executor.write({ cypher: cypher('exports/delete-set'), params: { id: set.id } });
  return set;
}

/** The definition and metadata of an export target. */
export async function planExport(executor: Executor, ctx: RequestContext, target: ExportTarget) {
  let definition: SetDefinition;
  let setId = 'all';
  let name = 'everything visible';
  if (target.setId) {
    const set = await getIndicatorSet(executor, ctx, target.setId);
    definition = set.definition;
    setId = set.id;
    name = set.name;
    if (target.filter)
      definition = {
        ...definition,
        filter: { ...definition.filter, ...validateFilter(target.filter) },
      };
  } else {
    const filter = validateFilter(target.filter ?? {});
    definition = { mode: Object.keys(filter).length ? 'filter' : 'all', filter };
    if (definition.mode === 'filter') {
      setId = `filter-${Buffer.from(JSON.stringify(filter)).toString('base64url').slice(0, 40)}`;
      name = 'filtered selection';
    }
  }
  const selection = await resolveSelection(executor, ctx, definition);
  const meta: ExportMeta = {
    setId,
    name,
    producer: 'Scamgraph',
    organisation: ctx.organisation,
    exportedAt: new Date().toISOString(),
    maxTlp: ceilingOf(ctx, definition.filter),
  };
  return { selection, meta, definition };
}

/** Passes pages on until the request is stopped (deadline, client gone, answered): then the export ends. */
async function* stopWhenAborted<T>(pages: AsyncGenerator<T>): AsyncGenerator<T> {
  for await (const page of pages) {
    throwIfStopped();
    yield page;
  }
}

export interface ExportResult {
  format: ExportFormat;
  meta: ExportMeta;
  /** Objects (STIX), rows (CSV), attributes + objects (MISP) or indicators (takedown). */
  count: number;
}

/**
 * Exports a target in a format. `misp-feed` writes a directory (`dir`); the others write to `out`.
 */
export async function exportTarget(
  executor: Executor,
  ctx: RequestContext,
  target: ExportTarget,
  format: ExportFormat,
  destination: { out?: Writable; dir?: string },
): Promise<ExportResult> {
  const { selection, meta } = await planExport(executor, ctx, target);
  const extras = format === 'csv' || format === 'takedown';
  const pages = () => stopWhenAborted(readSelection(executor, selection, { extras }));
  const out = destination.out;
  if (format === 'misp-feed') {
    if (!destination.dir)
      throw new BadInputError('misp-feed writes a directory: give --out <dir>.', { field: 'out' });
    const r = await writeMispFeed(pages, meta, destination.dir);
    return { format, meta, count: r.attributes + r.objects };
  }
  if (!out) throw new BadInputError(`${format} writes to a stream.`, { field: 'out' });
  switch (format) {
    case 'stix':
      return { format, meta, count: (await writeStixBundle(pages(), meta, out)).objects };
    case 'csv':
      return { format, meta, count: (await writeCsv(pages(), out)).rows };
    case 'misp': {
      const r = await writeMispEvent(pages, meta, out);
      return { format, meta, count: r.attributes + r.objects };
    }
    case 'takedown':
      return { format, meta, count: (await writeTakedownPack(pages(), meta, out)).indicators };
    default:
      throw new BadInputError(
        `Unknown format ${String(format)}; use ${EXPORT_FORMATS.join(', ')}.`,
        { field: 'format' },
      );
  }
}
