// As the analyst types: what the value is recognised as and its normalized form (debounced lookup query).
import { useEffect, useState } from 'react';
import { lookup } from '../api/queries.js';
import type { LookupResult } from '../api/types.js';

export function useLookup(value: string, delayMs = 200): LookupResult | null {
  const [result, setResult] = useState<LookupResult | null>(null);
  useEffect(() => {
    const text = value.trim();
    if (!text) {
      setResult(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      lookup(text)
        .then((r) => live && setResult(r))
        .catch(() => live && setResult(null));
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [value, delayMs]);
  return result;
}
