// @vitest-environment jsdom
// The search results list: what each hit shows, the highlight, click to open; the arrow-key rule.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SearchResults,
  moveHighlight,
  resultElementId,
} from '../../../../web/src/components/SearchResults.js';
import { entity } from '../fixtures.js';

afterEach(cleanup);

const hits = [
  entity('domain:pay-fast.example', 'DOMAIN', { degree: 4, confidence: 80, tlp: 'AMBER' }),
  entity('wallet:tron:TXYZ', 'WALLET', { display: 'TXYZ (Tron)', degree: 1, confidence: 40 }),
];

function setup(results = hits, active = 0) {
  const onOpen = vi.fn<(id: string) => void>();
  const onActive = vi.fn<(i: number) => void>();
  render(<SearchResults results={results} active={active} onActive={onActive} onOpen={onOpen} />);
  return { onOpen, onActive };
}

describe('SearchResults', () => {
  it('lists every hit with its name, kind, links, confidence and TLP', () => {
    setup();
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]?.textContent).toContain('pay-fast.example');
    expect(options[0]?.textContent).toContain('Domain · 4 links · confidence 80');
    expect(options[0]?.textContent).toContain('TLP:AMBER');
    expect(options[1]?.textContent).toContain('TXYZ (Tron)');
    expect(options[1]?.textContent).toContain('Wallet · 1 links · confidence 40');
    expect(options[1]?.textContent).toContain('TLP:GREEN');
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
  });

  it('highlights the active result, under the id the search box names as its active descendant', () => {
    const { onActive } = setup(hits, 1);
    const options = screen.getAllByRole('option');
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(options[0]?.getAttribute('aria-selected')).toBe('false');
    expect(options[1]?.id).toBe(resultElementId(1));
    fireEvent.mouseEnter(screen.getByRole('button', { name: /pay-fast/ }));
    expect(onActive).toHaveBeenCalledWith(0);
  });

  it('opens the clicked hit by its id', () => {
    const { onOpen } = setup();
    fireEvent.click(screen.getByRole('button', { name: /TXYZ \(Tron\)/ }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith('wallet:tron:TXYZ');
  });

  it('says so when nothing matched', () => {
    setup([]);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/No match/)).toBeTruthy();
  });
});

describe('moveHighlight', () => {
  it('moves by one with the arrows, stops at the ends, jumps with Home and End', () => {
    expect(moveHighlight('ArrowDown', 0, 3)).toBe(1);
    expect(moveHighlight('ArrowDown', 2, 3)).toBe(2);
    expect(moveHighlight('ArrowUp', 1, 3)).toBe(0);
    expect(moveHighlight('ArrowUp', 0, 3)).toBe(0);
    expect(moveHighlight('End', 0, 3)).toBe(2);
    expect(moveHighlight('Home', 2, 3)).toBe(0);
    expect(moveHighlight('a', 0, 3)).toBeNull();
    expect(moveHighlight('ArrowDown', 0, 0)).toBeNull();
  });
});
