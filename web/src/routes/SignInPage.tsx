// The sign-in screen: exchanges the code of a sign-in or invitation link for a session, or takes a pasted one.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { signIn } from '../api/session.js';

interface Props {
  /** The code of the `/signin?code=…` link the page was opened with. */
  code?: string;
  /** True when a session ended while the explorer was open. */
  ended?: boolean;
}

export function SignInPage({ code, ended }: Props) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(Boolean(code));
  const [error, setError] = useState<string | null>(null);
  const tried = useRef(false);

  const exchange = (value: string) => {
    setBusy(true);
    setError(null);
    signIn(value)
      .then(() => window.location.replace('/'))
      .catch((e: Error) => {
        setError(e.message);
        setBusy(false);
      });
  };

  useEffect(() => {
    if (!code || tried.current) return;
    tried.current = true;
    // The code works once: keep it out of the address bar and the history.
    window.history.replaceState(null, '', '/signin');
    exchange(code);
  }, [code]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) exchange(text);
  };

  return (
    <main className="signin" aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in to Scamgraph</h1>
      {ended && <p className="notice">Your session has ended. Sign in again to go on.</p>}
      {busy ? (
        <p role="status">Signing in…</p>
      ) : (
        <>
          <p>
            Open the sign-in link printed by <code>npm start</code> at its first start, or make a
            new one on the server with <code>npx scamgraph signin-link</code>. If an administrator
            invited you, open the invitation link you were sent. Each link works once.
          </p>
          <form onSubmit={submit}>
            <label htmlFor="signin-code">Sign-in link or code</label>
            <div className="signin-row">
              <input
                id="signin-code"
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder="http://localhost:4000/signin?code=…"
                autoComplete="off"
                spellCheck={false}
              />
              <button type="submit" disabled={!text.trim()}>
                Sign in
              </button>
            </div>
          </form>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
