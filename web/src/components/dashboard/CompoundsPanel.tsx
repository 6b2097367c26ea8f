// Compounds: the map with a time slider (each compound's status at the end of the chosen month, from its
// status history), counts per status at that month, and compounds per country by their latest status.
import { useEffect, useMemo, useState } from 'react';
import type { CompoundTimeline, CountryCompounds } from '../../api/analytics.js';
import { CompoundMap, STATUS_COLOR, type CompoundPoint } from '../CompoundMap.js';
import { NO_STATUS, STATUSES, monthsSpanned, statusAt } from './timeline.js';

interface Props {
  compounds: readonly CompoundTimeline[];
  byCountry: readonly CountryCompounds[];
  onOpen(id: string): void;
  onDrill(drill: string): void;
}

export function CompoundsPanel({ compounds, byCountry, onOpen, onDrill }: Props) {
  const months = useMemo(() => monthsSpanned(compounds), [compounds]);
  const [index, setIndex] = useState(months.length - 1);
  // New data (other filters): start again at the latest month.
  useEffect(() => setIndex(months.length - 1), [months]);
  const month = months[Math.min(Math.max(index, 0), months.length - 1)];
  const points = useMemo<CompoundPoint[]>(
    () =>
      compounds
        .filter((c) => c.lat !== null && c.lon !== null)
        .map((c) => ({
          id: c.id,
          name: c.name,
          lat: c.lat!,
          lon: c.lon!,
          status: month ? statusAt(c, month) : NO_STATUS,
        })),
    [compounds, month],
  );
  const counts = useMemo(() => {
    const out = new Map<string, number>();
    for (const c of compounds) {
      const s = month ? statusAt(c, month) : NO_STATUS;
      out.set(s, (out.get(s) ?? 0) + 1);
    }
    return out;
  }, [compounds, month]);
  const widest = Math.max(1, ...byCountry.map((c) => c.total));
  return (
    <section className="compounds-panel" aria-label="Compounds">
      <div className="compounds-map">
        <h4>Compounds by status over time</h4>
        {points.length === 0 ? (
          <p className="muted empty-chart">No compound with a location in these figures.</p>
        ) : (
          <div className="map-box">
            <CompoundMap compounds={points} onOpen={onOpen} />
          </div>
        )}
        {months.length > 0 && month && (
          <div className="time-slider">
            <label>
              Status at the end of <strong data-testid="slider-month">{month}</strong>
              <input
                type="range"
                aria-label="Month"
                min={0}
                max={months.length - 1}
                step={1}
                value={months.indexOf(month)}
                onChange={(e) => setIndex(Number(e.target.value))}
              />
            </label>
            <span className="muted slider-ends">
              <span>{months[0]}</span>
              <span>{months[months.length - 1]}</span>
            </span>
          </div>
        )}
        <ul className="status-counts" aria-label="Compounds per status at this month">
          {[...STATUSES, NO_STATUS].map((s) => {
            const n = counts.get(s) ?? 0;
            if (s === NO_STATUS && n === 0) return null;
            return (
              <li key={s}>
                <button
                  type="button"
                  className="link"
                  data-status={s}
                  disabled={n === 0 || !month}
                  onClick={() => month && onDrill(`map:${month}:${s}`)}
                >
                  <span className="dot" style={{ background: STATUS_COLOR[s] ?? '#bbb' }} /> {s}{' '}
                  <strong>{n}</strong>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="compounds-by-country">
        <h4>By country (latest status)</h4>
        {byCountry.length === 0 ? (
          <p className="muted">No compound in these figures.</p>
        ) : (
          <table>
            <tbody>
              {byCountry.map((c) => (
                <tr key={c.country} data-country={c.country}>
                  <th>
                    <button
                      type="button"
                      className="link"
                      onClick={() => onDrill(`country:${c.country}`)}
                      title={`The ${c.total} compounds in ${c.country}`}
                    >
                      {c.country}
                    </button>
                  </th>
                  <td className="stack">
                    <div className="stack-bar" style={{ width: `${(100 * c.total) / widest}%` }}>
                      {STATUSES.map((s) =>
                        c[s] > 0 ? (
                          <button
                            key={s}
                            type="button"
                            aria-label={`${c.country} ${s}: ${c[s]}`}
                            title={`${s}: ${c[s]}`}
                            style={{ flex: c[s], background: STATUS_COLOR[s] }}
                            onClick={() => onDrill(`compounds:${c.country}:${s}`)}
                          />
                        ) : null,
                      )}
                      {c.total - STATUSES.reduce((n, s) => n + c[s], 0) > 0 && (
                        <span
                          className="unknown"
                          style={{ flex: c.total - STATUSES.reduce((n, s) => n + c[s], 0) }}
                        />
                      )}
                    </div>
                  </td>
                  <td className="num">{c.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
