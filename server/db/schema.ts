// Applies cypher/schema/*.cypher idempotently (IF NOT EXISTS) and waits for indexes to come online.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, splitStatements } from './cypher.js';
import type { Executor } from './executor.js';
import { migrateToAssertions } from './migrate-assertions.js';

export const SCHEMA_VERSION = 1;

export async function applySchema(
  executor: Executor,
  log: (line: string) => void = () => {},
): Promise<number> {
  const dir = path.join(CYPHER_DIR, 'schema');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  let count = 0;
  for (const file of files) {
    for (const statement of splitStatements(readFileSync(path.join(dir, file), 'utf8'))) {
      await executor.runAutoCommit({ cypher: statement });
      count += 1;
    }
  }
  await executor.runAutoCommit({ cypher: 'CALL db.awaitIndexes(300)' });
  await migrateToAssertions(executor, log);
  return count;
}

/** True when the schema marker written by applySchema is present. */
export async function schemaApplied(executor: Executor): Promise<boolean> {
  const rows = await executor.read(
    { cypher: "MATCH (m:SchemaMeta {id: 'schema'}) RETURN m.version AS version" },
    5_000,
  );
  return rows.length > 0 && Number(rows[0]?.version) >= SCHEMA_VERSION;
}
