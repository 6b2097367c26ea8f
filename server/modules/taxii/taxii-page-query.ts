// The one statement that reads a TAXII page: index-backed branches (the assertions about entities, and one per
// link type; for a set of ids, one per label), each limited to what the page can hold (selection and
// match[type]), merged in (date added, key) order. Visibility is the caller's keys ($vis, SPEC §6).
import { cypher } from '../../db/cypher.js';
import type { Query } from '../../db/cypher.js';
import { labelOfId, NODE_LABELS, REL_TYPES, type NodeLabel } from '../../model.js';
import { EXPORT_LABELS, EXPORT_RELS, selectionParams } from '../exports/export-reader.js';
import type { Selection } from '../exports/exports-types.js';
import type { Cursor } from './taxii-cursor.js';
import type { ItemKinds } from './taxii-type-filter.js';

const SPLICEABLE = new Set<string>([...NODE_LABELS, ...REL_TYPES, 'n', 'm']);
/** The selection filters a `selected` line may depend on; a line whose filter is not set is left out. */
const FILTERS = ['ids', 'minConfidence', 'seenSince', 'source', 'country'] as const;
type Filter = (typeof FILTERS)[number];
/**
 * Labels that stay small whatever the graph's size (a few hundred compounds and organisations): read by label
 * (taxii/nodes-small-branch), so that asking for their types alone does not read through every assertion.
 */
export const SMALL_LABELS: readonly NodeLabel[] = ['Compound', 'Organization'];

/**
 * A statement of cypher/taxii/ without its comment lines, with labels, types and the `selected` and `filters`
 * fragments filled in (only the lines of the filters in `active`).
 */
function fill(name: string, slots: Record<string, string>, active: ReadonlySet<Filter>): string {
  return cypher(`taxii/${name}`)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .filter((line) => FILTERS.every((f) => active.has(f) || !new RegExp(`\\$${f}\\b`).test(line)))
    .join('\n')
    .replace(/\{\{(selected|filters):(\w+)\}\}/g, (_, fragment: string, v: string) =>
      fill(fragment, { v: slots[v] ?? v }, active),
    )
    .replace(/\{\{(\w+)\}\}/g, (slot, key: string) => {
      if (key === 'branches') return slot; // page.cypher: filled with the branch statements
      const value = slots[key];
      // Only labels, link types and variable names from fixed lists are spliced, never input.
      if (value === undefined || !SPLICEABLE.has(value))
        throw new Error(`Refusing to splice "${value}" into taxii/${name}.cypher`);
      return value;
    });
}

export interface PageRead {
  /** Where the graph part starts: the cursor when it points into the graph, else nothing. */
  cursor?: Cursor;
  /** Items whose date added (as stored) is at or after this text: added_after, as stored times compare. */
  from: string;
  /** How many items to read. */
  fetch: number;
}

type Mode = 'index' | 'ids';

function build(mode: Mode, active: ReadonlySet<Filter>): string {
  const branches =
    mode === 'index'
      ? [
          fill('nodes-after-branch', {}, active),
          ...SMALL_LABELS.map((label) => fill('nodes-small-branch', { label }, active)),
          ...EXPORT_RELS.map((type) => fill('rels-after-branch', { type }, active)),
        ]
      : [
          ...EXPORT_LABELS.map((label) => fill('nodes-in-ids-branch', { label }, active)),
          ...EXPORT_LABELS.map((label) => fill('rels-in-ids-branch', { label }, active)),
        ];
  return fill('page', {}, active).replace('{{branches}}', () => branches.join('\nUNION ALL\n'));
}

/** Statement texts by mode and filters set: the same text for every page of a kind, planned once by Neo4j. */
const texts = new Map<string, string>();

function textOf(mode: Mode, params: Record<string, unknown>): string {
  const active = new Set(FILTERS.filter((f) => params[f] !== null && params[f] !== undefined));
  const key = `${mode}|${[...active].join(',')}`;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = build(mode, active)));
  return text;
}

/**
 * The page statement and its parameters, or null when the selection and type filter leave no item. Each
 * branch gets its own limit: `fetch` when the page can hold its kind of item, else 0 (it reads nothing).
 */
export function pageStatement(
  selection: Selection,
  kinds: ItemKinds,
  read: PageRead,
): Query | null {
  const wanted = (label: NodeLabel) => selection.labels.includes(label);
  const links = kinds.links && selection.labels.length > 0;
  const params: Record<string, unknown> = {
    ...selectionParams(selection),
    at: { from: read.from, after: read.cursor?.a ?? '', k: read.cursor?.k ?? '' },
    fetch: read.fetch,
    ip: kinds.ipFamily ?? 'any',
  };
  const limit = (on: boolean) => (on ? read.fetch : 0);
  const branchLimits: number[] = [];
  const set = (param: string, value: number) => {
    params[param] = value;
    branchLimits.push(value);
  };
  if (!selection.ids) {
    // One index holds the assertions about entities of every label: one branch, for the labels wanted.
    const take = (l: NodeLabel) => wanted(l) && kinds.labels.includes(l);
    const nodeLabels = EXPORT_LABELS.filter((l) => take(l) && !SMALL_LABELS.includes(l));
    params.nodeLabels = nodeLabels;
    set('nodes', limit(nodeLabels.length > 0));
    for (const label of SMALL_LABELS) set(`nodes_${label}`, limit(take(label)));
    for (const type of EXPORT_RELS) set(`links_${type}`, limit(links));
  } else {
    // A set of explicit ids: its entities are looked up by id (bounded by the set, whatever the graph's size).
    const idsOf = Object.fromEntries(EXPORT_LABELS.map((l) => [l, [] as string[]]));
    for (const id of selection.ids) idsOf[labelOfId(id) as NodeLabel]?.push(id);
    for (const label of EXPORT_LABELS) {
      const has = wanted(label) && (idsOf[label] as string[]).length > 0;
      set(`nodes_${label}`, limit(has && kinds.labels.includes(label)));
      set(`linksFrom_${label}`, limit(has && links));
    }
    params.idsOf = idsOf;
  }
  if (branchLimits.every((n) => n === 0)) return null;
  return { cypher: textOf(selection.ids ? 'ids' : 'index', params), params };
}
