// Reads the inputs of the estimates through visibility (cypher/estimates/*): visible compounds, victim
// reports and transfers with their visible assertions only. The walk of transfers is read hop by hop.
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { visibilityParams } from '../access/visibility.js';
import { aggregate } from '../access/aggregate.js';
import type { Assertion } from './estimates-types.js';
import type { Provenance, SourceGate } from './source-gate.js';

export interface CompoundRow {
  id: string;
  display: string;
  country: string | null;
  asserted: Assertion[];
}

export interface InvolvesRow {
  id: string;
  wallet: boolean;
  source: string;
  tlp: string;
  role: string | null;
}

export interface VictimRow {
  id: string;
  asserted: Assertion[];
  involves: InvolvesRow[];
}

const asList = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export async function readCompounds(
  executor: Executor,
  ctx: RequestContext,
  country: string | null,
): Promise<CompoundRow[]> {
  const rows = await executor.read({
    cypher: cypher('estimates/compounds'),
    params: { country, ...visibilityParams(ctx) },
  });
  return rows.map((r) => ({
    id: String(r.id),
    display: String(r.display ?? r.id),
    country: (r.country as string | null) ?? null,
    asserted: asList<Assertion>(r.asserted),
  }));
}

export async function readVictimReports(
  executor: Executor,
  ctx: RequestContext,
): Promise<VictimRow[]> {
  const rows = await executor.read(
    { cypher: cypher('estimates/victim-reports'), params: visibilityParams(ctx) },
    120_000,
  );
  return rows.map((r) => ({
    id: String(r.id),
    asserted: asList<Assertion>(r.asserted),
    involves: asList<InvolvesRow>(r.involves),
  }));
}

/** A transfer between two wallets as the admitted sources state it: one link per source, folded. */
export interface TransferLink {
  from: string;
  to: string;
  /** The admitted links (assertions) of the pair. */
  asserted: Assertion[];
}

async function readTransfers(
  executor: Executor,
  ctx: RequestContext,
  name: 'transfers-from' | 'transfers-into',
  ids: readonly string[],
  gate: SourceGate,
): Promise<TransferLink[]> {
  const pairs = new Map<string, TransferLink>();
  for (let i = 0; i < ids.length; i += 5_000) {
    const rows = await executor.read(
      {
        cypher: cypher(`estimates/${name}`),
        params: { ids: ids.slice(i, i + 5_000), ...visibilityParams(ctx) },
      },
      120_000,
    );
    for (const r of rows) {
      const link = r.link as Assertion;
      if (!gate.admits(String(link.source))) continue;
      const key = `${String(r.from)}\u0000${String(r.to)}`;
      let pair = pairs.get(key);
      if (!pair) pairs.set(key, (pair = { from: String(r.from), to: String(r.to), asserted: [] }));
      pair.asserted.push(link);
    }
  }
  return [...pairs.values()];
}

export const transfersFrom = (
  executor: Executor,
  ctx: RequestContext,
  ids: readonly string[],
  gate: SourceGate,
) => readTransfers(executor, ctx, 'transfers-from', ids, gate);

export const transfersInto = (
  executor: Executor,
  ctx: RequestContext,
  ids: readonly string[],
  gate: SourceGate,
) => readTransfers(executor, ctx, 'transfers-into', ids, gate);

/** Roles that end the inflow walk. */
export const EXIT_ROLES = new Set(['exchange', 'consolidation', 'otc', 'otc-desk', 'otc-broker']);

/**
 * Which of the given wallets are exits (an exchange, consolidation or OTC `walletRole` among the admitted
 * assertions' facts, or RUN_BY an organisation whose kind is `otc-broker`), noting what decided it.
 */
export async function readExits(
  executor: Executor,
  ctx: RequestContext,
  ids: readonly string[],
  gate: SourceGate,
  provenance: Provenance,
): Promise<Set<string>> {
  const exits = new Set<string>();
  for (let i = 0; i < ids.length; i += 5_000) {
    const rows = await executor.read({
      cypher: cypher('estimates/wallet-roles'),
      params: { ids: ids.slice(i, i + 5_000), ...visibilityParams(ctx) },
    });
    for (const r of rows) {
      const id = String(r.id);
      const asserted = gate.filter(asList<Assertion>(r.asserted)).kept;
      const role = aggregate(asserted)?.facts.walletRole;
      if (typeof role === 'string' && EXIT_ROLES.has(role.trim().toLowerCase())) {
        exits.add(id);
        provenance.noteAll(asserted.filter((a) => a.walletRole != null));
        continue;
      }
      for (const run of asList<{ source: string; tlp: string; kinds: Assertion[] }>(r.runBy)) {
        if (!gate.admits(run.source)) continue;
        const kinds = gate.filter(asList<Assertion>(run.kinds)).kept;
        if (aggregate(kinds)?.facts.kind === 'otc-broker') {
          exits.add(id);
          provenance.note(run);
          provenance.noteAll(kinds.filter((k) => k.kind != null));
          break;
        }
      }
    }
  }
  return exits;
}
