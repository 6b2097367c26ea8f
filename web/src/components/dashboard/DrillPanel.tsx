// The entities behind a figure, a month or a bar: listed page by page, each opening in the explorer.
import { useEffect, useState } from 'react';
import { ENTITY_PAGE, fetchEntities } from '../../api/analytics.js';
import type { Entity } from '../../api/types.js';
import { KindBadge } from '../KindBadge.js';
import { TlpBadge } from '../TlpBadge.js';

const DETAIL_KEYS = ['country', 'status', 'amount', 'lossUsd', 'asset', 'reportedAt', 'walletRole'];

function detailOf(e: Entity): string {
  return e.properties
    .filter((p) => DETAIL_KEYS.includes(p.key))
    .map((p) => `${p.key} ${p.value}`)
    .join(' · ');
}

interface Props {
  title: string;
  ids: readonly string[];
  onOpen(id: string): void;
  onClose(): void;
}

export function DrillPanel({ title, ids, onOpen, onClose }: Props) {
  const [loaded, setLoaded] = useState<Map<string, Entity | null>>(new Map());
  const [shown, setShown] = useState(ENTITY_PAGE * 2);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // New list: start again.
  useEffect(() => {
    setLoaded(new Map());
    setShown(ENTITY_PAGE * 2);
    setError(null);
  }, [ids]);
  useEffect(() => {
    const missing = ids.slice(0, shown).filter((id) => !loaded.has(id));
    if (missing.length === 0) {
      setBusy(false);
      return;
    }
    let live = true;
    setBusy(true);
    const pages: string[][] = [];
    for (let i = 0; i < missing.length; i += ENTITY_PAGE)
      pages.push(missing.slice(i, i + ENTITY_PAGE));
    Promise.all(
      pages.map((p) => fetchEntities(p).then((r) => p.map((id, i) => [id, r[i] ?? null] as const))),
    )
      .then((rows) => {
        if (!live) return;
        setBusy(false);
        setLoaded((prev) => new Map([...prev, ...rows.flat()]));
      })
      .catch((e: Error) => {
        if (!live) return;
        setBusy(false);
        setError(e.message);
      });
    return () => {
      live = false;
    };
  }, [ids, shown, loaded]);
  return (
    <aside className="drill-panel" aria-label="Entities behind">
      <header>
        <h3>{title}</h3>
        <button type="button" className="link" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </header>
      <p className="muted" data-testid="drill-count">
        {ids.length} {ids.length === 1 ? 'entity' : 'entities'}
        {ids.length >= 500 ? ' (the first 500)' : ''}
      </p>
      {error && (
        <p className="error" role="alert">
          Could not load them: {error}
        </p>
      )}
      {ids.length === 0 && <p className="muted">Nothing behind this one.</p>}
      <ul className="drill-list">
        {ids.slice(0, shown).map((id) => {
          const e = loaded.get(id);
          return (
            <li key={id} data-id={id}>
              {e ? (
                <>
                  <div className="drill-row">
                    <KindBadge kind={e.kind} /> <TlpBadge tlp={e.tlp} />
                  </div>
                  <button type="button" className="link" onClick={() => onOpen(id)}>
                    {e.display}
                  </button>
                  {detailOf(e) && <small className="muted">{detailOf(e)}</small>}
                </>
              ) : (
                <button type="button" className="link mono" onClick={() => onOpen(id)}>
                  {e === null ? `${id} (not visible any more)` : id}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {busy && <p className="muted">Loading…</p>}
      {shown < ids.length && (
        <button type="button" className="more" onClick={() => setShown((n) => n + ENTITY_PAGE * 2)}>
          Show more ({ids.length - shown} left)
        </button>
      )}
    </aside>
  );
}
