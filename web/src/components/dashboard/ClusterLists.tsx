// The largest clusters by size, by reported losses and by recent growth (the `clusters` query), each bar
// opening the cluster's page; and wallet inflows per cluster from the estimates.
import { useEffect, useState } from 'react';
import {
  fetchClusters,
  type ClusterBrief,
  type ClusterInflow,
  type ClusterOrder,
} from '../../api/analytics.js';
import { formatValue } from './format.js';

interface ListSpec {
  order: ClusterOrder;
  title: string;
  metric(c: ClusterBrief): number;
  unit: string;
  what: string;
}

const LISTS: ListSpec[] = [
  { order: 'SIZE_DESC', title: 'Largest', metric: (c) => c.size, unit: '', what: 'members' },
  {
    order: 'LOSSES_DESC',
    title: 'Most reported losses',
    metric: (c) => c.reportedLossUsd,
    unit: 'USD',
    what: 'reported losses',
  },
  {
    order: 'GROWTH_DESC',
    title: 'Fastest growing',
    metric: (c) => c.recentGrowth,
    unit: '',
    what: 'new members in the last 30 days of the data',
  },
];

function ClusterList({
  spec,
  country,
  onOpen,
}: {
  spec: ListSpec;
  country: string | undefined;
  onOpen(id: string): void;
}) {
  const [state, setState] = useState<
    | { status: 'loading' }
    | { status: 'error'; message: string }
    | { status: 'ok'; nodes: ClusterBrief[]; total: number }
  >({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    fetchClusters(spec.order, country ? { country } : {}, 5)
      .then((r) => live && setState({ status: 'ok', nodes: r.nodes, total: r.totalCount }))
      .catch((e: Error) => live && setState({ status: 'error', message: e.message }));
    return () => {
      live = false;
    };
  }, [spec.order, country]);
  const nodes = state.status === 'ok' ? state.nodes.filter((c) => spec.metric(c) > 0) : [];
  const top = Math.max(1, ...nodes.map(spec.metric));
  return (
    <section
      className="cluster-list"
      aria-label={`Clusters: ${spec.title}`}
      data-order={spec.order}
    >
      <h4 title={spec.what}>
        {spec.title}{' '}
        {state.status === 'ok' && <small className="muted">of {state.total} clusters</small>}
      </h4>
      {state.status === 'loading' && <p className="muted skeleton">Loading clusters…</p>}
      {state.status === 'error' && (
        <p className="error" role="alert">
          Could not load the clusters: {state.message}
        </p>
      )}
      {state.status === 'ok' && nodes.length === 0 && (
        <p className="muted">No cluster with {spec.what}.</p>
      )}
      <ol>
        {nodes.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="bar-row"
              data-cluster={c.id}
              onClick={() => onOpen(c.id)}
              title={`${c.name}: ${formatValue(spec.metric(c), spec.unit)} ${spec.what} · ${c.size} members · ${c.countries.join(', ') || 'no country'}`}
            >
              <span className="bar-label">{c.name}</span>
              <span className="bar-track">
                <span className="bar" style={{ width: `${(100 * spec.metric(c)) / top}%` }} />
              </span>
              <span className="bar-value">{formatValue(spec.metric(c), spec.unit)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ClusterLists({
  country,
  inflows,
  onOpen,
}: {
  country: string | undefined;
  inflows: readonly ClusterInflow[];
  onOpen(id: string): void;
}) {
  const byCluster = new Map<
    string,
    { id: string; name: string; usd: number; low: number; high: number }
  >();
  for (const f of inflows) {
    const c = byCluster.get(f.clusterId) ?? {
      id: f.clusterId,
      name: f.clusterName,
      usd: 0,
      low: 0,
      high: 0,
    };
    c.usd += f.usd;
    c.low += f.low;
    c.high += f.high;
    byCluster.set(f.clusterId, c);
  }
  const topInflows = [...byCluster.values()].sort((a, b) => b.usd - a.usd).slice(0, 5);
  const top = Math.max(1, ...topInflows.map((c) => c.usd));
  return (
    <div className="cluster-lists">
      {LISTS.map((spec) => (
        <ClusterList key={spec.order} spec={spec} country={country} onOpen={onOpen} />
      ))}
      <section className="cluster-list" aria-label="Clusters: wallet inflows">
        <h4 title="Funds reaching exchange, consolidation or OTC wallets from the cluster's victim-reported deposit wallets">
          Most wallet inflows
        </h4>
        {topInflows.length === 0 && <p className="muted">No traced inflow in these figures.</p>}
        <ol>
          {topInflows.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="bar-row"
                data-cluster={c.id}
                onClick={() => onOpen(c.id)}
                title={`${c.name}: ${formatValue(c.usd, 'USD')} (range ${formatValue(c.low, 'USD')} – ${formatValue(c.high, 'USD')})`}
              >
                <span className="bar-label">{c.name}</span>
                <span className="bar-track">
                  <span className="bar inflow" style={{ width: `${(100 * c.usd) / top}%` }} />
                </span>
                <span className="bar-value">{formatValue(c.usd, 'USD')}</span>
              </button>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
