// A cluster's page (?cluster=<cl-id>): its name (renameable by analysts), numbers and figures, its history of
// grows, merges and splits, its members in the graph explorer, and the evidence between two members.
// Old links (?cluster=<entity id>) open the cluster that entity is in; an entity in no cluster (or a server
// without clusters) still gets its connected subgraph, as before.
import { useEffect, useState } from 'react';
import type { Me } from '../api/session.js';
import {
  estimateFilter,
  fetchClusterById,
  fetchClusterOf,
  fetchFigures,
  type Cluster,
  type Figure,
} from '../api/analytics.js';
import type { Stats } from '../api/types.js';
import { ClusterHead } from '../components/cluster/ClusterHead.js';
import { ClusterHistory } from '../components/cluster/ClusterHistory.js';
import { ExplainLinkPanel } from '../components/cluster/ExplainLinkPanel.js';
import { formatRange, formatValue } from '../components/dashboard/format.js';
import type { UrlState } from '../hooks/url-state.js';
import { ExplorerPage } from './ExplorerPage.js';
import '../components/dashboard/dashboard.css';

interface Props {
  id: string;
  navigate(next: UrlState): void;
  stats: Stats | null;
  me: Me | null | undefined;
}

type Resolved =
  | { status: 'loading' }
  | { status: 'cluster'; cluster: Cluster }
  /** No cluster to show: the old connected subgraph around the entity, with why. */
  | { status: 'subgraph'; note: string }
  | { status: 'error'; message: string };

export const isClusterId = (id: string) => id.startsWith('cl-');

function ClusterFigures({ clusterId }: { clusterId: string }) {
  const [figures, setFigures] = useState<Figure[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setFigures(null);
    fetchFigures(estimateFilter({}, clusterId))
      .then((f) => live && setFigures(f))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [clusterId]);
  const shown = figures?.filter((f) => f.value > 0) ?? [];
  return (
    <section aria-label="Cluster figures">
      <h3>Figures</h3>
      {error && <p className="error">Could not compute: {error}</p>}
      {!figures && !error && <p className="muted">Computing…</p>}
      {figures && shown.length === 0 && <p className="muted">Nothing counted for this cluster.</p>}
      <ul className="cluster-figures">
        {shown.map((f) => (
          <li
            key={f.key}
            data-key={f.key}
            data-value={f.value}
            title={`${f.method}\nRange: ${f.rangeMethod}`}
          >
            {f.label}: <strong>{formatValue(f.value, f.unit)}</strong>{' '}
            <small className="muted">({formatRange(f.low, f.high, f.value, f.unit)})</small>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ClusterPage({ id, navigate, stats, me }: Props) {
  const [resolved, setResolved] = useState<Resolved>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setResolved({ status: 'loading' });
    const ask = isClusterId(id) ? fetchClusterById(id) : fetchClusterOf(id);
    ask
      .then((cluster) => {
        if (!live) return;
        if (cluster) setResolved({ status: 'cluster', cluster });
        else
          setResolved({
            status: 'subgraph',
            note: 'This entity is in no cluster: its connected infrastructure is shown.',
          });
      })
      .catch((e: Error & { code?: string }) => {
        if (!live) return;
        // A cluster id the caller cannot see is an error; an entity whose cluster cannot be told falls back.
        if (isClusterId(id) || e.code === 'NOT_FOUND')
          setResolved({ status: 'error', message: e.message });
        else
          setResolved({
            status: 'subgraph',
            note: `Its cluster could not be resolved (${e.message}); its connected infrastructure is shown.`,
          });
      });
    return () => {
      live = false;
    };
  }, [id]);

  const open = (next: string) => navigate({ view: 'cluster', id: next });
  const canRename = me?.role === 'ADMIN' || me?.role === 'ANALYST';
  const url: UrlState = { view: 'cluster', id };

  if (resolved.status === 'loading')
    return (
      <div className="cluster-page">
        <p className="page-pad" role="status">
          <span className="spinner dark" /> Opening the cluster…
        </p>
      </div>
    );
  if (resolved.status === 'error')
    return (
      <div className="cluster-page">
        <div className="page-pad">
          <p className="error" role="alert">
            Could not open {id}: {resolved.message}
          </p>
          <button
            type="button"
            className="link"
            onClick={() => navigate({ view: 'dashboard', filter: {} })}
          >
            Back to the dashboard
          </button>
        </div>
      </div>
    );
  if (resolved.status === 'subgraph')
    return (
      <div className="cluster-page">
        <p className="cluster-note" role="status">
          {resolved.note}
        </p>
        <ExplorerPage
          url={url}
          navigate={navigate}
          stats={stats}
          cluster={{ load: id, focus: id }}
        />
      </div>
    );
  const c = resolved.cluster;
  const mergedNote =
    isClusterId(id) && id !== c.id ? `${id} was merged into ${c.name} (${c.id}).` : null;
  return (
    <div className="cluster-page">
      <ClusterHead
        key={c.id}
        cluster={c}
        canRename={canRename}
        onRenamed={(updated) => setResolved({ status: 'cluster', cluster: updated })}
      />
      {mergedNote && (
        <p className="cluster-note" role="status">
          {mergedNote}
        </p>
      )}
      <ExplorerPage
        url={url}
        navigate={navigate}
        stats={stats}
        cluster={{
          load: c.id,
          focus: isClusterId(id) ? undefined : id,
          left: (
            <>
              <ClusterFigures clusterId={c.id} />
              <ClusterHistory history={c.history} onOpenCluster={open} />
            </>
          ),
          explain: (a, b, select) => <ExplainLinkPanel a={a} b={b} onSelect={select} />,
        }}
      />
    </div>
  );
}
