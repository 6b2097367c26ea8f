// A per-request loader that batches lookups made in the same tick into one call.
export function batchLoader<K, V>(
  loadMany: (keys: K[]) => Promise<Map<K, V>>,
): (key: K) => Promise<V | null> {
  const cache = new Map<K, Promise<V | null>>();
  let pending: { key: K; resolve: (v: V | null) => void; reject: (e: unknown) => void }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const found = await loadMany([...new Set(batch.map((p) => p.key))]);
      for (const p of batch) p.resolve(found.get(p.key) ?? null);
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  };
  return (key) => {
    let promise = cache.get(key);
    if (!promise) {
      promise = new Promise((resolve, reject) => {
        if (pending.length === 0) setImmediate(() => void flush());
        pending.push({ key, resolve, reject });
      });
      cache.set(key, promise);
    }
    return promise;
  };
}
