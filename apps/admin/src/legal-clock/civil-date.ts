import { formatIsoDate } from '../petitions/format';

/**
 * Weekday arithmetic for screens (calendar grids, labels) on 'YYYY-MM-DD' strings. Pure integer
 * arithmetic on the proleptic Gregorian calendar: no Date object, so no time zone can shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Monday = 0 … Sunday = 6, the order of a Vietnamese week. 1970-01-01 was a Thursday. */
export const weekdayOf = (year: number, month: number, day: number): number => (((dayNumber(year, month, day) + 3) % 7) + 7) % 7;

export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const toIsoDate = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Full names, as at the start of a sentence ("Thứ Hai, 16/02/2026"). */
export const weekdayNames = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const;
/** Column headers of a month grid. */
export const weekdayShortNames = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'] as const;

/** 'Thứ Hai' for '2026-02-16'; empty for anything that is not a legal date. */
export function weekdayName(iso: string): string {
  const parts = parseIsoDate(iso);
  return parts ? (weekdayNames[weekdayOf(parts.year, parts.month, parts.day)] ?? '') : '';
}

/** 'Thứ Hai, 16/02/2026', as the legal clock's explanations write a date. */
export function formatDateWithWeekday(iso: string): string {
  const name = weekdayName(iso);
  return name ? `${name}, ${formatIsoDate(iso)}` : formatIsoDate(iso);
}
