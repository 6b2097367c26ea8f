// Creates the official neo4j-driver for a bolt:// or neo4j:// (routing, Aura) URI.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';

export function createDriver(uri: string, cfg: Pick<Neo4jConfig, 'user' | 'password'>): Driver {
  const auth = neo4j.auth.basic(cfg.user, cfg.password);
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 15_000,
    logging: {
      level: 'error',
      logger: (level, message) => console.error(`[neo4j ${level}] ${message}`),
    },
  });
}
