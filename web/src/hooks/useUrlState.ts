// The URL as the explorer's navigation state: navigate() pushes a history entry; back/forward restore it.
import { useCallback, useEffect, useState } from 'react';
import { formatUrlState, parseUrlState, sameUrlState, type UrlState } from './url-state.js';

export function useUrlState(): [UrlState, (next: UrlState) => void] {
  const [state, setState] = useState<UrlState>(() => parseUrlState(window.location.search));
  useEffect(() => {
    const onPop = () => setState(parseUrlState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: UrlState) => {
    if (!sameUrlState(next, parseUrlState(window.location.search))) {
      window.history.pushState(null, '', `${window.location.pathname}${formatUrlState(next)}`);
    }
    setState(next);
  }, []);
  return [state, navigate];
}
