import { deadlineStatusBounds, latestDueOverdueBy, openCaseStatuses, openPetitionStatuses, type IsoDate, type RoleCode } from '@kntc/domain';
import { and, asc, eq, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { cases } from '../schema/cases.js';
import { petitions } from '../schema/petitions.js';
import { loadCalendar } from './legal-clock.js';
import { formatReceiptNumber } from './petitions.js';

export type ReminderTier = 'assignee' | 'unit_head' | 'director';

/** Working days past due after which an item reaches the director. */
export const DIRECTOR_ESCALATION_WORKING_DAYS = 5;

export type Reminder = {
  subjectType: 'petition' | 'case';
  id: string;
  number: string | null;
  summary: string;
  dueDate: IsoDate;
  state: 'due_soon' | 'overdue';
  tier: ReminderTier;
};

/**
 * Tiered reminders, computed from the deadlines themselves so they can never go stale: the
 * officer handling an item hears first (due soon or overdue), the unit head once it is overdue,
 * the director once it is overdue by more than five working days. Closed and suspended items
 * are silent because only open states are considered.
 */
export async function remindersFor(db: Db, params: { agencyId: string; userId: string; role: RoleCode; unitId: string | null; today: IsoDate }): Promise<Reminder[]> {
  const year = Number(params.today.slice(0, 4));
  const calendar = await loadCalendar(db, year - 1, year + 1);
  const { onTimeFrom } = deadlineStatusBounds(params.today, calendar);
  const escalationLimit = latestDueOverdueBy(params.today, DIRECTOR_ESCALATION_WORKING_DAYS, calendar);
  const isDirector = params.role === 'director' || params.role === 'deputy_director';
  const isUnitHead = params.role === 'unit_head';
  const isHandler = params.role === 'inspector' || params.role === 'reception_officer' || isUnitHead;

  const tierConditions = (due: typeof cases.dueDate | typeof petitions.dueDate, mine: SQL | null) => {
    const parts: SQL[] = [];
    if (mine) parts.push(and(mine, lt(due, onTimeFrom)) as SQL);
    if (isUnitHead) parts.push(lt(due, params.today));
    if (isDirector) parts.push(lte(due, escalationLimit));
    return parts.length > 0 ? (or(...parts) as SQL) : null;
  };

  const out: Reminder[] = [];
  const tierOf = (due: IsoDate, isMine: boolean): ReminderTier =>
    isDirector && due <= escalationLimit ? 'director' : isUnitHead && due < params.today ? 'unit_head' : isMine ? 'assignee' : 'unit_head';

  const caseWhere = tierConditions(cases.dueDate, eq(cases.assigneeId, params.userId));
  if (caseWhere) {
    const rows = await db
      .select({ id: cases.id, seq: cases.caseSeq, year: cases.caseYear, subject: cases.subject, dueDate: cases.dueDate, assigneeId: cases.assigneeId })
      .from(cases)
      .where(and(eq(cases.agencyId, params.agencyId), inArray(cases.status, [...openCaseStatuses]), caseWhere))
      .orderBy(asc(cases.dueDate))
      .limit(200);
    for (const r of rows) {
      if (!r.dueDate) continue;
      out.push({ subjectType: 'case', id: r.id, number: `${r.seq}/${r.year}`, summary: r.subject, dueDate: r.dueDate, state: r.dueDate < params.today ? 'overdue' : 'due_soon', tier: tierOf(r.dueDate, r.assigneeId === params.userId) });
    }
  }
  // Letters have no single assignee: everyone who handles letters hears of those due soon.
  const petitionWhere = tierConditions(petitions.dueDate, isHandler ? sql`true` : null);
  if (petitionWhere) {
    const rows = await db
      .select({ id: petitions.id, seq: petitions.receiptSeq, year: petitions.receiptYear, splitIndex: petitions.splitIndex, summary: petitions.summary, dueDate: petitions.dueDate })
      .from(petitions)
      // Drafts are not in the register yet; their reminders would only be noise from abandoned entries.
      .where(and(eq(petitions.agencyId, params.agencyId), inArray(petitions.status, openPetitionStatuses.filter((s) => s !== 'draft')), petitionWhere))
      .orderBy(asc(petitions.dueDate))
      .limit(200);
    for (const r of rows) {
      if (!r.dueDate) continue;
      out.push({ subjectType: 'petition', id: r.id, number: formatReceiptNumber(r.seq, r.year, r.splitIndex), summary: r.summary, dueDate: r.dueDate, state: r.dueDate < params.today ? 'overdue' : 'due_soon', tier: tierOf(r.dueDate, isHandler) });
    }
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
