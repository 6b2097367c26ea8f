// The dashboard (?view=dashboard): scale figures with ranges and sources, monthly trends, the compounds map
// with a time slider, the largest clusters; every figure and bar opens the entities behind it. Filters for
// period, country and source reliability live in the URL, so a view can be shared as a link.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  estimateFilter,
  fetchEstimates,
  type Estimates,
  type SeriesKey,
} from '../api/analytics.js';
import { BriefingButton } from '../components/BriefingButton.js';
import { ClusterLists } from '../components/dashboard/ClusterLists.js';
import { CompoundsPanel } from '../components/dashboard/CompoundsPanel.js';
import { DashboardFilters } from '../components/dashboard/DashboardFilters.js';
import { DrillPanel } from '../components/dashboard/DrillPanel.js';
import { FigureCards, SourceList } from '../components/dashboard/FigureCards.js';
import { drillOf, monthsSpanned } from '../components/dashboard/timeline.js';
import { TrendChart } from '../components/dashboard/TrendChart.js';
import { TlpBadge } from '../components/TlpBadge.js';
import type { DashboardFilter, UrlState } from '../hooks/url-state.js';
import '../components/dashboard/dashboard.css';

interface Props {
  filter: DashboardFilter;
  drill: string | undefined;
  navigate(next: UrlState): void;
}

type Load =
  | { status: 'loading'; previous: Estimates | null }
  | { status: 'error'; message: string; previous: Estimates | null }
  | { status: 'ok'; estimates: Estimates };

const SERIES: SeriesKey[] = ['victimsByMonth', 'lossesByMonth', 'inflowsByMonth'];

export function DashboardPage({ filter, drill, navigate }: Props) {
  const [load, setLoad] = useState<Load>({ status: 'loading', previous: null });
  const [countries, setCountries] = useState<string[]>([]);
  const [months, setMonths] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const apiFilter = useMemo(() => estimateFilter(filter), [filter]);
  const key = JSON.stringify(apiFilter);

  useEffect(() => {
    let live = true;
    setLoad((prev) => ({
      status: 'loading',
      previous: prev.status === 'ok' ? prev.estimates : prev.previous,
    }));
    fetchEstimates(apiFilter)
      .then((estimates) => live && setLoad({ status: 'ok', estimates }))
      .catch(
        (e: Error) =>
          live &&
          setLoad((prev) => ({
            status: 'error',
            message: e.message,
            previous: prev.status === 'ok' ? prev.estimates : prev.previous,
          })),
      );
    return () => {
      live = false;
    };
    // `key` stands for apiFilter's content.
  }, [key, attempt]);

  const setFilter = useCallback(
    (next: DashboardFilter) => navigate({ view: 'dashboard', filter: next }),
    [navigate],
  );
  const onDrill = useCallback(
    (d: string) => navigate({ view: 'dashboard', filter, drill: d }),
    [navigate, filter],
  );
  const openEntity = useCallback((id: string) => navigate({ view: 'entity', id }), [navigate]);
  const openCluster = useCallback((id: string) => navigate({ view: 'cluster', id }), [navigate]);

  const est = load.status === 'ok' ? load.estimates : load.previous;
  // The filters' choices: every country and month seen in the figures (no extra request). Figures narrowed
  // by that filter add to what was seen; figures not narrowed by it replace it.
  useEffect(() => {
    if (load.status !== 'ok') return;
    const e = load.estimates;
    const seenCountries = e.compoundsByCountry.map((c) => c.country);
    const seenMonths = [
      ...SERIES.flatMap((k) => e[k].points.map((p) => p.period)),
      ...monthsSpanned(e.compounds),
    ];
    setCountries((prev) =>
      [...new Set([...(filter.country ? prev : []), ...seenCountries])].sort(),
    );
    setMonths((prev) =>
      [...new Set([...(filter.from || filter.to ? prev : []), ...seenMonths])].sort(),
    );
  }, [load, filter.country, filter.from, filter.to]);
  const drilled = useMemo(() => (est && drill ? drillOf(est, drill) : null), [est, drill]);
  const empty =
    est !== null &&
    est.figures.every((f) => f.value === 0 && f.counted === 0) &&
    est.compounds.length === 0;

  return (
    <div className={`dashboard${drilled ? ' with-drill' : ''}`}>
      <div className="dashboard-main" aria-busy={load.status === 'loading'}>
        <header className="dashboard-head">
          <h2>Scale of the scam economy</h2>
          {est && (
            <span
              className="dashboard-tlp"
              title="The highest TLP among the inputs: how far these figures may travel"
            >
              figures at <TlpBadge tlp={est.tlp} />
            </span>
          )}
          {est && (
            <small className="muted">
              computed {est.generatedAt.slice(0, 16).replace('T', ' ')} UTC
            </small>
          )}
          <span className="spacer" />
          <BriefingButton scope={filter.country ? { country: filter.country } : { all: true }} />
        </header>
        <DashboardFilters
          filter={filter}
          countries={countries}
          months={months}
          onChange={setFilter}
        />
        {load.status === 'loading' && (
          <p className="dashboard-status" role="status">
            <span className="spinner dark" />{' '}
            {est ? 'Updating the figures…' : 'Computing the figures…'}
          </p>
        )}
        {load.status === 'error' && (
          <div className="dashboard-error" role="alert">
            Could not compute the figures: {load.message}{' '}
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </button>
          </div>
        )}
        {!est && load.status === 'loading' && (
          <div className="figure-cards skeleton" aria-hidden="true">
            {Array.from({ length: 8 }, (_, i) => (
              <div key={i} className="figure-card placeholder" />
            ))}
          </div>
        )}
        {est && empty && (
          <div className="dashboard-empty" role="status">
            <h3>Nothing to count here</h3>
            <p>
              No compound, victim report or transfer you may see matches these filters.{' '}
              {Object.keys(filter).length > 0 && (
                <button type="button" className="link" onClick={() => setFilter({})}>
                  Clear the filters
                </button>
              )}
            </p>
          </div>
        )}
        {est && (
          <>
            <FigureCards figures={est.figures} onDrill={onDrill} />
            <section className="trends" aria-label="Monthly trends">
              {SERIES.map((k) => (
                <TrendChart key={k} seriesKey={k} series={est[k]} onDrill={onDrill} />
              ))}
            </section>
            <CompoundsPanel
              compounds={est.compounds}
              byCountry={est.compoundsByCountry}
              onOpen={openEntity}
              onDrill={onDrill}
            />
          </>
        )}
        <h3 className="section-title">Clusters{filter.country ? ` in ${filter.country}` : ''}</h3>
        <ClusterLists
          country={filter.country}
          inflows={est?.inflowsByCluster ?? []}
          onOpen={openCluster}
        />
        {est && (
          <section className="dashboard-sources" aria-label="Sources">
            <h3 className="section-title">Sources behind these figures ({est.sources.length})</h3>
            <SourceList sources={est.sources} />
          </section>
        )}
      </div>
      {drilled && (
        <DrillPanel
          title={drilled.title}
          ids={drilled.ids}
          onOpen={openEntity}
          onClose={() => navigate({ view: 'dashboard', filter })}
        />
      )}
      {drill && est && !drilled && (
        <aside className="drill-panel" aria-label="Entities behind">
          <p className="muted">Nothing matches “{drill}” in these figures.</p>
          <button
            type="button"
            className="link"
            onClick={() => navigate({ view: 'dashboard', filter })}
          >
            close
          </button>
        </aside>
      )}
    </div>
  );
}
