import { DomainError, defaultAllowanceRates, notFound, staleVersion, type AllowanceRateData } from '@kntc/domain';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { allowanceRates } from '../schema/office.js';
import { users } from '../schema/users.js';

/**
 * Writes the shipped rates once. A row already there (by its seed key, or an administrator's row
 * for the same category and day) is left as it is, so a corrected amount survives every start.
 */
export async function ensureAllowanceRates(db: Db): Promise<void> {
  await db
    .insert(allowanceRates)
    .values(defaultAllowanceRates.map(({ key, ...rate }) => ({ ...rate, seedKey: key })))
    .onConflictDoNothing();
}

const selectRates = (db: Db) =>
  db
    .select({
      id: allowanceRates.id,
      category: allowanceRates.category,
      amountPerDay: allowanceRates.amountPerDay,
      effectiveFrom: allowanceRates.effectiveFrom,
      legalBasis: allowanceRates.legalBasis,
      confidence: allowanceRates.confidence,
      note: allowanceRates.note,
      /** Shipped with the release (and perhaps corrected since), or added by an administrator. */
      isShipped: sql<boolean>`${allowanceRates.seedKey} is not null`,
      version: allowanceRates.version,
      updatedAt: allowanceRates.updatedAt,
      updatedByName: users.fullName,
    })
    .from(allowanceRates)
    .leftJoin(users, eq(users.id, allowanceRates.updatedBy));
export type AllowanceRateRecord = Awaited<ReturnType<typeof selectRates>>[number];

/** Every rate, by category then start date: the whole table is a few rows per circular. */
export async function findAllowanceRates(db: Db): Promise<AllowanceRateRecord[]> {
  return selectRates(db).orderBy(asc(allowanceRates.category), asc(allowanceRates.effectiveFrom));
}

export async function findAllowanceRatesByIds(db: Db, ids: readonly string[]): Promise<AllowanceRateRecord[]> {
  if (ids.length === 0) return [];
  return selectRates(db).where(inArray(allowanceRates.id, [...ids]));
}

export async function getAllowanceRate(db: Db, id: string): Promise<AllowanceRateRecord> {
  const [row] = await findAllowanceRatesByIds(db, [id]);
  if (!row) throw notFound('mức bồi dưỡng');
  return row;
}

/** One rate per category and start day: two would make the amount of that day ambiguous. */
async function assertFreeStart(tx: Db, data: AllowanceRateData, exceptId: string | null) {
  const [clash] = await tx
    .select({ id: allowanceRates.id })
    .from(allowanceRates)
    .where(and(eq(allowanceRates.category, data.category), eq(allowanceRates.effectiveFrom, data.effectiveFrom), exceptId ? ne(allowanceRates.id, exceptId) : undefined));
  if (clash) throw new DomainError('VALIDATION', 'Đối tượng này đã có mức bồi dưỡng áp dụng từ cùng ngày.', { effectiveFrom: 'Đã có mức áp dụng từ ngày này; hãy sửa mức đó.' });
}

export async function createAllowanceRate(db: Db, params: { userId: string; input: AllowanceRateData }): Promise<AllowanceRateRecord> {
  const id = await db.transaction(async (tx) => {
    await assertFreeStart(tx, params.input, null);
    const [row] = await tx
      .insert(allowanceRates)
      .values({ ...params.input, createdBy: params.userId, updatedBy: params.userId })
      .returning({ id: allowanceRates.id });
    if (!row) throw new Error('rate insert returned no row');
    return row.id;
  });
  return getAllowanceRate(db, id);
}

export async function updateAllowanceRate(db: Db, params: { userId: string; id: string; version: number; data: AllowanceRateData }): Promise<AllowanceRateRecord> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ version: allowanceRates.version }).from(allowanceRates).where(eq(allowanceRates.id, params.id)).for('update');
    if (!row) throw notFound('mức bồi dưỡng');
    if (row.version !== params.version) throw staleVersion();
    await assertFreeStart(tx, params.data, params.id);
    await tx
      .update(allowanceRates)
      .set({ ...params.data, version: sql`${allowanceRates.version} + 1`, updatedBy: params.userId, updatedAt: new Date() })
      .where(eq(allowanceRates.id, params.id));
  });
  return getAllowanceRate(db, params.id);
}
