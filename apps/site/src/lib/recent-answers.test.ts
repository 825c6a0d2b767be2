import { describe, expect, it } from 'vitest';
import { recentAnswers } from './recent-answers';

describe('recentAnswers', () => {
  it('answers from memory within the time to live, per key, and asks again after it', async () => {
    let clock = 0;
    const calls: string[] = [];
    const cached = recentAnswers(30_000, async (key: string) => (calls.push(key), { ok: true, key }), () => clock);
    await cached('a');
    await cached('a');
    await cached('b');
    expect(calls).toEqual(['a', 'b']);
    clock = 30_000;
    await cached('a');
    expect(calls).toEqual(['a', 'b', 'a']);
  });

  it('shares one request among concurrent callers and never keeps a failure', async () => {
    let n = 0;
    const cached = recentAnswers(30_000, async () => ({ ok: ++n > 1 }), () => 0);
    const [first, second] = await Promise.all([cached(null), cached(null)]);
    expect(first).toBe(second);
    expect(first.ok).toBe(false);
    expect((await cached(null)).ok).toBe(true);
    expect(n).toBe(2);
  });
});
