// First page: what is in the graph, a DEMO DATA banner on synthetic data, and a lookup box.
import { useEffect, useState } from 'react';
import { gql } from './api/graphql.js';
import { Lookup } from './components/Lookup.js';

interface Stats {
  totalNodes: number;
  totalRelationships: number;
  hasSyntheticData: boolean;
  nodes: { kind: string; count: number }[];
}

export function App() {
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    gql<{ stats: Stats }>('{ stats { totalNodes totalRelationships hasSyntheticData nodes { kind count } } }')
      .then((d) => setStats(d.stats))
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <div className="page">
      {stats?.hasSyntheticData && (
        <div className="demo-banner" role="status">
          DEMO DATA — every indicator shown here is generated and fictitious
        </div>
      )}
      <header>
        <h1>Scamgraph</h1>
        <p>The infrastructure behind industrial online scams, linked: domains, apps, wallets, phones, accounts and the compounds they are run from.</p>
      </header>
      <Lookup />
      <section aria-label="Graph contents">
        <h2>In the graph</h2>
        {error && <p className="error">Could not load the counts: {error}</p>}
        {!stats && !error && <p>Loading…</p>}
        {stats && (
          <>
            <p>
              {stats.totalNodes.toLocaleString()} entities, {stats.totalRelationships.toLocaleString()} links
            </p>
            <ul className="counts">
              {stats.nodes.map((n) => (
                <li key={n.kind}>
                  <span>{n.kind.replace('_', ' ').toLowerCase()}</span> <strong>{n.count.toLocaleString()}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <footer>
        <a href="/graphql">GraphQL API and IDE</a>
      </footer>
    </div>
  );
}
