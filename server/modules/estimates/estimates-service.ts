// Scale estimates over what the caller may see (SPEC §6): compounds by country and status, deduplicated
// victims and losses, wallet inflows per month and cluster; each figure with its method, range, sources,
// inputs counted and excluded. Read statements: cypher/estimates/*. Method notes: docs/estimates.md.
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { visibilityParams } from '../access/visibility.js';
import { compoundsPart } from './compounds-part.js';
import { estimateClusters } from './estimates-clusters.js';
import { parseEstimateFilter, type EstimateFilterInput } from './estimates-filter.js';
import { readCompounds, readVictimReports } from './estimates-inputs.js';
import {
  STATUSES,
  type EstimatesModel,
  type FigureModel,
  type SourceRefModel,
} from './estimates-types.js';
import { FIGURE_TEXTS, SERIES_TEXTS } from './figure-texts.js';
import { inflowEstimates } from './inflow-estimates.js';
import { readInflowWalk } from './inflow-read.js';
import { capIds, type Exclusions, type Range } from './ranges.js';
import { Provenance, SourceGate } from './source-gate.js';
import { victimEstimates } from './victim-estimates.js';
import { victimsPart } from './victims-part.js';

async function visibleSources(
  executor: Executor,
  ctx: RequestContext,
): Promise<Map<string, SourceRefModel>> {
  const rows = await executor.read({
    cypher: cypher('estimates/sources'),
    params: visibilityParams(ctx),
  });
  return new Map(
    rows.map((r) => [
      String(r.id),
      {
        id: String(r.id),
        name: String(r.name),
        reliability: (r.reliability as string | null) ?? null,
        url: (r.url as string | null) ?? null,
      },
    ]),
  );
}

export async function estimates(
  executor: Executor,
  ctx: RequestContext,
  input?: EstimateFilterInput | null,
): Promise<EstimatesModel> {
  const filter = parseEstimateFilter(input);
  const asOf = filter.to ?? new Date().toISOString();
  const [known, clusters, compoundRows, victimRows] = await Promise.all([
    visibleSources(executor, ctx),
    estimateClusters(executor, ctx, filter.clusterId),
    readCompounds(executor, ctx, filter.country),
    readVictimReports(executor, ctx),
  ]);
  const reliability = new Map([...known.values()].map((s) => [s.id, s.reliability]));
  const gate = new SourceGate(
    reliability,
    filter.sources ? new Set(filter.sources) : null,
    filter.minReliability,
  );

  const compounds = compoundsPart(compoundRows, asOf, gate, reliability, clusters.members);
  const victims = victimsPart(victimRows, filter, gate, clusters);
  const v = victimEstimates(victims.reports);

  const deposits = new Map([...victims.deposits].map((w) => [w, clusters.originOf(w)]));
  const walked = await readInflowWalk(executor, ctx, deposits, gate);
  const inflows = inflowEstimates(walked.walk.arrivals, {
    from: filter.from ? Date.parse(filter.from) : null,
    to: filter.to ? Date.parse(filter.to) : null,
    weight: (origins) => {
      let w = 0;
      for (const [origin, share] of origins) {
        if (filter.clusterId !== null && origin !== filter.clusterId) continue;
        if (filter.country !== null && !clusters.inCountryOfCluster(origin, filter.country))
          continue;
        w += share;
      }
      return w;
    },
    clusterName: (id) => clusters.name(id),
  });
  inflows.excluded.add('DEPOSIT_IS_EXIT', walked.walk.depositExits.length);
  inflows.excluded.add('NO_EXIT_WITHIN_HOPS', walked.walk.deadEnds.length);

  const figure = (
    key: string,
    range: Range,
    provenance: Provenance,
    counted: number,
    excluded: Exclusions,
    entityIds: Iterable<string>,
  ): FigureModel => ({
    key,
    ...FIGURE_TEXTS[key]!,
    value: range.value,
    low: range.low,
    high: range.high,
    sources: provenance.refs(known),
    counted,
    excluded: excluded.list(),
    entityIds: capIds(entityIds),
  });

  const c = compounds.estimates;
  const statusExcluded = compounds.excluded.copy();
  statusExcluded.add('NO_STATUS', c.unknown);
  const victimsExcluded = victims.excluded.copy();
  victimsExcluded.add('DUPLICATE_REPORT', v.duplicates);
  const lossesExcluded = victimsExcluded.copy();
  lossesExcluded.add('NO_AMOUNT', v.noAmount);
  const inflowProvenance = new Provenance();
  inflowProvenance.merge(walked.provenance);
  const counted = inflows.counted;
  const reportIds = victims.reports.map((r) => r.id);

  const figures: FigureModel[] = [
    figure(
      'compounds.total',
      c.total,
      compounds.provenance,
      c.total.value,
      compounds.excluded,
      c.ids.total,
    ),
    ...STATUSES.map((s) =>
      figure(
        `compounds.${s}`,
        c.byStatus[s],
        compounds.provenance,
        c.byStatus[s].value,
        statusExcluded,
        c.ids[s],
      ),
    ),
    figure(
      'victims',
      v.victims,
      victims.provenance,
      victims.reports.length,
      victimsExcluded,
      reportIds,
    ),
    figure(
      'losses.usd',
      v.losses,
      victims.provenance,
      victims.reports.length - v.noAmount,
      lossesExcluded,
      victims.reports.filter((r) => r.usd !== undefined).map((r) => r.id),
    ),
    figure('inflows.usd', inflows.total, inflowProvenance, counted.length, inflows.excluded, [
      ...counted.map((a) => a.edge.to),
      ...counted.map((a) => a.edge.from),
    ]),
  ];

  const all = new Provenance();
  for (const p of [compounds.provenance, victims.provenance, inflowProvenance]) all.merge(p);
  return {
    generatedAt: new Date().toISOString(),
    tlp: all.tlp,
    figures,
    compoundsByCountry: c.byCountry,
    compounds: compounds.timelines,
    victimsByMonth: { ...SERIES_TEXTS.victimsByMonth, points: v.victimsByMonth },
    lossesByMonth: { ...SERIES_TEXTS.lossesByMonth, points: v.lossesByMonth },
    inflowsByMonth: { ...SERIES_TEXTS.inflowsByMonth, points: inflows.byMonth },
    inflowsByCluster: inflows.byCluster,
    sources: all.refs(known),
  };
}
