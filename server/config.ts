// Environment → one typed configuration object.
import path from 'node:path';

export interface Neo4jConfig {
  /** Set when an external Neo4j is used; unset means "start the bundled local Neo4j". */
  uri?: string;
  user: string;
  password: string;
  database?: string;
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
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
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
    },
    neo4jHeapMiB: intFrom(env.SCAMGRAPH_NEO4J_HEAP_MB, 1024, 'SCAMGRAPH_NEO4J_HEAP_MB'),
    neo4jPageCacheMiB: intFrom(
      env.SCAMGRAPH_NEO4J_PAGECACHE_MB,
      512,
      'SCAMGRAPH_NEO4J_PAGECACHE_MB',
    ),
    seedWhenEmpty: env.SCAMGRAPH_SEED !== 'false',
    seedScale: intFrom(env.SCAMGRAPH_SEED_SCALE, 1, 'SCAMGRAPH_SEED_SCALE') || 1,
  };
}
