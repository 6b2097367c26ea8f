// TAXII 2.1 read side: collections (one per indicator set, one of everything visible) and stable paging over
// their STIX objects, ordered by (date added, item key, position in the item) so every object comes exactly once.
import { v5 as uuidv5 } from 'uuid';
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { labelOfId, type NodeLabel, type RelType } from '../../model.js';
import { SCAMGRAPH_NAMESPACE } from '../../formats/stix/stix-ids.js';
import { objectOfRel, objectsOfNode } from '../../formats/stix/stix-mapping.js';
import { producerIdentity, type StixObject } from '../../formats/stix/stix-markings.js';
import { preambleObjects } from '../../formats/stix/stix-writer.js';
import { selectionParams, toExportNode, toExportRel } from '../exports/export-reader.js';
import { getIndicatorSet, listIndicatorSets } from '../exports/exports-service.js';
import { ceilingOf, resolveSelection } from '../exports/selection.js';
import type { Selection, SetDefinition } from '../exports/exports-types.js';

export const TAXII_MEDIA = 'application/taxii+json;version=2.1';
export const STIX_MEDIA = 'application/stix+json;version=2.1';
/** The collection of everything the caller may see. */
export const ALL_COLLECTION_ID = uuidv5('taxii-collection|all', SCAMGRAPH_NAMESPACE);
export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 100;

export interface CollectionInfo {
  id: string;
  title: string;
  description: string;
  can_read: boolean;
  can_write: boolean;
  media_types: string[];
}

interface Collection {
  info: CollectionInfo;
  definition: SetDefinition;
}

export async function listCollections(
  executor: Executor,
  ctx: RequestContext,
): Promise<CollectionInfo[]> {
  const sets = await listIndicatorSets(executor, ctx);
  return [everything().info, ...sets.map((s) => collectionOf(s.id, s.name, s.definition).info)];
}

function everything(): Collection {
  return collectionOf(
    ALL_COLLECTION_ID,
    'Everything',
    { mode: 'all' },
    'Every indicator, compound and organisation you may see.',
  );
}

function collectionOf(
  id: string,
  name: string,
  definition: SetDefinition,
  description?: string,
): Collection {
  return {
    info: {
      id,
      title: name,
      description: description ?? `Scamgraph indicator set "${name}" (${definition.mode}).`,
      can_read: true,
      can_write: false,
      media_types: [STIX_MEDIA],
    },
    definition,
  };
}

/** A collection the caller may read; NOT_FOUND otherwise (as for a set of another organisation). */
export async function getCollection(
  executor: Executor,
  ctx: RequestContext,
  id: string,
): Promise<Collection> {
  if (id === ALL_COLLECTION_ID) return everything();
  const set = await getIndicatorSet(executor, ctx, id);
  return collectionOf(set.id, set.name, set.definition);
}

/** Where a page starts: the item (date added, key) and how many of its objects were already sent. */
export interface Cursor {
  a: number;
  k: string;
  s: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.a === 'number' && typeof c.k === 'string' && Number.isInteger(c.s) && c.s >= 0)
      return c;
  } catch {
    // fall through
  }
  throw new BadInputError('The next parameter is not one this server gave out.', {
    field: 'next',
    reason: 'BAD_CURSOR',
  });
}

interface Item {
  addedMs: number;
  key: string;
  objects: StixObject[];
}

export interface PageQuery {
  addedAfter?: number;
  limit: number;
  next?: Cursor;
  types?: ReadonlySet<string>;
}

export interface PagedObject {
  object: StixObject;
  dateAdded: string;
}

export interface Page {
  objects: PagedObject[];
  more: boolean;
  next?: string;
}

const before = (a: number, k: string, c: Cursor) => a < c.a || (a === c.a && k < c.k);

/** The collection's items from a cursor on: the markings and identity first (date added: epoch), then the graph. */
async function* itemsFrom(
  executor: Executor,
  ctx: RequestContext,
  selection: Selection,
  ceiling: Parameters<typeof preambleObjects>[0]['maxTlp'],
  q: PageQuery,
): AsyncGenerator<Item> {
  const statics = preambleObjects({ maxTlp: ceiling, producer: 'Scamgraph' });
  if (q.addedAfter === undefined || q.addedAfter < 0) {
    for (const [i, o] of statics.entries()) {
      const key = `#${String(i).padStart(2, '0')}`;
      if (!q.next || !before(0, key, q.next)) yield { addedMs: 0, key, objects: [o] };
    }
  }
  const producer = producerIdentity().id;
  const batch = Math.min(MAX_PAGE, q.limit + 1);
  let afterAdded: number | null = q.next && q.next.a > 0 ? q.next.a : null;
  let afterKey = q.next?.k ?? '';
  let inclusive = true;
  for (;;) {
    const rows = await executor.read({
      cypher: cypher('taxii/items-page'),
      params: {
        ...selectionParams(selection),
        addedAfter: q.addedAfter === undefined ? null : new Date(q.addedAfter).toISOString(),
        afterAdded: afterAdded === null ? null : new Date(afterAdded).toISOString(),
        afterKey,
        inclusive,
        limit: batch,
      },
    });
    for (const row of rows) {
      const addedMs = Number(row.addedMs);
      const key = String(row.key);
      const fallback = new Date(addedMs).toISOString();
      const props = row.props as Record<string, unknown>;
      let objects: StixObject[];
      if (row.type === null || row.type === undefined) {
        const node = toExportNode(key, String(row.label) as NodeLabel, props);
        objects = objectsOfNode(node, producer, fallback);
      } else {
        const rel = toExportRel(
          String(row.from),
          String(row.type) as RelType,
          String(row.to),
          props,
        );
        const o =
          labelOfId(rel.from) && labelOfId(rel.to)
            ? objectOfRel(rel, producer, fallback)
            : undefined;
        objects = o ? [o] : [];
      }
      yield { addedMs, key, objects };
    }
    if (rows.length < batch) return;
    const last = rows[rows.length - 1] as Record<string, unknown>;
    afterAdded = Number(last.addedMs);
    afterKey = String(last.key);
    inclusive = false;
  }
}

/** One page of a collection's objects for a caller. */
export async function objectsPage(
  executor: Executor,
  ctx: RequestContext,
  collection: Collection,
  q: PageQuery,
): Promise<Page> {
  const selection = await resolveSelection(executor, ctx, collection.definition);
  const ceiling = ceilingOf(ctx, collection.definition.filter);
  const out: PagedObject[] = [];
  for await (const item of itemsFrom(executor, ctx, selection, ceiling, q)) {
    const objects = q.types ? item.objects.filter((o) => q.types?.has(o.type)) : item.objects;
    const start = q.next && item.addedMs === q.next.a && item.key === q.next.k ? q.next.s : 0;
    for (let i = start; i < objects.length; i += 1) {
      if (out.length === q.limit)
        return {
          objects: out,
          more: true,
          next: encodeCursor({ a: item.addedMs, k: item.key, s: i }),
        };
      out.push({
        object: objects[i] as StixObject,
        dateAdded: new Date(item.addedMs).toISOString(),
      });
    }
  }
  return { objects: out, more: false };
}

/** The version of an object as TAXII manifests list it: its `modified` time, else when it was added. */
export function versionOf(p: PagedObject): string {
  return String(p.object.modified ?? p.object.created ?? p.dateAdded);
}
