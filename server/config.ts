// Environment → one typed configuration object.
import path from 'node:path';

export interface Neo4jConfig {
  /** Set when an external Neo4j is used; unset means "start the bundled local Neo4j". */
  uri?: string;
  user: string;
  password: string;
  database?: string;
  /** Driver timeouts in ms (server/db/driver.ts, DRIVER_DEFAULTS when unset). */
  connectTimeoutMs?: number;
  acquireTimeoutMs?: number;
  retryMs?: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  neo4j: Neo4jConfig;
  /** Heap and page cache of the bundled Neo4j, in MiB. */
  neo4jHeapMiB: number;
  neo4jPageCacheMiB: number;
  /** Seed the demo data when the graph is empty (local default: yes). */
  seedWhenEmpty: boolean;
  seedScale: number;
  /** On SIGTERM, how long requests in flight may take to finish before their connections are cut. */
  shutdownDrainMs?: number;
  /** SCAMGRAPH_TEST_HOOKS=1: test-only routes under /__test (server/http/test-hooks.ts); never in production. */
  testHooks?: boolean;
  /** Extra names (optionally `name:port`) the server answers to besides localhost and IP literals; `*` = any. */
  allowedHosts: string[];
  /** Extra origins (`https://name[:port]`) allowed to send state-changing requests (POST /graphql, /api/*). */
  allowedOrigins: string[];
  /** SCAMGRAPH_PUBLIC=clear: anonymous callers may read CLEAR data through GraphQL (off by default). */
  publicMode?: boolean;
  /** SCAMGRAPH_ORG: the name of the host organisation created at first start (key `local`; default Local). */
  hostOrgName?: string;
  /** Abuse limits on /graphql, /api/* and /taxii2/* (docs/security.md). */
  limits: RequestLimits;
}

/** Request rates, deadlines and concurrency caps; each from an environment variable (0 = no limit). */
export interface RequestLimits {
  /** Requests a minute from one client address (SCAMGRAPH_RATE_LIMIT_PER_MINUTE, 600). */
  ratePerAddress: number;
  /** Requests a minute with one API token (SCAMGRAPH_TOKEN_RATE_LIMIT_PER_MINUTE, 600). */
  ratePerToken: number;
  /** A request's deadline, its database work included (SCAMGRAPH_REQUEST_DEADLINE_MS, 30 s). */
  deadlineMs: number;
  /** The deadline of an upload or an inline export (SCAMGRAPH_LONG_REQUEST_DEADLINE_MS, 10 min). */
  longDeadlineMs: number;
  /** Uploads (POST /api/ingest) at once (SCAMGRAPH_MAX_CONCURRENT_UPLOADS, 2). */
  concurrentUploads: number;
  /** Inline exports (GraphQL exportIndicators) at once (SCAMGRAPH_MAX_CONCURRENT_EXPORTS, 4). */
  concurrentExports: number;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/** A comma-separated list, trimmed, empty items dropped. */
function listFrom(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Each item must be an http(s) origin; kept in its canonical form (`new URL(x).origin`). */
function originsFrom(value: string | undefined, name: string): string[] {
  return listFrom(value).map((item) => {
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {
      url = undefined;
    }
    const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username;
    if (!url || !bare || !/^https?:$/.test(url.protocol))
      throw new Error(`${name}: "${item}" is not an origin like https://scamgraph.example.org`);
    return url.origin;
  });
}

function optionalInt(env: NodeJS.ProcessEnv, name: string): number | undefined {
  return env[name] ? intFrom(env[name], 0, name) : undefined;
}

/** SCAMGRAPH_PUBLIC: `clear` opens CLEAR data to anonymous readers; unset, empty or `off` keeps sign-in required. */
function publicFrom(value: string | undefined): boolean {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'off' || v === 'false') return false;
  if (v === 'clear') return true;
  throw new Error(
    `SCAMGRAPH_PUBLIC must be "clear" (public read-only CLEAR view) or unset, got "${value}"`,
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env.PORT, 4000, 'PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.SCAMGRAPH_DATA_DIR || './data'),
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || '',
      database: env.NEO4J_DATABASE || undefined,
      connectTimeoutMs: optionalInt(env, 'SCAMGRAPH_NEO4J_CONNECT_TIMEOUT_MS'),
      acquireTimeoutMs: optionalInt(env, 'SCAMGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS'),
      retryMs: optionalInt(env, 'SCAMGRAPH_NEO4J_RETRY_MS'),
    },
    neo4jHeapMiB: intFrom(env.SCAMGRAPH_NEO4J_HEAP_MB, 1024, 'SCAMGRAPH_NEO4J_HEAP_MB'),
    neo4jPageCacheMiB: intFrom(
      env.SCAMGRAPH_NEO4J_PAGECACHE_MB,
      512,
      'SCAMGRAPH_NEO4J_PAGECACHE_MB',
    ),
    seedWhenEmpty: env.SCAMGRAPH_SEED !== 'false',
    seedScale: intFrom(env.SCAMGRAPH_SEED_SCALE, 1, 'SCAMGRAPH_SEED_SCALE') || 1,
    shutdownDrainMs: intFrom(
      env.SCAMGRAPH_SHUTDOWN_DRAIN_MS,
      15_000,
      'SCAMGRAPH_SHUTDOWN_DRAIN_MS',
    ),
    testHooks: env.SCAMGRAPH_TEST_HOOKS === '1',
    allowedHosts: listFrom(env.SCAMGRAPH_ALLOWED_HOSTS).map((h) => h.toLowerCase()),
    allowedOrigins: originsFrom(env.SCAMGRAPH_ALLOWED_ORIGINS, 'SCAMGRAPH_ALLOWED_ORIGINS'),
    publicMode: publicFrom(env.SCAMGRAPH_PUBLIC),
    hostOrgName: env.SCAMGRAPH_ORG?.trim() || 'Local',
    limits: {
      ratePerAddress: intFrom(
        env.SCAMGRAPH_RATE_LIMIT_PER_MINUTE,
        600,
        'SCAMGRAPH_RATE_LIMIT_PER_MINUTE',
      ),
      ratePerToken: intFrom(
        env.SCAMGRAPH_TOKEN_RATE_LIMIT_PER_MINUTE,
        600,
        'SCAMGRAPH_TOKEN_RATE_LIMIT_PER_MINUTE',
      ),
      deadlineMs: intFrom(
        env.SCAMGRAPH_REQUEST_DEADLINE_MS,
        30_000,
        'SCAMGRAPH_REQUEST_DEADLINE_MS',
      ),
      longDeadlineMs: intFrom(
        env.SCAMGRAPH_LONG_REQUEST_DEADLINE_MS,
        600_000,
        'SCAMGRAPH_LONG_REQUEST_DEADLINE_MS',
      ),
      concurrentUploads: intFrom(
        env.SCAMGRAPH_MAX_CONCURRENT_UPLOADS,
        2,
        'SCAMGRAPH_MAX_CONCURRENT_UPLOADS',
      ),
      concurrentExports: intFrom(
        env.SCAMGRAPH_MAX_CONCURRENT_EXPORTS,
        4,
        'SCAMGRAPH_MAX_CONCURRENT_EXPORTS',
      ),
    },
  };
}
