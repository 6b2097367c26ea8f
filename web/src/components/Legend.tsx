// Legend: the kinds and relationship types on the canvas, with their colours and icons.
import type { EntityKind, RelType } from '../api/types.js';
import { KIND_STYLE, KINDS, REL_STYLE, RELS } from '../graph/style.js';
import type { ExplorerGraph } from '../graph/types.js';

export function Legend({ graph }: { graph: ExplorerGraph; version: number }) {
  const kinds = new Set<EntityKind>();
  const rels = new Set<RelType>();
  graph.forEachNode((_, a) => kinds.add(a.kind));
  graph.forEachEdge((_, a) => rels.add(a.relType));
  if (kinds.size === 0) return null;
  return (
    <section className="legend" aria-label="Legend">
      <h3>Legend</h3>
      <ul>
        {KINDS.filter((k) => kinds.has(k)).map((k) => (
          <li key={k}>
            <span className="dot" style={{ background: KIND_STYLE[k].color }} />
            <span aria-hidden="true">{KIND_STYLE[k].icon}</span> {KIND_STYLE[k].label}
          </li>
        ))}
      </ul>
      <ul>
        {RELS.filter((r) => rels.has(r)).map((r) => (
          <li key={r}>
            <span
              className="line"
              style={{ background: REL_STYLE[r].color, height: Math.max(2, REL_STYLE[r].size) }}
            />{' '}
            {REL_STYLE[r].label}
          </li>
        ))}
      </ul>
    </section>
  );
}
