// Creates the official neo4j-driver for a bolt:// or neo4j:// (routing, Aura) URI, tuned to fail fast.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';

/**
 * How long a caller waits when Neo4j is gone (docs/security.md, "Faults"). A refused connection fails at
 * once; the driver then retries the transaction (1 s, then 2 s later) while less than `retryMs` has passed
 * since the first failure, so a request answers UNAVAILABLE about 3 s after Neo4j stopped. The same
 * retries absorb transient errors (deadlocks, a connection reset) in ingest and every other write.
 */
export const DRIVER_DEFAULTS = {
  /** TCP connect + Bolt handshake of one new connection (the driver's default is 30 s). */
  connectTimeoutMs: 5_000,
  /** Waiting for a pooled connection, including creating it (default 60 s). */
  acquireTimeoutMs: 10_000,
  /** Time spent retrying a transaction after its first transient failure (default 30 s). */
  retryMs: 2_000,
  maxPoolSize: 50,
} as const;

export type DriverConfig = Pick<Neo4jConfig, 'user' | 'password'> &
  Partial<Pick<Neo4jConfig, 'connectTimeoutMs' | 'acquireTimeoutMs' | 'retryMs'>>;

export function createDriver(uri: string, cfg: DriverConfig): Driver {
  const auth = neo4j.auth.basic(cfg.user, cfg.password);
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: DRIVER_DEFAULTS.maxPoolSize,
    connectionTimeout: cfg.connectTimeoutMs ?? DRIVER_DEFAULTS.connectTimeoutMs,
    connectionAcquisitionTimeout: cfg.acquireTimeoutMs ?? DRIVER_DEFAULTS.acquireTimeoutMs,
    maxTransactionRetryTime: cfg.retryMs ?? DRIVER_DEFAULTS.retryMs,
    logging: { level: 'error', logger: shortLogger() },
  });
}

/**
 * The driver logs every broken connection with a JSON blob (a dead Neo4j breaks them all at once): one
 * short line per distinct message per 10 s says the same.
 */
function shortLogger() {
  const last = new Map<string, number>();
  return (level: string, message: string) => {
    const short = message
      .replace(/ \(\{.*\}\)\s*$/s, '')
      .replace(/^Connection \[\d+\]\[[\w-]+\] /, 'A connection ');
    const now = Date.now();
    if (now - (last.get(short) ?? 0) < 10_000) return;
    if (last.size > 100) last.clear();
    last.set(short, now);
    console.error(`[neo4j ${level}] ${short}`);
  };
}
