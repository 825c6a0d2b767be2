/**
 * A small in-memory sliding-window limiter: at most `limit` hits per key within `windowMs`.
 * One site process serves the portal, so memory is enough; the API limits lookups again.
 */
export type RateLimiter = {
  /** Records a hit for `key` and says whether it is allowed; a refused hit is not recorded. */
  hit(key: string, now?: number): { isAllowed: boolean; retryAfterSeconds: number };
  /** How many keys are tracked (for tests and to check memory stays bounded). */
  size(): number;
};

export function createRateLimiter({
  limit,
  windowMs,
  maxKeys = 10_000,
}: {
  limit: number;
  windowMs: number;
  /** Past this many visitors the oldest entries go first, so a flood of addresses cannot exhaust memory. */
  maxKeys?: number;
}): RateLimiter {
  const hits = new Map<string, number[]>();

  function recent(key: string, now: number): number[] {
    const kept = (hits.get(key) ?? []).filter((t) => t > now - windowMs);
    if (kept.length === 0) hits.delete(key);
    return kept;
  }

  return {
    hit(key, now = Date.now()) {
      const kept = recent(key, now);
      const oldest = kept[0];
      if (kept.length >= limit && oldest !== undefined) {
        hits.set(key, kept);
        return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
      }
      // Re-inserting moves the key to the end of the map's order, which makes eviction least-recently-used.
      hits.delete(key);
      hits.set(key, [...kept, now]);
      while (hits.size > maxKeys) {
        const first = hits.keys().next();
        if (first.done) break;
        hits.delete(first.value);
      }
      return { isAllowed: true, retryAfterSeconds: 0 };
    },
    size: () => hits.size,
  };
}
