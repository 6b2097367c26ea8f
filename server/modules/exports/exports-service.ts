// Exports of indicator sets, filters or everything visible, in every format, streamed from paged reads of
// what the caller may see (SPEC §6). The sets themselves: sets-service.ts (re-exported here).
import type { Writable } from 'node:stream';
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { throwIfStopped } from '../../http/request-scope.js';
import { writeStixBundle } from '../../formats/stix/stix-writer.js';
import { writeCsv } from '../../formats/csv/csv-writer.js';
import { writeMispEvent } from '../../formats/misp/misp-writer.js';
import { writeMispFeed } from '../../formats/misp/misp-feed-writer.js';
import { writeTakedownPack } from '../../formats/takedown/takedown-writer.js';
import { readSelection } from './export-reader.js';
import { createHash } from 'node:crypto';
import {
  ceilingOf,
  narrowFilter,
  resolveSelection,
  validateFilter,
  validateIds,
} from './selection.js';
import { getIndicatorSet } from './sets-service.js';
import type { ExportFilter, ExportMeta, SetDefinition } from './exports-types.js';

export {
  createIndicatorSet,
  deleteIndicatorSet,
  getIndicatorSet,
  listIndicatorSets,
  presentSets,
  setsVisibleTo,
  type CreateSetInput,
} from './sets-service.js';

export const EXPORT_FORMATS = ['stix', 'misp', 'misp-feed', 'csv', 'takedown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What to export: a saved set, explicit entity ids (the explorer's selection), an ad-hoc filter (alone or on
 * top of either), or (none) everything the caller may see.
 */
export interface ExportTarget {
  setId?: string;
  ids?: string[];
  filter?: ExportFilter;
}

/** The definition and metadata of an export target. */
export async function planExport(executor: Executor, ctx: RequestContext, target: ExportTarget) {
  let definition: SetDefinition;
  let setId = 'all';
  let name = 'everything visible';
  let never = false;
  if (target.setId && target.ids) {
    throw new BadInputError('Give setId or ids, not both.', {
      field: 'ids',
      reason: 'CONFLICTING_ARGS',
    });
  }
  if (target.ids) {
    // The same selection as an IDS set, without saving one: visibility, filter and limits alike.
    const ids = validateIds(target.ids);
    definition = { mode: 'ids', ids, filter: validateFilter(target.filter ?? {}) };
    setId = `selection-${createHash('sha256').update(ids.sort().join('\n')).digest('hex').slice(0, 16)}`;
    name = 'selection';
  } else if (target.setId) {
    const set = await getIndicatorSet(executor, ctx, target.setId);
    definition = set.definition;
    setId = set.id;
    name = set.name;
    if (target.filter) {
      const narrowed = narrowFilter(definition.filter ?? {}, validateFilter(target.filter));
      definition = { ...definition, filter: narrowed.filter };
      never = narrowed.never;
    }
  } else {
    const filter = validateFilter(target.filter ?? {});
    definition = { mode: Object.keys(filter).length ? 'filter' : 'all', filter };
    if (definition.mode === 'filter') {
      setId = `filter-${Buffer.from(JSON.stringify(filter)).toString('base64url').slice(0, 40)}`;
      name = 'filtered selection';
    }
  }
  const selection = await resolveSelection(executor, ctx, definition);
  if (never) selection.labels = [];
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
  /** MISP feed: the number of events written (one per source and month, split by size). */
  events?: number;
}

/**
 * Exports a target in a format. `misp-feed` writes a directory (`dir`; `eventSize`: at most that many MISP
 * attributes per event, default MISP_FEED_EVENT_SIZE); the others write to `out`.
 */
export async function exportTarget(
  executor: Executor,
  ctx: RequestContext,
  target: ExportTarget,
  format: ExportFormat,
  destination: { out?: Writable; dir?: string; eventSize?: number },
): Promise<ExportResult> {
  const { selection, meta } = await planExport(executor, ctx, target);
  const extras = format === 'csv' || format === 'takedown';
  const assertions = format === 'misp-feed';
  const pages = () => stopWhenAborted(readSelection(executor, selection, { extras, assertions }));
  const out = destination.out;
  if (format === 'misp-feed') {
    if (!destination.dir)
      throw new BadInputError('misp-feed writes a directory: give --out <dir>.', { field: 'out' });
    const r = await writeMispFeed(pages, meta, destination.dir, {
      eventSize: destination.eventSize,
      // Names of the sources the export may show (the export's own keys, capped at its maxTlp).
      sourceNames: async (ids) => {
        const rows = await executor.read({
          cypher: cypher('entities/sources-by-ids'),
          params: { ids, vis: selection.vis },
        });
        return new Map(rows.map((row) => [String(row.id), String(row.name)]));
      },
    });
    return { format, meta, count: r.attributes + r.objects, events: r.events };
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
