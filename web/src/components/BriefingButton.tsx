// "Briefing" for a cluster, a country or everything: pick a format (PDF, HTML, Markdown) and the highest TLP
// to include (TLP:CLEAR is the public version), then download from GET /api/briefing. Analysts and
// administrators only: the server refuses others, and the refusal is shown.
import { useState } from 'react';

export interface BriefingScope {
  cluster?: string;
  country?: string;
  all?: boolean;
}

const FORMATS = [
  { value: 'pdf', label: 'PDF' },
  { value: 'html', label: 'HTML (printable page)' },
  { value: 'md', label: 'Markdown' },
] as const;

const TLPS = [
  { value: 'CLEAR', label: 'TLP:CLEAR (public version)' },
  { value: 'GREEN', label: 'TLP:GREEN' },
  { value: 'AMBER', label: 'TLP:AMBER' },
  { value: 'AMBER_STRICT', label: 'TLP:AMBER+STRICT' },
  { value: 'RED', label: 'TLP:RED (up to your clearance)' },
] as const;

/** The request URL for a scope, format and maximum TLP. */
export function briefingUrl(scope: BriefingScope, format: string, maxTlp: string): string {
  const params = new URLSearchParams();
  if (scope.cluster) params.set('cluster', scope.cluster);
  else if (scope.country) params.set('country', scope.country);
  else params.set('all', '1');
  params.set('format', format);
  params.set('maxTlp', maxTlp);
  return `/api/briefing?${params.toString()}`;
}

function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

export function BriefingButton({ scope }: { scope: BriefingScope }) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<string>('pdf');
  const [maxTlp, setMaxTlp] = useState<string>('AMBER');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(briefingUrl(scope, format, maxTlp), {
        credentials: 'same-origin',
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as {
          error?: { message?: string };
        } | null;
        throw new Error(body?.error?.message ?? `The briefing failed (HTTP ${response.status}).`);
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileNameOf(response.headers.get('content-disposition'), `briefing.${format}`);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setOpen(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="briefing-button">
      <button
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((o) => !o)}
        title="Download a briefing: key figures with sources, map, graph, top indicators"
      >
        Briefing
      </button>
      {open && (
        <div className="briefing-picker" role="dialog" aria-label="Briefing">
          <label>
            Format{' '}
            <select value={format} onChange={(e) => setFormat(e.target.value)} aria-label="Format">
              {FORMATS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Include up to{' '}
            <select
              value={maxTlp}
              onChange={(e) => setMaxTlp(e.target.value)}
              aria-label="Highest TLP"
            >
              {TLPS.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void download()} disabled={busy}>
            {busy ? 'Preparing…' : 'Download'}
          </button>
          {error && (
            <p className="briefing-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </span>
  );
}
