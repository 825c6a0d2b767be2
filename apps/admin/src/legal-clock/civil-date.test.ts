import { describe, expect, it } from 'vitest';
import { daysInMonth, dayNumber, formatDateWithWeekday, weekdayName, weekdayOf } from './civil-date';

describe('civil date arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1)).toBe(11017);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
  });

  it('agrees with the UTC calendar on the weekday of every day of several years', () => {
    for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2028, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const expected = (d.getUTCDay() + 6) % 7;
      expect(weekdayOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(expected);
    }
  });

  it('knows the length of each month, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('names the weekday in Vietnamese', () => {
    expect(weekdayName('2026-02-16')).toBe('Thứ Hai');
    expect(weekdayName('2026-02-15')).toBe('Chủ nhật');
    expect(formatDateWithWeekday('2024-02-28')).toBe('Thứ Tư, 28/02/2024');
    expect(formatDateWithWeekday('không phải ngày')).toBe('không phải ngày');
  });
});
