// @vitest-environment jsdom
// The filters panel: kinds present in the graph, TLP and confidence controls, and the new filter it reports.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FiltersPanel } from '../../../../web/src/components/FiltersPanel.js';
import { graphFromSubgraph } from '../../../../web/src/graph/build.js';
import { NO_FILTERS, type Filters } from '../../../../web/src/graph/filters.js';
import { sample } from '../fixtures.js';

afterEach(cleanup);

type OnChange = ReturnType<typeof vi.fn<(f: Filters) => void>>;

/** The filter reported by the i-th call of onChange. */
function reported(onChange: OnChange, i = 0): Filters {
  const f = onChange.mock.calls[i]?.[0];
  if (!f) throw new Error(`onChange was not called ${i + 1} time(s)`);
  return f;
}

function setup(filters: Filters = NO_FILTERS) {
  const graph = graphFromSubgraph(sample());
  const onChange = vi.fn<(f: Filters) => void>();
  render(
    <FiltersPanel
      graph={graph}
      version={0}
      filters={filters}
      hidden={new Set()}
      onChange={onChange}
    />,
  );
  return { onChange };
}

describe('FiltersPanel', () => {
  it('offers a checkbox only for the kinds present in the graph, all checked', () => {
    setup();
    const kinds = screen.getByRole('group', { name: 'Kind' });
    const boxes = Array.from(kinds.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((b) => b.closest('label')?.textContent?.slice(2))).toEqual([
      'Domain',
      'URL',
      'Wallet',
      'Phone',
      'Compound',
    ]);
    expect(boxes.every((b) => b.checked)).toBe(true);
    expect(screen.getByRole('heading', { name: /Filters/ }).textContent).toContain('5 nodes');
  });

  it('unchecking a kind reports a filter hiding that kind, leaving the rest as it was', () => {
    const { onChange } = setup({ ...NO_FILTERS, minConfidence: 20 });
    fireEvent.click(screen.getByRole('checkbox', { name: /Wallet/ }));
    expect(onChange).toHaveBeenCalledTimes(1);
    const next = reported(onChange);
    expect([...next.hiddenKinds]).toEqual(['WALLET']);
    expect([...next.hiddenTlps]).toEqual([]);
    expect(next.minConfidence).toBe(20);
    expect(next.timeRange).toBeNull();
  });

  it('shows a hidden kind unchecked with the visible count, and re-checking shows it again', () => {
    const { onChange } = setup({ ...NO_FILTERS, hiddenKinds: new Set(['WALLET']) });
    const wallet = screen.getByRole<HTMLInputElement>('checkbox', { name: /Wallet/ });
    expect(wallet.checked).toBe(false);
    expect(screen.getByRole('heading', { name: /Filters/ }).textContent).toContain('4 of 5 shown');
    fireEvent.click(wallet);
    expect([...reported(onChange).hiddenKinds]).toEqual([]);
  });

  it('toggles a TLP level and sets the minimum confidence', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'TLP:AMBER+STRICT' }));
    expect([...reported(onChange).hiddenTlps]).toEqual(['AMBER_STRICT']);
    fireEvent.change(screen.getByRole('slider', { name: /Confidence/ }), {
      target: { value: '45' },
    });
    expect(reported(onChange, 1).minConfidence).toBe(45);
  });

  it('shows the first-seen brush over all time when no window is set', () => {
    setup();
    const brush = screen.getByRole('slider', { name: 'First-seen window' });
    expect(brush.getAttribute('aria-valuetext')).toBe('all time');
  });
});
