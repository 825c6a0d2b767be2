import { shiftDate, type IsoDate } from '../common/iso-date.js';
import { type WorkCalendar } from './calendar.js';
import { addWorkingDays } from './counting.js';

/**
 * The latest due date that is, today, overdue by more than `n` working days (more than n working
 * days have passed after it). Due dates on or before it escalate, so a database can filter with
 * one comparison. Searches back a year at most; beyond that everything qualifies.
 */
export function latestDueOverdueBy(today: IsoDate, n: number, cal: WorkCalendar): IsoDate {
  for (let back = 1; back <= 400; back++) {
    const candidate = shiftDate(today, -back);
    if (addWorkingDays(candidate, n, cal) < today) return candidate;
  }
  return shiftDate(today, -400);
}
