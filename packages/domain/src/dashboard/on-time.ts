import { type IsoDate } from '../common/iso-date.js';
import { monthOf, monthsOfRange, type MonthKey } from './months.js';
import { type DashboardCaseResolution, type DashboardLetterHandling, type DashboardOpenItem } from './records.js';
import { isInDashboardPeriod, isInDashboardUnit, rateOf, type DashboardScope } from './scope.js';
import { isClockRunning } from './open-items.js';

/** Handling on time in one month; rates are 0 to 1, null in a month with nothing handled. */
export interface OnTimeMonth {
  month: MonthKey;
  lettersHandled: number;
  lettersOnTime: number;
  letterRate: number | null;
  casesResolved: number;
  casesOnTime: number;
  caseRate: number | null;
  /** Letters and cases still open today whose deadline passed in this month: late, and not yet in any rate. */
  openOverdue: number;
}

/**
 * On time = handled on or before the due date (a period ends at 24:00 of its last day). Without a
 * recorded deadline an item is handled but cannot be shown on time, as the public statistics count.
 */
export const isHandledOnTime = (handled: IsoDate, due: IsoDate | null): boolean => due !== null && handled <= due;

/**
 * Tỷ lệ xử lý đúng hạn theo tháng: letters by the month they left the queue, cases by the month
 * their decision or conclusion was signed, and what is still open past a deadline of the month.
 */
export function onTimeByMonth(
  records: { letterHandlings: readonly DashboardLetterHandling[]; caseResolutions: readonly DashboardCaseResolution[]; openItems: readonly DashboardOpenItem[] },
  scope: DashboardScope,
  today: IsoDate,
): OnTimeMonth[] {
  const months = new Map<MonthKey, OnTimeMonth>(
    monthsOfRange(scope.from, scope.to).map((month) => [
      month,
      { month, lettersHandled: 0, lettersOnTime: 0, letterRate: null, casesResolved: 0, casesOnTime: 0, caseRate: null, openOverdue: 0 },
    ]),
  );
  const bucketOf = (date: IsoDate) => (isInDashboardPeriod(date, scope) ? months.get(monthOf(date)) : undefined);
  for (const r of records.letterHandlings) {
    const bucket = r.inRegister && isInDashboardUnit(r, scope) ? bucketOf(r.handledDate) : undefined;
    if (!bucket) continue;
    bucket.lettersHandled += r.count;
    if (isHandledOnTime(r.handledDate, r.dueDate)) bucket.lettersOnTime += r.count;
  }
  for (const r of records.caseResolutions) {
    const bucket = isInDashboardUnit(r, scope) ? bucketOf(r.signedDate) : undefined;
    if (!bucket) continue;
    bucket.casesResolved += r.count;
    if (isHandledOnTime(r.signedDate, r.dueDate)) bucket.casesOnTime += r.count;
  }
  for (const item of records.openItems) {
    if (!isClockRunning(item) || item.dueDate === null || item.dueDate >= today || !isInDashboardUnit(item, scope)) continue;
    const bucket = bucketOf(item.dueDate);
    if (bucket) bucket.openOverdue += 1;
  }
  return [...months.values()].map((m) => ({ ...m, letterRate: rateOf(m.lettersOnTime, m.lettersHandled), caseRate: rateOf(m.casesOnTime, m.casesResolved) }));
}
