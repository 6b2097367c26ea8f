// Several nodes selected: what they are, and export them (STIX 2.1 bundle or CSV) or find a path between two.
import type { ExplorerGraph } from '../graph/types.js';
import { KIND_STYLE } from '../graph/style.js';

interface Props {
  graph: ExplorerGraph;
  selected: ReadonlySet<string>;
  onPath(from: string, to: string): void;
  onHide(ids: string[]): void;
  onRemove(ids: string[]): void;
  onClear(): void;
}

export function SelectionPanel({ graph, selected, onPath, onHide, onRemove, onClear }: Props) {
  const ids = [...selected].filter((id) => graph.hasNode(id));
  return (
    <section className="details" aria-label="Selection">
      <h2>{ids.length} selected</h2>
      <p className="muted">
        Shift-click adds or removes a node; L draws a lasso. Export from the toolbar.
      </p>
      <div className="actions">
        {ids.length === 2 && (
          <button type="button" onClick={() => onPath(ids[0]!, ids[1]!)}>
            Shortest path between them
          </button>
        )}
        <button type="button" onClick={() => onHide(ids)}>
          Hide
        </button>
        <button type="button" className="danger" onClick={() => onRemove(ids)}>
          Remove
        </button>
        <button type="button" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <ul className="selection-list">
        {ids.slice(0, 200).map((id) => {
          const e = graph.getNodeAttribute(id, 'entity');
          return (
            <li key={id}>
              <span style={{ color: KIND_STYLE[e.kind].color }}>{KIND_STYLE[e.kind].icon}</span>{' '}
              {e.display}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
