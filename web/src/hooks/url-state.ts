// URL state: what the explorer shows, as a deep link (?entity=, ?cluster=, ?path=a&path=b, ?view=map,
// ?view=dashboard with its filters and the figure drilled into).

/** The dashboard's filters (all optional): period as YYYY-MM months, country code, least source reliability. */
export interface DashboardFilter {
  from?: string;
  to?: string;
  country?: string;
  minReliability?: string;
}

export type UrlState =
  | { view: 'home' }
  | { view: 'entity'; id: string }
  /** A cluster by its id (`cl-…`), or (old links) by the id of an entity in it. */
  | { view: 'cluster'; id: string }
  | { view: 'path'; from: string; to: string }
  | { view: 'map' }
  /** `drill`: the figure, point or bar whose entities are listed (see components/dashboard/drill.ts). */
  | { view: 'dashboard'; filter: DashboardFilter; drill?: string };

const FILTER_KEYS = ['from', 'to', 'country', 'minReliability'] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const COUNTRY = /^[A-Z]{2}$/;
const RELIABILITY = /^[A-F]$/;

/** Keeps only well-formed filter values (a hand-edited link cannot send junk to the API). */
export function cleanDashboardFilter(
  raw: Record<string, string | null | undefined>,
): DashboardFilter {
  const out: DashboardFilter = {};
  const from = raw.from?.trim();
  const to = raw.to?.trim();
  const country = raw.country?.trim().toUpperCase();
  const rel = raw.minReliability?.trim().toUpperCase();
  if (from && MONTH.test(from)) out.from = from;
  if (to && MONTH.test(to)) out.to = to;
  if (country && COUNTRY.test(country)) out.country = country;
  if (rel && RELIABILITY.test(rel)) out.minReliability = rel;
  return out;
}

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const entity = p.get('entity');
  const cluster = p.get('cluster');
  const path = p.get('path');
  if (cluster) return { view: 'cluster', id: cluster };
  if (path) {
    // Two `path` parameters: ids may hold any character, so no separator inside one parameter.
    const parts = p.getAll('path');
    if (parts.length === 2 && parts[0] && parts[1])
      return { view: 'path', from: parts[0], to: parts[1] };
  }
  if (entity) return { view: 'entity', id: entity };
  if (p.get('view') === 'map') return { view: 'map' };
  if (p.get('view') === 'dashboard') {
    const filter = cleanDashboardFilter(Object.fromEntries(FILTER_KEYS.map((k) => [k, p.get(k)])));
    const drill = p.get('drill');
    return drill ? { view: 'dashboard', filter, drill } : { view: 'dashboard', filter };
  }
  return { view: 'home' };
}

export function formatUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  switch (state.view) {
    case 'entity':
      p.set('entity', state.id);
      break;
    case 'cluster':
      p.set('cluster', state.id);
      break;
    case 'path':
      p.append('path', state.from);
      p.append('path', state.to);
      break;
    case 'map':
      p.set('view', 'map');
      break;
    case 'dashboard':
      p.set('view', 'dashboard');
      for (const k of FILTER_KEYS) {
        const v = state.filter[k];
        if (v) p.set(k, v);
      }
      if (state.drill) p.set('drill', state.drill);
      break;
    case 'home':
      break;
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return formatUrlState(a) === formatUrlState(b);
}
