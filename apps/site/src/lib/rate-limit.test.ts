import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

const MINUTE = 60_000;

describe('createRateLimiter', () => {
  it('allows `limit` hits in the window and refuses the next one', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 10 * MINUTE });
    const t0 = 1_000_000;
    expect([0, 1, 2].map((i) => limiter.hit('1.2.3.4', t0 + i * 1000).isAllowed)).toEqual([true, true, true]);
    const refused = limiter.hit('1.2.3.4', t0 + 3000);
    expect(refused.isAllowed).toBe(false);
    // The first hit leaves the window 10 minutes after it was made.
    expect(refused.retryAfterSeconds).toBe(597);
  });

  it('counts each visitor separately', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE });
    expect(limiter.hit('a', 0).isAllowed).toBe(true);
    expect(limiter.hit('b', 0).isAllowed).toBe(true);
    expect(limiter.hit('a', 1).isAllowed).toBe(false);
  });

  it('slides: a hit is allowed again once the oldest one leaves the window', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: MINUTE });
    limiter.hit('a', 0);
    limiter.hit('a', 30_000);
    expect(limiter.hit('a', 59_999).isAllowed).toBe(false);
    expect(limiter.hit('a', 60_000).isAllowed).toBe(true);
    // The hit at 30 s is still inside the window, so a third one right after is refused.
    expect(limiter.hit('a', 60_001).isAllowed).toBe(false);
  });

  it('does not record refused hits, so hammering does not extend the wait', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE });
    limiter.hit('a', 0);
    for (let t = 1; t < 60_000; t += 5_000) limiter.hit('a', t);
    expect(limiter.hit('a', 60_000).isAllowed).toBe(true);
  });

  it('keeps memory bounded by forgetting the least recently seen visitors', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE, maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) limiter.hit(key, 0);
    expect(limiter.size()).toBe(3);
    // "a" was evicted, so it starts afresh; "d" is still limited.
    expect(limiter.hit('a', 1).isAllowed).toBe(true);
    expect(limiter.hit('d', 1).isAllowed).toBe(false);
  });
});
