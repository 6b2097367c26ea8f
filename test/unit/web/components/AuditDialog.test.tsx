// @vitest-environment jsdom
// The admin's audit log dialog: lists events newest first, filters by account, organisation, operation and
// time (sent to the server as auditEvents' filter), and loads older pages on demand.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditDialog, isoOfLocal } from '../../../../web/src/components/AuditDialog.js';
import type { AuditEvent } from '../../../../web/src/api/audit.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const event = (n: number, over: Partial<AuditEvent> = {}): AuditEvent => ({
  id: `audit:${n}`,
  at: new Date(Date.UTC(2026, 0, 1, 12, 0, 60 - n)).toISOString(),
  account: 'user:telco-analyst',
  org: 'mekong-telco',
  operation: 'taxii:objects',
  ids: ['collection-1', 'indicator--1'],
  count: 1,
  maxTlp: null,
  outcome: 'ok',
  detail: '',
  ...over,
});

/** A fetch that answers each auditEvents request with the next page, and records the variables sent. */
function serve(pages: { events: AuditEvent[]; next: string | null }[]) {
  const sent: Record<string, unknown>[] = [];
  const fetch = vi.fn(async (_url: string, init: { body: string }) => {
    const { variables } = JSON.parse(init.body) as { variables: Record<string, unknown> };
    sent.push(variables);
    const page = pages[Math.min(sent.length - 1, pages.length - 1)];
    return new Response(JSON.stringify({ data: { auditEvents: page } }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return sent;
}

describe('the audit log dialog', () => {
  it('lists the newest events with who, what, how many, TLP and outcome', async () => {
    serve([
      {
        events: [
          event(1, { operation: 'query:neighborhood', maxTlp: 'RED', count: 12 }),
          event(2, { operation: 'signin', outcome: 'refused', detail: 'CODE_USED from 10.0.0.7' }),
        ],
        next: null,
      },
    ]);
    render(<AuditDialog onClose={() => {}} />);
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
    const rows = screen.getAllByRole('row');
    const first = within(rows[1]!);
    expect(first.getByText('query:neighborhood')).toBeTruthy();
    expect(first.getByText('user:telco-analyst')).toBeTruthy();
    expect(first.getByText('12')).toBeTruthy();
    expect(first.getByText(/RED/)).toBeTruthy();
    expect(within(rows[2]!).getByText('CODE_USED from 10.0.0.7')).toBeTruthy();
    expect(rows[2]!.className).toBe('audit-refused');
    expect(screen.queryByText('Older events')).toBeNull();
  });

  it('sends the filters it was given, and loads older pages with the cursor', async () => {
    const sent = serve([
      { events: [event(1)], next: null },
      { events: [event(2)], next: 'cursor-1' },
      { events: [event(3)], next: null },
    ]);
    render(<AuditDialog onClose={() => {}} />);
    await screen.findByText('taxii:objects');
    expect(sent[0]).toMatchObject({ filter: {}, after: null });

    fireEvent.change(screen.getByLabelText('Organisation'), {
      target: { value: ' mekong-telco ' },
    });
    fireEvent.change(screen.getByLabelText('Operation'), { target: { value: 'taxii' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01T08:30' } });
    fireEvent.click(screen.getByText('Show'));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({
      filter: { org: 'mekong-telco', operation: 'taxii', since: isoOfLocal('2026-01-01T08:30') },
      after: null,
    });

    fireEvent.click(await screen.findByText('Older events'));
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]).toMatchObject({ filter: { org: 'mekong-telco' }, after: 'cursor-1' });
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
  });

  it('shows the server’s refusal (a non-admin gets FORBIDDEN)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              errors: [
                {
                  message: 'Only administrators may read the audit log.',
                  extensions: { code: 'FORBIDDEN' },
                },
              ],
            }),
          ),
      ),
    );
    render(<AuditDialog onClose={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Only administrators');
  });
});
