import { type IsoDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { formatViDate } from './session-dates.js';
import { type WorkCalendar } from '../legal-clock/calendar.js';
import { latestAnnouncementDate, type ReceptionSessionKind } from './schedule.js';

/** What publishing needs to know about a session. */
export type PublishableSession = { date: IsoDate; kind: ReceptionSessionKind; isCancelled: boolean; isPublished: boolean };

/**
 * The last day the session may be published, or null when no notice period applies. Ad hoc
 * sessions have none: Luật TCD Đ18.3 makes the head receive at once for heated, complex or
 * harmful matters, which cannot wait five working days, and Đ24.4 speaks of the periodic schedule.
 */
export function publishDeadline(session: Pick<PublishableSession, 'date' | 'kind'>, cal: WorkCalendar): IsoDate | null {
  return session.kind === 'periodic' ? latestAnnouncementDate(session.date, cal) : null;
}

/**
 * Refuses to publish a cancelled, already published or past session, and a periodic session
 * less than 5 working days ahead (Luật TCD Đ24.4); `today` is the Vietnamese calendar day.
 */
export function assertPublishable(session: PublishableSession, today: IsoDate, cal: WorkCalendar): void {
  if (session.isCancelled) throw new DomainError('VALIDATION', 'Lịch tiếp đã hủy nên không thể công bố.');
  if (session.isPublished) throw new DomainError('VALIDATION', 'Lịch tiếp này đã được công bố.');
  if (session.date < today) throw new DomainError('VALIDATION', 'Ngày tiếp đã qua nên không thể công bố lịch.', { date: 'Ngày tiếp đã qua.' });
  const deadline = publishDeadline(session, cal);
  if (deadline !== null && today > deadline) {
    const message = `Lịch tiếp công dân định kỳ phải được công bố chậm nhất 5 ngày làm việc trước ngày tiếp (Điều 24 Luật Tiếp công dân): lịch ngày ${formatViDate(session.date)} phải công bố chậm nhất ngày ${formatViDate(deadline)}. Hãy dời ngày tiếp hoặc ghi là tiếp đột xuất nếu có vụ việc cần tiếp ngay.`;
    throw new DomainError('VALIDATION', message, { date: `Phải công bố chậm nhất ngày ${formatViDate(deadline)}; hôm nay đã quá hạn.` });
  }
}
