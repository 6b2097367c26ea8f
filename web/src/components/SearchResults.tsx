// The results list under the search box: the highlighted result follows the arrow keys typed in the box
// (SearchBar), Enter there or a click here opens one.
import { useEffect, useRef } from 'react';
import type { Entity } from '../api/types.js';
import { KIND_STYLE } from '../graph/style.js';
import { TlpBadge } from './TlpBadge.js';

interface Props {
  results: Entity[];
  /** Index of the highlighted result. */
  active: number;
  onActive(index: number): void;
  onOpen(id: string): void;
}

/** The id of a result's element, for the search box's aria-activedescendant. */
export const resultElementId = (index: number) => `search-result-${index}`;
export const RESULTS_ID = 'search-results';

/** The highlight after an arrow key: down and up move by one and stop at the ends; null for other keys. */
export function moveHighlight(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return Math.min(count - 1, active + 1);
  if (key === 'ArrowUp') return Math.max(0, active - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

export function SearchResults({ results, active, onActive, onOpen }: Props) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current
      ?.querySelector(`#${resultElementId(active)}`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [active, results]);

  if (results.length === 0) {
    return (
      <div className="results" id={RESULTS_ID} role="listbox" aria-label="Search results">
        <p className="muted empty">No match. Try the full indicator, or part of a name.</p>
      </div>
    );
  }
  return (
    <ul className="results" id={RESULTS_ID} role="listbox" aria-label="Search results" ref={list}>
      {results.map((r, i) => (
        <li
          key={r.id}
          id={resultElementId(i)}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'active' : ''}
        >
          <button
            type="button"
            tabIndex={-1}
            onClick={() => onOpen(r.id)}
            onMouseEnter={() => onActive(i)}
          >
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
