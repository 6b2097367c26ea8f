// Moves a store written before per-source assertions (SPEC §6) to them, once: each source's assertion
// takes its TLP, keys, raw values and facts; entity nodes keep what follows from their key; each link is
// split into one relationship per source. Everything old belonged to the host organisation. Runs at
// schema time; a marker on the schema node makes later starts skip it.
import { cypher, cypherWith } from './cypher.js';
import type { Executor } from './executor.js';
import { COMMON_NODE_KEYS, NODE_LABELS, REL_TYPES, TLP_LEVELS } from '../model.js';
import { assertionKeys } from '../modules/access/visibility.js';

/** Node properties that follow from the key (kept on nodes); everything else is what sources said. */
export const KEY_FACTS = [
  'registrable',
  'tld',
  'unicode',
  'chain',
  'address',
  'country',
  'valid',
  'lineType',
  'platform',
  'handle',
  'domain',
  'version',
  'private',
  'range',
  'scheme',
  'host',
  'store',
  'packageId',
  'appId',
];

const ENTITY_LABELS = NODE_LABELS.filter((l) => l !== 'Source');
const LINK_TYPES = REL_TYPES.filter((t) => t !== 'REPORTED_IN');
const MARKER = "MATCH (m:SchemaMeta {id: 'schema'}) RETURN m.assertions AS done";

/** True when the store holds data in the old shape (checked once; then marked). */
async function needsMigration(executor: Executor): Promise<boolean> {
  const marker = await executor.read({ cypher: MARKER });
  if (marker[0]?.done === true) return false;
  const old = await executor.read({
    cypher:
      'MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.vis IS NULL RETURN n.id AS id LIMIT 1',
    params: { labels: ENTITY_LABELS },
  });
  return old.length > 0;
}

export async function migrateToAssertions(
  executor: Executor,
  log: (line: string) => void = () => {},
): Promise<boolean> {
  const migrate = await needsMigration(executor);
  if (migrate) {
    log('Moving the store to per-source assertions (once)…');
    const hostKeys = Object.fromEntries(
      TLP_LEVELS.map((tlp) => [tlp, assertionKeys({ tlp, org: 'local' })]),
    );
    const params = {
      entityLabels: ENTITY_LABELS,
      common: [...COMMON_NODE_KEYS],
      keyFacts: KEY_FACTS,
      hostKeys,
      now: new Date().toISOString(),
    };
    for (const step of ['01-node-assertions', '02-assertion-facts', '03-node-keys'])
      await executor.runAutoCommit({ cypher: cypher(`migrate/${step}`), params });
    for (const type of LINK_TYPES)
      await executor.runAutoCommit({ cypher: cypherWith('migrate/04-links', { type }), params });
    await executor.runAutoCommit({ cypher: cypher('migrate/05-sources'), params });
    log('Store moved to per-source assertions.');
  }
  await executor.runAutoCommit({
    cypher: "MERGE (m:SchemaMeta {id: 'schema'}) SET m.assertions = true",
  });
  return migrate;
}
