// Helpers for integration tests: an executor on the test Neo4j, a clean graph, a running API server.
import { inject } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { createDriver } from '../../server/db/driver.js';
import { Executor } from '../../server/db/executor.js';
import { applySchema } from '../../server/db/schema.js';
import { startScamgraph, type Running } from '../../server/boot.js';

export function testUri(): string {
  return inject('neo4jUri');
}

/** An executor on the test Neo4j with the schema applied. Close its driver in afterAll. */
export async function testExecutor(): Promise<Executor> {
  const executor = new Executor(
    createDriver(testUri(), { user: 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' }),
  );
  await applySchema(executor);
  return executor;
}

/** Deletes every entity (test files run one at a time on the one test database). */
export async function wipeGraph(executor: Executor): Promise<void> {
  await executor.runAutoCommit({
    cypher:
      'MATCH (n) WHERE NOT n:SchemaMeta CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
  });
}

/** The whole API on a free port, against the test Neo4j, without seeding. */
export async function startTestServer(): Promise<Running> {
  const base = loadConfig({});
  return startScamgraph(
    {
      ...base,
      port: 0,
      neo4j: { ...base.neo4j, uri: testUri(), password: process.env.NEO4J_TEST_PASSWORD ?? '' },
      seedWhenEmpty: false,
    },
    () => {},
  );
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** POSTs a GraphQL request and returns the parsed body with the HTTP status. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
}
