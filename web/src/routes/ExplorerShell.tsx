// The explorer shell: DEMO DATA banner, header with search, navigation and who is signed in, and the page
// the URL names.
import type { ReactNode } from 'react';
import type { Me } from '../api/session.js';
import { SearchBar } from '../components/SearchBar.js';
import { DemoBanner } from '../components/DemoBanner.js';
import { WatchlistButton } from '../components/WatchlistButton.js';
import { useStats } from '../hooks/useStats.js';
import { useUrlState } from '../hooks/useUrlState.js';
import { ClusterPage } from './ClusterPage.js';
import { DashboardPage } from './DashboardPage.js';
import { ExplorerPage } from './ExplorerPage.js';
import { MapPage } from './MapPage.js';

/**
 * `account`: the signed-in account's menu (or a Sign in link on a public instance); `me`: who is signed in
 * (null for an anonymous reader), for what their role may do (renaming clusters).
 */
export function ExplorerShell({ account, me }: { account?: ReactNode; me?: Me | null }) {
  const [url, navigate] = useUrlState();
  const { stats, error } = useStats();
  const section = url.view === 'map' ? 'map' : url.view === 'dashboard' ? 'dashboard' : 'graph';
  const tab = (name: typeof section, label: string, go: () => void) => (
    <button
      type="button"
      className={section === name ? 'current' : ''}
      onClick={go}
      aria-current={section === name}
    >
      {label}
    </button>
  );
  return (
    <div className="app">
      {stats?.hasSyntheticData && <DemoBanner />}
      <header className="topbar">
        <a
          className="brand"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate({ view: 'home' });
          }}
        >
          Scamgraph
        </a>
        <SearchBar onOpen={(id) => navigate({ view: 'entity', id })} />
        <nav>
          {tab('graph', 'Graph', () => navigate({ view: 'home' }))}
          {tab('map', 'Map', () => navigate({ view: 'map' }))}
          {tab('dashboard', 'Dashboard', () => navigate({ view: 'dashboard', filter: {} }))}
          {(me?.role === 'ADMIN' || me?.role === 'ANALYST') && (
            <WatchlistButton onOpen={(id) => navigate({ view: 'entity', id })} />
          )}
          <a href="/graphql">API</a>
        </nav>
        {account}
      </header>
      {error && (
        <div className="api-error" role="alert">
          The API is not answering: {error}
        </div>
      )}
      {url.view === 'map' ? (
        <MapPage navigate={navigate} />
      ) : url.view === 'dashboard' ? (
        <DashboardPage filter={url.filter} drill={url.drill} navigate={navigate} />
      ) : url.view === 'cluster' ? (
        <ClusterPage id={url.id} navigate={navigate} stats={stats} me={me} />
      ) : (
        <ExplorerPage url={url} navigate={navigate} stats={stats} />
      )}
    </div>
  );
}
