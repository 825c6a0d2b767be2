import {
  availableActions,
  caseMachine,
  daysBetween,
  deadlineStatus,
  deadlineStatusBounds,
  DomainError,
  foldVietnamese,
  nextState,
  notFound,
  openCaseStatuses,
  resolutionRuleFor,
  sendingRuleFor,
  shiftDate,
  staleVersion,
  type CaseAction,
  type CaseDraft,
  type CaseKind,
  type CaseSortField,
  type CaseStatus,
  type DeadlineStatus,
  type IsoDate,
  type ListResult,
  type Pagination,
} from '@kntc/domain';
import { and, asc, count, desc, eq, gte, inArray, isNull, like, lt, ne, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../client.js';
import { caseMeasures, cases, openCaseCondition, verificationSteps } from '../schema/cases.js';
import { persons } from '../schema/persons.js';
import { petitions } from '../schema/petitions.js';
import { users } from '../schema/users.js';
import { nextNumber } from './counters.js';
import { computeDeadline, loadCalendar, loadClock, type Clock } from './legal-clock.js';
import { escapeLike } from './like.js';
import { formatReceiptNumber } from './petitions.js';
import { recordEvent } from './timeline.js';
import { caseScopeCondition, type RecordScope } from './scope-filter.js';

export const CASE_SERIES = 'case';

type Actor = { agencyId: string; userId: string; today: IsoDate };

const caseColumns = {
  id: cases.id,
  caseYear: cases.caseYear,
  caseSeq: cases.caseSeq,
  kind: cases.kind,
  status: cases.status,
  statusBeforeSuspension: cases.statusBeforeSuspension,
  petitionId: cases.petitionId,
  petitionReceiptSeq: petitions.receiptSeq,
  petitionReceiptYear: petitions.receiptYear,
  petitionSplitIndex: petitions.splitIndex,
  senderName: persons.fullName,
  subject: cases.subject,
  acceptedDate: cases.acceptedDate,
  isComplex: cases.isComplex,
  isRemote: cases.isRemote,
  extensions: cases.extensions,
  suspendedSince: cases.suspendedSince,
  suspendedDays: cases.suspendedDays,
  dueDate: cases.dueDate,
  dueRuleVersion: cases.dueRuleVersion,
  assigneeId: cases.assigneeId,
  assigneeName: users.fullName,
  resultSummary: cases.resultSummary,
  draft: cases.draft,
  decisionNumber: cases.decisionNumber,
  signedDate: cases.signedDate,
  sendDueDate: cases.sendDueDate,
  sentDate: cases.sentDate,
  closedDate: cases.closedDate,
  version: cases.version,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
};

const selectCases = (db: Db) =>
  db
    .select(caseColumns)
    .from(cases)
    .innerJoin(petitions, eq(petitions.id, cases.petitionId))
    .innerJoin(persons, eq(persons.id, petitions.senderId))
    .leftJoin(users, eq(users.id, cases.assigneeId));
type CaseRow = Awaited<ReturnType<typeof selectCases>>[number];

/**
 * A denouncer is named nowhere in the case file (Luật Tố cáo Đ47–Đ56): the case carries a
 * pseudonym; only the letter, behind its own access rules, holds who wrote it.
 */
function toCaseRecord(row: CaseRow, statusOf: (due: string | null) => DeadlineStatus | null) {
  const { petitionReceiptSeq, petitionReceiptYear, petitionSplitIndex, senderName, ...rest } = row;
  return {
    ...rest,
    caseNumber: `${row.caseSeq}/${row.caseYear}`,
    petitionReceiptNumber: formatReceiptNumber(petitionReceiptSeq, petitionReceiptYear, petitionSplitIndex),
    // A protected sender's name on file is their pseudonym ("Người tố cáo A").
    partyName: senderName,
    deadlineStatus: isCaseClockRunning(row.status) ? statusOf(row.dueDate) : null,
    /** The workflow steps the state machine allows now, so screens offer only those. */
    availableActions: availableActions(caseMachine, row.status, row.kind),
  };
}
export type CaseRecord = ReturnType<typeof toCaseRecord>;

export const isCaseClockRunning = (status: CaseStatus) => (openCaseStatuses as readonly CaseStatus[]).includes(status);

/** The resolution deadline: from acceptance, moved on by the days spent suspended. */
export function caseDeadline(clock: Clock, c: { kind: CaseKind; acceptedDate: IsoDate; suspendedDays: number; isComplex: boolean; isRemote: boolean; extensions: number }) {
  return computeDeadline(clock, resolutionRuleFor[c.kind], shiftDate(c.acceptedDate, c.suspendedDays), {
    complex: c.isComplex,
    remote: c.isRemote,
    extensions: c.extensions,
  });
}

async function statusOfToday(db: Db, today: IsoDate) {
  const year = Number(today.slice(0, 4));
  const calendar = await loadCalendar(db, year, year + 1);
  return { calendar, statusOf: (due: string | null) => (due ? deadlineStatus(due, today, calendar) : null) };
}

export type CaseListFilter = {
  q?: string | undefined;
  kind?: CaseKind | undefined;
  status?: CaseStatus | undefined;
  assigneeId?: string | undefined;
  unassigned?: boolean | undefined;
  dueStatus?: DeadlineStatus | undefined;
  petitionId?: string | undefined;
  /** Not yet closed or terminated. */
  active?: boolean | undefined;
};

const activeCaseStatuses = ['accepted', 'verifying', 'dialogue', 'drafting', 'pending_signature', 'issued', 'enforcing', 'suspended'] as const;

const caseSortColumns: Record<CaseSortField, readonly SQLWrapper[]> = {
  caseNumber: [cases.caseYear, cases.caseSeq],
  acceptedDate: [cases.acceptedDate],
  dueDate: [cases.dueDate],
  status: [cases.status],
  kind: [cases.kind],
  updatedAt: [cases.updatedAt],
};

export async function listCases(
  db: Db,
  params: {
    agencyId: string;
    today: IsoDate;
    pagination: Pagination;
    sort?: { field: CaseSortField; order: 'ASC' | 'DESC' } | undefined;
    filter?: CaseListFilter | undefined;
    /** The actor's reach from the permission matrix; absent = the whole agency. */
    scope?: RecordScope | undefined;
  },
): Promise<ListResult<CaseRecord>> {
  const { calendar, statusOf } = await statusOfToday(db, params.today);
  const f = params.filter ?? {};
  const conditions: SQL[] = [eq(cases.agencyId, params.agencyId)];
  const inScope = caseScopeCondition(params.scope);
  if (inScope) conditions.push(inScope);
  if (f.kind) conditions.push(eq(cases.kind, f.kind));
  if (f.status) conditions.push(eq(cases.status, f.status));
  if (f.assigneeId) conditions.push(eq(cases.assigneeId, f.assigneeId));
  if (f.unassigned) conditions.push(isNull(cases.assigneeId));
  if (f.petitionId) conditions.push(eq(cases.petitionId, f.petitionId));
  if (f.dueStatus) {
    const bounds = deadlineStatusBounds(params.today, calendar);
    conditions.push(openCaseCondition(cases.status));
    if (f.dueStatus === 'overdue') conditions.push(lt(cases.dueDate, bounds.today));
    if (f.dueStatus === 'due_soon') conditions.push(gte(cases.dueDate, bounds.today), lt(cases.dueDate, bounds.onTimeFrom));
    if (f.dueStatus === 'on_time') conditions.push(gte(cases.dueDate, bounds.onTimeFrom));
  }
  if (f.active) conditions.push(inArray(cases.status, [...activeCaseStatuses]));
  // A denunciation is searched only by what it is about, never by who wrote it: a match on the
  // denouncer's name would reveal who filed it (Luật Tố cáo Đ9, Đ56). Complaints match their complainant too.
  const words = foldVietnamese(f.q ?? '').split(' ').filter(Boolean);
  for (const word of words) {
    const pattern = `%${escapeLike(word)}%`;
    conditions.push(or(like(petitions.summaryKey, pattern), and(ne(cases.kind, 'denunciation'), like(petitions.searchText, pattern))) as SQL);
  }
  const where = and(...conditions);
  const sort = params.sort ?? { field: 'dueDate', order: 'ASC' };
  const dir = sort.order === 'ASC' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    selectCases(db)
      .where(where)
      .orderBy(...caseSortColumns[sort.field].map((c) => dir(c)), desc(cases.createdAt), asc(cases.id))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    // Only a search reads the letter; without one the count stays on cases (every case has its letter).
    words.length > 0
      ? db.select({ value: count() }).from(cases).innerJoin(petitions, eq(petitions.id, cases.petitionId)).where(where)
      : db.select({ value: count() }).from(cases).where(where),
  ]);
  return { data: rows.map((r) => toCaseRecord(r, statusOf)), total: total?.value ?? 0 };
}

export async function findCasesByIds(db: Db, agencyId: string, ids: readonly string[], today: IsoDate, scope?: RecordScope) {
  if (ids.length === 0) return [];
  const [rows, { statusOf }] = await Promise.all([
    selectCases(db).where(and(eq(cases.agencyId, agencyId), inArray(cases.id, [...ids]), caseScopeCondition(scope))),
    statusOfToday(db, today),
  ]);
  return rows.map((r) => toCaseRecord(r, statusOf));
}

export async function getCase(db: Db, agencyId: string, id: string, today: IsoDate, scope?: RecordScope): Promise<CaseRecord> {
  const [row] = await findCasesByIds(db, agencyId, [id], today, scope);
  if (!row) throw notFound('vụ việc');
  return row;
}

export async function getCaseDeadline(db: Db, agencyId: string, id: string) {
  const [row] = await db.select().from(cases).where(and(eq(cases.id, id), eq(cases.agencyId, agencyId)));
  if (!row) throw notFound('vụ việc');
  const clock = await loadClock(db, row.acceptedDate);
  return { ...caseDeadline(clock, row), suspendedDays: row.suspendedDays, provisionalYears: clock.calendar.provisionalYears };
}

/** Opens the case of an accepted letter, in the transaction that approved the acceptance. */
export async function openCase(
  tx: Db,
  actor: Actor,
  petition: { id: string; kind: string; summary: string; complaintRound: 'first' | 'second'; proposedBy: string | null },
) {
  const kind: CaseKind =
    petition.kind === 'denunciation' ? 'denunciation' : petition.complaintRound === 'second' ? 'complaint_second' : 'complaint_first';
  const year = Number(actor.today.slice(0, 4));
  const seq = await nextNumber(tx, actor.agencyId, CASE_SERIES, year);
  const clock = await loadClock(tx, actor.today);
  const due = caseDeadline(clock, { kind, acceptedDate: actor.today, suspendedDays: 0, isComplex: false, isRemote: false, extensions: 0 });
  const [row] = await tx
    .insert(cases)
    .values({
      agencyId: actor.agencyId,
      petitionId: petition.id,
      caseYear: year,
      caseSeq: seq,
      kind,
      status: 'accepted',
      acceptedDate: actor.today,
      dueDate: due.due,
      dueRuleVersion: due.ruleVersion,
      subject: petition.summary,
      // The officer who proposed acceptance knows the file; the approver can reassign.
      assigneeId: petition.proposedBy ?? actor.userId,
    })
    .returning({ id: cases.id });
  if (!row) throw new Error('case insert returned no row');
  await recordEvent(tx, { agencyId: actor.agencyId, subjectType: 'case', subjectId: row.id, action: 'open', toState: 'accepted', actorId: actor.userId, payload: { petitionId: petition.id, caseNumber: `${seq}/${year}` } });
  return row.id;
}

async function lockCase(tx: Db, agencyId: string, id: string, version: number) {
  const [row] = await tx.select().from(cases).where(and(eq(cases.id, id), eq(cases.agencyId, agencyId))).for('update');
  if (!row) throw notFound('vụ việc');
  if (row.version !== version) throw staleVersion();
  return row;
}
type LockedCase = Awaited<ReturnType<typeof lockCase>>;

/**
 * One action on a case in one transaction: version check, the state machine (when the action
 * moves the state), the row changes with the deadline recomputed, and the timeline event.
 */
export async function actOnCase(
  db: Db,
  actor: Actor,
  params: {
    id: string;
    version: number;
    action: CaseAction | 'extend' | 'set_flags' | 'assign' | 'revise_draft';
    note?: string | null | undefined;
    payload?: Record<string, unknown>;
    check?: (row: LockedCase, tx: Db) => Promise<void> | void;
    changes?: (row: LockedCase, tx: Db) => Promise<Partial<typeof cases.$inferInsert>> | Partial<typeof cases.$inferInsert>;
    /** Runs last in the transaction, with the new due date (e.g. to issue an extension decision). */
    after?: (tx: Db, row: LockedCase, next: { dueDate: IsoDate }) => Promise<void>;
  },
): Promise<CaseRecord> {
  await db.transaction(async (tx) => {
    const row = await lockCase(tx, actor.agencyId, params.id, params.version);
    const moves = (caseMachineActions as readonly string[]).includes(params.action);
    const to = moves ? nextState(caseMachine, { state: row.status, action: params.action as CaseAction, kind: row.kind, previous: row.statusBeforeSuspension }) : row.status;
    await params.check?.(row, tx);
    const changes = (await params.changes?.(row, tx)) ?? {};
    const next = { ...row, ...changes, status: to };
    const clock = await loadClock(tx, next.acceptedDate);
    const due = caseDeadline(clock, next);
    await tx
      .update(cases)
      .set({ ...changes, status: to, dueDate: due.due, dueRuleVersion: due.ruleVersion, version: sql`${cases.version} + 1`, updatedAt: new Date() })
      .where(eq(cases.id, row.id));
    await recordEvent(tx, {
      agencyId: actor.agencyId,
      subjectType: 'case',
      subjectId: row.id,
      action: params.action,
      fromState: row.status,
      toState: to,
      actorId: actor.userId,
      note: params.note ?? null,
      // A step that moves the deadline says from when to when, so the timeline can show it.
      payload: { ...(params.payload ?? {}), ...(due.due !== row.dueDate ? { dueBefore: row.dueDate, dueAfter: due.due } : {}) },
    });
    await params.after?.(tx, row, { dueDate: due.due });
  });
  return getCase(db, actor.agencyId, params.id, actor.today);
}
const caseMachineActions = caseMachine.transitions.map((t) => t.action);

export async function addVerificationStep(
  db: Db,
  actor: Actor,
  p: { caseId: string; kind: (typeof verificationSteps.$inferInsert)['kind']; date: IsoDate; description: string; minutes?: string | undefined },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ status: cases.status }).from(cases).where(and(eq(cases.id, p.caseId), eq(cases.agencyId, actor.agencyId)));
    if (!row) throw notFound('vụ việc');
    if (row.status !== 'verifying' && row.status !== 'dialogue') {
      throw new DomainError('INVALID_TRANSITION', 'Chỉ ghi hoạt động xác minh khi vụ việc đang xác minh hoặc đối thoại.');
    }
    const [step] = await tx
      .insert(verificationSteps)
      .values({ caseId: p.caseId, kind: p.kind, date: p.date, description: p.description, minutes: p.minutes ?? null, createdBy: actor.userId })
      .returning();
    await recordEvent(tx, { agencyId: actor.agencyId, subjectType: 'case', subjectId: p.caseId, action: 'verification_step', actorId: actor.userId, note: p.description, payload: { kind: p.kind, date: p.date } });
    return step;
  });
}

export const findVerificationSteps = (db: Db, caseId: string) =>
  db.select().from(verificationSteps).where(eq(verificationSteps.caseId, caseId)).orderBy(asc(verificationSteps.date), asc(verificationSteps.createdAt));

export async function addMeasure(db: Db, actor: Actor, p: { caseId: string; description: string; responsible: string; dueDate: IsoDate }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ status: cases.status }).from(cases).where(and(eq(cases.id, p.caseId), eq(cases.agencyId, actor.agencyId)));
    if (!row) throw notFound('vụ việc');
    if (row.status !== 'issued' && row.status !== 'enforcing') {
      throw new DomainError('INVALID_TRANSITION', 'Biện pháp tổ chức thực hiện được ghi sau khi quyết định, kết luận đã ban hành.');
    }
    const [measure] = await tx.insert(caseMeasures).values(p).returning();
    await recordEvent(tx, { agencyId: actor.agencyId, subjectType: 'case', subjectId: p.caseId, action: 'measure_added', actorId: actor.userId, note: p.description, payload: { responsible: p.responsible, dueDate: p.dueDate } });
    return measure;
  });
}

export async function completeMeasure(db: Db, actor: Actor, p: { measureId: string; note?: string | undefined }) {
  return db.transaction(async (tx) => {
    const [m] = await tx
      .select({ id: caseMeasures.id, caseId: caseMeasures.caseId, doneDate: caseMeasures.doneDate, agencyId: cases.agencyId })
      .from(caseMeasures)
      .innerJoin(cases, eq(cases.id, caseMeasures.caseId))
      .where(eq(caseMeasures.id, p.measureId))
      .for('update');
    if (!m || m.agencyId !== actor.agencyId) throw notFound('biện pháp');
    if (m.doneDate) throw new DomainError('INVALID_TRANSITION', 'Biện pháp này đã được ghi nhận hoàn thành.');
    const [done] = await tx
      .update(caseMeasures)
      .set({ doneDate: actor.today, doneNote: p.note ?? null, completedAt: new Date() })
      .where(eq(caseMeasures.id, p.measureId))
      .returning();
    await recordEvent(tx, { agencyId: actor.agencyId, subjectType: 'case', subjectId: m.caseId, action: 'measure_done', actorId: actor.userId, note: p.note ?? null, payload: { measureId: p.measureId } });
    return done;
  });
}

export const findMeasures = (db: Db, caseId: string) =>
  db.select().from(caseMeasures).where(eq(caseMeasures.caseId, caseId)).orderBy(asc(caseMeasures.dueDate), asc(caseMeasures.createdAt));

export type LockedCaseRow = LockedCase;
/** Issues the signed decision or conclusion document and returns its number. */
export type IssueDecision = (tx: Db, row: LockedCase & { draft: CaseDraft }) => Promise<{ seq: number; year: number; number: string }>;
export type IssueExtension = (tx: Db, row: LockedCase, newDueDate: IsoDate) => Promise<void>;

function checkDraftKind(kind: CaseKind, draft: CaseDraft) {
  const expected = kind === 'denunciation' ? 'denunciation' : 'complaint';
  if (draft.type !== expected) {
    throw new DomainError('VALIDATION', expected === 'complaint' ? 'Vụ việc khiếu nại cần dự thảo quyết định giải quyết khiếu nại.' : 'Vụ việc tố cáo cần dự thảo kết luận nội dung tố cáo.');
  }
}

/** Steps whose extra effects go beyond the state change. */
export const caseSteps = {
  draft: (db: Db, actor: Actor, p: { id: string; version: number; draft: CaseDraft }) =>
    actOnCase(db, actor, { id: p.id, version: p.version, action: 'draft', check: (row) => checkDraftKind(row.kind, p.draft), changes: () => ({ draft: p.draft }) }),
  reviseDraft: (db: Db, actor: Actor, p: { id: string; version: number; draft: CaseDraft }) =>
    actOnCase(db, actor, {
      id: p.id,
      version: p.version,
      action: 'revise_draft',
      check: (row) => {
        if (row.status !== 'drafting') throw new DomainError('INVALID_TRANSITION', 'Chỉ sửa dự thảo khi vụ việc đang ở bước dự thảo.');
        checkDraftKind(row.kind, p.draft);
      },
      changes: () => ({ draft: p.draft }),
    }),
  sign: (db: Db, actor: Actor, p: { id: string; version: number; resultSummary: string; issue: IssueDecision }) =>
    actOnCase(db, actor, {
      id: p.id,
      version: p.version,
      action: 'sign',
      note: p.resultSummary,
      changes: async (row, tx) => {
        const draft = row.draft;
        if (!draft) throw new DomainError('INVALID_TRANSITION', 'Chưa có dự thảo để ký ban hành.');
        // The decision's number is the signed document's own number, from its symbol's series.
        const { seq, year, number } = await p.issue(tx, { ...row, draft });
        const clock = await loadClock(tx, actor.today);
        const send = computeDeadline(clock, sendingRuleFor[row.kind], actor.today);
        return { resultSummary: p.resultSummary, decisionNumber: number, decisionYear: year, decisionSeq: seq, signedDate: actor.today, signedBy: actor.userId, sendDueDate: send.due };
      },
    }),
  startEnforcement: (db: Db, actor: Actor, p: { id: string; version: number; note?: string | undefined }) =>
    actOnCase(db, actor, { id: p.id, version: p.version, action: 'start_enforcement', note: p.note ?? null, changes: () => ({ sentDate: actor.today }) }),
  close: (db: Db, actor: Actor, p: { id: string; version: number; note?: string | undefined }) =>
    actOnCase(db, actor, {
      id: p.id,
      version: p.version,
      action: 'close',
      note: p.note ?? null,
      check: async (row, tx) => {
        const pending = await tx.select({ id: caseMeasures.id }).from(caseMeasures).where(and(eq(caseMeasures.caseId, row.id), isNull(caseMeasures.doneDate)));
        if (pending.length > 0) {
          throw new DomainError('INVALID_TRANSITION', `Còn ${pending.length} biện pháp chưa thực hiện xong; chưa thể kết thúc vụ việc.`);
        }
      },
      changes: () => ({ closedDate: actor.today }),
    }),
  suspend: (db: Db, actor: Actor, p: { id: string; version: number; reason: string }) =>
    actOnCase(db, actor, {
      id: p.id,
      version: p.version,
      action: 'suspend',
      note: p.reason,
      changes: (row) => ({ statusBeforeSuspension: row.status, suspendedSince: actor.today }),
    }),
  resume: (db: Db, actor: Actor, p: { id: string; version: number; note?: string | undefined }) =>
    actOnCase(db, actor, {
      id: p.id,
      version: p.version,
      action: 'resume',
      note: p.note ?? null,
      changes: (row) => ({
        statusBeforeSuspension: null,
        suspendedSince: null,
        suspendedDays: row.suspendedDays + Math.max(0, daysBetween(row.suspendedSince ?? actor.today, actor.today)),
      }),
    }),
  terminate: (db: Db, actor: Actor, p: { id: string; version: number; reason: string }) =>
    actOnCase(db, actor, { id: p.id, version: p.version, action: 'terminate', note: p.reason, changes: () => ({ closedDate: actor.today, statusBeforeSuspension: null }) }),
  extend: (db: Db, actor: Actor, p: { id: string; version: number; reason: string; issue?: IssueExtension | undefined }) =>
    actOnCase(db, actor, {
      id: p.id,
      version: p.version,
      action: 'extend',
      note: p.reason,
      after: async (tx, row, next) => p.issue?.(tx, { ...row, extensions: row.extensions + 1 }, next.dueDate),
      check: (row) => {
        if (!isCaseClockRunning(row.status)) throw new DomainError('INVALID_TRANSITION', 'Chỉ gia hạn vụ việc đang trong thời hạn giải quyết.');
      },
      // The legal clock refuses more extensions than the rule allows, inside this transaction.
      changes: (row) => ({ extensions: row.extensions + 1, isComplex: true }),
      payload: {},
    }),
  setFlags: (db: Db, actor: Actor, p: { id: string; version: number; isComplex: boolean; isRemote: boolean }) =>
    actOnCase(db, actor, { id: p.id, version: p.version, action: 'set_flags', payload: { isComplex: p.isComplex, isRemote: p.isRemote }, changes: () => ({ isComplex: p.isComplex, isRemote: p.isRemote }) }),
  assign: (db: Db, actor: Actor, p: { id: string; version: number; assigneeId: string }) =>
    actOnCase(db, actor, {
      id: p.id,
      version: p.version,
      action: 'assign',
      payload: { assigneeId: p.assigneeId },
      check: async (_row, tx) => {
        const [u] = await tx.select({ agencyId: users.agencyId, isActive: users.isActive }).from(users).where(eq(users.id, p.assigneeId));
        if (!u || u.agencyId !== actor.agencyId || !u.isActive) throw new DomainError('VALIDATION', 'Cán bộ được phân công không hợp lệ.', { assigneeId: 'Chọn một cán bộ của cơ quan.' });
      },
      changes: () => ({ assigneeId: p.assigneeId }),
    }),
};
