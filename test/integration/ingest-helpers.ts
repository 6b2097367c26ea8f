// Helpers for ingest integration tests: node and relationship counts of the whole graph.
import type { Executor } from '../../server/db/executor.js';

export async function labelCounts(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read({
    cypher:
      'MATCH (n) WHERE NOT n:SchemaMeta RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label',
  });
  return Object.fromEntries(rows.map((r) => [String(r.label), Number(r.n)]));
}

export async function relCounts(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read({
    cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  });
  return Object.fromEntries(rows.map((r) => [String(r.type), Number(r.n)]));
}

export async function nodeById(
  executor: Executor,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const rows = await executor.read({
    cypher: 'MATCH (n {id: $id}) RETURN properties(n) AS p',
    params: { id },
  });
  return rows[0]?.p as Record<string, unknown> | undefined;
}
