// The victims part of the estimates: visible reports through the source gate and the filter, their
// identifiers, amounts and the wallets they paid into (the deposit wallets of the inflow walk).
import { aggregate } from '../access/aggregate.js';
import type { VictimRow } from './estimates-inputs.js';
import type { EstimateFilterModel } from './estimates-types.js';
import type { EstimateClusters } from './estimates-clusters.js';
import { identifiersOf, IDENTIFIER_FACTS, type VictimInput } from './victim-dedup.js';
import { lossUsd } from './rates.js';
import { Exclusions } from './ranges.js';
import { Provenance, type SourceGate } from './source-gate.js';

export interface VictimsPart {
  reports: VictimInput[];
  excluded: Exclusions;
  provenance: Provenance;
  /** Wallets paid into by any visible, admitted report (whatever the period): the walk's start. */
  deposits: Set<string>;
}

export function victimsPart(
  rows: readonly VictimRow[],
  filter: EstimateFilterModel,
  gate: SourceGate,
  clusters: EstimateClusters,
): VictimsPart {
  const excluded = new Exclusions();
  const provenance = new Provenance();
  const reports: VictimInput[] = [];
  const deposits = new Set<string>();
  const from = filter.from ? Date.parse(filter.from) : null;
  const to = filter.to ? Date.parse(filter.to) : null;
  for (const row of rows) {
    const { kept, reason } = gate.filter(row.asserted);
    if (reason) {
      excluded.add(reason);
      continue;
    }
    const view = aggregate(kept);
    if (!view) continue;
    const involves = row.involves.filter((l) => gate.admits(l.source));
    const wallets = [...new Set(involves.filter((l) => l.wallet).map((l) => l.id))].sort();
    for (const w of wallets) deposits.add(w);
    const facts = view.facts;
    const date = typeof facts.date === 'string' ? facts.date : view.firstSeen;
    if (from !== null || to !== null) {
      const t = date ? Date.parse(date) : NaN;
      if (Number.isNaN(t)) {
        excluded.add('NO_DATE');
        continue;
      }
      if ((from !== null && t < from) || (to !== null && t > to)) {
        excluded.add('OUTSIDE_PERIOD');
        continue;
      }
    }
    const reached = involves.map((l) => l.id);
    if (clusters.members && !reached.some((id) => clusters.members!.has(id))) {
      excluded.add('OUTSIDE_CLUSTER');
      continue;
    }
    if (filter.country && !reached.some((id) => clusters.inCountry(id, filter.country!))) {
      excluded.add('OTHER_COUNTRY');
      continue;
    }
    provenance.noteAll(kept);
    const values = Object.fromEntries(
      IDENTIFIER_FACTS.map((name) => [name, kept.map((a) => a[name])]),
    );
    reports.push({
      id: row.id,
      date,
      usd: lossUsd(facts),
      keys: identifiersOf(values),
      wallets,
      country: typeof facts.country === 'string' ? facts.country : null,
    });
  }
  return { reports, excluded, provenance, deposits };
}
