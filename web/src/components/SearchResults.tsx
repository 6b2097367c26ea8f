// The results list under the search box: arrow keys move the focus, Enter opens, Escape closes.
import { useEffect, useState } from 'react';
import type { Entity } from '../api/types.js';
import { KIND_STYLE } from '../graph/style.js';
import { TlpBadge } from './TlpBadge.js';

interface Props {
  results: Entity[];
  onOpen(id: string): void;
  onClose(): void;
}

export function SearchResults({ results, onOpen, onClose }: Props) {
  const [active, setActive] = useState(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Arrow keys move the focus through the results (Enter on a focused result opens it).
      const fromInput = (e.target as HTMLElement).tagName === 'INPUT';
      let next: number;
      if (e.key === 'ArrowDown') next = fromInput ? 0 : Math.min(results.length - 1, active + 1);
      else if (e.key === 'ArrowUp') next = Math.max(0, active - 1);
      else if (e.key === 'Escape') return onClose();
      else return;
      e.preventDefault();
      setActive(next);
      document.querySelectorAll<HTMLButtonElement>('.results button')[next]?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [results, active, onClose]);

  if (results.length === 0) {
    return (
      <div className="results" role="listbox" aria-label="Search results">
        <p className="muted empty">No match. Try the full indicator, or part of a name.</p>
      </div>
    );
  }
  return (
    <ul className="results" role="listbox" aria-label="Search results">
      {results.map((r, i) => (
        <li
          key={r.id}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'active' : ''}
        >
          <button type="button" onClick={() => onOpen(r.id)} onMouseEnter={() => setActive(i)}>
            <span className="icon" style={{ color: KIND_STYLE[r.kind].color }} aria-hidden="true">
              {KIND_STYLE[r.kind].icon}
            </span>
            <span className="result-main">
              <strong>{r.display}</strong>
              <small>
                {KIND_STYLE[r.kind].label} · {r.degree} links · confidence {r.confidence}
              </small>
            </span>
            <TlpBadge tlp={r.tlp} />
          </button>
        </li>
      ))}
    </ul>
  );
}
