// The admin's audit log: who did what, for which organisation, when; filtered by account, organisation,
// operation and time, newest first, older pages on demand.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { fetchAuditEvents, type AuditEvent, type AuditFilter } from '../api/audit.js';
import type { Tlp } from '../api/types.js';
import { TlpBadge } from './TlpBadge.js';

/** A `datetime-local` value (the browser's local time) as ISO-8601 UTC; empty stays empty. */
export function isoOfLocal(value: string): string | undefined {
  if (!value) return undefined;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

interface FormState {
  account: string;
  org: string;
  operation: string;
  since: string;
  until: string;
}

const EMPTY: FormState = { account: '', org: '', operation: '', since: '', until: '' };

const filterOf = (f: FormState): AuditFilter => ({
  account: f.account,
  org: f.org,
  operation: f.operation,
  since: isoOfLocal(f.since),
  until: isoOfLocal(f.until),
});

function EventRow({ event }: { event: AuditEvent }) {
  return (
    <tr className={event.outcome === 'ok' ? undefined : `audit-${event.outcome}`}>
      <td>
        <time dateTime={event.at}>{new Date(event.at).toLocaleString()}</time>
      </td>
      <td>{event.account}</td>
      <td>{event.org || '—'}</td>
      <td className="audit-op">{event.operation}</td>
      <td className="audit-count">{event.count.toLocaleString()}</td>
      <td>{event.maxTlp ? <TlpBadge tlp={event.maxTlp as Tlp} /> : null}</td>
      <td>{event.outcome}</td>
      <td className="audit-detail">
        {event.detail}
        {event.ids.length > 0 && (
          <details>
            <summary>
              {event.ids.length === event.count || event.count === 0
                ? `${event.ids.length} id(s)`
                : `${event.ids.length} of ${event.count.toLocaleString()} id(s)`}
            </summary>
            <ul>
              {event.ids.map((id) => (
                <li key={id}>{id}</li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}

export function AuditDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [form, setForm] = useState<FormState>(EMPTY);
  const [applied, setApplied] = useState<AuditFilter>({});
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (filter: AuditFilter, after: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const page = await fetchAuditEvents(filter, after);
      setEvents((old) => (after ? [...old, ...page.events] : page.events));
      setNext(page.next);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', ''); // engines without modal dialogs (jsdom)
    }
    void load({}, null);
  }, [load]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const filter = filterOf(form);
    setApplied(filter);
    void load(filter, null);
  };

  const field = (key: keyof FormState, label: string, props: Record<string, string> = {}) => (
    <label>
      {label}
      <input
        name={key}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        {...props}
      />
    </label>
  );

  return (
    <dialog ref={dialog} className="audit" aria-labelledby="audit-title" onClose={onClose}>
      <h2 id="audit-title">Audit log</h2>
      <form className="audit-filters" onSubmit={submit}>
        {field('account', 'Account', { placeholder: 'user:name' })}
        {field('org', 'Organisation', { placeholder: 'key, e.g. local' })}
        {field('operation', 'Operation', { placeholder: 'e.g. taxii, export, signin' })}
        {field('since', 'From', { type: 'datetime-local' })}
        {field('until', 'Until', { type: 'datetime-local' })}
        <div className="audit-actions">
          <button type="submit" disabled={busy}>
            Show
          </button>
          <button
            type="button"
            onClick={() => {
              setForm(EMPTY);
              setApplied({});
              void load({}, null);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="audit-table">
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Account</th>
              <th>Organisation</th>
              <th>Operation</th>
              <th>Items</th>
              <th>TLP</th>
              <th>Outcome</th>
              <th>Detail</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <EventRow key={e.id} event={e} />
            ))}
          </tbody>
        </table>
        {!busy && events.length === 0 && !error && <p>No audit events match.</p>}
      </div>
      <div className="audit-actions">
        {next && (
          <button type="button" disabled={busy} onClick={() => void load(applied, next)}>
            Older events
          </button>
        )}
        <button
          type="button"
          onClick={() => (dialog.current?.open ? dialog.current.close() : onClose())}
        >
          Close
        </button>
      </div>
    </dialog>
  );
}
