import {
  DomainError,
  notFound,
  planProgress,
  staleVersion,
  type AnnualPlanData,
  type AnnualPlanListFilter,
  type annualPlanSortFields,
  type IsoDate,
  type ListResult,
  type Pagination,
} from '@kntc/domain';
import { and, asc, count, desc, eq, getTableColumns, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { annualPlans } from '../schema/plans.js';
import { findItemsOfPlans } from './plan-items.js';

type Actor = { agencyId: string; userId: string; today: IsoDate };

const planColumns = (({ createdBy: _c, updatedBy: _u, agencyId: _a, ...rest }) => rest)(getTableColumns(annualPlans));
type PlanRow = { [K in keyof typeof planColumns]: (typeof annualPlans.$inferSelect)[K] };

/** Plans with where their items stand today (counts by status, late items). */
async function withProgress(db: Db, agencyId: string, rows: PlanRow[], today: IsoDate) {
  const items = await findItemsOfPlans(db, agencyId, rows.map((r) => r.id), today);
  return rows.map((row) => {
    const own = items.filter((i) => i.planId === row.id);
    return { ...row, itemCount: own.length, progress: planProgress({ year: row.year, items: own }, today) };
  });
}
export type AnnualPlanRecord = Awaited<ReturnType<typeof withProgress>>[number];

type SortField = (typeof annualPlanSortFields)[number];
const sortColumns = { year: annualPlans.year, date: annualPlans.date, updatedAt: annualPlans.updatedAt } satisfies Record<SortField, unknown>;

export async function listAnnualPlans(
  db: Db,
  params: { agencyId: string; today: IsoDate; pagination: Pagination; sort?: { field: SortField; order: 'ASC' | 'DESC' } | undefined; filter?: AnnualPlanListFilter | undefined },
): Promise<ListResult<AnnualPlanRecord>> {
  const where: SQL[] = [eq(annualPlans.agencyId, params.agencyId)];
  if (params.filter?.year) where.push(eq(annualPlans.year, params.filter.year));
  const sort = params.sort ?? { field: 'year', order: 'DESC' };
  const direction = sort.order === 'ASC' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    db
      .select(planColumns)
      .from(annualPlans)
      .where(and(...where))
      .orderBy(direction(sortColumns[sort.field]), desc(annualPlans.date), asc(annualPlans.id))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(annualPlans).where(and(...where)),
  ]);
  return { data: await withProgress(db, params.agencyId, rows, params.today), total: total?.value ?? 0 };
}

export async function findAnnualPlansByIds(db: Db, agencyId: string, ids: readonly string[], today: IsoDate): Promise<AnnualPlanRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(planColumns)
    .from(annualPlans)
    .where(and(eq(annualPlans.agencyId, agencyId), inArray(annualPlans.id, [...ids])));
  return withProgress(db, agencyId, rows, today);
}

export async function getAnnualPlan(db: Db, agencyId: string, id: string, today: IsoDate): Promise<AnnualPlanRecord> {
  const [row] = await findAnnualPlansByIds(db, agencyId, [id], today);
  if (!row) throw notFound('kế hoạch');
  return row;
}

async function assertNumberFree(tx: Db, agencyId: string, data: AnnualPlanData, exceptId: string | null) {
  const [clash] = await tx
    .select({ id: annualPlans.id })
    .from(annualPlans)
    .where(and(eq(annualPlans.agencyId, agencyId), eq(annualPlans.year, data.year), eq(annualPlans.number, data.number), exceptId ? ne(annualPlans.id, exceptId) : undefined));
  if (clash) throw new DomainError('VALIDATION', `Năm ${String(data.year)} đã có kế hoạch số ${data.number}.`, { number: 'Số kế hoạch này đã được ghi.' });
}

export async function createAnnualPlan(db: Db, params: Actor & { input: AnnualPlanData }): Promise<AnnualPlanRecord> {
  const id = await db.transaction(async (tx) => {
    await assertNumberFree(tx, params.agencyId, params.input, null);
    const [row] = await tx
      .insert(annualPlans)
      .values({ agencyId: params.agencyId, ...params.input, createdBy: params.userId, updatedBy: params.userId })
      .returning({ id: annualPlans.id });
    if (!row) throw new Error('plan insert returned no row');
    return row.id;
  });
  return getAnnualPlan(db, params.agencyId, id, params.today);
}

/** The plan's own details; its year is what "late" counts against for regular items. */
export async function updateAnnualPlan(db: Db, params: Actor & { id: string; version: number; data: AnnualPlanData }): Promise<AnnualPlanRecord> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ version: annualPlans.version })
      .from(annualPlans)
      .where(and(eq(annualPlans.id, params.id), eq(annualPlans.agencyId, params.agencyId)))
      .for('update');
    if (!row) throw notFound('kế hoạch');
    if (row.version !== params.version) throw staleVersion();
    await assertNumberFree(tx, params.agencyId, params.data, params.id);
    await tx
      .update(annualPlans)
      .set({ ...params.data, version: sql`${annualPlans.version} + 1`, updatedBy: params.userId, updatedAt: new Date() })
      .where(eq(annualPlans.id, params.id));
  });
  return getAnnualPlan(db, params.agencyId, params.id, params.today);
}

/**
 * Tiến độ thực hiện kế hoạch năm, for leaders and the dashboard: the year's plans, all their items
 * with their status today and latest note, and one summary over them.
 */
export async function findPlanProgress(db: Db, params: { agencyId: string; year: number; today: IsoDate }) {
  const plans = await db
    .select(planColumns)
    .from(annualPlans)
    .where(and(eq(annualPlans.agencyId, params.agencyId), eq(annualPlans.year, params.year)))
    .orderBy(asc(annualPlans.date), asc(annualPlans.id));
  const items = await findItemsOfPlans(db, params.agencyId, plans.map((p) => p.id), params.today);
  return {
    year: params.year,
    today: params.today,
    plans: plans.map((p) => ({
      id: p.id,
      number: p.number,
      date: p.date,
      title: p.title,
      signerName: p.signerName,
      signerTitle: p.signerTitle,
      progress: planProgress({ year: p.year, items: items.filter((i) => i.planId === p.id) }, params.today),
    })),
    progress: planProgress({ year: params.year, items }, params.today),
    items: items.map((i) => ({
      id: i.id,
      planId: i.planId,
      code: i.code,
      content: i.content,
      leadText: i.leadText,
      coordinatingText: i.coordinatingText,
      responsibilityNote: i.responsibilityNote,
      timeFrame: i.timeFrame,
      timeFrom: i.timeFrom,
      timeTo: i.timeTo,
      timeNote: i.timeNote,
      state: i.state,
      status: i.status,
      dueDate: i.dueDate,
      version: i.version,
      lastProgress: i.progress[0] ?? null,
      progressCount: i.progress.length,
    })),
  };
}
export type PlanProgressView = Awaited<ReturnType<typeof findPlanProgress>>;

/** A plan with every item, units and notes, for its year-end summary. */
export async function findPlanForSummary(db: Db, params: { agencyId: string; id: string; today: IsoDate }) {
  const plan = await getAnnualPlan(db, params.agencyId, params.id, params.today);
  const items = await findItemsOfPlans(db, params.agencyId, [plan.id], params.today);
  return { plan, items };
}
