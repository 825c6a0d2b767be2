import {
  DomainError,
  formatViDate,
  isAssignmentActiveOn,
  notFound,
  overlappingAssignment,
  receptionAllowance,
  receptionDaysWorked,
  staleVersion,
  type IsoDate,
  type ListResult,
  type Pagination,
  type StaffAssignmentData,
  type StaffAssignmentListFilter,
  type staffAssignmentSortFields,
} from '@kntc/domain';
import { and, asc, between, count, desc, eq, getTableColumns, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { staffAssignments } from '../schema/office.js';
import { units } from '../schema/organisation.js';
import { receptionSessions } from '../schema/reception.js';
import { receptionVisits } from '../schema/reception-visits.js';
import { users } from '../schema/users.js';
import { findAllowanceRates } from './allowance-rates.js';
import { assertOfficialOfAgency, assertUnitsOfAgency } from './office-refs.js';

type Actor = { agencyId: string; userId: string; today: IsoDate };

const selectAssignments = (db: Db) =>
  db
    .select({
      ...(({ createdBy: _c, updatedBy: _u, agencyId: _a, ...rest }) => rest)(getTableColumns(staffAssignments)),
      fullName: users.fullName,
      unitName: units.name,
    })
    .from(staffAssignments)
    .innerJoin(users, eq(users.id, staffAssignments.userId))
    .innerJoin(units, eq(units.id, staffAssignments.unitId));
type AssignmentRow = Awaited<ReturnType<typeof selectAssignments>>[number];

const toRecord = (row: AssignmentRow, today: IsoDate) => ({ ...row, isCurrent: isAssignmentActiveOn(row, today) });
export type StaffAssignmentRecord = ReturnType<typeof toRecord>;

function conditions(agencyId: string, filter: StaffAssignmentListFilter | undefined): SQL[] {
  const where: SQL[] = [eq(staffAssignments.agencyId, agencyId)];
  if (filter?.userId) where.push(eq(staffAssignments.userId, filter.userId));
  if (filter?.unitId) where.push(eq(staffAssignments.unitId, filter.unitId));
  if (filter?.duty) where.push(sql`${filter.duty} = any(${staffAssignments.duties})`);
  if (filter?.activeOn) {
    where.push(lte(staffAssignments.dateAssigned, filter.activeOn));
    const open = or(isNull(staffAssignments.dateEnded), gte(staffAssignments.dateEnded, filter.activeOn));
    if (open) where.push(open);
  }
  return where;
}

type SortField = (typeof staffAssignmentSortFields)[number];
const sortColumns = {
  dateAssigned: staffAssignments.dateAssigned,
  dateEnded: staffAssignments.dateEnded,
  fullName: users.fullName,
  updatedAt: staffAssignments.updatedAt,
} satisfies Record<SortField, unknown>;

/** Phân công cán bộ, newest first by default; the history of one official with `filter.userId`. */
export async function listStaffAssignments(
  db: Db,
  params: { agencyId: string; today: IsoDate; pagination: Pagination; sort?: { field: SortField; order: 'ASC' | 'DESC' } | undefined; filter?: StaffAssignmentListFilter | undefined },
): Promise<ListResult<StaffAssignmentRecord>> {
  const where = and(...conditions(params.agencyId, params.filter));
  const sort = params.sort ?? { field: 'dateAssigned', order: 'DESC' };
  const direction = sort.order === 'ASC' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    selectAssignments(db)
      .where(where)
      .orderBy(direction(sortColumns[sort.field]), asc(users.fullName), asc(staffAssignments.id))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(staffAssignments).innerJoin(users, eq(users.id, staffAssignments.userId)).where(where),
  ]);
  return { data: rows.map((r) => toRecord(r, params.today)), total: total?.value ?? 0 };
}

export async function findStaffAssignmentsByIds(db: Db, agencyId: string, ids: readonly string[], today: IsoDate): Promise<StaffAssignmentRecord[]> {
  if (ids.length === 0) return [];
  const rows = await selectAssignments(db).where(and(eq(staffAssignments.agencyId, agencyId), inArray(staffAssignments.id, [...ids])));
  return rows.map((r) => toRecord(r, today));
}

export async function getStaffAssignment(db: Db, agencyId: string, id: string, today: IsoDate): Promise<StaffAssignmentRecord> {
  const [row] = await findStaffAssignmentsByIds(db, agencyId, [id], today);
  if (!row) throw notFound('phân công cán bộ');
  return row;
}

/**
 * The official's periods must not overlap. Their user row is locked first, so two clerks adding a
 * period for the same official at once are checked one after the other.
 */
async function assertNoOverlap(tx: Db, agencyId: string, data: StaffAssignmentData, id: string | null) {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, data.userId)).for('update');
  const existing = await tx
    .select({ id: staffAssignments.id, dateAssigned: staffAssignments.dateAssigned, dateEnded: staffAssignments.dateEnded })
    .from(staffAssignments)
    .where(and(eq(staffAssignments.agencyId, agencyId), eq(staffAssignments.userId, data.userId)));
  const clash = overlappingAssignment(existing, { id, dateAssigned: data.dateAssigned, dateEnded: data.dateEnded });
  if (clash) {
    const until = clash.dateEnded ? `đến ngày ${formatViDate(clash.dateEnded)}` : 'đến nay';
    const message = `Cán bộ này đã có phân công từ ngày ${formatViDate(clash.dateAssigned)} ${until}. Hãy ghi ngày thôi phân công của lần trước rồi mới thêm lần phân công mới.`;
    throw new DomainError('VALIDATION', message, { dateAssigned: 'Thời gian phân công trùng với một lần phân công khác của cán bộ này.' });
  }
}

export async function createStaffAssignment(db: Db, params: Actor & { input: StaffAssignmentData }): Promise<StaffAssignmentRecord> {
  const id = await db.transaction(async (tx) => {
    await assertOfficialOfAgency(tx, params.agencyId, params.input.userId, 'userId', { mustBeActive: true });
    await assertUnitsOfAgency(tx, params.agencyId, [params.input.unitId], 'unitId');
    await assertNoOverlap(tx, params.agencyId, params.input, null);
    const [row] = await tx
      .insert(staffAssignments)
      .values({ agencyId: params.agencyId, ...params.input, createdBy: params.userId, updatedBy: params.userId })
      .returning({ id: staffAssignments.id });
    if (!row) throw new Error('assignment insert returned no row');
    return row.id;
  });
  return getStaffAssignment(db, params.agencyId, id, params.today);
}

/** Sửa or kết thúc a period (setting its end date); the official it belongs to never changes. */
export async function updateStaffAssignment(db: Db, params: Actor & { id: string; version: number; data: StaffAssignmentData }): Promise<StaffAssignmentRecord> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ version: staffAssignments.version, userId: staffAssignments.userId })
      .from(staffAssignments)
      .where(and(eq(staffAssignments.id, params.id), eq(staffAssignments.agencyId, params.agencyId)))
      .for('update');
    if (!row) throw notFound('phân công cán bộ');
    if (row.version !== params.version) throw staleVersion();
    if (row.userId !== params.data.userId) {
      throw new DomainError('VALIDATION', 'Không đổi cán bộ của một lần phân công; hãy thêm phân công mới cho cán bộ khác.', { userId: 'Không đổi được cán bộ của lần phân công đã ghi.' });
    }
    await assertUnitsOfAgency(tx, params.agencyId, [params.data.unitId], 'unitId');
    await assertNoOverlap(tx, params.agencyId, params.data, params.id);
    await tx
      .update(staffAssignments)
      .set({ ...params.data, version: sql`${staffAssignments.version} + 1`, updatedBy: params.userId, updatedAt: new Date() })
      .where(eq(staffAssignments.id, params.id));
  });
  return getStaffAssignment(db, params.agencyId, params.id, params.today);
}

/**
 * Ngày tiếp công dân and the allowance of each official over a period: everyone with an assignment
 * meeting the period or a reception day in it. Days come from the register and the head's sessions
 * (up to today: a session still to come has not been worked); amounts from the rate table.
 */
export async function findAllowanceDays(db: Db, params: { agencyId: string; from: IsoDate; to: IsoDate; today: IsoDate }) {
  const until = params.to < params.today ? params.to : params.today;
  const [visits, sessions, assignments, rates] = await Promise.all([
    db
      .select({ date: receptionVisits.visitDate, receivingOfficialId: receptionVisits.receivingOfficialId })
      .from(receptionVisits)
      .where(and(eq(receptionVisits.agencyId, params.agencyId), between(receptionVisits.visitDate, params.from, until))),
    db
      .select({ date: receptionSessions.date, hostUserId: receptionSessions.hostUserId, isCancelled: sql<boolean>`${receptionSessions.cancelledAt} is not null` })
      .from(receptionSessions)
      .where(and(eq(receptionSessions.agencyId, params.agencyId), between(receptionSessions.date, params.from, until))),
    db
      .select({
        userId: staffAssignments.userId,
        dateAssigned: staffAssignments.dateAssigned,
        dateEnded: staffAssignments.dateEnded,
        allowanceCategory: staffAssignments.allowanceCategory,
        unitName: units.name,
        position: staffAssignments.position,
      })
      .from(staffAssignments)
      .innerJoin(units, eq(units.id, staffAssignments.unitId))
      .where(
        and(
          eq(staffAssignments.agencyId, params.agencyId),
          lte(staffAssignments.dateAssigned, params.to),
          or(isNull(staffAssignments.dateEnded), gte(staffAssignments.dateEnded, params.from)),
        ),
      )
      .orderBy(asc(staffAssignments.dateAssigned)),
    findAllowanceRates(db),
  ]);
  const officialIds = new Set<string>([...assignments.map((a) => a.userId), ...visits.map((v) => v.receivingOfficialId)]);
  for (const s of sessions) if (s.hostUserId && !s.isCancelled) officialIds.add(s.hostUserId);
  if (officialIds.size === 0) return [];
  const names = await db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(and(eq(users.agencyId, params.agencyId), inArray(users.id, [...officialIds])));
  const period = { from: params.from, to: until };
  return names
    .map((official) => {
      const own = assignments.filter((a) => a.userId === official.id);
      const days = receptionDaysWorked({ visits, sessions }, official.id, period);
      const latest = own.at(-1);
      return {
        userId: official.id,
        fullName: official.fullName,
        /** The unit and post of the latest assignment in the period; null when never assigned. */
        unitName: latest?.unitName ?? null,
        position: latest?.position ?? null,
        dayCount: days.length,
        ...receptionAllowance(days, own, rates),
      };
    })
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
}
export type AllowanceDaysRecord = Awaited<ReturnType<typeof findAllowanceDays>>[number];
