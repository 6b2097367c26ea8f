// A store written before per-source assertions moves to them once, at schema time, and reads the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { migrateToAssertions } from '../../server/db/migrate-assertions.js';
import { testExecutor, wipeGraph } from './harness.js';

/** The old shape: provenance and facts on the node, one link for all sources. */
const OLD_STORE = `
CREATE (s1:Source {id: 'source:a', value: 'a', name: 'A', tlp: 'GREEN', sources: []})
CREATE (s2:Source {id: 'source:b', value: 'b', name: 'B', tlp: 'RED', sources: []})
CREATE (d:Domain {id: 'domain:old.example', value: 'old.example', display: 'old.example',
  registrable: 'old.example', tld: 'example', registrar: 'Old Registrar', tlp: 'RED', confidence: 70,
  firstSeen: '2025-01-01', lastSeen: '2025-02-01', sources: ['source:a', 'source:b'], raw: ['old.example'],
  synthetic: false})
CREATE (w:Wallet {id: 'wallet:tron:TOLD', value: 'tron:TOLD', display: 'TOLD', chain: 'tron',
  tlp: 'GREEN', confidence: 50, firstSeen: '2025-01-01', lastSeen: '2025-01-01', sources: ['source:a'],
  raw: ['TOLD'], synthetic: false})
CREATE (d)-[:REPORTED_IN {tlp: 'GREEN', confidence: 60, firstSeen: '2025-01-01', lastSeen: '2025-01-15', sources: ['source:a'], synthetic: false}]->(s1)
CREATE (d)-[:REPORTED_IN {tlp: 'RED', confidence: 70, firstSeen: '2025-01-20', lastSeen: '2025-02-01', sources: ['source:b'], synthetic: false}]->(s2)
CREATE (d)-[:PAYS_TO {tlp: 'RED', confidence: 50, firstSeen: '2025-01-01', lastSeen: '2025-02-01', sources: ['source:a', 'source:b'], synthetic: false}]->(w)
`;

describe('migration to per-source assertions', () => {
  let executor: Executor;
  beforeAll(async () => {
    executor = await testExecutor();
    await wipeGraph(executor);
    await executor.runAutoCommit({ cypher: 'MATCH (m:SchemaMeta) REMOVE m.assertions' });
    await executor.runAutoCommit({ cypher: OLD_STORE });
  });
  afterAll(async () => {
    await wipeGraph(executor);
    await executor.driver.close();
  });

  it('moves provenance and facts onto assertions, splits links per source, and runs once', async () => {
    expect(await migrateToAssertions(executor)).toBe(true);
    const rows = await executor.read({
      cypher: `MATCH (d:Domain {id: 'domain:old.example'})
        RETURN properties(d) AS node,
          [(d)-[a:REPORTED_IN]->(s) | a {.*, source: s.id}] AS asserted,
          [(d)-[r:PAYS_TO]->() | r {.source, .tlp, .vis}] AS links,
          COLLECT { MATCH (s:Source) RETURN s {.id, .org, .vis} } AS sources`,
    });
    const { node, asserted, links, sources } = rows[0] as unknown as {
      node: Record<string, unknown>;
      asserted: Record<string, unknown>[];
      links: Record<string, unknown>[];
      sources: Record<string, unknown>[];
    };
    expect(Object.keys(node).sort()).toEqual(
      ['display', 'id', 'registrable', 'synthetic', 'tld', 'value', 'vis'].sort(),
    );
    expect([...(node.vis as string[])].sort()).toEqual(['green', 'red:o:local']);
    const byId = Object.fromEntries(asserted.map((a) => [String(a.source), a]));
    expect(byId['source:a']).toMatchObject({
      tlp: 'GREEN',
      vis: ['green'],
      registrar: 'Old Registrar',
    });
    expect(byId['source:b']).toMatchObject({ tlp: 'RED', vis: ['red:o:local'] });
    expect(byId['source:a']).not.toHaveProperty('sources');
    expect(links.map((l) => l.source).sort()).toEqual(['source:a', 'source:b']);
    expect(sources.every((s) => s.org === 'local' && Array.isArray(s.vis))).toBe(true);
    expect(await migrateToAssertions(executor)).toBe(false);
  });
});
