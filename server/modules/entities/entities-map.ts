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

export function toEntity(node: Node, degree: unknown): EntityModel {
  const p = node.properties as Record<string, unknown>;
  const label = (node.labels.find((l) => LABELS.has(l)) ?? 'Source') as NodeLabel;
  const value = String(p.value ?? p.id ?? '');
  return {
    id: String(p.id),
    label,
    value,
    display: String(p.display ?? p.name ?? value),
    raw: list(p.raw),
    tlp: (str(p.tlp) ?? 'AMBER') as Tlp,
    confidence: Number(p.confidence ?? 50),
    firstSeen: str(p.firstSeen),
    lastSeen: str(p.lastSeen),
    synthetic: p.synthetic === true,
    sourceIds: list(p.sources),
    degree: Number(degree ?? 0),
    props: rest(p),
  };
}

export function toEdge(row: {
  from: unknown;
  type: unknown;
  to: unknown;
  props: unknown;
}): EdgeModel {
  const p = (row.props ?? {}) as Record<string, unknown>;
  const type = String(row.type) as RelType;
  if (!REL_TYPES.includes(type)) throw new Error(`Unknown relationship type ${type}`);
  const from = String(row.from);
  const to = String(row.to);
  return {
    id: `${from}|${type}|${to}`,
    type,
    from,
    to,
    tlp: (str(p.tlp) ?? 'AMBER') as Tlp,
    confidence: Number(p.confidence ?? 50),
    firstSeen: str(p.firstSeen),
    lastSeen: str(p.lastSeen),
    sources: list(p.sources),
    props: rest(p),
  };
}

/** Properties as name/value text pairs for the API (lists JSON-encoded). */
export function propertyList(props: Record<string, PropValue>): { key: string; value: string }[] {
  return Object.entries(props)
    .filter(([, v]) => v !== null && v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, v]) => ({ key, value: Array.isArray(v) ? JSON.stringify(v) : String(v) }));
}
