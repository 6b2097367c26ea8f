// What every fuzz case is checked for: the answer (no 5xx, no INTERNAL_SERVER_ERROR, no stack trace, in
// time) and the graph (counts changed only by what the answer says was accepted; the sentinel still there).
import { NODE_LABELS, REL_TYPES } from '../../server/model.js';

/** Entity nodes but sources, sources, and relationships between entities. */
export interface Counts {
  entities: number;
  sources: number;
  rels: number;
}

/** What a case's answer says it changed. */
export type Effect =
  | { kind: 'read' }
  | { kind: 'rejected' }
  | { kind: 'ingest'; created: number; relationships: number; sources?: number };

/** An HTTP answer as the checks see it. */
export interface Answer {
  status: number;
  text: string;
  json: unknown;
  headers: Headers;
}

export interface CaseResult {
  answer?: Answer;
  effect: Effect;
  /** A problem the path itself found (e.g. the CLI threw an untyped error). */
  problem?: string;
}

export const SENTINEL_VALUE = 'fuzz-sentinel.example';
export const SENTINEL_ID = `domain:${SENTINEL_VALUE}`;

/** Counts from Neo4j's count store (one label or type per branch), and the sentinel, in one query. */
export const COUNTS = `
CALL () { ${NODE_LABELS.filter((l) => l !== 'Source')
  .map((l) => `MATCH (n:${l}) RETURN count(n) AS c`)
  .join(' UNION ALL ')} }
WITH sum(c) AS entities
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { ${REL_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN count(r) AS c`).join(' UNION ALL ')} }
WITH entities, sources, sum(c) AS rels
OPTIONAL MATCH (x:Domain {id: $sentinel})
RETURN entities, sources, rels, x.value AS sentinel`;

/** Shortens a value for a one-line report. */
export function excerpt(value: unknown, max = 160): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const shown = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return text.length > max ? `${shown} (${text.length} chars)` : shown;
}

/** An INTERNAL_SERVER_ERROR, or a GraphQL error without a code, in a JSON answer. */
function internalCode(json: unknown): string | null {
  if (!json || typeof json !== 'object') return null;
  const o = json as { errors?: unknown; error?: { code?: unknown } };
  if (o.error && typeof o.error === 'object' && o.error.code === 'INTERNAL_SERVER_ERROR')
    return 'error.code INTERNAL_SERVER_ERROR';
  if (Array.isArray(o.errors)) {
    for (const e of o.errors as { message?: string; extensions?: { code?: unknown } }[])
      if (e?.extensions?.code === 'INTERNAL_SERVER_ERROR' || e?.extensions?.code === undefined)
        return `errors[].code ${String(e?.extensions?.code)}: ${excerpt(e?.message, 100)}`;
  }
  return null;
}

const STACK = /\n\s+at .+[\\/].+\.(ts|js|mjs|cjs):\d+:\d+/;

/** What is wrong with an answer that came in `ms` (bound `maxMs`), if anything. */
export function answerProblems(result: CaseResult, ms: number, maxMs: number): string[] {
  const out: string[] = [];
  if (result.problem) out.push(result.problem);
  if (ms > maxMs) out.push(`answered in ${(ms / 1000).toFixed(1)} s (bound ${maxMs / 1000} s)`);
  const a = result.answer;
  if (!a) return out;
  const internal = internalCode(a.json);
  if (a.status >= 500) out.push(`HTTP ${a.status}: ${internal ?? excerpt(a.text, 120)}`);
  else if (internal) out.push(`HTTP ${a.status} with ${internal}`);
  if (STACK.test(a.text)) out.push(`stack trace in the answer (HTTP ${a.status})`);
  return out;
}

/** What is wrong with the graph after a case, given what its answer says it changed. */
export function countProblem(before: Counts, after: Counts, effect: Effect): string | null {
  const d = {
    entities: after.entities - before.entities,
    sources: after.sources - before.sources,
    rels: after.rels - before.rels,
  };
  const delta = `entities ${d.entities}, sources ${d.sources}, relationships ${d.rels}`;
  if (effect.kind !== 'ingest') {
    const changed = d.entities !== 0 || d.sources !== 0 || d.rels !== 0;
    return changed
      ? `graph changed (${delta}) by a ${effect.kind === 'read' ? 'read' : 'rejected request'}`
      : null;
  }
  const ok =
    d.entities === effect.created &&
    d.sources >= 0 &&
    d.sources <= Math.max(1, effect.sources ?? 1) &&
    d.rels >= 0 &&
    d.rels <= effect.relationships;
  return ok
    ? null
    : `graph changed (${delta}) but the answer says ${effect.created} created, ${effect.relationships} relationships`;
}
