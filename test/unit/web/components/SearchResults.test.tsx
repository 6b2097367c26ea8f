// @vitest-environment jsdom
// The search results list: what each hit shows, click to open, arrow keys and Escape.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchResults } from '../../../../web/src/components/SearchResults.js';
import { entity } from '../fixtures.js';

afterEach(cleanup);

const hits = [
  entity('domain:pay-fast.example', 'DOMAIN', { degree: 4, confidence: 80, tlp: 'AMBER' }),
  entity('wallet:tron:TXYZ', 'WALLET', { display: 'TXYZ (Tron)', degree: 1, confidence: 40 }),
];

function setup(results = hits) {
  const onOpen = vi.fn<(id: string) => void>();
  const onClose = vi.fn<() => void>();
  render(<SearchResults results={results} onOpen={onOpen} onClose={onClose} />);
  return { onOpen, onClose };
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

  it('opens the clicked hit by its id', () => {
    const { onOpen } = setup();
    fireEvent.click(screen.getByRole('button', { name: /TXYZ \(Tron\)/ }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith('wallet:tron:TXYZ');
  });

  it('moves the selection with the arrow keys and closes on Escape', () => {
    const { onClose, onOpen } = setup();
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    const options = screen.getAllByRole('option');
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(options[0]?.getAttribute('aria-selected')).toBe('false');
    expect(document.activeElement?.textContent).toContain('TXYZ (Tron)');
    fireEvent.keyDown(document.body, { key: 'ArrowUp' });
    expect(screen.getAllByRole('option')[0]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('says so when nothing matched', () => {
    setup([]);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/No match/)).toBeTruthy();
  });
});
