// @vitest-environment jsdom
// The details of the selected entity: badges, dates, neighbours by kind, sources and properties.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetailsPanel } from '../../../../web/src/components/DetailsPanel.js';
import { graphFromSubgraph } from '../../../../web/src/graph/build.js';
import type { Subgraph } from '../../../../web/src/api/types.js';
import { edge, entity, sample } from '../fixtures.js';

afterEach(cleanup);

const DOMAIN = 'domain:pay-fast.example';

function subgraph(): Subgraph {
  const s = sample();
  s.nodes[0] = entity(DOMAIN, 'DOMAIN', {
    degree: 9,
    tlp: 'AMBER_STRICT',
    confidence: 85,
    firstSeen: '2024-01-15T08:30:00Z',
    lastSeen: '2024-07-02T23:59:59Z',
    raw: ['PAY-FAST.example.'],
    properties: [{ key: 'registrar', value: 'Example Registrar (fictitious)' }],
    sources: [
      {
        id: 'source:feed',
        name: 'Feed (fictitious)',
        reliability: 'B',
        url: 'https://feed.example/report/1',
      },
      { id: 'source:tip', name: 'Anonymous tip', reliability: null, url: null },
    ],
  });
  s.nodes.push(entity('url:https://pay-fast.example/app', 'URL'));
  s.edges.push(edge('url:https://pay-fast.example/app', 'ON_DOMAIN', DOMAIN));
  return s;
}

function setup(id = DOMAIN) {
  const handlers = {
    onSelect: vi.fn<(id: string) => void>(),
    onExpand: vi.fn<(id: string, more: boolean) => void>(),
    onCluster: vi.fn<(id: string) => void>(),
    onPathFrom: vi.fn<(id: string | null) => void>(),
    onPathTo: vi.fn<(from: string, to: string) => void>(),
    onHide: vi.fn<(ids: string[]) => void>(),
    onRemove: vi.fn<(ids: string[]) => void>(),
  };
  const result = render(
    <DetailsPanel
      graph={graphFromSubgraph(subgraph())}
      id={id}
      moreAvailable={false}
      pathFrom={null}
      {...handlers}
    />,
  );
  return { ...handlers, ...result };
}

describe('DetailsPanel', () => {
  it('shows the name, kind, TLP, confidence and first/last seen dates', () => {
    setup();
    const panel = screen.getByRole('region', { name: 'Details' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('pay-fast.example');
    expect(panel.querySelector('.kind-badge')?.textContent).toContain('Domain');
    expect(panel.querySelector('.tlp-badge')?.textContent).toBe('TLP:AMBER+STRICT');
    expect(panel.querySelector('.confidence')?.textContent).toBe('confidence 85');
    expect(panel.querySelector('.dates')?.textContent).toBe(
      'first seen 2024-01-15 · last seen 2024-07-02',
    );
    expect(panel.querySelector('.synthetic')?.textContent).toBe('demo');
  });

  it('groups the loaded neighbours by kind, largest group first, with counts', () => {
    setup();
    expect(screen.getByRole('heading', { name: /Neighbours/ }).textContent).toContain(
      '(5 loaded of 9)',
    );
    const groups = Array.from(document.querySelectorAll('details summary')).map((s) =>
      s.textContent?.slice(2),
    );
    expect(groups[0]).toBe('URL (2)');
    expect(groups.slice(1).sort()).toEqual(['Compound (1)', 'Phone (1)', 'Wallet (1)']);
    const urls = document.querySelectorAll('details')[0];
    expect(
      within(urls as HTMLElement)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['https://pay-fast.example/login', 'https://pay-fast.example/app']);
  });

  it('selects a neighbour when it is clicked', () => {
    const { onSelect } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Compound Alpha (fictitious)' }));
    expect(onSelect).toHaveBeenCalledWith('compound:alpha-mm');
  });

  it('lists sources with their reliability, linking those that have a URL', () => {
    setup();
    const items = Array.from(document.querySelectorAll('ul.sources li'));
    expect(items.map((li) => li.textContent)).toEqual(['B Feed (fictitious)', '? Anonymous tip']);
    const link = screen.getByRole('link', { name: 'Feed (fictitious)' });
    expect(link.getAttribute('href')).toBe('https://feed.example/report/1');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.queryByRole('link', { name: 'Anonymous tip' })).toBeNull();
  });

  it('shows id, value, raw spellings and every property', () => {
    setup();
    const rows = Array.from(document.querySelectorAll('table.props tr')).map((tr) => [
      tr.querySelector('th')?.textContent,
      tr.querySelector('td')?.textContent,
    ]);
    expect(rows).toEqual([
      ['id', DOMAIN],
      ['value', 'pay-fast.example'],
      ['seen as', 'PAY-FAST.example.'],
      ['registrar', 'Example Registrar (fictitious)'],
    ]);
  });

  it('expands the entity from its actions', () => {
    const { onExpand } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Expand' }));
    expect(onExpand).toHaveBeenCalledWith(DOMAIN, false);
  });

  it('renders nothing for an id not in the graph', () => {
    const { container } = setup('domain:absent.example');
    expect(container.innerHTML).toBe('');
  });
});
