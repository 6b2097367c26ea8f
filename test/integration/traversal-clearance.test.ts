// Clusters and neighbourhoods follow the caller's clearance: a walk never steps onto or through a node or
// link above it, so a cluster indicator set exported to a GREEN partner does not reveal what only a RED
// node connects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../server/context.js';
import { adminContext } from '../../server/context.js';
import type { Executor } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import type { NodeRecord, RelRecord, Tlp } from '../../server/model.js';
import { cluster, neighborhood } from '../../server/modules/entities/traversal-service.js';
import { resolveSelection } from '../../server/modules/exports/selection.js';
import { testExecutor, wipeGraph } from './harness.js';

let executor: Executor;
const green: RequestContext = { ...adminContext('partner'), clearance: 'GREEN' };

const prov = (tlp: Tlp) => ({
  tlp,
  confidence: 80,
  firstSeen: '2025-01-01T00:00:00.000Z',
  lastSeen: '2025-02-01T00:00:00.000Z',
  sources: [],
  synthetic: true,
});
const domain = (name: string, tlp: Tlp): NodeRecord => ({
  id: `domain:${name}`,
  label: 'Domain',
  value: name,
  display: name,
  raw: [name],
  props: { registrable: name },
  ...prov(tlp),
});
const wallet = (address: string, tlp: Tlp): NodeRecord => ({
  id: `wallet:tron:${address}`,
  label: 'Wallet',
  value: `tron:${address}`,
  display: address,
  raw: [address],
  props: { chain: 'tron', address },
  ...prov(tlp),
});
const pays = (from: string, to: string, tlp: Tlp): RelRecord => ({
  type: 'PAYS_TO',
  from,
  to,
  props: {},
  ...prov(tlp),
});

// a ─GREEN→ red wallet ←GREEN─ b ; a ─RED link→ green wallet ←GREEN─ c ; a ─GREEN→ green wallet 2 ←GREEN─ d
beforeAll(async () => {
  executor = await testExecutor();
  await wipeGraph(executor);
  const nodes = [
    domain('a.clearance.example', 'GREEN'),
    domain('b.clearance.example', 'GREEN'),
    domain('c.clearance.example', 'GREEN'),
    domain('d.clearance.example', 'CLEAR'),
    wallet('TRedWalletFictitious', 'RED'),
    wallet('TGreenWalletFictitious1', 'GREEN'),
    wallet('TGreenWalletFictitious2', 'GREEN'),
  ];
  const rels = [
    pays('domain:a.clearance.example', 'wallet:tron:TRedWalletFictitious', 'GREEN'),
    pays('domain:b.clearance.example', 'wallet:tron:TRedWalletFictitious', 'GREEN'),
    pays('domain:a.clearance.example', 'wallet:tron:TGreenWalletFictitious1', 'RED'),
    pays('domain:c.clearance.example', 'wallet:tron:TGreenWalletFictitious1', 'GREEN'),
    pays('domain:a.clearance.example', 'wallet:tron:TGreenWalletFictitious2', 'GREEN'),
    pays('domain:d.clearance.example', 'wallet:tron:TGreenWalletFictitious2', 'GREEN'),
  ];
  await writeBatch(executor, nodes, rels);
});

afterAll(async () => {
  await executor?.driver.close();
});

const ids = (sub: { nodes: { id: string }[] }) => sub.nodes.map((n) => n.id).sort();

describe('a walk under GREEN clearance', () => {
  it('reaches only what visible nodes and links connect', async () => {
    expect(ids(await cluster(executor, green, 'domain:a.clearance.example', 100))).toEqual([
      'domain:a.clearance.example',
      'domain:d.clearance.example',
      'wallet:tron:TGreenWalletFictitious2',
    ]);
    expect(ids(await neighborhood(executor, green, 'domain:a.clearance.example', 2, 100))).toEqual([
      'domain:a.clearance.example',
      'domain:d.clearance.example',
      'wallet:tron:TGreenWalletFictitious2',
    ]);
  });

  it('does not start from a node the caller may not see', async () => {
    await expect(
      cluster(executor, green, 'wallet:tron:TRedWalletFictitious', 100),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a cluster indicator set only the visible part for a GREEN partner, all of it for RED', async () => {
    const forGreen = await resolveSelection(executor, green, {
      mode: 'cluster',
      clusterOf: 'domain:a.clearance.example',
    });
    expect(forGreen.ids?.sort()).toEqual([
      'domain:a.clearance.example',
      'domain:d.clearance.example',
      'wallet:tron:TGreenWalletFictitious2',
    ]);
    const forRed = await resolveSelection(executor, adminContext(), {
      mode: 'cluster',
      clusterOf: 'domain:a.clearance.example',
    });
    expect(forRed.ids).toHaveLength(7);
  });
});
