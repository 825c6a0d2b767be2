import { describe, expect, it } from 'vitest';
import { kindCount, onTimeShare, parseStatisticsYear, StatisticsSchema } from './statistics';

const figures = { received: 10, byKind: { complaint: 4, denunciation: 3, recommendation: 3 }, handled: 8, handledOnTime: 6, casesResolved: 2 };

describe('statistics helpers', () => {
  it('reads a kind count, zero when the API has none', () => {
    expect(kindCount(figures, 'complaint')).toBe(4);
    expect(kindCount({ ...figures, byKind: {} }, 'denunciation')).toBe(0);
  });

  it('states the on-time share, or a dash when nothing was handled', () => {
    expect(onTimeShare(figures)).toBe('75 %');
    expect(onTimeShare({ handled: 0, handledOnTime: 0 })).toBe('—');
  });

  it('reads only a plausible year from the URL', () => {
    expect(parseStatisticsYear('2026')).toBe(2026);
    for (const bad of [null, '', '26', '2026a', '3000']) expect(parseStatisticsYear(bad), String(bad)).toBeUndefined();
  });

  it('refuses negative counts and quarter 5', () => {
    const ok = { years: [2026], year: 2026, quarters: [{ quarter: 1, ...figures }], totals: figures };
    expect(StatisticsSchema.safeParse(ok).success).toBe(true);
    expect(StatisticsSchema.safeParse({ ...ok, quarters: [{ quarter: 5, ...figures }] }).success).toBe(false);
    expect(StatisticsSchema.safeParse({ ...ok, totals: { ...figures, received: -1 } }).success).toBe(false);
  });
});
