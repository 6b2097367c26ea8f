// Canvas toolbar: undo, lasso, fit, colour mode, show hidden, and export of the selection.
import type { ViewState } from '../graph/reducers.js';

interface Props {
  canUndo: boolean;
  hiddenCount: number;
  selectedCount: number;
  lasso: boolean;
  colorBy: ViewState['colorBy'];
  hasCommunities: boolean;
  onUndo(): void;
  onLasso(): void;
  onFit(): void;
  onShowHidden(): void;
  onColorBy(c: ViewState['colorBy']): void;
  onExport(format: 'csv' | 'stix' | 'misp' | 'set'): void;
}

export function Toolbar(p: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph tools">
      <button type="button" onClick={p.onUndo} disabled={!p.canUndo} title="Undo (Ctrl+Z)">
        ↶ Undo
      </button>
      <button type="button" onClick={p.onLasso} aria-pressed={p.lasso} title="Lasso selection (L)">
        ◌ Lasso
      </button>
      <button type="button" onClick={p.onFit} title="Fit the graph (F)">
        ⤢ Fit
      </button>
      {p.hiddenCount > 0 && (
        <button type="button" onClick={p.onShowHidden}>
          Show {p.hiddenCount} hidden
        </button>
      )}
      {p.hasCommunities && (
        <select
          aria-label="Colour by"
          value={p.colorBy}
          onChange={(e) => p.onColorBy(e.target.value as ViewState['colorBy'])}
        >
          <option value="kind">Colour by kind</option>
          <option value="community">Colour by community</option>
        </select>
      )}
      <span className="spacer" />
      <span className="muted">{p.selectedCount} selected</span>
      <button
        type="button"
        onClick={() => p.onExport('stix')}
        disabled={p.selectedCount === 0}
        title="Download the selection as a STIX 2.1 bundle"
      >
        Export STIX
      </button>
      <button
        type="button"
        onClick={() => p.onExport('csv')}
        disabled={p.selectedCount === 0}
        title="Download the selection as CSV"
      >
        Export CSV
      </button>
      <button
        type="button"
        onClick={() => p.onExport('misp')}
        disabled={p.selectedCount === 0}
        title="Save as an indicator set on the server and download it as a MISP event"
      >
        MISP
      </button>
      <button
        type="button"
        onClick={() => p.onExport('set')}
        disabled={p.selectedCount === 0}
        title="Save the selection as an indicator set (shared over TAXII)"
      >
        Save set
      </button>
    </div>
  );
}
