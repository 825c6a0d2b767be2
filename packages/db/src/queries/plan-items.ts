import {
  DomainError,
  notFound,
  planItemDueDate,
  planItemStatus,
  staleVersion,
  unitGroupText,
  type IsoDate,
  type ListResult,
  type Pagination,
  type PlanItemData,
  type PlanItemListFilter,
  type PlanItemProgress,
  type planItemSortFields,
} from '@kntc/domain';
import { and, asc, count, desc, eq, getTableColumns, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { trainings } from '../schema/office.js';
import { units } from '../schema/organisation.js';
import { annualPlans, planItemProgress, planItems, planItemUnits } from '../schema/plans.js';
import { users } from '../schema/users.js';
import { findAttachmentOwner, findAttachmentsOfSubjects, softDeleteAttachment, type AttachmentRecord } from './attachments.js';
import { assertUnitsOfAgency } from './office-refs.js';

type Actor = { agencyId: string; userId: string; today: IsoDate };

const selectItems = (db: Db) =>
  db
    .select({
      ...(({ createdBy: _c, updatedBy: _u, ...rest }) => rest)(getTableColumns(planItems)),
      planYear: annualPlans.year,
      planNumber: annualPlans.number,
    })
    .from(planItems)
    .innerJoin(annualPlans, eq(annualPlans.id, planItems.planId));
type ItemRow = Awaited<ReturnType<typeof selectItems>>[number];

/** Items with their units by role, progress notes (newest first), evidence documents and status today. */
async function toRecords(db: Db, rows: ItemRow[], today: IsoDate) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const agencyId = rows[0]?.agencyId ?? '';
  const [unitRows, notes, evidence] = await Promise.all([
    db
      .select({ itemId: planItemUnits.itemId, unitId: planItemUnits.unitId, role: planItemUnits.role, name: units.name })
      .from(planItemUnits)
      .innerJoin(units, eq(units.id, planItemUnits.unitId))
      .where(inArray(planItemUnits.itemId, ids))
      .orderBy(asc(planItemUnits.position)),
    db
      .select({
        id: planItemProgress.id,
        itemId: planItemProgress.itemId,
        date: planItemProgress.date,
        note: planItemProgress.note,
        stateAfter: planItemProgress.stateAfter,
        authorId: planItemProgress.authorId,
        authorName: users.fullName,
        createdAt: planItemProgress.createdAt,
      })
      .from(planItemProgress)
      .innerJoin(users, eq(users.id, planItemProgress.authorId))
      .where(inArray(planItemProgress.itemId, ids))
      .orderBy(desc(planItemProgress.date), desc(planItemProgress.createdAt)),
    findAttachmentsOfSubjects(db, { agencyId, subjectType: 'plan_item', subjectIds: ids }),
  ]);
  return rows.map((row) => {
    const own = unitRows.filter((u) => u.itemId === row.id);
    const lead = own.filter((u) => u.role === 'lead').map((u) => ({ id: u.unitId, name: u.name }));
    const coordinating = own.filter((u) => u.role === 'coordinating').map((u) => ({ id: u.unitId, name: u.name }));
    const { agencyId: _agency, ...item } = row;
    return {
      ...item,
      leadUnitIds: lead.map((u) => u.id),
      leadUnits: lead,
      coordinatingUnitIds: coordinating.map((u) => u.id),
      coordinatingUnits: coordinating,
      leadText: unitGroupText({ unitNames: lead.map((u) => u.name), allUnits: row.leadAllUnits, relevantUnits: row.leadRelevantUnits }),
      coordinatingText: unitGroupText({ unitNames: coordinating.map((u) => u.name), allUnits: row.coordinatingAllUnits, relevantUnits: row.coordinatingRelevantUnits }),
      /** Derived: "late" once unfinished after its date (or the plan year, for a regular item). */
      status: planItemStatus(row, row.planYear, today),
      dueDate: planItemDueDate(row, row.planYear),
      progress: notes.filter((n) => n.itemId === row.id).map(({ itemId: _i, ...n }) => n),
      /** Tài liệu minh chứng: uploaded with subjectType 'plan_item' (POST /api/files), oldest first. */
      evidence: evidence.filter((a) => a.subjectId === row.id),
    };
  });
}
export type PlanItemRecord = Awaited<ReturnType<typeof toRecords>>[number];

function conditions(agencyId: string, filter: PlanItemListFilter | undefined): SQL[] {
  const where: SQL[] = [eq(planItems.agencyId, agencyId)];
  if (filter?.planId) where.push(eq(planItems.planId, filter.planId));
  if (filter?.year) where.push(eq(annualPlans.year, filter.year));
  if (filter?.unitId) {
    const unitId = filter.unitId;
    const involved = or(
      planItems.leadAllUnits,
      planItems.coordinatingAllUnits,
      sql`exists (select 1 from ${planItemUnits} where ${planItemUnits.itemId} = ${planItems.id} and ${planItemUnits.unitId} = ${unitId})`,
    );
    if (involved) where.push(involved);
  }
  return where;
}

type SortField = (typeof planItemSortFields)[number];

/** Codes in plan order: "2" before "10", numbered items before the roman monitoring section. */
const codeOrder = (code: string) => (/^\d/.test(code) ? code.split('.').map((p) => p.padStart(4, '0')).join('.') : `~${code}`);

/**
 * Mục kế hoạch, in plan order by default. The status is derived from today, so it is filtered after
 * reading; a year's plans hold tens of items.
 */
export async function listPlanItems(
  db: Db,
  params: { agencyId: string; today: IsoDate; pagination: Pagination; sort?: { field: SortField; order: 'ASC' | 'DESC' } | undefined; filter?: PlanItemListFilter | undefined },
): Promise<ListResult<PlanItemRecord>> {
  const rows = await selectItems(db).where(and(...conditions(params.agencyId, params.filter)));
  let records = await toRecords(db, rows, params.today);
  if (params.filter?.status) {
    const wanted = params.filter.status;
    records = records.filter((r) => r.status === wanted);
  }
  const sort = params.sort ?? { field: 'position', order: 'ASC' };
  const sign = sort.order === 'ASC' ? 1 : -1;
  const byField = (a: PlanItemRecord, b: PlanItemRecord): number =>
    sort.field === 'code' ? codeOrder(a.code).localeCompare(codeOrder(b.code)) : sort.field === 'updatedAt' ? a.updatedAt.getTime() - b.updatedAt.getTime() : a.position - b.position;
  records.sort((a, b) => b.planYear - a.planYear || sign * byField(a, b) || codeOrder(a.code).localeCompare(codeOrder(b.code)));
  const start = (params.pagination.page - 1) * params.pagination.perPage;
  return { data: records.slice(start, start + params.pagination.perPage), total: records.length };
}

export async function findPlanItemsByIds(db: Db, agencyId: string, ids: readonly string[], today: IsoDate): Promise<PlanItemRecord[]> {
  if (ids.length === 0) return [];
  return toRecords(db, await selectItems(db).where(and(eq(planItems.agencyId, agencyId), inArray(planItems.id, [...ids]))), today);
}

/** Every item of the given plans, in plan order: the progress view and the year-end summary. */
export async function findItemsOfPlans(db: Db, agencyId: string, planIds: readonly string[], today: IsoDate): Promise<PlanItemRecord[]> {
  if (planIds.length === 0) return [];
  const rows = await selectItems(db)
    .where(and(eq(planItems.agencyId, agencyId), inArray(planItems.planId, [...planIds])))
    .orderBy(asc(planItems.position));
  const records = await toRecords(db, rows, today);
  return records.sort((a, b) => a.position - b.position || codeOrder(a.code).localeCompare(codeOrder(b.code)));
}

export async function getPlanItem(db: Db, agencyId: string, id: string, today: IsoDate): Promise<PlanItemRecord> {
  const [row] = await findPlanItemsByIds(db, agencyId, [id], today);
  if (!row) throw notFound('mục kế hoạch');
  return row;
}

async function assertCodeFree(tx: Db, planId: string, code: string, exceptId: string | null) {
  const [clash] = await tx
    .select({ id: planItems.id })
    .from(planItems)
    .where(and(eq(planItems.planId, planId), eq(planItems.code, code), exceptId ? ne(planItems.id, exceptId) : undefined));
  if (clash) throw new DomainError('VALIDATION', `Kế hoạch đã có mục số ${code}.`, { code: 'Số thứ tự này đã có trong kế hoạch.' });
}

const itemValues = ({ leadUnitIds: _l, coordinatingUnitIds: _c, planId: _p, ...data }: PlanItemData) => data;

async function writeUnits(tx: Db, itemId: string, data: PlanItemData) {
  await tx.delete(planItemUnits).where(eq(planItemUnits.itemId, itemId));
  const rows = [
    ...data.leadUnitIds.map((unitId, position) => ({ itemId, unitId, role: 'lead' as const, position })),
    ...data.coordinatingUnitIds.map((unitId, i) => ({ itemId, unitId, role: 'coordinating' as const, position: data.leadUnitIds.length + i })),
  ];
  if (rows.length > 0) await tx.insert(planItemUnits).values(rows);
}

/** Thêm mục: into a plan of the agency, under a code not yet used in it. */
export async function createPlanItem(db: Db, params: Actor & { input: PlanItemData }): Promise<PlanItemRecord> {
  const id = await db.transaction(async (tx) => {
    const [plan] = await tx
      .select({ id: annualPlans.id })
      .from(annualPlans)
      .where(and(eq(annualPlans.id, params.input.planId), eq(annualPlans.agencyId, params.agencyId)))
      .for('update');
    if (!plan) throw new DomainError('VALIDATION', 'Không tìm thấy kế hoạch.', { planId: 'Hãy chọn kế hoạch của cơ quan.' });
    await assertCodeFree(tx, plan.id, params.input.code, null);
    await assertUnitsOfAgency(tx, params.agencyId, params.input.leadUnitIds, 'leadUnitIds');
    await assertUnitsOfAgency(tx, params.agencyId, params.input.coordinatingUnitIds, 'coordinatingUnitIds');
    const [row] = await tx
      .insert(planItems)
      .values({ agencyId: params.agencyId, planId: plan.id, ...itemValues(params.input), createdBy: params.userId, updatedBy: params.userId })
      .returning({ id: planItems.id });
    if (!row) throw new Error('plan item insert returned no row');
    await writeUnits(tx, row.id, params.input);
    return row.id;
  });
  return getPlanItem(db, params.agencyId, id, params.today);
}

async function lockItem(tx: Db, agencyId: string, id: string, version: number) {
  const [row] = await tx
    .select({ version: planItems.version, planId: planItems.planId })
    .from(planItems)
    .where(and(eq(planItems.id, id), eq(planItems.agencyId, agencyId)))
    .for('update');
  if (!row) throw notFound('mục kế hoạch');
  if (row.version !== version) throw staleVersion();
  return row;
}

const bump = (userId: string) => ({ version: sql`${planItems.version} + 1`, updatedBy: userId, updatedAt: new Date() });

export async function updatePlanItem(db: Db, params: Actor & { id: string; version: number; data: PlanItemData }): Promise<PlanItemRecord> {
  await db.transaction(async (tx) => {
    const row = await lockItem(tx, params.agencyId, params.id, params.version);
    if (row.planId !== params.data.planId) throw new DomainError('VALIDATION', 'Không chuyển mục sang kế hoạch khác.', { planId: 'Mục thuộc kế hoạch đã chọn khi tạo.' });
    await assertCodeFree(tx, row.planId, params.data.code, params.id);
    await assertUnitsOfAgency(tx, params.agencyId, params.data.leadUnitIds, 'leadUnitIds');
    await assertUnitsOfAgency(tx, params.agencyId, params.data.coordinatingUnitIds, 'coordinatingUnitIds');
    await tx
      .update(planItems)
      .set({ ...itemValues(params.data), ...bump(params.userId) })
      .where(eq(planItems.id, params.id));
    await writeUnits(tx, params.id, params.data);
  });
  return getPlanItem(db, params.agencyId, params.id, params.today);
}

/**
 * Cập nhật tiến độ: a dated note (not in the future) by the signed-in official, and the state it
 * leaves the item in. Notes are appended, never rewritten, so the history of the item stays.
 */
export async function addPlanItemProgress(db: Db, params: Actor & { input: PlanItemProgress }): Promise<PlanItemRecord> {
  const { input } = params;
  await db.transaction(async (tx) => {
    await lockItem(tx, params.agencyId, input.id, input.version);
    if (input.date > params.today) throw new DomainError('VALIDATION', 'Ngày cập nhật không được sau hôm nay.', { date: 'Ngày cập nhật không được sau hôm nay.' });
    await tx.insert(planItemProgress).values({ itemId: input.id, date: input.date, note: input.note, stateAfter: input.state, authorId: params.userId });
    await tx
      .update(planItems)
      .set({ state: input.state, ...bump(params.userId) })
      .where(eq(planItems.id, input.id));
  });
  return getPlanItem(db, params.agencyId, input.id, params.today);
}

/** Xóa mục: only one entered by mistake, with no progress recorded and no training linked to it. */
export async function deletePlanItem(db: Db, params: Actor & { id: string; version: number }): Promise<PlanItemRecord> {
  const record = await getPlanItem(db, params.agencyId, params.id, params.today);
  await db.transaction(async (tx) => {
    await lockItem(tx, params.agencyId, params.id, params.version);
    const [notes] = await tx.select({ n: count() }).from(planItemProgress).where(eq(planItemProgress.itemId, params.id));
    const [linked] = await tx.select({ n: count() }).from(trainings).where(eq(trainings.planItemId, params.id));
    if ((notes?.n ?? 0) > 0 || (linked?.n ?? 0) > 0) {
      throw new DomainError('VALIDATION', 'Mục đã có cập nhật tiến độ hoặc hoạt động gắn với mục nên không xóa được; hãy sửa nội dung mục.');
    }
    await tx.delete(planItems).where(eq(planItems.id, params.id));
  });
  return record;
}

/**
 * Gỡ tài liệu minh chứng: hides an evidence file of a plan item of the agency (the blob stays, as for
 * any attachment). Anything else, or another agency's, is NOT_FOUND.
 */
export async function removePlanItemEvidence(db: Db, params: Actor & { id: string; now?: Date }): Promise<AttachmentRecord> {
  const owner = await findAttachmentOwner(db, { agencyId: params.agencyId, id: params.id });
  if (!owner || owner.subjectType !== 'plan_item') throw notFound('tài liệu minh chứng');
  return softDeleteAttachment(db, { agencyId: params.agencyId, userId: params.userId, id: params.id, now: params.now });
}
