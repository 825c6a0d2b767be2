import { type IsoDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { indexCalendar, isWorkingDayNumber, type WorkCalendar } from './calendar.js';
import { fromDayNumber, parseIsoDate, type DayNumber } from './day-number.js';

/**
 * Counting periods under the Civil Code 2015: the day of the triggering event is not counted
 * (Đ147), and a period in "ngày" whose last day is not a working day ends on the next working
 * day (Đ148.5).
 */

type CalendarIndex = ReturnType<typeof indexCalendar>;

/** Called for each day visited after the start: whether it was counted (working) or skipped. */
export type DayObserver = (day: DayNumber, working: boolean) => void;

/** About ten years: far beyond any statutory period, and it stops runaway loops on absurd input. */
export const MAX_WORKING_DAYS = 2_600;
export const MAX_CALENDAR_DAYS = 3_660;

export function assertDayCount(n: unknown, max: number): asserts n is number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new DomainError('VALIDATION', `Số ngày không hợp lệ: "${String(n)}". Số ngày phải là số nguyên không âm.`, {
      days: 'Số ngày phải là số nguyên không âm.',
    });
  }
  if (n > max) {
    throw new DomainError('VALIDATION', `Số ngày ${n} vượt quá giới hạn ${max} ngày.`, { days: 'Số ngày quá lớn.' });
  }
}

/** The n-th working day after start; start itself is never counted. n = 0 returns start. */
export function walkWorkingDays(start: DayNumber, n: number, index: CalendarIndex, observe?: DayObserver): DayNumber {
  let day = start;
  let counted = 0;
  while (counted < n) {
    day++;
    const working = isWorkingDayNumber(day, index);
    if (working) counted++;
    observe?.(day, working);
  }
  return day;
}

/** The day itself if it is a working day, else the next one. Skipped days are reported. */
export function rollForward(day: DayNumber, index: CalendarIndex, observe?: DayObserver): DayNumber {
  let current = day;
  while (!isWorkingDayNumber(current, index)) {
    observe?.(current, false);
    current++;
  }
  return current;
}

/** The n-th working day after start (start not counted, Civil Code Đ147). */
export function addWorkingDays(start: IsoDate, n: number, cal: WorkCalendar): IsoDate {
  const from = parseIsoDate(start, 'Ngày bắt đầu');
  assertDayCount(n, MAX_WORKING_DAYS);
  return fromDayNumber(walkWorkingDays(from, n, indexCalendar(cal)));
}

/** start + n calendar days, moved forward to the next working day if that day is off (Civil Code Đ148.5). */
export function addCalendarDays(start: IsoDate, n: number, cal: WorkCalendar): IsoDate {
  const from = parseIsoDate(start, 'Ngày bắt đầu');
  assertDayCount(n, MAX_CALENDAR_DAYS);
  return fromDayNumber(rollForward(from + n, indexCalendar(cal)));
}

/** Working days in (from, to]: the days still available after `from`, `to` included. */
export function countWorkingDaysBetween(from: DayNumber, to: DayNumber, index: CalendarIndex, stopAfter = Infinity): number {
  let count = 0;
  for (let day = from + 1; day <= to && count <= stopAfter; day++) {
    if (isWorkingDayNumber(day, index)) count++;
  }
  return count;
}
