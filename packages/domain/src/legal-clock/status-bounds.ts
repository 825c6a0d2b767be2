import { type IsoDate } from '../common/iso-date.js';
import { type WorkCalendar } from './calendar.js';
import { addWorkingDays } from './counting.js';
import { DUE_SOON_WORKING_DAYS } from './status.js';

/**
 * The due-date ranges of each status on a given day, so a database can filter by status
 * with plain date comparisons: overdue < today ≤ due soon < onTimeFrom ≤ on time.
 */
export function deadlineStatusBounds(today: IsoDate, cal: WorkCalendar): { today: IsoDate; onTimeFrom: IsoDate } {
  return { today, onTimeFrom: addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1, cal) };
}
