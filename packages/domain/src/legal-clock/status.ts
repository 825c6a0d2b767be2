import { type IsoDate } from '../common/iso-date.js';
import { indexCalendar, type WorkCalendar } from './calendar.js';
import { countWorkingDaysBetween } from './counting.js';
import { parseIsoDate } from './day-number.js';

export const deadlineStatuses = ['on_time', 'due_soon', 'overdue'] as const;
export type DeadlineStatus = (typeof deadlineStatuses)[number];

export const deadlineStatusLabels: Record<DeadlineStatus, string> = {
  on_time: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
};

/** Working days left at which an item is flagged as due soon. */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * Overdue once today is after the due date (a period ends at 24:00 of its last day, Civil Code
 * Đ148.6). Due soon when the working days after today up to and including the due day number
 * three or fewer — so the due day itself is always "due soon", as are the three working days before it.
 */
export function deadlineStatus(due: IsoDate, today: IsoDate, cal: WorkCalendar): DeadlineStatus {
  const dueDay = parseIsoDate(due, 'Ngày đến hạn');
  const todayDay = parseIsoDate(today, 'Ngày hiện tại');
  if (todayDay > dueDay) return 'overdue';
  const left = countWorkingDaysBetween(todayDay, dueDay, indexCalendar(cal), DUE_SOON_WORKING_DAYS);
  return left <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_time';
}
