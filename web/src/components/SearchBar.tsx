// Search: paste any indicator; the detected kind and normalized form show before searching; `/` focuses it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { search } from '../api/queries.js';
import type { Entity } from '../api/types.js';
import { KIND_STYLE } from '../graph/style.js';
import { useLookup } from '../hooks/useLookup.js';
import { SearchResults } from './SearchResults.js';

export function SearchBar({ onOpen }: { onOpen(id: string): void }) {
  const [value, setValue] = useState('');
  const [results, setResults] = useState<Entity[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const detected = useLookup(value);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target &&
        (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = value.trim();
    if (!text) return;
    setBusy(true);
    setError(null);
    try {
      const hits = await search(text, null, 20);
      const list = hits.map((h) => h.node);
      const exact = detected?.entity;
      if (exact && !list.some((n) => n.id === exact.id)) list.unshift(exact);
      setResults(list);
    } catch (err) {
      setError((err as Error).message);
      setResults(null);
    } finally {
      setBusy(false);
    }
  };

  const open = (id: string) => {
    setResults(null);
    input.current?.blur();
    onOpen(id);
  };

  return (
    <div className="search">
      <form onSubmit={submit} role="search">
        <input
          ref={input}
          type="search"
          aria-label="Search indicators"
          placeholder="Paste a domain, URL, phone, wallet, app or account…  ( / )"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setResults(null);
          }}
        />
        <button type="submit" disabled={!value.trim() || busy}>
          {busy ? 'Searching…' : 'Search'}
        </button>
      </form>
      {detected && value.trim() && (
        <div className="detected" aria-live="polite" data-testid="detected">
          {detected.recognized && detected.kind ? (
            <>
              <span style={{ color: KIND_STYLE[detected.kind].color }}>
                {KIND_STYLE[detected.kind].icon} {KIND_STYLE[detected.kind].label}
              </span>{' '}
              <code>{detected.normalized}</code>{' '}
              {detected.entity ? (
                <button type="button" className="link" onClick={() => open(detected.entity!.id)}>
                  in the graph · {detected.entity.degree} links — open
                </button>
              ) : (
                <span className="muted">not in the graph</span>
              )}
            </>
          ) : (
            <span className="muted">
              Not an indicator ({detected.reason ?? 'unrecognised'}) — Enter searches names and text
            </span>
          )}
        </div>
      )}
      {error && <div className="error detected">Search failed: {error}</div>}
      {results && (
        <SearchResults results={results} onOpen={open} onClose={() => setResults(null)} />
      )}
    </div>
  );
}
