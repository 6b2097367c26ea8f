// The explorer shell: DEMO DATA banner, header with search, navigation and who is signed in, and the page
// the URL names.
import type { ReactNode } from 'react';
import { SearchBar } from '../components/SearchBar.js';
import { DemoBanner } from '../components/DemoBanner.js';
import { useStats } from '../hooks/useStats.js';
import { useUrlState } from '../hooks/useUrlState.js';
import { ExplorerPage } from './ExplorerPage.js';
import { MapPage } from './MapPage.js';

/** `account`: the signed-in account's menu (or a Sign in link on a public instance). */
export function ExplorerShell({ account }: { account?: ReactNode }) {
  const [url, navigate] = useUrlState();
  const { stats, error } = useStats();
  const onMap = url.view === 'map';
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
          <button
            type="button"
            className={onMap ? '' : 'current'}
            onClick={() => navigate({ view: 'home' })}
            aria-current={!onMap}
          >
            Graph
          </button>
          <button
            type="button"
            className={onMap ? 'current' : ''}
            onClick={() => navigate({ view: 'map' })}
            aria-current={onMap}
          >
            Map
          </button>
          <a href="/graphql">API</a>
        </nav>
        {account}
      </header>
      {error && (
        <div className="api-error" role="alert">
          The API is not answering: {error}
        </div>
      )}
      {onMap ? (
        <MapPage navigate={navigate} />
      ) : (
        <ExplorerPage url={url} navigate={navigate} stats={stats} />
      )}
    </div>
  );
}
