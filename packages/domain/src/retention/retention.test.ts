import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, shiftDate } from '../common/iso-date.js';
import { isRetentionOver, retentionEnds } from './retention.js';

describe('retention period', () => {
  it('runs to the same day months later, or the month’s last day', () => {
    expect(retentionEnds('2025-03-15', 12)).toBe('2026-03-15');
    expect(retentionEnds('2024-02-29', 12)).toBe('2025-02-28');
    expect(retentionEnds('2025-01-31', 1)).toBe('2025-02-28');
    expect(retentionEnds('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('is over on its last day, not the day before', () => {
    expect(isRetentionOver('2025-03-15', 12, '2026-03-14')).toBe(false);
    expect(isRetentionOver('2025-03-15', 12, '2026-03-15')).toBe(true);
  });

  it('lasts between 28·n and 31·n days for n months, and grows with n', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => shiftDate('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), (start, months) => {
        const days = daysBetween(start, retentionEnds(start, months));
        expect(days).toBeGreaterThanOrEqual(28 * months - 3);
        expect(days).toBeLessThanOrEqual(31 * months);
        expect(retentionEnds(start, months + 1) > retentionEnds(start, months)).toBe(true);
      }),
    );
  });
});
