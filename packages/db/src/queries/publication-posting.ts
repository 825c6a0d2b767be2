import {
  isPostingOver,
  isPublishOverdue,
  isTakenDownEarly,
  isUnderMinimumPosting,
  minimumPostedUntil,
  publishRuleFor,
  todayInVietnam,
  wasPublishedLate,
  type CaseKind,
  type IsoDate,
  type PublicationState,
} from '@kntc/domain';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../client.js';
import { publications } from '../schema/publications.js';
import { computeDeadline, loadCalendar, loadDeadlineRules, type Clock } from './legal-clock.js';

/**
 * The publishing pipeline's dates on stored rows: the publish-by date a draft gets from its case,
 * and what the back office flags (overdue, posted less than the minimum, taken down early). The
 * minimum is recomputed from the legal clock rather than stored, so it is always the rule's.
 */

/** Rules and the calendars of every year the given dates fall in (and the next, for periods running over New Year). */
export async function loadClockFor(db: Db, dates: readonly IsoDate[]): Promise<Clock> {
  const years = dates.map((d) => Number(d.slice(0, 4)));
  const from = years.length > 0 ? Math.min(...years) : Number(todayInVietnam().slice(0, 4));
  const to = years.length > 0 ? Math.max(...years) : from;
  const [rules, calendar] = await Promise.all([loadDeadlineRules(db), loadCalendar(db, from, to + 1)]);
  return { rules, calendar };
}

/** Hạn công khai of a signed decision or conclusion, and the basis to cite by default. */
export function publishDueFor(clock: Clock, kind: CaseKind, signedDate: IsoDate) {
  const d = computeDeadline(clock, publishRuleFor(kind), signedDate);
  return { publishDueDate: d.due, legalBasis: d.basis };
}

export const minimumPostedUntilFor = (clock: Clock, postedFrom: IsoDate) => minimumPostedUntil(postedFrom, clock);

type PostingRow = {
  state: PublicationState;
  publishDueDate: IsoDate | null;
  postedFrom: IsoDate | null;
  postedUntil: IsoDate | null;
  takenDownAt: Date | null;
};

/** What the list and the review screen show about a row's dates, as of `today` (Vietnamese date). */
export function postingFactsOf(row: PostingRow, clock: Clock, today: IsoDate) {
  const minimum = row.postedFrom ? minimumPostedUntilFor(clock, row.postedFrom) : null;
  const takenDownOn = row.takenDownAt ? todayInVietnam(row.takenDownAt) : null;
  return {
    /** The earliest day the posting may end: it must stay up through this day. */
    postingMinimumUntil: minimum,
    takenDownOn,
    isPublishOverdue: isPublishOverdue(row, today),
    wasPublishedLate: wasPublishedLate(row),
    isUnderMinimumPosting: isUnderMinimumPosting({ state: row.state, takenDownOn }, minimum, today),
    isTakenDownEarly: row.state === 'taken_down' && takenDownOn !== null && minimum !== null && isTakenDownEarly(takenDownOn, minimum),
    isPostingOver: isPostingOver(row, today),
  };
}
export type PostingFacts = ReturnType<typeof postingFactsOf>;

/**
 * Ids of the agency's publications posted less than their minimum so far, or taken down before it
 * ("Chưa đủ thời hạn niêm yết"). Computed with the legal clock over the posted rows, which are few.
 */
export async function findUnderMinimumPostingIds(db: Db, agencyId: string, today: IsoDate): Promise<string[]> {
  const rows = await db
    .select({ id: publications.id, state: publications.state, postedFrom: publications.postedFrom, takenDownAt: publications.takenDownAt })
    .from(publications)
    .where(and(eq(publications.agencyId, agencyId), inArray(publications.state, ['published', 'taken_down']), isNotNull(publications.postedFrom)));
  const clock = await loadClockFor(db, rows.flatMap((r) => (r.postedFrom ? [r.postedFrom] : [])));
  return rows
    .filter((r) => r.postedFrom !== null && isUnderMinimumPosting({ state: r.state, takenDownOn: r.takenDownAt ? todayInVietnam(r.takenDownAt) : null }, minimumPostedUntilFor(clock, r.postedFrom), today))
    .map((r) => r.id);
}
