import { describe, expect, it } from 'vitest';
import { isIsoDate, todayInVietnam } from './iso-date.js';

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
  });
});

describe('todayInVietnam', () => {
  it('uses UTC+7, not the server zone', () => {
    // 17:30 UTC on 31 Dec is already 1 Jan in Hanoi.
    expect(todayInVietnam(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
    expect(todayInVietnam(new Date('2025-12-31T16:59:00Z'))).toBe('2025-12-31');
  });
});

describe('shiftDate and daysBetween', () => {
  it('cross month, year and leap-day boundaries', async () => {
    const { shiftDate, daysBetween } = await import('./iso-date.js');
    expect(shiftDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDate('2025-12-31', 1)).toBe('2026-01-01');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2025-12-25', '2026-01-05')).toBe(11);
    expect(daysBetween('2026-01-05', '2025-12-25')).toBe(-11);
  });
});
