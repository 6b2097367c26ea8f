// Helpers for integration tests: an executor on the test Neo4j, a clean graph, a running API server.
import { inject } from 'vitest';
import { loadConfig, type RequestLimits } from '../../server/config.js';
import { createDriver } from '../../server/db/driver.js';
import { Executor } from '../../server/db/executor.js';
import { applySchema } from '../../server/db/schema.js';
import { startScamgraph, type Running } from '../../server/boot.js';
import { createAccount, createOrg } from '../../server/modules/accounts/accounts-service.js';
import { createToken } from '../../server/modules/auth/token-service.js';

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

/** A bearer token of the host organisation's `admin` (role admin, RED), made when missing. */
export async function adminToken(executor: Executor): Promise<string> {
  await createOrg(executor, 'local', { existing: 'reuse' });
  await createAccount(
    executor,
    { name: 'admin', org: 'local', role: 'admin', clearance: 'RED' },
    { existing: 'reuse' },
  );
  return (await createToken(executor, { account: 'admin', label: 'tests' })).token;
}

export interface TestServerOptions {
  /**
   * Anonymous callers act as the local admin, as before sign-in existed (default true until the lead
   * converts every test; sign-in tests pass false).
   */
  anonymousAdmin?: boolean;
  /** SCAMGRAPH_PUBLIC=clear. */
  publicMode?: boolean;
  /** Abuse limits for this server (rates, deadlines, concurrency caps); the rest stay at their defaults. */
  limits?: Partial<RequestLimits>;
}

/**
 * The whole API on a free port, against the test Neo4j, without seeding. `adminToken()` makes (once) a bearer
 * token of the host's admin; nothing is written to the store until it is called.
 */
export async function startTestServer(
  options: TestServerOptions = {},
): Promise<Running & { adminToken: () => Promise<string> }> {
  const base = loadConfig({});
  const running = await startScamgraph(
    {
      ...base,
      port: 0,
      neo4j: { ...base.neo4j, uri: testUri(), password: process.env.NEO4J_TEST_PASSWORD ?? '' },
      seedWhenEmpty: false,
      testAnonymousAdmin: options.anonymousAdmin ?? true,
      publicMode: options.publicMode ?? false,
      limits: { ...base.limits, ...options.limits },
    },
    () => {},
  );
  let token: Promise<string> | undefined;
  return Object.assign(running, { adminToken: () => (token ??= adminToken(running.executor)) });
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
  auth: { token?: string; cookie?: string } = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
}
