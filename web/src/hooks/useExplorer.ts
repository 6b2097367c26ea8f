// The explorer's state: one graphology graph (data) plus view state (selection, hidden, filters, path) and
// the actions an analyst takes (open, expand, cluster, path, hide, remove, undo), each undoable.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EXPAND_LIMIT, fetchCluster, fetchNeighborhood, fetchPath } from '../api/queries.js';
import type { PathResult, Subgraph } from '../api/types.js';
import { createGraph, graphFromSubgraph, mergeSubgraph } from '../graph/build.js';
import { assignCommunities } from '../graph/communities.js';
import { NO_FILTERS, type Filters } from '../graph/filters.js';
import { History } from '../graph/history.js';
import type { ViewState } from '../graph/reducers.js';
import type { ExplorerGraph } from '../graph/types.js';

export type Mode =
  | { kind: 'empty' }
  | { kind: 'entity'; id: string }
  | { kind: 'cluster'; id: string; truncated: boolean }
  | { kind: 'path'; from: string; to: string; result: PathResult };

const MAX_EXPAND = 2000;

export interface Explorer {
  graph: ExplorerGraph;
  /** Bumps whenever the graph's data changes (for panels that read it). */
  version: number;
  view: ViewState;
  mode: Mode;
  loading: string | null;
  error: string | null;
  /** Nodes whose last expansion was cut short ("show more" available). */
  moreAvailable: ReadonlySet<string>;
  /** Bumps when the layout should run again. */
  layoutKey: number;
  canUndo: boolean;
  openEntity(id: string): Promise<void>;
  expand(id: string, more?: boolean): Promise<void>;
  /** Loads a cluster (`cl-…` id, or an entity id for its connected subgraph) and selects `focus` when in it. */
  loadCluster(id: string, focus?: string): Promise<void>;
  findPath(from: string, to: string): Promise<void>;
  /** Shows a subgraph already in hand (a saved investigation; the benchmark), optionally without layout. */
  loadSubgraph(sub: Subgraph, layout?: boolean): void;
  select(id: string | null, additive?: boolean): void;
  setSelection(ids: Iterable<string>): void;
  setHovered(id: string | null): void;
  hide(ids: Iterable<string>): void;
  showAll(): void;
  remove(ids: Iterable<string>): void;
  undo(): void;
  setFilters(f: Filters): void;
  setColorBy(c: ViewState['colorBy']): void;
  clearPath(): void;
  clearError(): void;
}

export function useExplorer(): Explorer {
  const graph = useMemo(createGraph, []);
  const history = useMemo(() => new History(), []);
  const [version, setVersion] = useState(0);
  const [hovered, setHovered] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [path, setPath] = useState<ViewState['path']>(null);
  const [colorBy, setColorBy] = useState<ViewState['colorBy']>('kind');
  const [mode, setMode] = useState<Mode>({ kind: 'empty' });
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [moreAvailable, setMore] = useState<ReadonlySet<string>>(new Set());
  const [layoutKey, setLayoutKey] = useState(0);
  const limits = useRef(new Map<string, number>());
  const hiddenRef = useRef(hidden);
  hiddenRef.current = hidden;

  useEffect(() => {
    let frame = 0;
    const bump = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setVersion((v) => v + 1);
      });
    };
    const events = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const;
    for (const e of events) graph.on(e, bump);
    return () => {
      for (const e of events) graph.off(e, bump);
      cancelAnimationFrame(frame);
    };
  }, [graph]);

  const snapshot = useCallback(
    (label: string) => history.push(graph, hiddenRef.current, label),
    [graph, history],
  );

  /** Runs a load with loading/error states; returns false when it failed. */
  const run = useCallback(async (label: string, fn: () => Promise<void>): Promise<boolean> => {
    setLoading(label);
    setError(null);
    try {
      await fn();
      return true;
    } catch (e) {
      setError(`${label} failed: ${(e as Error).message}`);
      return false;
    } finally {
      setLoading(null);
    }
  }, []);

  const reset = useCallback(() => {
    graph.clear();
    limits.current.clear();
    setHidden(new Set());
    setMore(new Set());
    setPath(null);
  }, [graph]);

  const openEntity = useCallback(
    async (id: string) => {
      await run('Loading the entity', async () => {
        const sub = await fetchNeighborhood(id, EXPAND_LIMIT);
        if (graph.order) snapshot('open entity');
        reset();
        mergeSubgraph(graph, sub);
        limits.current.set(id, EXPAND_LIMIT);
        setMore(sub.truncated ? new Set([id]) : new Set());
        setColorBy('kind');
        setSelected(new Set([id]));
        setMode({ kind: 'entity', id });
        setLayoutKey((k) => k + 1);
      });
    },
    [graph, reset, run, snapshot],
  );

  const expand = useCallback(
    async (id: string, more = false) => {
      const limit = more
        ? Math.min(MAX_EXPAND, (limits.current.get(id) ?? EXPAND_LIMIT) * 2)
        : (limits.current.get(id) ?? EXPAND_LIMIT);
      await run('Expanding', async () => {
        const sub = await fetchNeighborhood(id, limit);
        snapshot('expand');
        mergeSubgraph(graph, sub, id);
        limits.current.set(id, limit);
        setMore((prev) => {
          const next = new Set(prev);
          if (sub.truncated && limit < MAX_EXPAND) next.add(id);
          else next.delete(id);
          return next;
        });
        setLayoutKey((k) => k + 1);
      });
    },
    [graph, run, snapshot],
  );

  const loadCluster = useCallback(
    async (id: string, focus: string = id) => {
      await run('Loading the cluster', async () => {
        const sub = await fetchCluster(id);
        if (graph.order) snapshot('load cluster');
        reset();
        // Communities are computed on a detached copy, then the result is imported in one go (sigma sees adds only).
        const detached = graphFromSubgraph(sub);
        assignCommunities(detached);
        graph.import(detached.export());
        setColorBy('community');
        setSelected(new Set(graph.hasNode(focus) ? [focus] : []));
        setMode({ kind: 'cluster', id, truncated: sub.truncated });
        setLayoutKey((k) => k + 1);
      });
    },
    [graph, reset, run, snapshot],
  );

  const findPath = useCallback(
    async (from: string, to: string) => {
      await run('Finding the shortest path', async () => {
        const result = await fetchPath(from, to);
        if (graph.order) snapshot('find path');
        mergeSubgraph(graph, result.subgraph);
        const nodes = new Set(result.paths.flat());
        const edges = new Set<string>();
        for (const p of result.paths) {
          for (let i = 0; i + 1 < p.length; i++) {
            for (const e of graph.edges(p[i]!, p[i + 1]!)) edges.add(e);
            for (const e of graph.edges(p[i + 1]!, p[i]!)) edges.add(e);
          }
        }
        setPath(result.found ? { nodes, edges } : null);
        setSelected(new Set([from, to].filter((n) => graph.hasNode(n))));
        setMode({ kind: 'path', from, to, result });
        setLayoutKey((k) => k + 1);
      });
    },
    [graph, run, snapshot],
  );

  const loadSubgraph = useCallback(
    (sub: Subgraph, layout = true) => {
      if (graph.order) snapshot('load');
      reset();
      mergeSubgraph(graph, sub);
      setSelected(new Set());
      setMode({ kind: 'empty' });
      if (layout) setLayoutKey((k) => k + 1);
    },
    [graph, reset, snapshot],
  );

  const select = useCallback((id: string | null, additive = false) => {
    setSelected((prev) => {
      if (id === null) return new Set();
      if (!additive) return new Set([id]);
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const hide = useCallback(
    (ids: Iterable<string>) => {
      snapshot('hide');
      setHidden((prev) => new Set([...prev, ...ids]));
      setSelected(new Set());
    },
    [snapshot],
  );

  const remove = useCallback(
    (ids: Iterable<string>) => {
      snapshot('remove');
      for (const id of ids) if (graph.hasNode(id)) graph.dropNode(id);
      setSelected(new Set());
    },
    [graph, snapshot],
  );

  const undo = useCallback(() => {
    const snap = history.undo(graph);
    if (!snap) return;
    setHidden(new Set(snap.hidden));
    setSelected((prev) => new Set([...prev].filter((n) => graph.hasNode(n))));
    setVersion((v) => v + 1);
  }, [graph, history]);

  const view = useMemo<ViewState>(
    () => ({ hovered, selected, hidden, filters, path, colorBy }),
    [hovered, selected, hidden, filters, path, colorBy],
  );

  return {
    graph,
    version,
    view,
    mode,
    loading,
    error,
    moreAvailable,
    layoutKey,
    canUndo: history.size > 0,
    openEntity,
    expand,
    loadCluster,
    findPath,
    loadSubgraph,
    select,
    setSelection: (ids) => setSelected(new Set(ids)),
    setHovered,
    hide,
    showAll: () => {
      snapshot('show all');
      setHidden(new Set());
    },
    remove,
    undo,
    setFilters,
    setColorBy,
    clearPath: () => setPath(null),
    clearError: () => setError(null),
  };
}
