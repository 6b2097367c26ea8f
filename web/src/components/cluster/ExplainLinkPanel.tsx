// Why two members belong together: the evidence path (explainLink), each step with its sources, TLP and dates.
import { useEffect, useState } from 'react';
import { explainLink, type LinkExplanation } from '../../api/analytics.js';
import { formatDate } from '../DetailsPanel.js';
import { TlpBadge } from '../TlpBadge.js';
import { REL_STYLE } from '../../graph/style.js';

export function ExplainLinkPanel({
  a,
  b,
  onSelect,
}: {
  a: string;
  b: string;
  onSelect(id: string): void;
}) {
  const [result, setResult] = useState<LinkExplanation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    setResult(null);
    setError(null);
    setAsked(false);
  }, [a, b]);
  const ask = () => {
    setAsked(true);
    explainLink(a, b)
      .then(setResult)
      .catch((e: Error) => setError(e.message));
  };
  return (
    <section className="explain-panel" aria-label="Explain link">
      <h3>Why are they linked?</h3>
      {!asked && (
        <button type="button" onClick={ask}>
          Explain the link
        </button>
      )}
      {asked && !result && !error && <p className="muted">Looking for the evidence…</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <>
          <p data-testid="explain-message">{result.message}</p>
          {result.found && (
            <ol className="steps">
              {result.steps.map((s, i) => (
                <li key={i}>
                  <button type="button" className="link" onClick={() => onSelect(s.from.id)}>
                    {s.from.display}
                  </button>{' '}
                  <span style={{ color: REL_STYLE[s.type].color }}>
                    — {REL_STYLE[s.type].label} —
                  </span>{' '}
                  <button type="button" className="link" onClick={() => onSelect(s.to.id)}>
                    {s.to.display}
                  </button>
                  <small>
                    <TlpBadge tlp={s.tlp} /> confidence {s.confidence} · {formatDate(s.firstSeen)} →{' '}
                    {formatDate(s.lastSeen)}
                  </small>
                  <small>
                    {s.sources.length === 0
                      ? 'no source cited'
                      : s.sources
                          .map((src) => `${src.name} (${src.reliability ?? '?'})`)
                          .join('; ')}
                  </small>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
