import {
  notFound,
  rewardStatusOf,
  staleVersion,
  type IsoDate,
  type ListResult,
  type Pagination,
  type RewardData,
  type RewardListFilter,
  type rewardSortFields,
} from '@kntc/domain';
import { and, asc, count, desc, eq, getTableColumns, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { cases } from '../schema/cases.js';
import { rewards } from '../schema/office.js';
import { units } from '../schema/organisation.js';
import { petitions } from '../schema/petitions.js';
import { users } from '../schema/users.js';
import { formatReceiptNumber } from './petitions.js';
import { assertCaseFileOfAgency, assertOfficialOfAgency, assertUnitsOfAgency } from './office-refs.js';

type Actor = { agencyId: string; userId: string; today: IsoDate };

const selectRewards = (db: Db) =>
  db
    .select({
      ...(({ createdBy: _c, updatedBy: _u, agencyId: _a, ...rest }) => rest)(getTableColumns(rewards)),
      userName: users.fullName,
      unitName: units.name,
      petitionReceiptSeq: petitions.receiptSeq,
      petitionReceiptYear: petitions.receiptYear,
      petitionSplitIndex: petitions.splitIndex,
      caseDecisionNumber: cases.decisionNumber,
    })
    .from(rewards)
    .leftJoin(users, eq(users.id, rewards.userId))
    .leftJoin(units, eq(units.id, rewards.unitId))
    .leftJoin(petitions, eq(petitions.id, rewards.petitionId))
    .leftJoin(cases, eq(cases.id, rewards.caseId));
type RewardRow = Awaited<ReturnType<typeof selectRewards>>[number];

function toRecord({ petitionReceiptSeq, petitionReceiptYear, petitionSplitIndex, ...row }: RewardRow) {
  return {
    ...row,
    status: rewardStatusOf(row),
    /** Who it is about, as lists print it. */
    subjectName: row.subjectType === 'official' ? (row.userName ?? '') : (row.unitName ?? ''),
    /** The linked letter's receipt number ("12/2026"), when it has one. */
    petitionReceiptNumber: formatReceiptNumber(petitionReceiptSeq, petitionReceiptYear, petitionSplitIndex ?? 0),
  };
}
export type RewardRecord = ReturnType<typeof toRecord>;

function conditions(agencyId: string, filter: RewardListFilter | undefined): SQL[] {
  const where: SQL[] = [eq(rewards.agencyId, agencyId)];
  if (filter?.kind) where.push(eq(rewards.kind, filter.kind));
  if (filter?.status) where.push(filter.status === 'decided' ? isNotNull(rewards.decisionNumber) : isNull(rewards.decisionNumber));
  if (filter?.userId) where.push(eq(rewards.userId, filter.userId));
  if (filter?.unitId) where.push(eq(rewards.unitId, filter.unitId));
  if (filter?.caseId) where.push(eq(rewards.caseId, filter.caseId));
  if (filter?.petitionId) where.push(eq(rewards.petitionId, filter.petitionId));
  if (filter?.year) {
    where.push(gte(rewards.proposalDate, `${String(filter.year)}-01-01`));
    where.push(lte(rewards.proposalDate, `${String(filter.year)}-12-31`));
  }
  return where;
}

type SortField = (typeof rewardSortFields)[number];
const sortColumns = { proposalDate: rewards.proposalDate, decisionDate: rewards.decisionDate, updatedAt: rewards.updatedAt } satisfies Record<SortField, unknown>;

export async function listRewards(
  db: Db,
  params: { agencyId: string; pagination: Pagination; sort?: { field: SortField; order: 'ASC' | 'DESC' } | undefined; filter?: RewardListFilter | undefined },
): Promise<ListResult<RewardRecord>> {
  const where = and(...conditions(params.agencyId, params.filter));
  const sort = params.sort ?? { field: 'proposalDate', order: 'DESC' };
  const direction = sort.order === 'ASC' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    selectRewards(db)
      .where(where)
      .orderBy(direction(sortColumns[sort.field]), asc(rewards.id))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(rewards).where(where),
  ]);
  return { data: rows.map(toRecord), total: total?.value ?? 0 };
}

export async function findRewardsByIds(db: Db, agencyId: string, ids: readonly string[]): Promise<RewardRecord[]> {
  if (ids.length === 0) return [];
  const rows = await selectRewards(db).where(and(eq(rewards.agencyId, agencyId), inArray(rewards.id, [...ids])));
  return rows.map(toRecord);
}

export async function getReward(db: Db, agencyId: string, id: string): Promise<RewardRecord> {
  const [row] = await findRewardsByIds(db, agencyId, [id]);
  if (!row) throw notFound('hồ sơ khen thưởng, kỷ luật');
  return row;
}

async function assertReferences(tx: Db, agencyId: string, data: RewardData) {
  if (data.userId) await assertOfficialOfAgency(tx, agencyId, data.userId, 'userId');
  if (data.unitId) await assertUnitsOfAgency(tx, agencyId, [data.unitId], 'unitId');
  await assertCaseFileOfAgency(tx, agencyId, data);
}

export async function createReward(db: Db, params: Actor & { input: RewardData }): Promise<RewardRecord> {
  const id = await db.transaction(async (tx) => {
    await assertReferences(tx, params.agencyId, params.input);
    const [row] = await tx
      .insert(rewards)
      .values({ agencyId: params.agencyId, ...params.input, createdBy: params.userId, updatedBy: params.userId })
      .returning({ id: rewards.id });
    if (!row) throw new Error('reward insert returned no row');
    return row.id;
  });
  return getReward(db, params.agencyId, id);
}

/** Also how a decision is recorded on a proposal: its number, date and signer arrive together. */
export async function updateReward(db: Db, params: Actor & { id: string; version: number; data: RewardData }): Promise<RewardRecord> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ version: rewards.version })
      .from(rewards)
      .where(and(eq(rewards.id, params.id), eq(rewards.agencyId, params.agencyId)))
      .for('update');
    if (!row) throw notFound('hồ sơ khen thưởng, kỷ luật');
    if (row.version !== params.version) throw staleVersion();
    await assertReferences(tx, params.agencyId, params.data);
    await tx
      .update(rewards)
      .set({ ...params.data, version: sql`${rewards.version} + 1`, updatedBy: params.userId, updatedAt: new Date() })
      .where(eq(rewards.id, params.id));
  });
  return getReward(db, params.agencyId, params.id);
}
