// Compounds by country and status at a date (pure), with the range of each count.
import { corroborated, statusAt, statusHistory, type StatusStatement } from './compound-status.js';
import { STATUSES, type CompoundStatus, type CountryCompoundsModel } from './estimates-types.js';
import { capIds, type Range } from './ranges.js';

export interface CompoundInput {
  id: string;
  country: string | null;
  statements: StatusStatement[];
  /** Sources whose assertions were counted for it. */
  sources: string[];
}

export interface CompoundEstimates {
  total: Range;
  byStatus: Record<CompoundStatus, Range>;
  ids: { total: string[] } & Record<CompoundStatus, string[]>;
  /** Compounds with no status statement on or before the date. */
  unknown: number;
  byCountry: CountryCompoundsModel[];
}

const reliable = (r: string | null | undefined) => 'ABC'.includes(r ?? 'F');

/**
 * value: compounds by their status at `date`. low: only those whose status is corroborated (two sources,
 * or one rated A–C); high: value plus the compounds whose status at the date is unknown. Total: value =
 * high = every compound counted; low = those reported by at least one source rated A–C.
 */
export function compoundEstimates(
  compounds: readonly CompoundInput[],
  date: string,
  reliability: ReadonlyMap<string, string | null>,
): CompoundEstimates {
  const byStatus = Object.fromEntries(
    STATUSES.map((s) => [s, { low: 0, value: 0, high: 0 }]),
  ) as Record<CompoundStatus, Range>;
  const ids = Object.fromEntries(STATUSES.map((s) => [s, [] as string[]])) as Record<
    CompoundStatus,
    string[]
  >;
  const countries = new Map<string, CountryCompoundsModel>();
  const total: Range = { low: 0, value: compounds.length, high: compounds.length };
  let unknown = 0;
  for (const c of compounds) {
    if (c.sources.some((s) => reliable(reliability.get(s)))) total.low += 1;
    const status = statusAt(statusHistory(c.statements), date);
    if (status === null) unknown += 1;
    else {
      byStatus[status].value += 1;
      if (corroborated(c.statements, date, reliability)) byStatus[status].low += 1;
      ids[status].push(c.id);
    }
    if (c.country) {
      let row = countries.get(c.country);
      if (!row)
        countries.set(
          c.country,
          (row = {
            country: c.country,
            active: 0,
            raided: 0,
            relocated: 0,
            closed: 0,
            total: 0,
            entityIds: [],
          }),
        );
      row.total += 1;
      if (status) row[status] += 1;
      if (row.entityIds.length < 500) row.entityIds.push(c.id);
    }
  }
  for (const s of STATUSES) byStatus[s].high = byStatus[s].value + unknown;
  return {
    total,
    byStatus,
    ids: {
      total: capIds(compounds.map((c) => c.id)),
      ...(Object.fromEntries(STATUSES.map((s) => [s, capIds(ids[s])])) as Record<
        CompoundStatus,
        string[]
      >),
    },
    unknown,
    byCountry: [...countries.values()].sort(
      (a, b) => b.total - a.total || a.country.localeCompare(b.country),
    ),
  };
}
