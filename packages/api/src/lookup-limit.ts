/**
 * Counts lookups per client in fixed windows, in memory: enough to make guessing tracking codes
 * (60 bits) hopeless. Per process like the per-address HTTP limit, so with several API instances a
 * client gets the limit once per instance. A batched tRPC request counts each lookup in it, which
 * an HTTP-level limit could not.
 */
export type LookupLimiter = {
  /** Records one lookup by `client`; false when the client has used up its window. */
  take(client: string, now: Date): boolean;
};

export function createLookupLimiter(options: { max: number; windowMs: number; maxClients?: number }): LookupLimiter {
  const maxClients = options.maxClients ?? 100_000;
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    take(client, now) {
      const t = now.getTime();
      let w = windows.get(client);
      if (!w || t - w.startedAt >= options.windowMs) {
        // Bounded memory: when full, expired windows go first; a flood of fresh addresses then restarts the count.
        if (!w && windows.size >= maxClients) {
          for (const [key, old] of windows) if (t - old.startedAt >= options.windowMs) windows.delete(key);
          if (windows.size >= maxClients) windows.clear();
        }
        w = { startedAt: t, count: 0 };
        windows.set(client, w);
      }
      w.count++;
      return w.count <= options.max;
    },
  };
}
