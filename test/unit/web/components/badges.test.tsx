// @vitest-environment jsdom
// The small presentational pieces: TLP and kind badges, the demo-data banner, the empty canvas.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DemoBanner } from '../../../../web/src/components/DemoBanner.js';
import { EmptyState } from '../../../../web/src/components/EmptyState.js';
import { KindBadge } from '../../../../web/src/components/KindBadge.js';
import { TlpBadge } from '../../../../web/src/components/TlpBadge.js';

afterEach(cleanup);

describe('TlpBadge', () => {
  it('shows the TLP level as TLP 2.0 writes it', () => {
    render(<TlpBadge tlp="AMBER" />);
    expect(screen.getByText('TLP:AMBER')).toBeTruthy();
  });

  it('writes AMBER_STRICT as TLP:AMBER+STRICT', () => {
    const { container } = render(<TlpBadge tlp="AMBER_STRICT" />);
    expect(container.textContent).toBe('TLP:AMBER+STRICT');
  });
});

describe('KindBadge', () => {
  it('shows the kind’s human name, with the icon hidden from assistive tech', () => {
    const { container } = render(<KindBadge kind="IP_ADDRESS" />);
    expect(screen.getByText('IP address', { exact: false })).toBeTruthy();
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe('#');
  });
});

describe('DemoBanner', () => {
  it('announces that the data is generated demo data', () => {
    render(<DemoBanner />);
    expect(screen.getByRole('status').textContent).toMatch(/^DEMO DATA/);
    expect(screen.getByRole('status').textContent).toContain('fictitious');
  });
});

describe('EmptyState', () => {
  it('invites a search and shows the graph’s size', () => {
    render(
      <EmptyState
        stats={{ totalNodes: 12, totalRelationships: 34, hasSyntheticData: true, nodes: [] }}
        error={null}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Paste an indicator to start' })).toBeTruthy();
    expect(screen.getByText(/12 entities and 34 links in the graph/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows only the error when loading failed', () => {
    render(<EmptyState stats={null} error="API unreachable" />);
    expect(screen.getByRole('alert').textContent).toBe('API unreachable');
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
