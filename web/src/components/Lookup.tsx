// Paste any indicator: see what it was recognised as, its normalized form, and whether the graph has it.
import { useState, type FormEvent } from 'react';
import { gql } from '../api/graphql.js';

interface LookupResult {
  recognized: boolean;
  kind: string | null;
  normalized: string | null;
  id: string | null;
  reason: string | null;
  message: string | null;
  entity: { id: string; display: string; degree: number; tlp: string; confidence: number } | null;
}

const QUERY = `query Lookup($value: String!) {
  lookup(value: $value) { recognized kind normalized id reason message entity { id display degree tlp confidence } }
}`;

export function Lookup() {
  const [value, setValue] = useState('');
  const [result, setResult] = useState<LookupResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    gql<{ lookup: LookupResult }>(QUERY, { value })
      .then((d) => setResult(d.lookup))
      .catch((e: Error) => setError(e.message));
  };
  return (
    <section aria-label="Lookup">
      <form onSubmit={submit} className="lookup">
        <input
          aria-label="Indicator"
          placeholder="Paste a domain, URL, phone number, wallet, app or account"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" disabled={!value.trim()}>
          Look up
        </button>
      </form>
      {error && <p className="error">{error}</p>}
      {result && !result.recognized && (
        <p className="error">
          Not recognised ({result.reason}): {result.message}
        </p>
      )}
      {result?.recognized && (
        <div className="result">
          <p>
            {result.kind?.toLowerCase()} <code>{result.normalized}</code>
          </p>
          {result.entity ? (
            <p>
              In the graph: <strong>{result.entity.display}</strong> — {result.entity.degree} links, TLP:{result.entity.tlp},
              confidence {result.entity.confidence}
            </p>
          ) : (
            <p>Not in the graph yet.</p>
          )}
        </div>
      )}
    </section>
  );
}
