// @vitest-environment jsdom
// The briefing picker: format and highest TLP go to /api/briefing with the scope; a refusal is shown.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BriefingButton, briefingUrl } from '../../../../web/src/components/BriefingButton.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('BriefingButton', () => {
  it('builds the request for each scope', () => {
    expect(briefingUrl({ cluster: 'cl-abc' }, 'pdf', 'AMBER')).toBe(
      '/api/briefing?cluster=cl-abc&format=pdf&maxTlp=AMBER',
    );
    expect(briefingUrl({ country: 'MM' }, 'md', 'CLEAR')).toBe(
      '/api/briefing?country=MM&format=md&maxTlp=CLEAR',
    );
    expect(briefingUrl({ all: true }, 'html', 'RED')).toBe(
      '/api/briefing?all=1&format=html&maxTlp=RED',
    );
  });

  it('asks with the picked format and TLP, and shows a refusal', async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        calls.push(url);
        return new Response(
          JSON.stringify({
            error: { code: 'FORBIDDEN', message: 'The role viewer may not make briefings.' },
          }),
          { status: 403, headers: { 'content-type': 'application/json' } },
        );
      }),
    );
    render(<BriefingButton scope={{ country: 'KH' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Briefing' }));
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'md' } });
    fireEvent.change(screen.getByLabelText('Highest TLP'), { target: { value: 'CLEAR' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/may not make briefings/),
    );
    expect(calls).toEqual(['/api/briefing?country=KH&format=md&maxTlp=CLEAR']);
  });
});
