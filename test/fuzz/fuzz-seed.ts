// The graph every fuzz run starts from: a tiny demo network, a sentinel node, an indicator set and a
// partner's TAXII token; the ids fuzzed arguments are drawn from.
import type { Running } from '../../server/boot.js';
import { adminContext } from '../../server/context.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { loadDemo } from '../../seeds/load.js';
import { wipeGraph } from '../integration/harness.js';
import { SENTINEL_ID, SENTINEL_VALUE } from './fuzz-checks.js';

/** Ids of the seeded graph that arguments are drawn from, so fuzzed calls reach real data. */
export interface Known {
  ids: string[];
  domainId: string;
  walletId: string;
  compoundId: string;
  sourceId: string;
  /** An indicator set (a TAXII collection) that no case deletes. */
  setId: string;
  /** A partner's TAXII token (clearance RED). */
  token: string;
}

/** Seeds the graph: a tiny demo network, a sentinel, an indicator set and a TAXII token. */
export async function seedGraph(server: Running): Promise<Known> {
  const executor = server.executor;
  await wipeGraph(executor);
  await loadDemo(executor, { scale: 0.02 });
  await server.services.ingest(adminContext(), {
    values: [SENTINEL_VALUE, `https://${SENTINEL_VALUE}/login`],
    source: 'fuzz sentinel',
    tlp: 'GREEN',
  });
  const busiest = async (label: string) => {
    const rows = await executor.read({
      cypher: `MATCH (n:${label})-[r]-() RETURN n.id AS id, count(r) AS d ORDER BY d DESC, id LIMIT 1`,
    });
    return String(rows[0]?.id);
  };
  const [domainId, walletId, compoundId, sourceId] = [
    await busiest('Domain'),
    await busiest('Wallet'),
    await busiest('Compound'),
    await busiest('Source'),
  ];
  const others = await executor.read({
    cypher:
      'MATCH (n) WHERE n.id IS NOT NULL AND n.value IS NOT NULL RETURN n.id AS id ORDER BY id LIMIT 40',
  });
  const set = await server.services.createIndicatorSet(adminContext(), {
    name: 'fuzz set',
    clusterOf: domainId,
  });
  const token = await createToken(executor, { organisation: 'fuzz partner', clearance: 'RED' });
  return {
    ids: [
      SENTINEL_ID,
      domainId,
      walletId,
      compoundId,
      sourceId,
      ...others.map((r) => String(r.id)),
    ],
    domainId,
    walletId,
    compoundId,
    sourceId,
    setId: set.id,
    token: token.token,
  };
}
