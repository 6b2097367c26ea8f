// Maps Neo4j nodes and relationship rows to entity and edge models.
import type { Node } from 'neo4j-driver';
import {
  COMMON_NODE_KEYS,
  NODE_LABELS,
  REL_TYPES,
  type NodeLabel,
  type RelType,
  type Tlp,
} from '../../model.js';
import { aggregate, type AssertionRow } from '../access/aggregate.js';
import type { EdgeModel, EntityModel, PropValue } from './entities-types.js';

const COMMON = COMMON_NODE_KEYS;
const LABELS = new Set<string>(NODE_LABELS);

function str(v: unknown): string | null {
  return v === undefined || v === null ? null : String(v);
}

function list(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

function rest(props: Record<string, unknown>): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!COMMON.has(key)) out[key] = value as PropValue;
  }
  return out;
}

/**
 * An entity as the caller sees it: the node's key-derived facts and the fold of the assertions the read
 * statement returned (only visible ones; server/modules/access/aggregate.ts). A Source node has no
 * assertions: its own properties say it all.
 */
export function toEntity(node: Node, degree: unknown, asserted?: unknown): EntityModel {
  const p = node.properties as Record<string, unknown>;
  const label = (node.labels.find((l) => LABELS.has(l)) ?? 'Source') as NodeLabel;
  const value = String(p.value ?? p.id ?? '');
  const view = aggregate(Array.isArray(asserted) ? (asserted as AssertionRow[]) : []);
  return {
    id: String(p.id),
    label,
    value,
    display: String(view?.display ?? p.display ?? p.name ?? value),
    raw: view ? view.raw : list(p.raw),
    tlp: view ? view.tlp : ((str(p.tlp) ?? 'AMBER') as Tlp),
    confidence: view ? view.confidence : Number(p.confidence ?? 50),
    firstSeen: view ? view.firstSeen : str(p.firstSeen),
    lastSeen: view ? view.lastSeen : str(p.lastSeen),
    synthetic: view ? view.synthetic : p.synthetic === true,
    sourceIds: view ? view.sources : list(p.sources),
    degree: Number(degree ?? 0),
    props: { ...(view?.facts ?? {}), ...rest(p) },
  };
}

/**
 * A link as the caller sees it: the parallel relationships of one (from, type, to), one per source, that
 * the read statement returned (only visible ones), folded into one edge.
 */
export function toEdge(row: {
  from: unknown;
  type: unknown;
  to: unknown;
  rels: unknown;
}): EdgeModel {
  const rels = (Array.isArray(row.rels) ? row.rels : [row.rels]) as AssertionRow[];
  const type = String(row.type) as RelType;
  if (!REL_TYPES.includes(type)) throw new Error(`Unknown relationship type ${type}`);
  const view = aggregate(rels);
  const from = String(row.from);
  const to = String(row.to);
  return {
    id: `${from}|${type}|${to}`,
    type,
    from,
    to,
    tlp: view?.tlp ?? 'AMBER',
    confidence: view?.confidence ?? 50,
    firstSeen: view?.firstSeen ?? null,
    lastSeen: view?.lastSeen ?? null,
    sources: view?.sources ?? [],
    props: view?.facts ?? {},
  };
}

/** Properties as name/value text pairs for the API (lists JSON-encoded). */
export function propertyList(props: Record<string, PropValue>): { key: string; value: string }[] {
  return Object.entries(props)
    .filter(([, v]) => v !== null && v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, v]) => ({ key, value: Array.isArray(v) ? JSON.stringify(v) : String(v) }));
}
