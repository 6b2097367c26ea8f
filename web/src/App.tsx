// The explorer shell: DEMO DATA banner, header with search and navigation, and the page the URL names.
import { SearchBar } from './components/SearchBar.js';
import { DemoBanner } from './components/DemoBanner.js';
import { useStats } from './hooks/useStats.js';
import { useUrlState } from './hooks/useUrlState.js';
import { ExplorerPage } from './routes/ExplorerPage.js';
import { MapPage } from './routes/MapPage.js';

export function App() {
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
