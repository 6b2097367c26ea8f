// Helpers for integration tests: an executor on the test Neo4j, a clean graph, a running API server.
import { inject } from 'vitest';
import { loadConfig, type RequestLimits } from '../../server/config.js';
import { createDriver } from '../../server/db/driver.js';
import { Executor } from '../../server/db/executor.js';
import { applySchema } from '../../server/db/schema.js';
import { startScamgraph, type Running } from '../../server/boot.js';
import { createAccount, createOrg } from '../../server/modules/accounts/accounts-service.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { FIRST_ADMIN } from '../../server/modules/session/first-admin.js';
import { issueCode } from '../../server/modules/session/one-time-codes.js';

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
  // The accounts and tokens went with it: the running test servers make a new admin token when next asked.
  for (const server of servers.values()) server.forgetAdminToken();
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
  /** SCAMGRAPH_PUBLIC=clear. */
  publicMode?: boolean;
  /** Abuse limits for this server (rates, deadlines, concurrency caps); the rest stay at their defaults. */
  limits?: Partial<RequestLimits>;
}

export type TestServer = Running & {
  /** A bearer token of the host's admin, made on the first call (and again after a `wipeGraph`). */
  adminToken: () => Promise<string>;
  forgetAdminToken: () => void;
};

/** The test servers of this file that are running, by URL: `graphql()` and `adminHeaders()` find them. */
const servers = new Map<string, TestServer>();

/**
 * The whole API on a free port, against the test Neo4j, without seeding. Callers must sign in as on a real
 * server: `graphql()` and `adminHeaders()` send the admin's bearer token unless told otherwise. The first
 * start on an empty store creates the host organisation and its admin (its sign-in link in `signInLink`,
 * never printed: the harness's log is silent). Nothing else is written until `adminToken()` is called.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const base = loadConfig({});
  const running = await startScamgraph(
    {
      ...base,
      port: 0,
      neo4j: { ...base.neo4j, uri: testUri(), password: process.env.NEO4J_TEST_PASSWORD ?? '' },
      seedWhenEmpty: false,
      publicMode: options.publicMode ?? false,
      limits: { ...base.limits, ...options.limits },
    },
    () => {},
  );
  let token: Promise<string> | undefined;
  const stop = running.stop;
  const server: TestServer = Object.assign(running, {
    adminToken: () =>
      (token ??= adminToken(running.executor).catch((error: unknown) => {
        token = undefined;
        throw error;
      })),
    forgetAdminToken: () => void (token = undefined),
    stop: () => {
      if (servers.get(running.url) === server) servers.delete(running.url);
      return stop();
    },
  });
  servers.set(running.url, server);
  return server;
}

/**
 * `{ authorization: 'Bearer <token>' }` of the admin of the running test server at `url` (its base URL),
 * or `{}` when no test server of this file answers there.
 */
export async function adminHeaders(url: string): Promise<Record<string, string>> {
  const server = servers.get(url);
  return server ? { authorization: `Bearer ${await server.adminToken()}` } : {};
}

/**
 * A fresh one-time sign-in code of the host's admin on a test server (the account made when missing): a
 * browser test exchanges it at POST /api/session to sign in, as the printed link does.
 */
export async function adminSignInCode(server: TestServer): Promise<string> {
  await server.adminToken();
  return (await issueCode(server.executor, `user:${FIRST_ADMIN}`, 'signin')).code;
}

/** Who a `graphql()` request comes from: a token, a session cookie, or nobody (`ANONYMOUS`). */
export interface Auth {
  token?: string;
  cookie?: string;
}

/** Sends no credentials: for tests of anonymous callers (sign-in, public mode). */
export const ANONYMOUS: Auth = Object.freeze({});

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/**
 * POSTs a GraphQL request and returns the parsed body with the HTTP status. Without `auth` it goes as the
 * admin of the test server at `url` (`adminHeaders`); pass `ANONYMOUS`, a token or a cookie otherwise.
 */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  auth?: Auth,
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth === undefined ? await adminHeaders(url) : {}),
      ...(auth?.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth?.cookie ? { cookie: auth.cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
}
