// The compounds on a map and in a list; each opens its network in the graph.
import { useEffect, useState } from 'react';
import { listCompounds } from '../api/queries.js';
import {
  CompoundMap,
  STATUS_COLOR,
  compoundPoints,
  type CompoundPoint,
} from '../components/CompoundMap.js';
import type { UrlState } from '../hooks/url-state.js';

export function MapPage({ navigate }: { navigate(next: UrlState): void }) {
  const [compounds, setCompounds] = useState<CompoundPoint[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listCompounds()
      .then((list) => setCompounds(compoundPoints(list)))
      .catch((e: Error) => setError(e.message));
  }, []);
  if (error) return <p className="error page-pad">Could not load the compounds: {error}</p>;
  if (!compounds) return <p className="page-pad">Loading the compounds…</p>;
  const open = (id: string) => navigate({ view: 'entity', id });
  return (
    <div className="map-page">
      <div className="map-wrap">
        {compounds.length === 0 ? (
          <p className="muted page-pad">No compound with a location in the graph.</p>
        ) : (
          <CompoundMap compounds={compounds} onOpen={open} />
        )}
        <ul className="map-legend">
          {Object.entries(STATUS_COLOR).map(([s, c]) => (
            <li key={s}>
              <span className="dot" style={{ background: c }} /> {s}
            </li>
          ))}
        </ul>
      </div>
      <aside className="sidebar right">
        <h3>{compounds.length} compounds</h3>
        <ul className="compound-list">
          {compounds
            .slice()
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((c) => (
              <li key={c.id}>
                <span className="dot" style={{ background: STATUS_COLOR[c.status] ?? '#555' }} />{' '}
                <button type="button" className="link" onClick={() => open(c.id)}>
                  {c.name}
                </button>{' '}
                <small className="muted">
                  {c.entity?.properties.find((p) => p.key === 'country')?.value}
                </small>
              </li>
            ))}
        </ul>
      </aside>
    </div>
  );
}
