import { isIsoDate, type IsoDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';

/**
 * Internal date arithmetic on "day numbers" (days since 1970-01-01, UTC).
 * Only Date.UTC and getUTC* are used, so no server time zone can shift a legal date.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** Weekday 0 = Sunday … 6 = Saturday, as in Date#getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export function toDayNumber(date: IsoDate): DayNumber {
  // The regex in isIsoDate already ran, so the slices are digits.
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Parses a user-supplied date, throwing a Vietnamese validation error when it is not a real YYYY-MM-DD date. */
export function parseIsoDate(value: unknown, field: string): DayNumber {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new DomainError('VALIDATION', `${field} không hợp lệ: phải có dạng YYYY-MM-DD và là ngày có thật.`, {
      [field]: 'Ngày không hợp lệ.',
    });
  }
  return toDayNumber(value);
}

export function fromDayNumber(day: DayNumber): IsoDate {
  const date = new Date(day * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function dayFromParts(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function yearOf(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function weekdayOf(day: DayNumber): Weekday {
  // 1970-01-01 was a Thursday (4); the double modulo keeps dates before 1970 positive.
  return ((((day + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(day: DayNumber): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

export function weekdayName(day: DayNumber): string {
  return WEEKDAY_NAMES[weekdayOf(day)];
}

/** dd/mm/yyyy, the form Vietnamese documents use. */
export function formatVietnamese(day: DayNumber): string {
  const iso = fromDayNumber(day);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "thứ Năm, 15/02/2024" */
export function describeDay(day: DayNumber): string {
  return `${weekdayName(day)}, ${formatVietnamese(day)}`;
}
