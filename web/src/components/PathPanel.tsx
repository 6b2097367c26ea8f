// The shortest path(s) between two entities, hop by hop, with the evidence behind each link.
import type { PathResult } from '../api/types.js';
import { sourceIndex } from '../graph/build.js';
import { KIND_STYLE, REL_STYLE } from '../graph/style.js';
import type { ExplorerGraph } from '../graph/types.js';
import { formatDate } from './DetailsPanel.js';

interface Props {
  graph: ExplorerGraph;
  version: number;
  result: PathResult;
  onSelect(id: string): void;
  onClose(): void;
}

export function PathPanel({ graph, result, onSelect, onClose }: Props) {
  const sources = sourceIndex(graph);
  const first = result.paths[0];
  return (
    <section className="path-panel" aria-label="Shortest path">
      <h3>
        Shortest path{' '}
        <button type="button" className="link" onClick={onClose}>
          clear
        </button>
      </h3>
      {!result.found || !first ? (
        <p className="muted">No path within 8 links (sources are not followed).</p>
      ) : (
        <>
          <p>
            {result.length} links · {result.paths.length} shortest path
            {result.paths.length > 1 ? 's' : ''}
          </p>
          <ol className="hops">
            {first.map((id, i) => {
              const node = graph.hasNode(id) ? graph.getNodeAttribute(id, 'entity') : null;
              const next = first[i + 1];
              const edges = next
                ? [...new Set([...graph.edges(id, next), ...graph.edges(next, id)])].map((e) =>
                    graph.getEdgeAttribute(e, 'edge'),
                  )
                : [];
              return (
                <li key={id}>
                  <button type="button" className="link" onClick={() => onSelect(id)}>
                    {node ? `${KIND_STYLE[node.kind].icon} ${node.display}` : id}
                  </button>
                  {edges.map((e) => (
                    <div key={e.id} className="evidence">
                      <span className="rel" style={{ borderColor: REL_STYLE[e.type].color }}>
                        {e.from === id ? '↓' : '↑'} {REL_STYLE[e.type].label}
                      </span>
                      <small>
                        confidence {e.confidence} · {formatDate(e.firstSeen)} →{' '}
                        {formatDate(e.lastSeen)}
                      </small>
                      <small>
                        {e.sources.length === 0
                          ? 'no source cited'
                          : e.sources
                              .map((s) => {
                                const ref = sources.get(s);
                                return ref ? `${ref.name} (${ref.reliability ?? '?'})` : s;
                              })
                              .join('; ')}
                      </small>
                    </div>
                  ))}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
