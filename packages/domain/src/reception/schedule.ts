import { type IsoDate } from '../common/iso-date.js';
import { indexCalendar, isWorkingDayNumber, type WorkCalendar } from '../legal-clock/calendar.js';
import { walkWorkingDays } from '../legal-clock/counting.js';
import { fromDayNumber, parseIsoDate } from '../legal-clock/day-number.js';

/**
 * Kinds of reception by the head of the agency (Luật Tiếp công dân Đ2.1, Đ18): the periodic day
 * each month, and ad hoc sessions for urgent or complex matters. Regular reception by the
 * inspectorate's officials is a place and hours, not a session.
 */
export const receptionSessionKinds = ['periodic', 'ad_hoc'] as const;
export type ReceptionSessionKind = (typeof receptionSessionKinds)[number];

export const receptionSessionKindLabels: Record<ReceptionSessionKind, string> = {
  periodic: 'Tiếp công dân định kỳ',
  ad_hoc: 'Tiếp công dân đột xuất',
};

/** The head's reception schedule is published at least this many working days ahead (Luật TCD Đ24.4). */
export const RECEPTION_NOTICE_WORKING_DAYS = 5;

/**
 * The last day the head's schedule for `receptionDate` may be published: counting back from the
 * reception day (not itself counted, Civil Code Đ147), the fifth working day before it.
 */
export function latestAnnouncementDate(receptionDate: IsoDate, cal: WorkCalendar): IsoDate {
  const index = indexCalendar(cal);
  let day = parseIsoDate(receptionDate, 'Ngày tiếp công dân');
  let counted = 0;
  while (counted < RECEPTION_NOTICE_WORKING_DAYS) {
    day--;
    if (isWorkingDayNumber(day, index)) counted++;
  }
  return fromDayNumber(day);
}

/** Whether a schedule published on `announcedOn` respects the notice period for `receptionDate`. */
export function isAnnouncedInTime(announcedOn: IsoDate, receptionDate: IsoDate, cal: WorkCalendar): boolean {
  parseIsoDate(announcedOn, 'Ngày công bố lịch');
  return announcedOn <= latestAnnouncementDate(receptionDate, cal);
}

/**
 * The first reception day a schedule published on `announcedOn` may name: a day with five working
 * days before it from the announcement on (the announcement day counts only if it is a working day).
 * The planning screen offers no earlier date.
 */
export function earliestAnnouncedDate(announcedOn: IsoDate, cal: WorkCalendar): IsoDate {
  const index = indexCalendar(cal);
  let first = parseIsoDate(announcedOn, 'Ngày công bố lịch');
  while (!isWorkingDayNumber(first, index)) first++;
  // `first` is the first counted working day; four more working days after it, then the next day.
  return fromDayNumber(walkWorkingDays(first, RECEPTION_NOTICE_WORKING_DAYS - 1, index) + 1);
}
