// The watchlist: what you follow (with unseen-change badges), the changes found after each ingest with
// their counts (click an entity to open it), and your webhook: its URL, secret, a test post and the
// delivery log with every attempt counted.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  fetchChanges,
  fetchWatchlist,
  fetchWebhook,
  markSeen,
  saveWebhook,
  sendTestWebhook,
  unfollow,
  type Watch,
  type WatchChange,
  type WebhookDelivery,
  type WebhookSettings,
} from '../api/watchlists.js';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'not yet');

function ChangeRow({ change, onOpen }: { change: WatchChange; onOpen(id: string): void }) {
  return (
    <li className={change.seen ? 'watch-change' : 'watch-change unseen'}>
      <span className="watch-count" title="How many entities or links">
        {change.count.toLocaleString()}
      </span>{' '}
      <span className="watch-kind">{change.kind.replace(/_/g, ' ').toLowerCase()}</span> ·{' '}
      {change.summary} · <time dateTime={change.at}>{when(change.at)}</time>
      {change.entityIds.length > 0 && (
        <details>
          <summary>
            {change.entityIds.length} entit{change.entityIds.length === 1 ? 'y' : 'ies'}
          </summary>
          <ul>
            {change.entityIds.map((id) => (
              <li key={id}>
                <button type="button" className="link" onClick={() => onOpen(id)}>
                  {id}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function WebhookForm({ onSaved }: { onSaved(): void }) {
  const [settings, setSettings] = useState<WebhookSettings | null>(null);
  const [deliveries, setDeliveries] = useState<WebhookDelivery[]>([]);
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const d = await fetchWebhook();
    setSettings(d.webhook);
    setDeliveries(d.deliveries);
    setUrl((old) => old || d.webhook.url || '');
  }, []);
  useEffect(() => {
    void load().catch((e: Error) => setNote(e.message));
  }, [load]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setNote(null);
    try {
      await work();
      setNote(done);
      setSecret('');
      await load();
      onSaved();
    } catch (e) {
      setNote((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act(() => saveWebhook(url.trim(), secret), 'Webhook saved.');
  };
  return (
    <section className="webhook" aria-labelledby="webhook-title">
      <h3 id="webhook-title">Webhook</h3>
      <p className="muted">
        Changes are posted as JSON, signed with HMAC-SHA256 of <code>timestamp.body</code> in the{' '}
        <code>X-Scamgraph-Signature</code> header, and retried with backoff.
      </p>
      <form onSubmit={submit} className="webhook-form">
        <label>
          URL
          <input
            name="url"
            type="url"
            placeholder="https://hooks.example/scamgraph"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <label>
          Secret {settings?.secretSet ? '(set; leave empty to keep it)' : '(16–256 characters)'}
          <input
            name="secret"
            type="password"
            autoComplete="new-password"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
          />
        </label>
        <div className="audit-actions">
          <button type="submit" disabled={busy || !url.trim()}>
            Save
          </button>
          <button
            type="button"
            disabled={busy || !settings?.url}
            onClick={() => void act(() => sendTestWebhook(), 'Test post sent; see the log below.')}
          >
            Send a test
          </button>
          <button
            type="button"
            disabled={busy || !settings?.url}
            onClick={() =>
              void act(async () => {
                await saveWebhook(null);
                setUrl('');
              }, 'Webhook removed.')
            }
          >
            Remove
          </button>
        </div>
      </form>
      {note && <p role="status">{note}</p>}
      <table className="webhook-log">
        <caption>Delivery log</caption>
        <thead>
          <tr>
            <th>When</th>
            <th>Status</th>
            <th>Attempts</th>
            <th>Answer</th>
            <th>Changes</th>
            <th>URL</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} className={`delivery-${d.status.toLowerCase()}`}>
              <td>{when(d.at)}</td>
              <td>{d.status}</td>
              <td>{d.attempts}</td>
              <td>{d.responseCode ?? d.error ?? '—'}</td>
              <td>{d.changeCount}</td>
              <td className="audit-detail">{d.url}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {deliveries.length === 0 && <p className="muted">Nothing delivered yet.</p>}
    </section>
  );
}

/** A modal panel; `onOpen` opens an entity (and closes the panel), `onChanged` refreshes unseen counts. */
export function WatchlistPanel({
  onClose,
  onOpen,
  onChanged,
}: {
  onClose(): void;
  onOpen(id: string): void;
  onChanged?(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [watches, setWatches] = useState<Watch[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [changes, setChanges] = useState<WatchChange[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (watchId: string | null) => {
    setError(null);
    try {
      const [list, found] = await Promise.all([fetchWatchlist(), fetchChanges(watchId)]);
      setWatches(list);
      setChanges(found);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
  }, []);
  useEffect(() => {
    void load(selected);
  }, [load, selected]);

  /** Closes the dialog (its close event calls onClose); engines without dialogs call onClose. */
  const close = () => {
    const d = dialog.current;
    if (d?.open && typeof d.close === 'function') d.close();
    else onClose();
  };
  const refresh = () => {
    void load(selected);
    onChanged?.();
  };
  const labelOf = new Map(watches.map((w) => [w.id, w.label]));
  return (
    <dialog
      ref={dialog}
      className="audit watchlist"
      aria-labelledby="watchlist-title"
      onClose={onClose}
    >
      <h2 id="watchlist-title">Watchlist</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="watchlist-body">
        <section aria-label="What you follow">
          <ul className="watches">
            <li>
              <button
                type="button"
                aria-pressed={selected === null}
                onClick={() => setSelected(null)}
              >
                All changes
              </button>
            </li>
            {watches.map((w) => (
              <li key={w.id}>
                <button
                  type="button"
                  aria-pressed={selected === w.id}
                  onClick={() => setSelected(w.id)}
                >
                  <span className="watch-kind">{w.kind.toLowerCase()}</span> {w.label}
                  {w.unseen > 0 && (
                    <span className="badge" aria-label={`${w.unseen} unseen`}>
                      {w.unseen}
                    </span>
                  )}
                </button>
                <span className="muted"> checked {when(w.lastCheckedAt)} </span>
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    void unfollow(w.id).then(() => {
                      if (selected === w.id) setSelected(null);
                      refresh();
                    })
                  }
                >
                  Unfollow
                </button>
              </li>
            ))}
          </ul>
          {watches.length === 0 && (
            <p className="muted">
              You follow nothing yet: use Follow on a cluster, an entity or a search.
            </p>
          )}
        </section>
        <section aria-label="Changes">
          <div className="audit-actions">
            <button type="button" onClick={() => void markSeen(selected).then(refresh)}>
              Mark {selected ? 'these' : 'all'} seen
            </button>
          </div>
          <ul className="watch-changes">
            {changes.map((c) => (
              <ChangeRow
                key={c.id}
                change={
                  selected ? c : { ...c, summary: `${labelOf.get(c.watchId) ?? ''}: ${c.summary}` }
                }
                onOpen={(id) => {
                  close();
                  onOpen(id);
                }}
              />
            ))}
          </ul>
          {changes.length === 0 && (
            <p className="muted">No changes yet; they appear after ingests.</p>
          )}
        </section>
      </div>
      <WebhookForm onSaved={refresh} />
      <div className="audit-actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
