import { type IsoDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { calendarFromEntries, mergeCalendars, type CalendarEntry, type WorkCalendar, type YearCalendar } from './calendar.js';
import { parseIsoDate, yearOf } from './day-number.js';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './lunar.js';
import { officialCalendarEntries } from './official-calendars.js';
import { provisionalCalendar } from './provisional-calendar.js';

/** Years are immutable once built, so each is computed once per process. */
const cache = new Map<number, YearCalendar>();

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new DomainError(
      'VALIDATION',
      `Năm ${String(year)} không hợp lệ: chỉ lập được lịch cho các năm từ ${LUNAR_MIN_YEAR} đến ${LUNAR_MAX_YEAR}.`,
      { year: 'Năm không hợp lệ.' },
    );
  }
}

/**
 * The seed calendar of a year: the official schedule where the brief has one (2024–2026),
 * otherwise a provisional one derived from the Labour Code. The database copy, edited by
 * administrators, takes precedence over this in the running system.
 */
export function defaultCalendar(year: number): YearCalendar {
  assertYear(year);
  let cal = cache.get(year);
  if (!cal) {
    const official = officialCalendarEntries[year];
    cal = official ? calendarFromEntries(year, false, official) : provisionalCalendar(year);
    cache.set(year, cal);
  }
  return cal;
}

export const officialCalendarYears: readonly number[] = Object.keys(officialCalendarEntries).map(Number);

export interface RangeCalendar extends WorkCalendar {
  readonly entries: readonly CalendarEntry[];
  readonly years: readonly number[];
  /** True when any covered year is provisional, so screens can warn that dates may still move. */
  readonly provisional: boolean;
}

/** The default calendars of every year from `from`'s year to `to`'s year, merged. */
export function calendarForRange(from: IsoDate, to: IsoDate): RangeCalendar {
  const first = yearOf(parseIsoDate(from, 'Ngày đầu'));
  const last = yearOf(parseIsoDate(to, 'Ngày cuối'));
  if (last < first) {
    throw new DomainError('VALIDATION', 'Khoảng thời gian không hợp lệ: ngày cuối đứng trước ngày đầu.');
  }
  const years: YearCalendar[] = [];
  for (let y = first; y <= last; y++) years.push(defaultCalendar(y));
  return {
    ...mergeCalendars(...years),
    years: years.map((c) => c.year),
    provisional: years.some((c) => c.provisional),
  };
}
