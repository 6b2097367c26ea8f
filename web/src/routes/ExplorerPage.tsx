// The graph explorer: canvas in the middle, filters/legend/summary on the left, details on the right.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import type Sigma from 'sigma';
import { ClusterSummary } from '../components/ClusterSummary.js';
import { DetailsPanel } from '../components/DetailsPanel.js';
import { EmptyState } from '../components/EmptyState.js';
import { FiltersPanel } from '../components/FiltersPanel.js';
import { Legend } from '../components/Legend.js';
import { PathPanel } from '../components/PathPanel.js';
import { SelectionPanel } from '../components/SelectionPanel.js';
import { Toolbar } from '../components/Toolbar.js';
import { createIndicatorSet, exportIds, exportSet } from '../api/exports.js';
import { downloadText } from '../export/download.js';
import type { EdgeAttrs, NodeAttrs } from '../graph/types.js';
import { useExplorer } from '../hooks/useExplorer.js';
import { useShortcuts } from '../hooks/useShortcuts.js';
import type { UrlState } from '../hooks/url-state.js';
import { ForceLayout } from '../sigma/ForceLayout.js';
import { GraphEvents } from '../sigma/GraphEvents.js';
import { GraphSettings } from '../sigma/GraphSettings.js';
import { Lasso } from '../sigma/Lasso.js';
import { SIGMA_SETTINGS } from '../sigma/settings.js';
import type { Stats } from '../api/types.js';

/** What the cluster page (routes/ClusterPage.tsx) adds to the explorer. */
export interface ClusterView {
  /** What to load: a cluster id (`cl-…`), or an entity id for its connected subgraph (no cluster known). */
  load: string;
  /** The entity to select once loaded (an old `?cluster=<entity id>` link). */
  focus?: string;
  /** Panels above the summary in the left sidebar (history, figures). */
  left?: ReactNode;
  /** Shown under the selection when exactly two nodes are selected (the evidence between them). */
  explain?(a: string, b: string, select: (id: string) => void): ReactNode;
}

interface Props {
  url: UrlState;
  navigate(next: UrlState): void;
  stats: Stats | null;
  cluster?: ClusterView;
}

function sigmaOf(): Sigma<NodeAttrs, EdgeAttrs> | undefined {
  return (window as unknown as { __scamgraphSigma?: Sigma<NodeAttrs, EdgeAttrs> }).__scamgraphSigma;
}

export function ExplorerPage({ url, navigate, stats, cluster }: Props) {
  const x = useExplorer();
  const [lasso, setLasso] = useState(false);
  const [pathFrom, setPathFrom] = useState<string | null>(null);
  const loadedUrl = useRef<string>('');

  // The URL drives what is loaded: deep links, back and forward.
  useEffect(() => {
    const key = JSON.stringify([url, cluster?.load]);
    if (key === loadedUrl.current) return;
    loadedUrl.current = key;
    if (url.view === 'entity') void x.openEntity(url.id);
    else if (url.view === 'cluster')
      void x.loadCluster(cluster?.load ?? url.id, cluster?.focus ?? url.id);
    else if (url.view === 'path') void x.findPath(url.from, url.to);
  }, [url, cluster?.load]);

  // The test and benchmark hook: load a subgraph without the API (see bench/web.ts).
  useEffect(() => {
    (window as unknown as { __scamgraph?: unknown }).__scamgraph = { explorer: x };
  });

  const selected = x.view.selected;
  const single = selected.size === 1 ? [...selected][0]! : null;
  const [notice, setNotice] = useState<string | null>(null);
  const exportSelection = useCallback(
    (format: 'csv' | 'stix' | 'misp' | 'set') => {
      // Every format is written by the server (one STIX, CSV and MISP writer), from the selected ids.
      const ids = [...selected].filter((id) => x.graph.hasNode(id));
      if (ids.length === 0) return;
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      if (format === 'misp' || format === 'set') {
        // The selection becomes an indicator set; MISP is exported from it.
        const name = window.prompt('Name of the indicator set', `Selection ${stamp}`);
        if (!name) return;
        void createIndicatorSet(name, ids)
          .then(async (set) => {
            if (format === 'set')
              return setNotice(`Saved "${set.name}" — TAXII collection ${set.taxiiCollectionPath}`);
            const file = await exportSet(set.id, 'MISP');
            downloadText(file.filename, file.content, file.mediaType);
            setNotice(`Saved "${set.name}" and downloaded it as MISP.`);
          })
          .catch((e: Error) => setNotice(`Could not save the set: ${e.message}`));
        return;
      }
      void exportIds(ids, format === 'csv' ? 'CSV' : 'STIX')
        .then((file) => downloadText(file.filename, file.content, file.mediaType))
        .catch((e: Error) => setNotice(`Could not export the selection: ${e.message}`));
    },
    [x.graph, selected],
  );
  const fit = () => void sigmaOf()?.getCamera().animatedReset({ duration: 300 });

  const shortcuts = useMemo(
    () => ({
      'ctrl+z': () => x.undo(),
      u: () => x.undo(),
      l: () => setLasso((v) => !v),
      f: fit,
      Escape: () => {
        setLasso(false);
        x.select(null);
      },
      e: () => single && void x.expand(single),
      c: () => single && navigate({ view: 'cluster', id: single }),
      h: () => selected.size && x.hide(selected),
      Delete: () => selected.size && x.remove(selected),
      Backspace: () => selected.size && x.remove(selected),
    }),
    [x, single, selected, navigate],
  );
  useShortcuts(shortcuts);

  const empty = x.graph.order === 0;
  return (
    <div className="explorer">
      <aside className="sidebar left">
        {cluster?.left}
        {x.mode.kind === 'cluster' && (
          <ClusterSummary
            graph={x.graph}
            version={x.version}
            truncated={x.mode.truncated}
            onSelect={(id) => x.select(id)}
          />
        )}
        {!empty && (
          <FiltersPanel
            graph={x.graph}
            version={x.version}
            filters={x.view.filters}
            hidden={x.view.hidden}
            onChange={x.setFilters}
          />
        )}
        <Legend graph={x.graph} version={x.version} />
      </aside>
      <main className="canvas-area">
        <Toolbar
          canUndo={x.canUndo}
          hiddenCount={x.view.hidden.size}
          selectedCount={selected.size}
          lasso={lasso}
          colorBy={x.view.colorBy}
          hasCommunities={x.mode.kind === 'cluster'}
          onUndo={x.undo}
          onLasso={() => setLasso((v) => !v)}
          onFit={fit}
          onShowHidden={x.showAll}
          onColorBy={x.setColorBy}
          onExport={exportSelection}
        />
        <div className="canvas-wrap">
          <SigmaContainer<NodeAttrs, EdgeAttrs>
            graph={x.graph}
            settings={SIGMA_SETTINGS}
            className="canvas"
          >
            <GraphSettings graph={x.graph} view={x.view} />
            <GraphEvents
              onSelect={x.select}
              onExpand={(id) => void x.expand(id)}
              onHover={x.setHovered}
            />
            <ForceLayout graph={x.graph} runKey={x.layoutKey} />
            {lasso && (
              <Lasso
                onSelect={(ids, add) => x.setSelection(add ? [...selected, ...ids] : ids)}
                onDone={() => setLasso(false)}
              />
            )}
          </SigmaContainer>
          {empty && !x.loading && <EmptyState stats={stats} error={x.error} />}
          {x.loading && (
            <div className="overlay-status" role="status">
              <span className="spinner" /> {x.loading}…
            </div>
          )}
          {notice && (
            <div className="overlay-error notice" role="status">
              {notice}{' '}
              <button type="button" className="link" onClick={() => setNotice(null)}>
                dismiss
              </button>
            </div>
          )}
          {x.error && !empty && (
            <div className="overlay-error" role="alert">
              {x.error}{' '}
              <button type="button" className="link" onClick={x.clearError}>
                dismiss
              </button>
            </div>
          )}
        </div>
      </main>
      <aside className="sidebar right">
        {x.mode.kind === 'path' && (
          <PathPanel
            graph={x.graph}
            version={x.version}
            result={x.mode.result}
            onSelect={(id) => x.select(id)}
            onClose={x.clearPath}
          />
        )}
        {single && (
          <DetailsPanel
            graph={x.graph}
            id={single}
            moreAvailable={x.moreAvailable.has(single)}
            pathFrom={pathFrom}
            onSelect={(id) => x.select(id)}
            onExpand={(id, more) => void x.expand(id, more)}
            onCluster={(id) => navigate({ view: 'cluster', id })}
            onPathFrom={setPathFrom}
            onPathTo={(from, to) => {
              setPathFrom(null);
              navigate({ view: 'path', from, to });
            }}
            onHide={x.hide}
            onRemove={x.remove}
          />
        )}
        {selected.size > 1 && (
          <SelectionPanel
            graph={x.graph}
            selected={selected}
            onPath={(from, to) => navigate({ view: 'path', from, to })}
            onHide={x.hide}
            onRemove={x.remove}
            onClear={() => x.select(null)}
          />
        )}
        {selected.size === 2 &&
          cluster?.explain &&
          (() => {
            const [a, b] = [...selected];
            return a && b && x.graph.hasNode(a) && x.graph.hasNode(b)
              ? cluster.explain(a, b, (id) => x.select(id))
              : null;
          })()}
        {!single && selected.size <= 1 && x.mode.kind !== 'path' && !empty && (
          <p className="muted hint">
            Click a node for its details; double-click to expand; shift-click or L to select
            several.
          </p>
        )}
      </aside>
    </div>
  );
}
