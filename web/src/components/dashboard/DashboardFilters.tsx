// The dashboard's filters: period (months), country, and the least reliable source still counted.
import type { DashboardFilter } from '../../hooks/url-state.js';

const RELIABILITY: [string, string][] = [
  ['', 'any source'],
  ['A', 'A only'],
  ['B', 'B or better'],
  ['C', 'C or better'],
  ['D', 'D or better'],
  ['E', 'E or better'],
];

/** The choices, with the chosen value among them even when no data was seen for it. */
function withChosen(list: readonly string[], chosen: string | undefined): string[] {
  return chosen && !list.includes(chosen) ? [...list, chosen].sort() : [...list];
}

interface Props {
  filter: DashboardFilter;
  countries: readonly string[];
  /** Months with data (YYYY-MM, oldest first). */
  months: readonly string[];
  onChange(next: DashboardFilter): void;
}

export function DashboardFilters({ filter, countries, months, onChange }: Props) {
  const set = (key: keyof DashboardFilter, value: string) => {
    const next = { ...filter };
    if (value) next[key] = value;
    else delete next[key];
    onChange(next);
  };
  const list =
    filter.country && !countries.includes(filter.country)
      ? [...countries, filter.country]
      : countries;
  const any = Object.keys(filter).length > 0;
  return (
    <form className="dashboard-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        From
        <select
          aria-label="From month"
          value={filter.from ?? ''}
          onChange={(e) => set('from', e.target.value)}
        >
          <option value="">the start</option>
          {withChosen(months, filter.from)
            .filter((m) => !filter.to || m <= filter.to)
            .map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
        </select>
      </label>
      <label>
        To
        <select
          aria-label="To month"
          value={filter.to ?? ''}
          onChange={(e) => set('to', e.target.value)}
        >
          <option value="">now</option>
          {withChosen(months, filter.to)
            .filter((m) => !filter.from || m >= filter.from)
            .map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
        </select>
      </label>
      <label>
        Country
        <select
          aria-label="Country"
          value={filter.country ?? ''}
          onChange={(e) => set('country', e.target.value)}
        >
          <option value="">all countries</option>
          {list.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sources
        <select
          aria-label="Source reliability"
          value={filter.minReliability ?? ''}
          onChange={(e) => set('minReliability', e.target.value)}
        >
          {RELIABILITY.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!any} onClick={() => onChange({})}>
        Clear filters
      </button>
    </form>
  );
}
