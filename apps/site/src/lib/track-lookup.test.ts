import { describe, expect, it } from 'vitest';
import type { Loaded } from './api';
import { createRateLimiter } from './rate-limit';
import { describeWait, lookUpLetter } from './track-lookup';
import type { TrackLetterResult } from './tracking';

function setup(answer: Loaded<TrackLetterResult> = { ok: true, data: { found: false } }) {
  const calls: { code: string; visitor: string }[] = [];
  return {
    calls,
    deps: {
      trackLetter: async (code: string, visitor: string) => {
        calls.push({ code, visitor });
        return answer;
      },
      visitorLimiter: createRateLimiter({ limit: 2, windowMs: 60_000 }),
      siteLimiter: createRateLimiter({ limit: 3, windowMs: 60_000 }),
      now: 0,
    },
  };
}

const form = (code: string) => {
  const f = new FormData();
  f.set('ma-tra-cuu', code);
  return f;
};

describe('lookUpLetter', () => {
  it('shows only the status and the next legal date of a found letter', async () => {
    const found = { found: true as const, statusLabel: 'Đang xử lý đơn', nextDate: '2026-12-10', nextDateLabel: 'Hạn xử lý đơn' };
    const { deps, calls } = setup({ ok: true, data: found });
    expect(await lookUpLetter(form(' ABCD-EFGH-JKMN '), '203.0.113.5', deps)).toEqual({
      kind: 'found',
      statusLabel: 'Đang xử lý đơn',
      nextDate: '2026-12-10',
      nextDateLabel: 'Hạn xử lý đơn',
    });
    expect(calls).toEqual([{ code: 'ABCD-EFGH-JKMN', visitor: '203.0.113.5' }]);
  });

  it('answers an empty field and an unknown code alike', async () => {
    const { deps, calls } = setup();
    expect(await lookUpLetter(form(''), 'a', deps)).toEqual({ kind: 'not_found' });
    expect(await lookUpLetter(form('ZZZZ-ZZZZ-ZZZZ'), 'b', deps)).toEqual({ kind: 'not_found' });
    expect(await lookUpLetter(null, 'c', deps)).toEqual({ kind: 'not_found' });
    expect(calls).toHaveLength(1);
  });

  it('refuses the visitor past the limit without asking the API, even for empty attempts', async () => {
    const { deps, calls } = setup();
    await lookUpLetter(form(''), 'a', deps);
    await lookUpLetter(form('X'), 'a', deps);
    const refused = await lookUpLetter(form('ABCD-EFGH-JKMN'), 'a', deps);
    expect(refused).toEqual({ kind: 'rate_limited', retryAfterSeconds: 60 });
    expect(calls).toHaveLength(1);
    // Another visitor is not affected by the first one's attempts.
    expect((await lookUpLetter(form('X'), 'b', deps)).kind).toBe('not_found');
  });

  it('caps all visitors together, so forged addresses cannot multiply the attempts', async () => {
    const { deps } = setup();
    for (const visitor of ['a', 'b', 'c']) await lookUpLetter(form('X'), visitor, deps);
    expect((await lookUpLetter(form('X'), 'd', deps)).kind).toBe('rate_limited');
  });

  it('passes on the API limit as a limit and any other failure as unavailable', async () => {
    expect((await lookUpLetter(form('X'), 'a', setup({ ok: false, isRateLimited: true }).deps)).kind).toBe('rate_limited');
    expect((await lookUpLetter(form('X'), 'a', setup({ ok: false }).deps)).kind).toBe('unavailable');
  });
});

describe('describeWait', () => {
  it('rounds up to whole minutes', () => {
    expect(describeWait(1)).toBe('khoảng 1 phút');
    expect(describeWait(597)).toBe('khoảng 10 phút');
  });
});
