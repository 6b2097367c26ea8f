// A cluster's name (renameable by analysts and admins), its key numbers, and what to do with it.
import { useState } from 'react';
import { renameCluster, type Cluster } from '../../api/analytics.js';
import { BriefingButton } from '../BriefingButton.js';
import { FollowButton } from '../FollowButton.js';
import { formatValue } from '../dashboard/format.js';

interface Props {
  cluster: Cluster;
  canRename: boolean;
  onRenamed(c: Cluster): void;
}

export function ClusterHead({ cluster: c, canRename, onRenamed }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(c.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = (next: string | null) => {
    setBusy(true);
    setError(null);
    renameCluster(c.id, next)
      .then((updated) => {
        onRenamed(updated);
        setEditing(false);
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  return (
    <section className="cluster-head" aria-label="Cluster">
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) save(name.trim());
          }}
        >
          <input
            aria-label="Cluster name"
            value={name}
            maxLength={80}
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" disabled={busy || !name.trim() || name.trim() === c.name}>
            Save
          </button>
          {c.renamed && (
            <button
              type="button"
              disabled={busy}
              onClick={() => save(null)}
              title={`Back to “${c.generatedName}”`}
            >
              Use generated name
            </button>
          )}
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <h2 title={c.renamed ? `Renamed; generated name: ${c.generatedName}` : 'Generated name'}>
          {c.name}
        </h2>
      )}
      <code className="cluster-id">{c.id}</code>
      {canRename && !editing && (
        <button
          type="button"
          onClick={() => {
            setName(c.name);
            setEditing(true);
          }}
        >
          Rename
        </button>
      )}
      <ul className="cluster-stats">
        <li>
          <strong>{c.size.toLocaleString('en-US')}</strong> members
        </li>
        <li>
          <strong>{c.victimReports.toLocaleString('en-US')}</strong> victim reports
        </li>
        <li>
          <strong>{formatValue(c.reportedLossUsd, 'USD')}</strong> reported losses
        </li>
        <li title="Members that joined in the last 30 days of the data">
          <strong>+{c.recentGrowth.toLocaleString('en-US')}</strong> recently
        </li>
        {c.countries.length > 0 && <li>{c.countries.join(', ')}</li>}
        <li className="muted">
          since {c.createdAt.slice(0, 10)} · changed {c.updatedAt.slice(0, 10)}
        </li>
      </ul>
      <span className="spacer" />
      <FollowButton target={{ kind: 'CLUSTER', id: c.id }} />
      <BriefingButton scope={{ cluster: c.id }} />
      {error && (
        <p className="error" role="alert">
          Could not rename: {error}
        </p>
      )}
    </section>
  );
}
