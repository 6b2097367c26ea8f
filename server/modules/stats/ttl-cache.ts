// A small memo for slow reads: concurrent callers with the same key share one computation, and a result that
// took at least `minMs` to make is kept for `ttlMs` (quick ones are always made afresh).

interface Entry<V> {
  value: Promise<V>;
  /** When the value stops being served (Infinity while it is being made). */
  expires: number;
}

export class TtlCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly minMs: number,
    private readonly maxEntries = 256,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value for `key`: kept, being made by another caller, or made now by `make`. */
  async get(key: string, make: () => Promise<V>): Promise<V> {
    const entry = this.entries.get(key);
    if (entry && entry.expires > this.now()) {
      try {
        return await entry.value;
      } catch {
        // Another caller's computation failed (its request may have been cancelled): make our own.
        if (this.entries.get(key) === entry) this.entries.delete(key);
      }
    }
    return this.make(key, make);
  }

  private async make(key: string, make: () => Promise<V>): Promise<V> {
    const started = this.now();
    const value = make();
    const entry: Entry<V> = { value, expires: Infinity };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value as string);
    try {
      const result = await value;
      const took = this.now() - started;
      if (this.entries.get(key) === entry) {
        if (took >= this.minMs) entry.expires = this.now() + this.ttlMs;
        else this.entries.delete(key);
      }
      return result;
    } catch (error) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
  }
}
