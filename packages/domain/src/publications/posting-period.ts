import { daysBetween, shiftDate, type IsoDate } from '../common/iso-date.js';
import type { CaseKind } from '../cases/enums.js';
import { DomainError } from '../errors/domain-error.js';
import type { WorkCalendar } from '../legal-clock/calendar.js';
import { deadline } from '../legal-clock/deadline.js';
import type { DeadlineRule, DeadlineRuleKey } from '../legal-clock/rules.js';
import type { PublicationState } from '../redaction/publication.js';

/**
 * The publishing pipeline's dates (BRIEF §8): publish within the legal limit after signing, keep
 * the copy posted at least 15 consecutive days (NĐ 31/2019 Đ6; TT 07/2013), and say when a copy
 * came down before that.
 */

/** At least 15 consecutive days, the first day included: the floor no rule table may go under. */
export const MIN_POSTING_DAYS = 15;
/** A posting longer than this is a typing mistake, not a decision. */
export const MAX_POSTING_DAYS = 5 * 366;
export const MIN_TAKEDOWN_REASON = 10;
/** A copy taken down before its minimum period must say why it could not stay: a longer reason. */
export const MIN_EARLY_TAKEDOWN_REASON = 20;

/** The limit to publish a signed document by: 7 working days for a conclusion (Luật TC Đ40), 15 days for a decision (Luật KN Đ41). */
export const publishRuleFor = (kind: CaseKind): DeadlineRuleKey => (kind === 'denunciation' ? 'denunciation.conclusion.publish' : 'complaint.decision.publish');

export const POSTING_RULE: DeadlineRuleKey = 'publication.posting_period';

/** dd/mm/yyyy, as every message shows a legal date. */
export const formatIsoDateVi = (date: IsoDate) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * The earliest day a posting may end: the legal clock's posting period from the first day, and
 * never earlier than 15 consecutive days counting that first day, whatever the rule table says.
 */
export function minimumPostedUntil(postedFrom: IsoDate, clock: { calendar: WorkCalendar; rules?: readonly DeadlineRule[] | undefined }): IsoDate {
  const due = deadline(POSTING_RULE, { start: postedFrom, calendar: clock.calendar, ...(clock.rules ? { rules: clock.rules } : {}) }).due;
  const floor = shiftDate(postedFrom, MIN_POSTING_DAYS - 1);
  return due > floor ? due : floor;
}

/**
 * The posted-until date of a publication going out: the minimum unless the approver asks for a
 * later day. An earlier day is refused with a field error naming the minimum.
 */
export function choosePostedUntil(postedFrom: IsoDate, minimum: IsoDate, requested?: IsoDate | undefined): IsoDate {
  if (requested === undefined) return minimum;
  if (requested < minimum) {
    const message = `Ngày hết niêm yết không được trước ngày ${formatIsoDateVi(minimum)}: phải niêm yết ít nhất ${MIN_POSTING_DAYS} ngày liên tục từ ngày đăng ${formatIsoDateVi(postedFrom)}.`;
    throw new DomainError('VALIDATION', message, { postedUntil: `Không được trước ngày ${formatIsoDateVi(minimum)}.` });
  }
  if (daysBetween(postedFrom, requested) > MAX_POSTING_DAYS) {
    throw new DomainError('VALIDATION', 'Ngày hết niêm yết không được quá 5 năm sau ngày đăng.', { postedUntil: 'Không được quá 5 năm sau ngày đăng.' });
  }
  return requested;
}

/** Not yet on the portal and past the publish-by date: drafts, approved copies and signed documents not yet drafted. */
export const isPublishOverdue = (p: { publishDueDate: IsoDate | null; postedFrom: IsoDate | null }, today: IsoDate): boolean =>
  p.postedFrom === null && p.publishDueDate !== null && p.publishDueDate < today;

/** Went up after its publish-by date. */
export const wasPublishedLate = (p: { publishDueDate: IsoDate | null; postedFrom: IsoDate | null }): boolean =>
  p.postedFrom !== null && p.publishDueDate !== null && p.postedFrom > p.publishDueDate;

/** The posting must stay up through the minimum's last day; taking it down on that day or before is early. */
export const isTakenDownEarly = (takenDownOn: IsoDate, minimum: IsoDate): boolean => takenDownOn <= minimum;

/**
 * "Chưa đủ thời hạn niêm yết": on the portal and still inside its minimum period, or taken down
 * before the period was over.
 */
export function isUnderMinimumPosting(p: { state: PublicationState; takenDownOn: IsoDate | null }, minimum: IsoDate | null, today: IsoDate): boolean {
  if (minimum === null) return false;
  if (p.state === 'published') return today <= minimum;
  if (p.state === 'taken_down') return p.takenDownOn !== null && isTakenDownEarly(p.takenDownOn, minimum);
  return false;
}

/** "Đã hết thời hạn niêm yết" (archived): still listed on the portal, but its posting period is over. */
export const isPostingOver = (p: { state: PublicationState; postedUntil: IsoDate | null }, today: IsoDate): boolean =>
  p.state === 'published' && p.postedUntil !== null && p.postedUntil < today;

/** Checks a takedown reason: always required, and longer when the copy comes down before its minimum period. */
export function checkTakedownReason(reason: string, early: { minimum: IsoDate } | null): string {
  const text = reason.trim();
  if (text.length < MIN_TAKEDOWN_REASON) {
    throw new DomainError('VALIDATION', `Hãy nhập lý do gỡ bản công khai (ít nhất ${MIN_TAKEDOWN_REASON} ký tự); lý do được hiển thị trên trang công khai.`, {
      reason: `Lý do gỡ phải có ít nhất ${MIN_TAKEDOWN_REASON} ký tự.`,
    });
  }
  if (early && text.length < MIN_EARLY_TAKEDOWN_REASON) {
    throw new DomainError(
      'VALIDATION',
      `Gỡ trước khi đủ thời hạn niêm yết (phải niêm yết đến hết ngày ${formatIsoDateVi(early.minimum)}): lý do phải nêu rõ vì sao phải gỡ sớm, ít nhất ${MIN_EARLY_TAKEDOWN_REASON} ký tự.`,
      { reason: `Gỡ trước khi đủ thời hạn niêm yết: hãy nêu rõ vì sao (ít nhất ${MIN_EARLY_TAKEDOWN_REASON} ký tự).` },
    );
  }
  return text;
}
