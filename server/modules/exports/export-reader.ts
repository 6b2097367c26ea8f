// Reads a selection from Neo4j as pages, one label at a time in id order (keyset paging), in flat memory;
// every entity and link as the caller sees it (its visible assertions only, SPEC §6).
import neo4j from 'neo4j-driver';
import { cypher, cypherWith } from '../../db/cypher.js';
import type { Executor, Row } from '../../db/executor.js';
import {
  COMMON_NODE_KEYS,
  INFRA_REL_TYPES,
  NODE_LABELS,
  TLP_LEVELS,
  labelOfId,
  type NodeLabel,
  type RelType,
  type Tlp,
} from '../../model.js';
import { aggregate, type AggregateView, type AssertionRow } from '../access/aggregate.js';
import type {
  ExportAssertion,
  ExportNode,
  ExportPage,
  ExportProp,
  ExportRel,
  Selection,
} from './exports-types.js';

/** Entities an export can hold: indicators, compounds and organisations (not sources or victim reports). */
export const EXPORT_LABELS: NodeLabel[] = NODE_LABELS.filter(
  (l) => l !== 'Source' && l !== 'VictimReport',
);
/** Links between exported entities (provenance and victim links are not exported). */
export const EXPORT_RELS: readonly RelType[] = INFRA_REL_TYPES;

const COMMON = COMMON_NODE_KEYS;

export interface ReadOptions {
  pageSize?: number;
  /** Also read each entity's compound and resolved IPs (CSV cluster column, takedown packs). */
  extras?: boolean;
  /** Also keep each entity's visible assertions one by one (MISP feed: one event per source and month). */
  assertions?: boolean;
}

/** Neo4j integers become numbers; everything else is kept. */
export function plain(value: unknown): ExportProp {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map((v) => plain(v)) as string[] | number[];
  if (value === undefined) return null;
  return value as ExportProp;
}

function str(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

function plainProps(raw: Record<string, unknown>): Record<string, ExportProp> {
  const props: Record<string, ExportProp> = {};
  for (const [key, value] of Object.entries(raw)) if (!COMMON.has(key)) props[key] = plain(value);
  return props;
}

/** The fold of visible assertions (the driver gives integers as numbers: disableLosslessIntegers). */
function viewOf(assertions: unknown): AggregateView | null {
  return Array.isArray(assertions) ? aggregate(assertions as AssertionRow[]) : null;
}

/** The visible assertions as read (`asserted`), one per source, in source order. */
export function assertionsOf(asserted: unknown): ExportAssertion[] {
  if (!Array.isArray(asserted)) return [];
  return (asserted as AssertionRow[])
    .map((a) => ({
      source: String(a.source ?? ''),
      tlp: (TLP_LEVELS as readonly unknown[]).includes(a.tlp) ? (a.tlp as Tlp) : 'AMBER',
      confidence: Number(a.confidence ?? 50),
      firstSeen: str(a.firstSeen),
      lastSeen: str(a.lastSeen),
      addedAt: str(a.addedAt),
    }))
    .filter((a) => a.source !== '')
    .sort((x, y) => x.source.localeCompare(y.source));
}

/**
 * An entity as the caller sees it: the node's key-derived facts and the fold of its visible assertions
 * (`asserted`, as the read statement returned them; server/modules/access/aggregate.ts). Without
 * `asserted` (shapes only, e.g. TAXII's type filter) the provenance takes defaults.
 */
export function toExportNode(
  id: string,
  label: NodeLabel,
  raw: Record<string, unknown>,
  asserted?: unknown,
): ExportNode {
  const view = viewOf(asserted);
  const value = String(raw.value ?? id.slice(id.indexOf(':') + 1));
  return {
    id,
    label,
    value,
    display: String(view?.display ?? raw.display ?? raw.name ?? view?.facts.name ?? value),
    tlp: view?.tlp ?? 'AMBER',
    confidence: view?.confidence ?? 50,
    firstSeen: view?.firstSeen ?? null,
    lastSeen: view?.lastSeen ?? null,
    sources: view?.sources ?? [],
    props: { ...plainProps(view?.facts ?? {}), ...plainProps(raw) },
  };
}

/**
 * A link as the caller sees it: the parallel relationships of one (from, type, to) it may see, one per
 * source (`rels`), folded into one link. Without them (shapes only) the provenance takes defaults.
 */
export function toExportRel(from: string, type: RelType, to: string, rels?: unknown): ExportRel {
  const view = viewOf(rels);
  return {
    type,
    from,
    to,
    tlp: view?.tlp ?? 'AMBER',
    confidence: view?.confidence ?? 50,
    firstSeen: view?.firstSeen ?? null,
    lastSeen: view?.lastSeen ?? null,
    sources: view?.sources ?? [],
    props: plainProps(view?.facts ?? {}),
  };
}

/** The statement parameters of a selection (shared by the export and TAXII statements). */
export function selectionParams(selection: Selection): Record<string, unknown> {
  return {
    labels: selection.labels,
    vis: selection.vis,
    ids: selection.ids,
    minConfidence: selection.minConfidence,
    seenSince: selection.seenSince,
    country: selection.country,
    source: selection.source,
    types: EXPORT_RELS,
  };
}

/** The statement reading one page of entities: by keyset over a label, or by a chunk of explicit ids. */
export function nodesStatement(label: NodeLabel, byIds: boolean): string {
  const head = cypherWith(byIds ? 'exports/nodes-in-ids' : 'exports/nodes-page', { label });
  return `${head}\n${cypher('exports/node-view')}`;
}

/** A label's pages of entity rows: `next(after)` reads the page after the last id, or null at the end. */
function pager(
  executor: Executor,
  label: NodeLabel,
  selection: Selection,
  base: Record<string, unknown>,
  pageSize: number,
  extras: boolean,
): (after: string | null) => Promise<Row[]> | null {
  const params = { ...base, limit: pageSize, extras };
  if (selection.ids === null) {
    const statement = nodesStatement(label, false);
    return (after) =>
      after === null
        ? null
        : executor.read({ cypher: statement, params: { ...params, after } }, 120_000);
  }
  // Explicit ids: this label's, sorted, read a chunk at a time from the id index.
  const ids = selection.ids.filter((id) => labelOfId(id) === label).sort();
  const statement = nodesStatement(label, true);
  let offset = 0;
  return () => {
    if (offset >= ids.length) return null;
    const chunk = ids.slice(offset, (offset += pageSize));
    return executor.read({ cypher: statement, params: { ...params, ids: chunk } }, 120_000);
  };
}

/**
 * Yields the selection page by page: for each label, up to `pageSize` entities (id > last id, or the next
 * chunk of explicit ids) and the links from them to other selected entities. Each page is read in its own
 * short transaction.
 */
export async function* readSelection(
  executor: Executor,
  selection: Selection,
  options: ReadOptions = {},
): AsyncGenerator<ExportPage> {
  const pageSize = options.pageSize ?? 5000;
  const base = selectionParams(selection);
  for (const label of selection.labels) {
    const relsCypher = cypherWith('exports/rels-page', { label, types: EXPORT_RELS.join('|') });
    const next = pager(executor, label, selection, base, pageSize, options.extras === true);
    let pending = next('');
    while (pending) {
      const rows = await pending;
      const nodes = rows.map((row) => {
        const node = toExportNode(
          String(row.id),
          label,
          row.props as Record<string, unknown>,
          row.asserted,
        );
        if (options.assertions) node.assertions = assertionsOf(row.asserted);
        if (options.extras) {
          node.cluster = str(row.cluster);
          node.resolvesTo = Array.isArray(row.resolvesTo) ? row.resolvesTo.map(String) : [];
        }
        return node;
      });
      const pageIds = nodes.map((n) => n.id);
      // Keyset pages end with a short page; chunks of ids end when the ids do.
      const last = selection.ids === null && rows.length < pageSize ? null : (pageIds.at(-1) ?? '');
      // The next page's entities are read while this page's links are and while the caller writes this
      // page: two short read transactions in flight, one per core. A page abandoned by the caller is
      // left to finish; its rejection is handled here so it never goes unobserved.
      pending = next(last);
      pending?.catch(() => undefined);
      if (nodes.length === 0) continue;
      const relRows = await executor.read(
        { cypher: relsCypher, params: { ...base, pageIds } },
        120_000,
      );
      const rels = relRows.map((r) =>
        toExportRel(String(r.from), r.type as RelType, String(r.to), r.rels),
      );
      yield { label, nodes, rels };
    }
  }
}
