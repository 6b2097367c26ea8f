// Who is signed in: asked once at start (`me`); an UNAUTHENTICATED answer later (session ended) signs out.
import { useCallback, useEffect, useState } from 'react';
import { UNAUTHENTICATED_EVENT } from '../api/graphql.js';
import { fetchMe, type Me } from '../api/session.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-in'; me: Me }
  /** An anonymous reader of a public instance (SCAMGRAPH_PUBLIC=clear). */
  | { status: 'public' }
  /** Sign-in required (never signed in, or the session ended). */
  | { status: 'signed-out'; ended: boolean }
  /** The API did not answer: the explorer shows its own error, as before sign-in existed. */
  | { status: 'unknown'; message: string };

export function useSession(): SessionState {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const load = useCallback(() => {
    fetchMe()
      .then((me) => setState(me ? { status: 'signed-in', me } : { status: 'public' }))
      .catch((e: Error & { code?: string }) =>
        setState(
          e.code === 'UNAUTHENTICATED'
            ? { status: 'signed-out', ended: false }
            : { status: 'unknown', message: e.message },
        ),
      );
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    // A public reader's refused write keeps the explorer; a signed-in caller whose session ended does not.
    const onUnauthenticated = () =>
      setState((s) => (s.status === 'signed-in' ? { status: 'signed-out', ended: true } : s));
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
  }, []);
  return state;
}
