// Search: paste any indicator; the detected kind and normalized form show before searching; `/` focuses it.
// Enter on a value the graph holds opens it; otherwise Enter searches, the arrow keys move the highlight
// through the results and Enter opens the highlighted one. A domain also lists the stored hostnames under it.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { lookup, search } from '../api/queries.js';
import type { Entity, LookupResult } from '../api/types.js';
import { KIND_STYLE } from '../graph/style.js';
import { useLookup } from '../hooks/useLookup.js';
import { RESULTS_ID, SearchResults, moveHighlight, resultElementId } from './SearchResults.js';

/** Entities in order, each once. */
function distinct(list: Entity[]): Entity[] {
  const seen = new Set<string>();
  return list.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/** What the lookup alone lists: the value itself when stored, then the hostnames under it. */
const lookupList = (l: LookupResult | null) =>
  distinct([...(l?.entity ? [l.entity] : []), ...(l?.hostnames ?? [])]);

/** "3 hostnames under it (www.example.test, m.example.test, …)". */
function hostnamesLabel(hostnames: Entity[]): string {
  const n = hostnames.length >= 20 ? '20+' : String(hostnames.length);
  const names = hostnames.slice(0, 3).map((h) => h.value);
  if (hostnames.length > 3) names.push('…');
  return `${n} hostname${hostnames.length === 1 ? '' : 's'} under it (${names.join(', ')})`;
}

export function SearchBar({ onOpen }: { onOpen(id: string): void }) {
  const [value, setValue] = useState('');
  const [results, setResults] = useState<Entity[] | null>(null);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const detected = useLookup(value);
  const text = value.trim();
  // The debounced lookup, when it is about what the box holds now.
  const current = detected && detected.input === text ? detected : null;

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
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

  const show = (list: Entity[]) => {
    setResults(list);
    setActive(0);
  };

  const open = (id: string) => {
    setResults(null);
    input.current?.blur();
    onOpen(id);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text) return;
    setBusy(true);
    setError(null);
    try {
      // A recognised value the graph holds opens at once (the lookup is asked now if it is not back yet).
      const l = current ?? (await lookup(text).catch(() => null));
      if (l?.entity) return open(l.entity.id);
      const hits = await search(text, null, 20);
      show(distinct([...lookupList(l), ...hits.map((h) => h.node)]));
    } catch (err) {
      setError((err as Error).message);
      setResults(null);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') return setResults(null);
    if (e.key === 'Enter' && results && results.length > 0) {
      // Enter opens the highlighted result.
      e.preventDefault();
      return open(results[Math.min(active, results.length - 1)]!.id);
    }
    if (!results && e.key === 'ArrowDown' && lookupList(current).length > 0) {
      e.preventDefault();
      return show(lookupList(current));
    }
    const next = results ? moveHighlight(e.key, active, results.length) : null;
    if (next === null) return;
    e.preventDefault();
    setActive(next);
  };

  const hostnames = current?.hostnames ?? [];
  const expanded = results !== null;
  return (
    <div className="search">
      <form onSubmit={submit} role="search">
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-label="Search indicators"
          aria-expanded={expanded}
          aria-controls={RESULTS_ID}
          aria-autocomplete="list"
          aria-activedescendant={
            expanded && results.length > 0 ? resultElementId(active) : undefined
          }
          placeholder="Paste a domain, URL, phone, wallet, app or account…  ( / )"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setResults(null);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit" disabled={!text || busy}>
          {busy ? 'Searching…' : 'Search'}
        </button>
      </form>
      {current && text && (
        <div className="detected" aria-live="polite" data-testid="detected">
          {current.recognized && current.kind ? (
            <>
              <span style={{ color: KIND_STYLE[current.kind].color }}>
                {KIND_STYLE[current.kind].icon} {KIND_STYLE[current.kind].label}
              </span>{' '}
              <code>{current.normalized}</code>{' '}
              {current.entity ? (
                <button type="button" className="link" onClick={() => open(current.entity!.id)}>
                  in the graph · {current.entity.degree} links — Enter opens
                </button>
              ) : (
                <span className="muted">not in the graph</span>
              )}
              {hostnames.length > 0 && (
                <>
                  {' · '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => show(lookupList(current))}
                    title="List them (↓)"
                  >
                    {hostnamesLabel(hostnames)}
                  </button>
                </>
              )}
            </>
          ) : (
            <span className="muted">
              Not an indicator ({current.reason ?? 'unrecognised'}) — Enter searches names and text
            </span>
          )}
        </div>
      )}
      {error && <div className="error detected">Search failed: {error}</div>}
      {results && (
        <SearchResults results={results} active={active} onActive={setActive} onOpen={open} />
      )}
    </div>
  );
}
