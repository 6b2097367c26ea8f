// @vitest-environment jsdom
// The watchlist in the web client: Follow / Following on a target (hidden for roles that may not keep
// watchlists), and the panel listing watches with unseen badges, changes with counts, the webhook and
// its delivery log.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FollowButton } from '../../../../web/src/components/FollowButton.js';
import { WatchlistPanel } from '../../../../web/src/components/WatchlistPanel.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const WATCH = {
  id: 'w-1',
  kind: 'CLUSTER',
  target: 'cl-abc',
  label: 'Amber Heron',
  createdAt: '2026-01-01T00:00:00Z',
  lastCheckedAt: '2026-01-02T00:00:00Z',
  unseen: 2,
};

/** A fetch answering each GraphQL operation (by its name) from `answers`; records what was sent. */
function serve(answers: Record<string, unknown>) {
  const sent: { op: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      const { query, variables } = JSON.parse(init.body) as {
        query: string;
        variables: Record<string, unknown>;
      };
      const op = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
      sent.push({ op, variables });
      const answer = answers[op];
      const body =
        answer instanceof Error
          ? { errors: [{ message: answer.message, extensions: { code: 'FORBIDDEN' } }] }
          : { data: answer };
      return new Response(JSON.stringify(body), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return sent;
}

describe('FollowButton', () => {
  it('follows a cluster, then shows Following', async () => {
    const sent = serve({ Watchlist: { watchlist: [] }, Follow: { follow: WATCH } });
    render(<FollowButton target={{ kind: 'CLUSTER', id: 'cl-abc' }} />);
    fireEvent.click(await screen.findByRole('button', { name: /Follow/ }));
    expect(await screen.findByRole('button', { name: /Following/ })).toBeTruthy();
    expect(sent.find((s) => s.op === 'Follow')?.variables).toEqual({
      target: { kind: 'CLUSTER', id: 'cl-abc' },
    });
  });

  it('shows Following for a target already followed, and unfollows it', async () => {
    const sent = serve({ Watchlist: { watchlist: [WATCH] }, Unfollow: { unfollow: true } });
    render(<FollowButton target={{ kind: 'CLUSTER', id: 'cl-abc' }} />);
    fireEvent.click(await screen.findByRole('button', { name: /Following/ }));
    expect(await screen.findByRole('button', { name: /☆ Follow/ })).toBeTruthy();
    expect(sent.find((s) => s.op === 'Unfollow')?.variables).toEqual({ id: 'w-1' });
  });

  it('does not show for a role that may not keep watchlists', async () => {
    const sent = serve({ Watchlist: new Error('The role partner may not keep watchlists') });
    const { container } = render(<FollowButton target={{ kind: 'SEARCH', query: 'alpha' }} />);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(container.textContent).toBe('');
  });
});

describe('WatchlistPanel', () => {
  it('lists watches with unseen badges, changes with counts, and the delivery log', async () => {
    const opened: string[] = [];
    serve({
      Watchlist: { watchlist: [WATCH] },
      WatchChanges: {
        watchChanges: [
          {
            id: 'wc-1',
            watchId: 'w-1',
            at: '2026-01-02T00:00:00Z',
            kind: 'NEW_MEMBERS',
            count: 2,
            entityIds: ['domain:alpha-two.example', 'phone:+447700900101'],
            summary: '2 new members in Amber Heron',
            seen: false,
          },
        ],
      },
      Webhook: {
        webhook: { url: 'https://hooks.example/x', secretSet: true },
        webhookDeliveries: [
          {
            id: 'wd-1',
            at: '2026-01-02T00:00:01Z',
            url: 'https://hooks.example/x',
            status: 'DELIVERED',
            attempts: 3,
            responseCode: 200,
            error: null,
            changeCount: 1,
          },
        ],
      },
    });
    render(<WatchlistPanel onClose={() => {}} onOpen={(id) => opened.push(id)} />);
    expect(await screen.findByLabelText('2 unseen')).toBeTruthy();
    expect(await screen.findByText(/2 new members in Amber Heron/)).toBeTruthy();
    const log = await screen.findByRole('table');
    const row = within(log).getByText('DELIVERED').closest('tr')!;
    expect(within(row).getByText('3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'domain:alpha-two.example' }));
    expect(opened).toEqual(['domain:alpha-two.example']);
    expect(screen.getByText(/Secret \(set; leave empty to keep it\)/)).toBeTruthy();
  });
});
