// TAXII 2.1 read side: collections (the indicator sets shared with the caller's organisation, and one of
// everything visible) and stable paging over their STIX objects, ordered by (date added, item key, position in
// the item) so every object comes exactly once. Everything is what the caller may see (SPEC §6): an item's date
// added is when its latest visible assertion arrived, its content the fold of its visible assertions.
import { v5 as uuidv5 } from 'uuid';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { labelOfId, type NodeLabel, type RelType, type Tlp } from '../../model.js';
import { SCAMGRAPH_NAMESPACE } from '../../formats/stix/stix-ids.js';
import { objectOfRel, objectsOfNode } from '../../formats/stix/stix-mapping.js';
import { producerIdentity, type StixObject } from '../../formats/stix/stix-markings.js';
import { preambleObjects } from '../../formats/stix/stix-writer.js';
import { LIMITS } from '../common/limits.js';
import { toExportNode, toExportRel } from '../exports/export-reader.js';
import { getIndicatorSet, setsVisibleTo } from '../exports/sets-service.js';
import { ceilingOf, resolveSelection } from '../exports/selection.js';
import type { SetDefinition } from '../exports/exports-types.js';
import { encodeCursor, MAX_OBJECTS_PER_ITEM, type Cursor } from './taxii-cursor.js';
import { pageStatement } from './taxii-page-query.js';
import type { PageQuery } from './taxii-params.js';
import { itemKinds } from './taxii-type-filter.js';

export const TAXII_MEDIA = 'application/taxii+json;version=2.1';
export const STIX_MEDIA = 'application/stix+json;version=2.1';
/** The collection of everything the caller may see. */
export const ALL_COLLECTION_ID = uuidv5('taxii-collection|all', SCAMGRAPH_NAMESPACE);

export interface CollectionInfo {
  id: string;
  title: string;
  description: string;
  can_read: boolean;
  can_write: boolean;
  media_types: string[];
}

export interface Collection {
  info: CollectionInfo;
  definition: SetDefinition;
}

export async function listCollections(
  executor: Executor,
  ctx: RequestContext,
): Promise<CollectionInfo[]> {
  const sets = await setsVisibleTo(executor, ctx);
  return [everything().info, ...sets.map((s) => collectionOf(s.id, s.name, s.definition).info)];
}

function everything(): Collection {
  return collectionOf(
    ALL_COLLECTION_ID,
    'Everything visible to you',
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

/**
 * A collection the caller may read: everything visible, or a set its organisation owns or that is shared with
 * it; NOT_FOUND otherwise, exactly as for a set that never existed.
 */
export async function getCollection(
  executor: Executor,
  ctx: RequestContext,
  id: string,
): Promise<Collection> {
  if (id === ALL_COLLECTION_ID) return everything();
  const set = await getIndicatorSet(executor, ctx, id);
  return collectionOf(set.id, set.name, set.definition);
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

/**
 * Neo4j statements one objects or manifest request runs, whatever its parameters: the caller's token (looked
 * up once per request: by the authenticate middleware, else by the router), the indicator set (none for the
 * collection of everything) and the page. A cluster set adds its traversal (CLUSTER_SELECTION_QUERIES); the
 * token's last use is also written, at most once a minute.
 */
export const TAXII_MAX_QUERIES = 3;
/** The traversal that resolves a cluster set: the root, its element id, one step per level, the subgraph. */
export const CLUSTER_SELECTION_QUERIES = LIMITS.clusterDepth + 4;

/** One item of a collection: an entity or a link (or an opening object), and the objects it becomes. */
interface Item {
  /** Date added as stored (the latest visible addedAt; '' for the opening objects). */
  a: string;
  key: string;
  dateAdded: string;
  objects: StixObject[];
}

const EPOCH = new Date(0).toISOString();
const SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

/**
 * The date added of a stored time, to the second: pages are ordered by the stored text, which sorts as time
 * does down to the second (times are stored with and without milliseconds), so dates never go backwards.
 */
export function dateAddedOf(stored: string): string {
  const second = SECOND.exec(stored)?.[0];
  if (second) return `${second}.000Z`;
  const t = Date.parse(stored);
  return Number.isFinite(t) ? new Date(Math.floor(t / 1000) * 1000).toISOString() : EPOCH;
}

/** The last second a stored time can have (year 9999). */
const LAST_SECOND = Date.UTC(9999, 11, 31, 23, 59, 59);

/**
 * added_after as a bound on stored times: the first second after `ms` as stored text (without its fraction
 * and zone, so both stored forms of that second sort after it); '~' (after every stored time) past 9999.
 */
export function storedFrom(ms: number | undefined): string {
  if (ms === undefined) return '';
  const next = (Math.floor(ms / 1000) + 1) * 1000;
  return next > LAST_SECOND ? '~' : new Date(next).toISOString().slice(0, 19);
}

/** The markings and the producer identity that open every collection (date added: the epoch). */
function openingItems(ceiling: Tlp): Item[] {
  return preambleObjects({ maxTlp: ceiling, producer: 'Scamgraph' }).map((o, i) => ({
    a: '',
    key: `#${String(i).padStart(2, '0')}`,
    dateAdded: EPOCH,
    objects: [o],
  }));
}

function itemOfRow(row: Record<string, unknown>, producer: string): Item {
  const a = String(row.added);
  const key = String(row.key);
  const dateAdded = dateAddedOf(a);
  if (row.type === null || row.type === undefined) {
    const props = row.props as Record<string, unknown>;
    const node = toExportNode(key, String(row.label) as NodeLabel, props, row.asserted);
    return { a, key, dateAdded, objects: objectsOfNode(node, producer, dateAdded) };
  }
  const rel = toExportRel(String(row.from), String(row.type) as RelType, String(row.to), row.rels);
  const o =
    labelOfId(rel.from) && labelOfId(rel.to) ? objectOfRel(rel, producer, dateAdded) : undefined;
  return { a, key, dateAdded, objects: o ? [o] : [] };
}

/** Fills a page from items in order, starting inside the cursor's item; the cursor of what is left. */
class PageBuilder {
  readonly objects: PagedObject[] = [];
  next?: Cursor;
  constructor(private readonly q: PageQuery) {}

  get room(): number {
    return this.q.limit - this.objects.length;
  }

  /** Adds the items' objects; false once the page is full and something is left for the next one. */
  add(items: Iterable<Item>): boolean {
    const { types, next: from, limit } = this.q;
    for (const item of items) {
      const objects = types ? item.objects.filter((o) => types.has(o.type)) : item.objects;
      const start = from && item.a === from.a && item.key === from.k ? from.s : 0;
      for (let i = start; i < objects.length; i += 1) {
        if (this.objects.length === limit) {
          this.next = { a: item.a, k: item.key, s: i };
          return false;
        }
        this.objects.push({ object: objects[i] as StixObject, dateAdded: item.dateAdded });
      }
    }
    return true;
  }

  page(): Page {
    return this.next
      ? { objects: this.objects, more: true, next: encodeCursor(this.next) }
      : { objects: this.objects, more: false };
  }
}

/** Thrown when the client went away: nothing is left to answer. */
export class ClientGoneError extends Error {}

export function stopIfGone(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ClientGoneError('The client closed the connection.');
}

/**
 * One page of a collection's objects for a caller, in (date added, key) order, so that following `next`
 * gives every object exactly once. At most one statement reads the graph (none when the opening objects
 * fill the page or the type filter leaves no entity or link).
 */
export async function objectsPage(
  executor: Executor,
  ctx: RequestContext,
  collection: Collection,
  q: PageQuery,
  signal?: AbortSignal,
): Promise<Page> {
  const kinds = itemKinds(q.types);
  const ceiling = ceilingOf(ctx, collection.definition.filter);
  const builder = new PageBuilder(q);
  const opening = q.addedAfter === undefined || q.addedAfter < 0;
  const inGraph = q.next !== undefined && q.next.a !== '';
  if (opening && kinds.preamble && !inGraph) {
    const items = openingItems(ceiling).filter((it) => !q.next || it.key >= q.next.k);
    if (!builder.add(items)) return builder.page();
  }
  const from = storedFrom(q.addedAfter);
  if (kinds.labels.length === 0 && !kinds.links) return builder.page();
  if (from === '~') return builder.page();
  stopIfGone(signal);
  const selection = await resolveSelection(executor, ctx, collection.definition);
  // Every item that can match gives at least one object: the cursor's own item (perhaps already sent)
  // and one item per free place, plus one to tell whether there is more, fill the page.
  const fetch = builder.room + 2;
  const statement = pageStatement(selection, kinds, {
    cursor: inGraph ? q.next : undefined,
    from,
    fetch,
  });
  if (!statement) return builder.page();
  stopIfGone(signal);
  const rows = await executor.read(statement);
  const producer = producerIdentity().id;
  const items = rows.map((row) => itemOfRow(row, producer));
  if (builder.add(items) && rows.length === fetch) {
    // Only items without a matching object can leave the page short: go on after the last one.
    const last = items[items.length - 1] as Item;
    builder.next = { a: last.a, k: last.key, s: MAX_OBJECTS_PER_ITEM };
  }
  return builder.page();
}

/** The version of an object as TAXII manifests list it: its `modified` time, else when it was added. */
export function versionOf(p: PagedObject): string {
  return String(p.object.modified ?? p.object.created ?? p.dateAdded);
}
