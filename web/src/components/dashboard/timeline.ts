// Pure helpers of the dashboard: a compound's status at a month, the months a slider spans, and which
// entities a drilled figure, point or bar stands for.
import type { CompoundTimeline, Estimates, SeriesKey } from '../../api/analytics.js';
import { lastDayOf } from '../../api/analytics.js';

export const STATUSES = ['active', 'raided', 'relocated', 'closed'] as const;
/** A compound with no status reported on or before the month. */
export const NO_STATUS = 'not yet reported';

/** The status at the end of `month` (YYYY-MM): the latest change on or before it (history is oldest first). */
export function statusAt(compound: CompoundTimeline, month: string): string {
  const end = lastDayOf(month);
  let status = NO_STATUS;
  let since = '';
  for (const change of compound.history) {
    const day = change.since.slice(0, 10);
    if (day <= end && day >= since) {
      status = change.status;
      since = day;
    }
  }
  return status;
}

/** The latest status of a compound, whatever its date. */
export function latestStatus(compound: CompoundTimeline): string {
  return statusAt(compound, '9999-12');
}

/** Every month from the first to the last status change (YYYY-MM, oldest first). */
export function monthsSpanned(compounds: readonly CompoundTimeline[]): string[] {
  let first = '';
  let last = '';
  for (const c of compounds) {
    for (const h of c.history) {
      const m = h.since.slice(0, 7);
      if (!/^\d{4}-\d{2}$/.test(m)) continue;
      if (!first || m < first) first = m;
      if (!last || m > last) last = m;
    }
  }
  return first ? monthRange(first, last) : [];
}

export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    out.push(month);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export interface Drill {
  title: string;
  ids: string[];
}

const SERIES_KEYS: readonly SeriesKey[] = ['victimsByMonth', 'lossesByMonth', 'inflowsByMonth'];

/**
 * What a drill key (the `drill` URL parameter) stands for in these estimates:
 * `figure:<key>`, `series:<victimsByMonth|lossesByMonth|inflowsByMonth>:<YYYY-MM>`, `country:<CC>`,
 * `compounds:<CC>:<status>` (latest status), `map:<YYYY-MM>:<status>` (status at that month).
 */
export function drillOf(est: Estimates, drill: string): Drill | null {
  const [kind, a = '', b = ''] = drill.split(':');
  switch (kind) {
    case 'figure': {
      const f = est.figures.find((x) => x.key === a);
      return f ? { title: f.label, ids: f.entityIds } : null;
    }
    case 'series': {
      if (!SERIES_KEYS.includes(a as SeriesKey)) return null;
      const series = est[a as SeriesKey];
      const p = series.points.find((x) => x.period === b);
      return p ? { title: `${series.label}, ${b}`, ids: p.entityIds } : null;
    }
    case 'country': {
      const c = est.compoundsByCountry.find((x) => x.country === a);
      return c ? { title: `Compounds in ${a}`, ids: c.entityIds } : null;
    }
    case 'compounds': {
      const ids = est.compounds
        .filter((c) => c.country === a && latestStatus(c) === b)
        .map((c) => c.id);
      return { title: `Compounds in ${a}, ${b}`, ids };
    }
    case 'map': {
      if (!/^\d{4}-\d{2}$/.test(a)) return null;
      const ids = est.compounds.filter((c) => statusAt(c, a) === b).map((c) => c.id);
      return { title: `Compounds ${b} at the end of ${a}`, ids };
    }
    default:
      return null;
  }
}
