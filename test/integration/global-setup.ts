// Starts one real Neo4j (the bundled launcher) for the integration run, on a free port with a throwaway
// data directory; NEO4J_TEST_URI points the tests at an existing Neo4j instead (it will be wiped).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/db/local-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** A folder of this run's own where the demo data snapshot is kept (demo-store.ts). */
    demoCacheDir: string;
  }
}

let neo4j: LocalNeo4j | undefined;
let dataDir: string | undefined;
let cacheDir: string | undefined;

export async function setup(project: TestProject) {
  // This run's own folder for the demo data snapshot (test/integration/demo-store.ts).
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-test-cache-'));
  project.provide('demoCacheDir', cacheDir);
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return;
  }
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-test-'));
  const started = Date.now();
  // Authentication off on this throwaway store: test files connect to it with NEO4J_PASSWORD '' and
  // spawn the CLI with it (test/integration/neo4j-auth.test.ts checks the authenticated bundled Neo4j).
  neo4j = await startLocalNeo4j({ dataDir, heapMiB: 1024, pageCacheMiB: 256, auth: false });
  console.log(`[test] Neo4j ready at ${neo4j.uri} in ${Date.now() - started} ms`);
  project.provide('neo4jUri', neo4j.uri);
}

export async function teardown() {
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
}
