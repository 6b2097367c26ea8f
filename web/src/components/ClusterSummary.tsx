// A loaded cluster at a glance: counts by kind, compounds, countries, wallets, first and last seen.
import { KIND_STYLE, KINDS } from '../graph/style.js';
import { summarize } from '../graph/summary.js';
import type { ExplorerGraph } from '../graph/types.js';
import { formatDate } from './DetailsPanel.js';

interface Props {
  graph: ExplorerGraph;
  version: number;
  truncated: boolean;
  onSelect(id: string): void;
}

export function ClusterSummary({ graph, truncated, onSelect }: Props) {
  const s = summarize(graph);
  return (
    <section className="cluster-summary" aria-label="Cluster summary">
      <h3>Cluster</h3>
      {truncated && (
        <p className="warning" role="status">
          Truncated: the cluster is larger than the {s.nodes} nodes loaded.
        </p>
      )}
      <p>
        <strong>{s.nodes}</strong> nodes · <strong>{s.edges}</strong> links ·{' '}
        <strong>{s.communities}</strong> communities
      </p>
      <p className="dates">
        {formatDate(s.firstSeen)} → {formatDate(s.lastSeen)}
      </p>
      <ul className="kind-counts">
        {KINDS.filter((k) => s.byKind[k]).map((k) => (
          <li key={k}>
            <span style={{ color: KIND_STYLE[k].color }}>{KIND_STYLE[k].icon}</span>{' '}
            {KIND_STYLE[k].label} <strong>{s.byKind[k]}</strong>
          </li>
        ))}
      </ul>
      {s.countries.length > 0 && <p>Countries: {s.countries.join(', ')}</p>}
      {s.compounds.length > 0 && (
        <details open>
          <summary>Compounds ({s.compounds.length})</summary>
          <ul>
            {s.compounds.map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => onSelect(c.id)}>
                  {c.name}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {s.wallets.length > 0 && (
        <details>
          <summary>Wallets ({s.wallets.length})</summary>
          <ul className="mono">
            {s.wallets.slice(0, 50).map((w) => (
              <li key={w.id}>
                <button type="button" className="link" onClick={() => onSelect(w.id)}>
                  {w.value}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
