import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { formatVietnamese, fromDayNumber, parseIsoDate, toDayNumber, weekdayName, weekdayOf, yearOf } from './day-number.js';

describe('day numbers', () => {
  it('round-trip and agree with the UTC Date API, 1900–2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_005 }), (day) => {
        const viaDate = new Date(day * 86_400_000);
        expect(fromDayNumber(day)).toBe(viaDate.toISOString().slice(0, 10));
        expect(weekdayOf(day)).toBe(viaDate.getUTCDay());
        expect(yearOf(day)).toBe(viaDate.getUTCFullYear());
        expect(toDayNumber(fromDayNumber(day))).toBe(day);
      }),
    );
  });

  it('formats Vietnamese dates as dd/mm/yyyy with weekday names', () => {
    const day = toDayNumber('2024-02-07');
    expect(formatVietnamese(day)).toBe('07/02/2024');
    expect(weekdayName(day)).toBe('thứ Tư');
    expect(weekdayName(toDayNumber('2024-02-11'))).toBe('Chủ nhật');
  });

  it('rejects non-dates with a field error', () => {
    expect(() => parseIsoDate('2024-02-30', 'Ngày nhận')).toThrow(DomainError);
    expect(() => parseIsoDate(20240207, 'Ngày nhận')).toThrow('Ngày nhận không hợp lệ');
  });
});
