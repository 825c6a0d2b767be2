import { receptionConclusionNotice, type Signer } from '@kntc/documents';
import {
  directionStatus,
  DomainError,
  formatViDate,
  notFound,
  staleVersion,
  type IsoDate,
  type ListResult,
  type Pagination,
  type ReceptionDirectionListFilter,
  type ReceptionSessionRecord as RecordInput,
  type receptionDirectionSortFields,
} from '@kntc/domain';
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { receptionSessions } from '../schema/reception.js';
import { receptionDirections, receptionSessionVisits } from '../schema/reception-sessions.js';
import { receptionVisits } from '../schema/reception-visits.js';
import { issueDocument } from './documents.js';
import { findStoredVisitors } from './reception-visitors.js';
import { formatVisitNumber } from './reception-visits.js';
import { getReceptionSession, lockSession, type ReceptionSessionRecord } from './reception-sessions.js';

type Actor = { agencyId: string; userId: string; today: IsoDate };

const visitSummary = {
  id: receptionVisits.id,
  visitSeq: receptionVisits.visitSeq,
  visitYear: receptionVisits.visitYear,
  visitDate: receptionVisits.visitDate,
  kind: receptionVisits.kind,
  summary: receptionVisits.summary,
};
const withNumber = <T extends { visitSeq: number; visitYear: number }>(v: T) => ({ ...v, visitNumber: formatVisitNumber(v.visitSeq, v.visitYear) });

/** The register lines heard at the session. */
export async function findSessionVisits(db: Db, sessionId: string) {
  const rows = await db
    .select(visitSummary)
    .from(receptionSessionVisits)
    .innerJoin(receptionVisits, eq(receptionVisits.id, receptionSessionVisits.visitId))
    .where(eq(receptionSessionVisits.sessionId, sessionId))
    .orderBy(asc(receptionVisits.visitYear), asc(receptionVisits.visitSeq));
  return rows.map(withNumber);
}

/**
 * The visits that may be linked to the session: that day's register lines of the same kind
 * (periodic or ad hoc reception by the head) not heard at another session.
 */
export async function findVisitsForSession(db: Db, agencyId: string, sessionId: string) {
  const [session] = await db
    .select({ date: receptionSessions.date, kind: receptionSessions.kind })
    .from(receptionSessions)
    .where(and(eq(receptionSessions.id, sessionId), eq(receptionSessions.agencyId, agencyId)));
  if (!session) throw notFound('lịch tiếp công dân');
  const taken = db.select({ id: receptionSessionVisits.visitId }).from(receptionSessionVisits).where(sql`${receptionSessionVisits.sessionId} <> ${sessionId}`);
  const rows = await db
    .select(visitSummary)
    .from(receptionVisits)
    .where(and(eq(receptionVisits.agencyId, agencyId), eq(receptionVisits.visitDate, session.date), eq(receptionVisits.kind, session.kind), notInArray(receptionVisits.id, taken)))
    .orderBy(asc(receptionVisits.visitYear), asc(receptionVisits.visitSeq));
  return rows.map(withNumber);
}

const directionColumns = {
  direction: receptionDirections,
  sessionDate: receptionSessions.date,
  sessionKind: receptionSessions.kind,
  hostName: receptionSessions.hostName,
};
type DirectionRow = { direction: typeof receptionDirections.$inferSelect; sessionDate: IsoDate; sessionKind: 'periodic' | 'ad_hoc'; hostName: string };

const toDirection = (r: DirectionRow, today: IsoDate) => {
  const { completedBy: _c, ...d } = r.direction;
  return { ...d, sessionDate: r.sessionDate, sessionKind: r.sessionKind, hostName: r.hostName, status: directionStatus(d, today) };
};
export type ReceptionDirectionRecord = ReturnType<typeof toDirection>;

const statusConditions = (today: IsoDate): Record<'pending' | 'done' | 'overdue', SQL | undefined> => ({
  done: isNotNull(receptionDirections.doneDate),
  overdue: and(isNull(receptionDirections.doneDate), lt(receptionDirections.dueDate, today)),
  pending: and(isNull(receptionDirections.doneDate), gte(receptionDirections.dueDate, today)),
});

type DirectionSort = (typeof receptionDirectionSortFields)[number];

/** Theo dõi thực hiện chỉ đạo: every direction of the agency, filtered by derived status. */
export async function listReceptionDirections(
  db: Db,
  params: { agencyId: string; today: IsoDate; pagination: Pagination; sort?: { field: DirectionSort; order: 'ASC' | 'DESC' } | undefined; filter?: ReceptionDirectionListFilter | undefined },
): Promise<ListResult<ReceptionDirectionRecord>> {
  const where: SQL[] = [eq(receptionSessions.agencyId, params.agencyId)];
  const byStatus = params.filter?.status ? statusConditions(params.today)[params.filter.status] : undefined;
  if (byStatus) where.push(byStatus);
  if (params.filter?.sessionId) where.push(eq(receptionDirections.sessionId, params.filter.sessionId));
  const sort = params.sort ?? { field: 'dueDate', order: 'ASC' };
  const direction = sort.order === 'ASC' ? asc : desc;
  const column = sort.field === 'dueDate' ? receptionDirections.dueDate : receptionSessions.date;
  const [rows, [total]] = await Promise.all([
    db
      .select(directionColumns)
      .from(receptionDirections)
      .innerJoin(receptionSessions, eq(receptionSessions.id, receptionDirections.sessionId))
      .where(and(...where))
      .orderBy(direction(column), asc(receptionDirections.sessionId), asc(receptionDirections.position))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db
      .select({ value: count() })
      .from(receptionDirections)
      .innerJoin(receptionSessions, eq(receptionSessions.id, receptionDirections.sessionId))
      .where(and(...where)),
  ]);
  return { data: rows.map((r) => toDirection(r, params.today)), total: total?.value ?? 0 };
}

/** A session with what was heard and directed, for its page. */
export async function getReceptionSessionDetail(db: Db, agencyId: string, id: string, today: IsoDate) {
  const session = await getReceptionSession(db, agencyId, id);
  const [visits, directions] = await Promise.all([
    findSessionVisits(db, id),
    db
      .select(directionColumns)
      .from(receptionDirections)
      .innerJoin(receptionSessions, eq(receptionSessions.id, receptionDirections.sessionId))
      .where(eq(receptionDirections.sessionId, id))
      .orderBy(asc(receptionDirections.position)),
  ]);
  return { ...session, visits, directions: directions.map((r) => toDirection(r, today)) };
}
export type ReceptionSessionDetail = Awaited<ReturnType<typeof getReceptionSessionDetail>>;

function fieldError(path: string, message: string): never {
  throw new DomainError('VALIDATION', message, { [path]: message });
}

/**
 * Ghi kết quả buổi tiếp: attendees, the visits heard, the directions, and the Thông báo kết luận
 * numbered and stored, all in one transaction; a refused record leaves no number used.
 */
export async function recordReceptionSession(db: Db, params: Actor & { input: RecordInput; signer: Signer }): Promise<ReceptionSessionRecord> {
  const { input } = params;
  await db.transaction(async (tx) => {
    const row = await lockSession(tx, params.agencyId, input.id, input.version);
    if (row.cancelledAt) throw new DomainError('VALIDATION', 'Lịch tiếp đã hủy nên không có kết quả để ghi.');
    if (row.recordedAt) throw new DomainError('VALIDATION', 'Buổi tiếp này đã được ghi kết quả và ban hành thông báo kết luận.');
    if (row.date > params.today) throw new DomainError('VALIDATION', `Buổi tiếp diễn ra ngày ${formatViDate(row.date)}; chỉ ghi kết quả từ ngày đó trở đi.`);
    const visitIds = [...new Set(input.visitIds)];
    const visits = visitIds.length === 0 ? [] : await tx.select(visitSummary).from(receptionVisits).where(and(eq(receptionVisits.agencyId, params.agencyId), inArray(receptionVisits.id, visitIds)));
    if (visits.length !== visitIds.length) fieldError('visitIds', 'Không tìm thấy lượt tiếp được chọn trong sổ tiếp công dân.');
    const wrong = visits.find((v) => v.visitDate !== row.date || v.kind !== row.kind);
    if (wrong) fieldError('visitIds', `Lượt tiếp số ${formatVisitNumber(wrong.visitSeq, wrong.visitYear)} không phải lượt Thủ trưởng tiếp ${row.kind === 'periodic' ? 'định kỳ' : 'đột xuất'} ngày ${formatViDate(row.date)}.`);
    if (visitIds.length > 0) {
      const [linked] = await tx.select({ id: receptionSessionVisits.visitId }).from(receptionSessionVisits).where(inArray(receptionSessionVisits.visitId, visitIds)).limit(1);
      if (linked) fieldError('visitIds', 'Có lượt tiếp đã được ghi vào kết quả của buổi tiếp khác.');
      await tx.insert(receptionSessionVisits).values(visitIds.map((visitId) => ({ sessionId: row.id, visitId })));
    }
    input.directions.forEach((d, i) => {
      if (d.dueDate < row.date) fieldError(`directions.${i}.dueDate`, 'Thời hạn thực hiện không được trước ngày tiếp.');
      if (d.visitId !== null && !visitIds.includes(d.visitId)) fieldError(`directions.${i}.visitId`, 'Nội dung chỉ đạo chỉ gắn với lượt tiếp đã chọn cho buổi tiếp này.');
    });
    await tx.insert(receptionDirections).values(input.directions.map((d, i) => ({ sessionId: row.id, position: i + 1, ...d })));
    const matters = await Promise.all(
      [...visits]
        .sort((a, b) => a.visitYear - b.visitYear || a.visitSeq - b.visitSeq)
        .map(async (v) => ({
          visitNumber: formatVisitNumber(v.visitSeq, v.visitYear),
          // The register's names: pseudonyms for protected visitors, whose texts are stored masked too.
          visitors: (await findStoredVisitors(tx, v.id)).map((s) => s.displayName).join(', ') || 'Công dân',
          summary: v.summary,
        })),
    );
    const doc = await issueDocument(tx, {
      agencyId: params.agencyId,
      userId: params.userId,
      subjectType: 'reception_session',
      subjectId: row.id,
      kind: 'reception_conclusion_notice',
      date: params.today,
      build: (c) =>
        receptionConclusionNotice({
          issuer: c.issuer,
          number: c.number,
          symbol: c.symbol,
          place: c.place,
          date: c.date,
          signer: params.signer,
          session: {
            kind: row.kind,
            date: row.date,
            startTime: row.startTime.slice(0, 5),
            endTime: row.endTime.slice(0, 5),
            place: row.place,
            hostName: row.hostName,
            hostTitle: row.hostTitle,
            isAuthorised: row.hostMode === 'authorised',
          },
          attendees: input.attendees,
          matters,
          conclusion: input.conclusion,
          directions: input.directions.map(({ content, responsible, dueDate }) => ({ content, responsible, dueDate })),
        }),
    });
    await tx
      .update(receptionSessions)
      .set({
        recordedAt: new Date(),
        attendees: input.attendees,
        conclusion: input.conclusion,
        conclusionDocumentId: doc.id,
        version: sql`${receptionSessions.version} + 1`,
        updatedBy: params.userId,
        updatedAt: new Date(),
      })
      .where(eq(receptionSessions.id, row.id));
  });
  return getReceptionSession(db, params.agencyId, input.id);
}

/** Ghi kết quả thực hiện một nội dung chỉ đạo. */
export async function completeReceptionDirection(db: Db, params: Actor & { id: string; version: number; doneDate: IsoDate; result: string }): Promise<ReceptionDirectionRecord> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select(directionColumns)
      .from(receptionDirections)
      .innerJoin(receptionSessions, eq(receptionSessions.id, receptionDirections.sessionId))
      .where(and(eq(receptionDirections.id, params.id), eq(receptionSessions.agencyId, params.agencyId)))
      .for('update', { of: receptionDirections });
    if (!found) throw notFound('nội dung chỉ đạo');
    if (found.direction.version !== params.version) throw staleVersion();
    if (found.direction.doneDate !== null) throw new DomainError('VALIDATION', 'Nội dung chỉ đạo này đã được ghi kết quả thực hiện.');
    if (params.doneDate > params.today) fieldError('doneDate', 'Ngày hoàn thành không được sau hôm nay.');
    if (params.doneDate < found.sessionDate) fieldError('doneDate', 'Ngày hoàn thành không được trước ngày tiếp.');
    const [updated] = await tx
      .update(receptionDirections)
      .set({ doneDate: params.doneDate, result: params.result, completedBy: params.userId, completedAt: new Date(), version: sql`${receptionDirections.version} + 1` })
      .where(eq(receptionDirections.id, params.id))
      .returning();
    if (!updated) throw new Error('direction update returned no row');
    return toDirection({ ...found, direction: updated }, params.today);
  });
}
