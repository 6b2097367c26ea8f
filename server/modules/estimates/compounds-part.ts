// The compounds part of the estimates: visible compounds through the source gate and the filter, their
// status histories, and the counts by status and country.
import { aggregate } from '../access/aggregate.js';
import { statusHistory, statusStatements } from './compound-status.js';
import {
  compoundEstimates,
  type CompoundEstimates,
  type CompoundInput,
} from './compound-estimates.js';
import type { CompoundRow } from './estimates-inputs.js';
import type { CompoundTimelineModel } from './estimates-types.js';
import { Exclusions } from './ranges.js';
import { Provenance, type SourceGate } from './source-gate.js';

export interface CompoundsPart {
  estimates: CompoundEstimates;
  timelines: CompoundTimelineModel[];
  excluded: Exclusions;
  provenance: Provenance;
}

const numOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function compoundsPart(
  rows: readonly CompoundRow[],
  asOf: string,
  gate: SourceGate,
  reliability: ReadonlyMap<string, string | null>,
  members: ReadonlySet<string> | undefined,
): CompoundsPart {
  const excluded = new Exclusions();
  const provenance = new Provenance();
  const inputs: CompoundInput[] = [];
  const timelines: CompoundTimelineModel[] = [];
  const asOfMs = Date.parse(asOf);
  for (const row of rows) {
    const { kept, reason } = gate.filter(row.asserted);
    if (reason) {
      excluded.add(reason);
      continue;
    }
    const view = aggregate(kept);
    if (!view) continue;
    if (members && !members.has(row.id)) {
      excluded.add('OUTSIDE_CLUSTER');
      continue;
    }
    if (view.firstSeen && Date.parse(view.firstSeen) > asOfMs) {
      excluded.add('AFTER_PERIOD');
      continue;
    }
    provenance.noteAll(kept);
    const statements = statusStatements(kept);
    inputs.push({
      id: row.id,
      country: row.country ?? (typeof view.facts.country === 'string' ? view.facts.country : null),
      statements,
      sources: view.sources,
    });
    timelines.push({
      id: row.id,
      name: typeof view.facts.name === 'string' ? view.facts.name : (view.display ?? row.display),
      country: row.country,
      lat: numOrNull(view.facts.lat),
      lon: numOrNull(view.facts.lon),
      history: statusHistory(statements),
    });
  }
  return {
    estimates: compoundEstimates(inputs, asOf, reliability),
    timelines,
    excluded,
    provenance,
  };
}
