// Victims and reported losses from deduplicated reports (pure): the figures' triples and monthly series.
import {
  groupDate,
  groupLoss,
  identifierGroups,
  probableGroups,
  type VictimInput,
} from './victim-dedup.js';
import { MonthlyRanges, monthOf, settle, type Range } from './ranges.js';
import type { SeriesPointModel } from './estimates-types.js';

export interface VictimEstimates {
  victims: Range;
  losses: Range;
  /** Reports that repeat a victim already counted (shared identifier). */
  duplicates: number;
  /** Reports that give no amount (victims, but no loss). */
  noAmount: number;
  victimsByMonth: SeriesPointModel[];
  lossesByMonth: SeriesPointModel[];
}

/**
 * value: one victim per identifier group, its loss the largest amount its reports give;
 * low: probable duplicates joined too, each group's smallest amount;
 * high: every report a victim of its own, every amount a loss of its own.
 */
export function victimEstimates(reports: readonly VictimInput[]): VictimEstimates {
  const byId = identifierGroups(reports);
  const probable = probableGroups(reports);
  const victimsMonthly = new MonthlyRanges();
  const lossesMonthly = new MonthlyRanges();
  const victims: Range = { low: probable.length, value: byId.length, high: reports.length };
  const losses: Range = { low: 0, value: 0, high: 0 };
  for (const g of byId) {
    const month = monthOf(groupDate(g));
    const ids = g.map((r) => r.id);
    victimsMonthly.add(month, { value: 1 }, ids);
    const usd = groupLoss(g, 'max');
    if (usd !== undefined) {
      losses.value += usd;
      lossesMonthly.add(month, { value: usd }, ids);
    }
  }
  for (const g of probable) {
    const month = monthOf(groupDate(g));
    victimsMonthly.add(month, { low: 1 });
    const usd = groupLoss(g, 'min');
    if (usd !== undefined) {
      losses.low += usd;
      lossesMonthly.add(month, { low: usd });
    }
  }
  for (const r of reports) {
    const month = monthOf(r.date);
    victimsMonthly.add(month, { high: 1 });
    if (r.usd !== undefined) {
      losses.high += r.usd;
      lossesMonthly.add(month, { high: r.usd });
    }
  }
  return {
    victims,
    losses: settle(losses),
    duplicates: reports.length - byId.length,
    noAmount: reports.filter((r) => r.usd === undefined).length,
    victimsByMonth: victimsMonthly.points(0),
    lossesByMonth: lossesMonthly.points(),
  };
}
