import {
  assertPublishable,
  DomainError,
  formatViDate,
  monthsWithoutPeriodicSession,
  notFound,
  publishDeadline,
  PERIODIC_SESSION_LOOKAHEAD_MONTHS,
  staleVersion,
  type IsoDate,
  type ListResult,
  type Pagination,
  type ReceptionSessionData,
  type ReceptionSessionListFilter,
  type ReceptionSessionStatus,
  type receptionSessionSortFields,
} from '@kntc/domain';
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { documents } from '../schema/documents.js';
import { receptionSessions } from '../schema/reception.js';
import { users } from '../schema/users.js';
import { loadCalendar } from './legal-clock.js';

type SessionRow = typeof receptionSessions.$inferSelect;
type Actor = { agencyId: string; userId: string; today: IsoDate };

export function sessionStatusOf(row: Pick<SessionRow, 'cancelledAt' | 'recordedAt' | 'publishedAt'>): ReceptionSessionStatus {
  if (row.cancelledAt) return 'cancelled';
  if (row.recordedAt) return 'recorded';
  return row.publishedAt ? 'published' : 'planned';
}

const selectSessions = (db: Db) =>
  db
    .select({
      session: receptionSessions,
      startTime: sql<string>`to_char(${receptionSessions.startTime}, 'HH24:MI')`,
      endTime: sql<string>`to_char(${receptionSessions.endTime}, 'HH24:MI')`,
      documentSeq: documents.seq,
      documentSymbol: documents.symbol,
      documentFileName: documents.fileName,
    })
    .from(receptionSessions)
    .leftJoin(documents, eq(documents.id, receptionSessions.conclusionDocumentId));
type SelectedRow = Awaited<ReturnType<typeof selectSessions>>[number];

function toRecord(row: SelectedRow, calendar: Awaited<ReturnType<typeof loadCalendar>>) {
  const { createdBy: _c, updatedBy: _u, ...s } = row.session;
  const status = sessionStatusOf(s);
  return {
    ...s,
    startTime: row.startTime,
    endTime: row.endTime,
    status,
    /** The last day to publish a periodic session (5 working days ahead); null for ad hoc. */
    publishBy: publishDeadline(s, calendar),
    conclusionDocument:
      s.conclusionDocumentId && row.documentSeq !== null && row.documentSymbol !== null
        ? { id: s.conclusionDocumentId, number: `${String(row.documentSeq).padStart(2, '0')}/${row.documentSymbol}`, fileName: row.documentFileName }
        : null,
  };
}
export type ReceptionSessionRecord = ReturnType<typeof toRecord>;

async function toRecords(db: Db, rows: SelectedRow[]): Promise<ReceptionSessionRecord[]> {
  if (rows.length === 0) return [];
  const years = rows.map((r) => Number(r.session.date.slice(0, 4)));
  const calendar = await loadCalendar(db, Math.min(...years) - 1, Math.max(...years));
  return rows.map((r) => toRecord(r, calendar));
}

const statusCondition: Record<ReceptionSessionStatus, SQL | undefined> = {
  cancelled: isNotNull(receptionSessions.cancelledAt),
  recorded: and(isNull(receptionSessions.cancelledAt), isNotNull(receptionSessions.recordedAt)),
  published: and(isNull(receptionSessions.cancelledAt), isNull(receptionSessions.recordedAt), isNotNull(receptionSessions.publishedAt)),
  planned: and(isNull(receptionSessions.cancelledAt), isNull(receptionSessions.recordedAt), isNull(receptionSessions.publishedAt)),
};

function conditions(agencyId: string, filter: ReceptionSessionListFilter | undefined): SQL[] {
  const where: SQL[] = [eq(receptionSessions.agencyId, agencyId)];
  if (filter?.kind) where.push(eq(receptionSessions.kind, filter.kind));
  if (filter?.from) where.push(gte(receptionSessions.date, filter.from));
  if (filter?.to) where.push(lte(receptionSessions.date, filter.to));
  const byStatus = filter?.status ? statusCondition[filter.status] : undefined;
  if (byStatus) where.push(byStatus);
  return where;
}

type SortField = (typeof receptionSessionSortFields)[number];
const sortColumns = { date: receptionSessions.date, kind: receptionSessions.kind, updatedAt: receptionSessions.updatedAt } satisfies Record<SortField, unknown>;

export async function listReceptionSessions(
  db: Db,
  params: { agencyId: string; pagination: Pagination; sort?: { field: SortField; order: 'ASC' | 'DESC' } | undefined; filter?: ReceptionSessionListFilter | undefined },
): Promise<ListResult<ReceptionSessionRecord>> {
  const where = and(...conditions(params.agencyId, params.filter));
  const sort = params.sort ?? { field: 'date', order: 'DESC' };
  const direction = sort.order === 'ASC' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    selectSessions(db)
      .where(where)
      .orderBy(direction(sortColumns[sort.field]), direction(receptionSessions.startTime), asc(receptionSessions.id))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(receptionSessions).where(where),
  ]);
  return { data: await toRecords(db, rows), total: total?.value ?? 0 };
}

export async function findReceptionSessionsByIds(db: Db, agencyId: string, ids: readonly string[]): Promise<ReceptionSessionRecord[]> {
  if (ids.length === 0) return [];
  return toRecords(db, await selectSessions(db).where(and(eq(receptionSessions.agencyId, agencyId), inArray(receptionSessions.id, [...ids]))));
}

export async function getReceptionSession(db: Db, agencyId: string, id: string): Promise<ReceptionSessionRecord> {
  const [row] = await findReceptionSessionsByIds(db, agencyId, [id]);
  if (!row) throw notFound('lịch tiếp công dân');
  return row;
}

/**
 * Cảnh báo: the months from today's on with no periodic session of the head planned (Luật TCD
 * Đ18: at least one day a month). Planned and published sessions count; cancelled ones do not.
 */
export async function findPeriodicSessionWarnings(db: Db, params: { agencyId: string; today: IsoDate }) {
  const until = `${String(Number(params.today.slice(0, 4)) + 1)}-12-31`;
  const rows = await db
    .select({ date: receptionSessions.date, kind: receptionSessions.kind, cancelledAt: receptionSessions.cancelledAt })
    .from(receptionSessions)
    .where(and(eq(receptionSessions.agencyId, params.agencyId), gte(receptionSessions.date, `${params.today.slice(0, 7)}-01`), lte(receptionSessions.date, until)));
  return monthsWithoutPeriodicSession(
    params.today,
    rows.map((r) => ({ date: r.date, kind: r.kind, isCancelled: r.cancelledAt !== null })),
    PERIODIC_SESSION_LOOKAHEAD_MONTHS,
  );
}

/** The host named on the schedule must be the Director (in person) or a deputy (by authorisation). */
async function assertHost(tx: Db, agencyId: string, data: ReceptionSessionData) {
  if (data.hostUserId === null) return;
  const [host] = await tx
    .select({ role: users.roleCode, isActive: users.isActive })
    .from(users)
    .where(and(eq(users.id, data.hostUserId), eq(users.agencyId, agencyId)));
  if (!host || !host.isActive || (host.role !== 'director' && host.role !== 'deputy_director')) {
    throw new DomainError('VALIDATION', 'Người chủ trì phải là Giám đốc hoặc Phó Giám đốc đang công tác.', { hostUserId: 'Hãy chọn Giám đốc hoặc một Phó Giám đốc.' });
  }
  const expected = host.role === 'director' ? 'in_person' : 'authorised';
  if (data.hostMode !== expected) {
    const message = expected === 'in_person' ? 'Giám đốc chủ trì thì chọn "Giám đốc trực tiếp tiếp".' : 'Phó Giám đốc chủ trì thì chọn "Cấp phó được ủy quyền tiếp".';
    throw new DomainError('VALIDATION', message, { hostMode: message });
  }
}

const sessionValues = (data: ReceptionSessionData) => ({
  date: data.date,
  startTime: data.startTime,
  endTime: data.endTime,
  place: data.place,
  hostName: data.hostName,
  hostTitle: data.hostTitle,
  hostMode: data.hostMode,
  hostUserId: data.hostUserId,
  kind: data.kind,
  note: data.note,
});

/** Lập lịch: a new session, not yet public. */
export async function createReceptionSession(db: Db, params: Actor & { input: ReceptionSessionData }): Promise<ReceptionSessionRecord> {
  const id = await db.transaction(async (tx) => {
    await assertHost(tx, params.agencyId, params.input);
    const [row] = await tx
      .insert(receptionSessions)
      .values({ agencyId: params.agencyId, ...sessionValues(params.input), createdBy: params.userId, updatedBy: params.userId })
      .returning({ id: receptionSessions.id });
    if (!row) throw new Error('session insert returned no row');
    return row.id;
  });
  return getReceptionSession(db, params.agencyId, id);
}

/** Locks the session of the agency and checks the version the screen loaded. */
export async function lockSession(tx: Db, agencyId: string, id: string, version: number): Promise<SessionRow> {
  const [row] = await tx
    .select()
    .from(receptionSessions)
    .where(and(eq(receptionSessions.id, id), eq(receptionSessions.agencyId, agencyId)))
    .for('update');
  if (!row) throw notFound('lịch tiếp công dân');
  if (row.version !== version) throw staleVersion();
  return row;
}

const bump = (userId: string) => ({ version: sql`${receptionSessions.version} + 1`, updatedBy: userId, updatedAt: new Date() });

/**
 * Sửa lịch. A cancelled or recorded session is history and stays as it was. A published periodic
 * session moved to another day is a new announcement, so the new day must still be 5 working days away.
 */
export async function updateReceptionSession(db: Db, params: Actor & { id: string; version: number; data: ReceptionSessionData }): Promise<ReceptionSessionRecord> {
  await db.transaction(async (tx) => {
    const row = await lockSession(tx, params.agencyId, params.id, params.version);
    if (row.cancelledAt) throw new DomainError('VALIDATION', 'Lịch tiếp đã hủy nên không thể sửa.');
    if (row.recordedAt) throw new DomainError('VALIDATION', 'Buổi tiếp đã ghi kết quả nên không thể sửa lịch.');
    await assertHost(tx, params.agencyId, params.data);
    if (row.publishedAt && params.data.date !== row.date) {
      const year = Number(params.data.date.slice(0, 4));
      const calendar = await loadCalendar(tx, year - 1, year);
      const deadline = publishDeadline(params.data, calendar);
      if (deadline !== null && params.today > deadline) {
        const message = `Lịch đã công bố chỉ được dời sang ngày còn cách ít nhất 5 ngày làm việc: muốn tiếp ngày ${formatViDate(params.data.date)} thì phải công bố chậm nhất ngày ${formatViDate(deadline)}.`;
        throw new DomainError('VALIDATION', message, { date: message });
      }
    }
    await tx
      .update(receptionSessions)
      .set({ ...sessionValues(params.data), ...bump(params.userId) })
      .where(eq(receptionSessions.id, params.id));
  });
  return getReceptionSession(db, params.agencyId, params.id);
}

/** Hủy lịch: kept with its reason; a published one shows on the site as cancelled. */
export async function cancelReceptionSession(db: Db, params: Actor & { id: string; version: number; reason: string }): Promise<ReceptionSessionRecord> {
  await db.transaction(async (tx) => {
    const row = await lockSession(tx, params.agencyId, params.id, params.version);
    if (row.cancelledAt) throw new DomainError('VALIDATION', 'Lịch tiếp này đã được hủy.');
    if (row.recordedAt) throw new DomainError('VALIDATION', 'Buổi tiếp đã diễn ra và đã ghi kết quả nên không thể hủy.');
    await tx
      .update(receptionSessions)
      .set({ cancelledAt: new Date(), cancelReason: params.reason, cancelledBy: params.userId, ...bump(params.userId) })
      .where(eq(receptionSessions.id, params.id));
  });
  return getReceptionSession(db, params.agencyId, params.id);
}

/** Công bố lịch: the site shows it from now; refused when the notice period has run out. */
export async function publishReceptionSession(db: Db, params: Actor & { id: string; version: number }): Promise<ReceptionSessionRecord> {
  await db.transaction(async (tx) => {
    const row = await lockSession(tx, params.agencyId, params.id, params.version);
    const year = Number(row.date.slice(0, 4));
    const calendar = await loadCalendar(tx, year - 1, year);
    assertPublishable({ date: row.date, kind: row.kind, isCancelled: row.cancelledAt !== null, isPublished: row.publishedAt !== null }, params.today, calendar);
    await tx
      .update(receptionSessions)
      .set({ publishedAt: new Date(), publishedBy: params.userId, ...bump(params.userId) })
      .where(eq(receptionSessions.id, params.id));
  });
  return getReceptionSession(db, params.agencyId, params.id);
}
