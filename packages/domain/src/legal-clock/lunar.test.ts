import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.js';
import { hungKingsDay, LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, lunarNewYear } from './lunar.js';

describe('lunarNewYear (Vietnam, UTC+7)', () => {
  it.each([
    [1985, '1985-01-21'], // China: 1985-02-20
    [2007, '2007-02-17'], // China: 2007-02-18
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
  ])('%i → %s', (year, expected) => {
    expect(lunarNewYear(year)).toBe(expected);
  });

  it('always falls between 20 January and 20 February', () => {
    fc.assert(
      fc.property(fc.integer({ min: LUNAR_MIN_YEAR, max: LUNAR_MAX_YEAR }), (year) => {
        const tet = lunarNewYear(year);
        return tet >= `${year}-01-20` && tet <= `${year}-02-20`;
      }),
    );
  });
});

describe('hungKingsDay (10/3 âm lịch)', () => {
  it.each([
    [2020, '2020-04-02'],
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('%i → %s', (year, expected) => {
    expect(hungKingsDay(year)).toBe(expected);
  });

  it('is two lunar months and nine days after Tết, plus one month when a leap month intervenes', () => {
    fc.assert(
      fc.property(fc.integer({ min: LUNAR_MIN_YEAR, max: LUNAR_MAX_YEAR }), (year) => {
        const gap = (Date.parse(hungKingsDay(year)) - Date.parse(lunarNewYear(year))) / 86_400_000;
        return (gap >= 58 + 9 && gap <= 60 + 9) || (gap >= 87 + 9 && gap <= 90 + 9);
      }),
    );
  });
});

describe('year validation', () => {
  it.each([1899, 2200, 2024.5, Number.NaN])('refuses %s with a Vietnamese domain error', (year) => {
    expect(() => lunarNewYear(year)).toThrow(/Năm .* không hợp lệ/);
    try {
      hungKingsDay(year);
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('VALIDATION');
    }
  });
});
