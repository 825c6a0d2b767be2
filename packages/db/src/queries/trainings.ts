import {
  DomainError,
  foldVietnamese,
  notFound,
  staleVersion,
  type IsoDate,
  type ListResult,
  type Pagination,
  type TrainingData,
  type TrainingListFilter,
  type trainingSortFields,
} from '@kntc/domain';
import { and, asc, count, desc, eq, exists, getTableColumns, gte, inArray, like, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { trainingAttendees, trainings } from '../schema/office.js';
import { units } from '../schema/organisation.js';
import { planItems } from '../schema/plans.js';
import { users } from '../schema/users.js';
import { escapeLike } from './like.js';
import { assertOfficialsOfAgency, assertUnitsOfAgency } from './office-refs.js';

type Actor = { agencyId: string; userId: string; today: IsoDate };

const selectTrainings = (db: Db) =>
  db
    .select({
      ...(({ createdBy: _c, updatedBy: _u, agencyId: _a, searchText: _s, ...rest }) => rest)(getTableColumns(trainings)),
      organiserUnitName: units.name,
      planItemCode: planItems.code,
    })
    .from(trainings)
    .innerJoin(units, eq(units.id, trainings.organiserUnitId))
    .leftJoin(planItems, eq(planItems.id, trainings.planItemId));
type TrainingRow = Awaited<ReturnType<typeof selectTrainings>>[number];

/** Each training with its attendees in the order listed; an official shows under their current name. */
async function withAttendees(db: Db, rows: TrainingRow[]) {
  if (rows.length === 0) return [];
  const attendees = await db
    .select({
      trainingId: trainingAttendees.trainingId,
      userId: trainingAttendees.userId,
      fullName: sql<string>`coalesce(${users.fullName}, ${trainingAttendees.fullName})`,
      organisation: trainingAttendees.organisation,
      attended: trainingAttendees.attended,
    })
    .from(trainingAttendees)
    .leftJoin(users, eq(users.id, trainingAttendees.userId))
    .where(inArray(trainingAttendees.trainingId, rows.map((r) => r.id)))
    .orderBy(asc(trainingAttendees.trainingId), asc(trainingAttendees.position));
  return rows.map((row) => {
    const own = attendees.filter((a) => a.trainingId === row.id).map(({ trainingId: _t, ...a }) => a);
    return { ...row, attendees: own, attendeeCount: own.length, attendedCount: own.filter((a) => a.attended).length };
  });
}
export type TrainingRecord = Awaited<ReturnType<typeof withAttendees>>[number];

function conditions(agencyId: string, filter: TrainingListFilter | undefined): SQL[] {
  const where: SQL[] = [eq(trainings.agencyId, agencyId)];
  if (filter?.kind) where.push(eq(trainings.kind, filter.kind));
  if (filter?.organiserUnitId) where.push(eq(trainings.organiserUnitId, filter.organiserUnitId));
  if (filter?.planItemId) where.push(eq(trainings.planItemId, filter.planItemId));
  if (filter?.year) {
    where.push(gte(trainings.dateFrom, `${String(filter.year)}-01-01`));
    where.push(lte(trainings.dateFrom, `${String(filter.year)}-12-31`));
  }
  for (const word of foldVietnamese(filter?.q ?? '').split(' ').filter(Boolean)) where.push(like(trainings.searchText, `%${escapeLike(word)}%`));
  if (filter?.attendeeUserId) {
    const attendeeUserId = filter.attendeeUserId;
    where.push(
      exists(
        sql`(select 1 from ${trainingAttendees} where ${trainingAttendees.trainingId} = ${trainings.id} and ${trainingAttendees.userId} = ${attendeeUserId})`,
      ),
    );
  }
  return where;
}

type SortField = (typeof trainingSortFields)[number];
const sortColumns = { dateFrom: trainings.dateFrom, title: trainings.title, updatedAt: trainings.updatedAt } satisfies Record<SortField, unknown>;

export async function listTrainings(
  db: Db,
  params: { agencyId: string; pagination: Pagination; sort?: { field: SortField; order: 'ASC' | 'DESC' } | undefined; filter?: TrainingListFilter | undefined },
): Promise<ListResult<TrainingRecord>> {
  const where = and(...conditions(params.agencyId, params.filter));
  const sort = params.sort ?? { field: 'dateFrom', order: 'DESC' };
  const direction = sort.order === 'ASC' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    selectTrainings(db)
      .where(where)
      .orderBy(direction(sortColumns[sort.field]), asc(trainings.id))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(trainings).where(where),
  ]);
  return { data: await withAttendees(db, rows), total: total?.value ?? 0 };
}

export async function findTrainingsByIds(db: Db, agencyId: string, ids: readonly string[]): Promise<TrainingRecord[]> {
  if (ids.length === 0) return [];
  return withAttendees(db, await selectTrainings(db).where(and(eq(trainings.agencyId, agencyId), inArray(trainings.id, [...ids]))));
}

export async function getTraining(db: Db, agencyId: string, id: string): Promise<TrainingRecord> {
  const [row] = await findTrainingsByIds(db, agencyId, [id]);
  if (!row) throw notFound('lớp tập huấn, hội nghị');
  return row;
}

async function assertReferences(tx: Db, agencyId: string, data: TrainingData) {
  await assertUnitsOfAgency(tx, agencyId, [data.organiserUnitId], 'organiserUnitId');
  await assertOfficialsOfAgency(
    tx,
    agencyId,
    data.attendees.flatMap((a) => (a.userId ? [a.userId] : [])),
    'attendees',
  );
  if (data.planItemId) {
    const [item] = await tx
      .select({ id: planItems.id })
      .from(planItems)
      .where(and(eq(planItems.id, data.planItemId), eq(planItems.agencyId, agencyId)));
    if (!item) throw new DomainError('VALIDATION', 'Không tìm thấy mục kế hoạch đã chọn.', { planItemId: 'Hãy chọn mục trong kế hoạch của cơ quan.' });
  }
}

const trainingValues = ({ attendees: _a, ...data }: TrainingData) => ({
  ...data,
  searchText: foldVietnamese([data.title, ...data.legalDocuments, data.place, data.audience].join(' ')),
});

/** Attendees are rewritten whole: the form edits the list as one table. */
async function writeAttendees(tx: Db, trainingId: string, data: TrainingData) {
  await tx.delete(trainingAttendees).where(eq(trainingAttendees.trainingId, trainingId));
  if (data.attendees.length === 0) return;
  await tx.insert(trainingAttendees).values(data.attendees.map((a, position) => ({ trainingId, position, ...a })));
}

export async function createTraining(db: Db, params: Actor & { input: TrainingData }): Promise<TrainingRecord> {
  const id = await db.transaction(async (tx) => {
    await assertReferences(tx, params.agencyId, params.input);
    const [row] = await tx
      .insert(trainings)
      .values({ agencyId: params.agencyId, ...trainingValues(params.input), createdBy: params.userId, updatedBy: params.userId })
      .returning({ id: trainings.id });
    if (!row) throw new Error('training insert returned no row');
    await writeAttendees(tx, row.id, params.input);
    return row.id;
  });
  return getTraining(db, params.agencyId, id);
}

export async function updateTraining(db: Db, params: Actor & { id: string; version: number; data: TrainingData }): Promise<TrainingRecord> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ version: trainings.version })
      .from(trainings)
      .where(and(eq(trainings.id, params.id), eq(trainings.agencyId, params.agencyId)))
      .for('update');
    if (!row) throw notFound('lớp tập huấn, hội nghị');
    if (row.version !== params.version) throw staleVersion();
    await assertReferences(tx, params.agencyId, params.data);
    await tx
      .update(trainings)
      .set({ ...trainingValues(params.data), version: sql`${trainings.version} + 1`, updatedBy: params.userId, updatedAt: new Date() })
      .where(eq(trainings.id, params.id));
    await writeAttendees(tx, params.id, params.data);
  });
  return getTraining(db, params.agencyId, params.id);
}
