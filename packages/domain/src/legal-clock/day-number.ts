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

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Year, month (1–12) and day of a day number, by integer arithmetic (H. Hinnant's civil_from_days). */
export function civilFromDayNumber(day: DayNumber): { year: number; month: number; day: number } {
  const z = day + 719_468; // shift the epoch to 0000-03-01 so leap days end each cycle
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

// Formatting runs for every day an explanation mentions, so it avoids allocating Date objects.
export function fromDayNumber(day: DayNumber): IsoDate {
  const c = civilFromDayNumber(day);
  return `${String(c.year).padStart(4, '0')}-${pad2(c.month)}-${pad2(c.day)}`;
}

export function dayFromParts(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function yearOf(day: DayNumber): number {
  return civilFromDayNumber(day).year;
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
  const c = civilFromDayNumber(day);
  return `${pad2(c.day)}/${pad2(c.month)}/${String(c.year).padStart(4, '0')}`;
}

/** "thứ Năm, 15/02/2024" */
export function describeDay(day: DayNumber): string {
  return `${weekdayName(day)}, ${formatVietnamese(day)}`;
}
