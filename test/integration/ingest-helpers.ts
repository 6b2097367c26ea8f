// Helpers for ingest integration tests: node and relationship counts of the graph's data.
import type { Executor } from '../../server/db/executor.js';

/**
 * Who may call and what they did: the organisations, accounts, sign-in codes, sessions and tokens a test
 * server and its callers make, and the audit log every request adds to. Not graph data: left out of counts.
 */
const ACCESS_LABELS = [
  'MemberOrg',
  'UserAccount',
  'SignInCode',
  'UserSession',
  'ApiToken',
  'AuditEvent',
];
const ACCESS_TYPES = ['MEMBER_OF', 'CODE_FOR', 'SESSION_OF', 'TOKEN_OF'];

export async function labelCounts(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read({
    cypher:
      'MATCH (n) WHERE NOT n:SchemaMeta AND NOT labels(n)[0] IN $access RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label',
    params: { access: ACCESS_LABELS },
  });
  return Object.fromEntries(rows.map((r) => [String(r.label), Number(r.n)]));
}

export async function relCounts(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read({
    cypher:
      'MATCH ()-[r]->() WHERE NOT type(r) IN $access RETURN type(r) AS type, count(*) AS n ORDER BY type',
    params: { access: ACCESS_TYPES },
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

/** What each source said about a node: its REPORTED_IN assertions with the source's id, by source id. */
export async function assertionsOf(
  executor: Executor,
  id: string,
): Promise<Record<string, unknown>[]> {
  const rows = await executor.read({
    cypher:
      'MATCH (n {id: $id})-[a:REPORTED_IN]->(s:Source) RETURN a {.*, source: s.id} AS a ORDER BY s.id',
    params: { id },
  });
  return rows.map((r) => r.a as Record<string, unknown>);
}

/** Links counted once per (from, type, to), however many sources reported them (one relationship each). */
export async function linkCounts(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read({
    cypher:
      'MATCH (a)-[r]->(b) WHERE NOT type(r) IN $skip WITH DISTINCT a, type(r) AS type, b RETURN type, count(*) AS n ORDER BY type',
    params: { skip: [...ACCESS_TYPES, 'REPORTED_IN'] },
  });
  return Object.fromEntries(rows.map((r) => [String(r.type), Number(r.n)]));
}
