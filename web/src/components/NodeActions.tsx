// What can be done with one node: expand (and show more), its cluster, a path, hide, remove.
export interface NodeActionHandlers {
  onExpand(id: string, more: boolean): void;
  onCluster(id: string): void;
  onPathFrom(id: string | null): void;
  onPathTo(from: string, to: string): void;
  onHide(ids: string[]): void;
  onRemove(ids: string[]): void;
}

interface Props extends NodeActionHandlers {
  id: string;
  moreAvailable: boolean;
  pathFrom: string | null;
}

export function NodeActions({ id, moreAvailable, pathFrom, ...on }: Props) {
  return (
    <div className="actions">
      <button
        type="button"
        onClick={() => on.onExpand(id, false)}
        title="Expand (E or double-click)"
      >
        Expand
      </button>
      {moreAvailable && (
        <button type="button" onClick={() => on.onExpand(id, true)} title="Load more neighbours">
          Show more
        </button>
      )}
      <button type="button" onClick={() => on.onCluster(id)} title="Show cluster (C)">
        Show cluster
      </button>
      {pathFrom && pathFrom !== id ? (
        <button
          type="button"
          onClick={() => on.onPathTo(pathFrom, id)}
          title="Shortest path from the marked start to here"
        >
          Path to here
        </button>
      ) : (
        <button
          type="button"
          onClick={() => on.onPathFrom(pathFrom === id ? null : id)}
          title="Mark as the start of a path"
        >
          {pathFrom === id ? 'Unmark path start' : 'Path from here'}
        </button>
      )}
      <button type="button" onClick={() => on.onHide([id])} title="Hide (H)">
        Hide
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => on.onRemove([id])}
        title="Remove from the canvas (Delete)"
      >
        Remove
      </button>
    </div>
  );
}
