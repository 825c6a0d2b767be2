import {
  DomainError,
  foldVietnamese,
  formatViDate,
  maintenanceStatus,
  notFound,
  serialKey,
  staleVersion,
  type EquipmentData,
  type EquipmentListFilter,
  type EquipmentMaintenance,
  type IsoDate,
  type ListResult,
  type Pagination,
  type equipmentSortFields,
} from '@kntc/domain';
import { and, asc, desc, eq, getTableColumns, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { equipment, equipmentMaintenance } from '../schema/office.js';
import { users } from '../schema/users.js';
import { assertOfficialOfAgency } from './office-refs.js';

type Actor = { agencyId: string; userId: string; today: IsoDate };

const selectEquipment = (db: Db) =>
  db
    .select({
      ...(({ createdBy: _c, updatedBy: _u, agencyId: _a, serialKey: _k, ...rest }) => rest)(getTableColumns(equipment)),
      assignedToName: users.fullName,
    })
    .from(equipment)
    .leftJoin(users, eq(users.id, equipment.assignedToUserId));
type EquipmentRow = Awaited<ReturnType<typeof selectEquipment>>[number];

const selectLog = (db: Db, equipmentIds: string[]) =>
  db
    .select({
      id: equipmentMaintenance.id,
      equipmentId: equipmentMaintenance.equipmentId,
      date: equipmentMaintenance.date,
      kind: equipmentMaintenance.kind,
      performedBy: equipmentMaintenance.performedBy,
      result: equipmentMaintenance.result,
      statusAfter: equipmentMaintenance.statusAfter,
      recordedByName: users.fullName,
      createdAt: equipmentMaintenance.createdAt,
    })
    .from(equipmentMaintenance)
    .leftJoin(users, eq(users.id, equipmentMaintenance.recordedBy))
    .where(inArray(equipmentMaintenance.equipmentId, equipmentIds))
    .orderBy(desc(equipmentMaintenance.date), desc(equipmentMaintenance.createdAt));
type LogLine = Awaited<ReturnType<typeof selectLog>>[number];

/** Each device with its maintenance status today, computed by the domain's rule from its log. */
async function withMaintenance(db: Db, rows: EquipmentRow[], today: IsoDate, options: { log: boolean }) {
  if (rows.length === 0) return [];
  const log = await selectLog(db, rows.map((r) => r.id));
  return rows.map((row) => {
    const own = log.filter((l) => l.equipmentId === row.id);
    const maintenance = maintenanceStatus({ ...row, log: own }, today);
    return {
      ...row,
      maintenance,
      /** Flattened for lists: sort and colour by them. */
      maintenanceState: maintenance.state,
      nextDueDate: maintenance.dueDate,
      log: options.log ? own.map(({ equipmentId: _e, ...l }) => l) : ([] as Omit<LogLine, 'equipmentId'>[]),
    };
  });
}
export type EquipmentRecord = Awaited<ReturnType<typeof withMaintenance>>[number];

function conditions(agencyId: string, filter: EquipmentListFilter | undefined): SQL[] {
  const where: SQL[] = [eq(equipment.agencyId, agencyId)];
  if (filter?.type) where.push(eq(equipment.type, filter.type));
  if (filter?.status) where.push(eq(equipment.status, filter.status));
  if (filter?.assignedToUserId) where.push(eq(equipment.assignedToUserId, filter.assignedToUserId));
  return where;
}

type SortField = (typeof equipmentSortFields)[number];

/**
 * Trang thiết bị. The maintenance status is the domain's rule, not SQL, so the list computes it for
 * the agency's devices and then searches, filters, sorts and pages: an inventory is hundreds of
 * rows, not millions, and the warning can never disagree with the device's own page.
 */
export async function listEquipment(
  db: Db,
  params: { agencyId: string; today: IsoDate; pagination: Pagination; sort?: { field: SortField; order: 'ASC' | 'DESC' } | undefined; filter?: EquipmentListFilter | undefined },
): Promise<ListResult<EquipmentRecord>> {
  const rows = await selectEquipment(db)
    .where(and(...conditions(params.agencyId, params.filter)))
    .orderBy(asc(equipment.id));
  let records = await withMaintenance(db, rows, params.today, { log: false });
  const words = foldVietnamese(params.filter?.q ?? '').split(' ').filter(Boolean);
  if (words.length > 0) {
    records = records.filter((r) => {
      const text = foldVietnamese(`${r.name} ${r.serial} ${r.location} ${r.assignedToName ?? ''}`);
      return words.every((w) => text.includes(w));
    });
  }
  if (params.filter?.needsMaintenance !== undefined) {
    const wanted = params.filter.needsMaintenance;
    records = records.filter((r) => (r.maintenanceState === 'due_soon' || r.maintenanceState === 'overdue') === wanted);
  }
  const sort = params.sort ?? { field: 'nextDueDate', order: 'ASC' };
  const sign = sort.order === 'ASC' ? 1 : -1;
  const key = (r: EquipmentRecord): string =>
    sort.field === 'serial' ? r.serial : sort.field === 'acquiredDate' ? r.acquiredDate : sort.field === 'updatedAt' ? r.updatedAt.toISOString() : (r.nextDueDate ?? '9999-12-31');
  records.sort((a, b) => sign * key(a).localeCompare(key(b)) || a.serial.localeCompare(b.serial));
  const start = (params.pagination.page - 1) * params.pagination.perPage;
  return { data: records.slice(start, start + params.pagination.perPage), total: records.length };
}

export async function findEquipmentByIds(db: Db, agencyId: string, ids: readonly string[], today: IsoDate): Promise<EquipmentRecord[]> {
  if (ids.length === 0) return [];
  const rows = await selectEquipment(db).where(and(eq(equipment.agencyId, agencyId), inArray(equipment.id, [...ids])));
  return withMaintenance(db, rows, today, { log: false });
}

/** One device with its whole maintenance and security check log, newest first. */
export async function getEquipment(db: Db, agencyId: string, id: string, today: IsoDate): Promise<EquipmentRecord> {
  const rows = await selectEquipment(db).where(and(eq(equipment.agencyId, agencyId), eq(equipment.id, id)));
  const [record] = await withMaintenance(db, rows, today, { log: true });
  if (!record) throw notFound('thiết bị');
  return record;
}

async function assertSerialFree(tx: Db, agencyId: string, serial: string, exceptId: string | null) {
  const [clash] = await tx
    .select({ id: equipment.id, name: equipment.name })
    .from(equipment)
    .where(and(eq(equipment.agencyId, agencyId), eq(equipment.serialKey, serialKey(serial)), exceptId ? ne(equipment.id, exceptId) : undefined));
  if (clash) throw new DomainError('VALIDATION', `Số sê-ri này đã được ghi cho thiết bị "${clash.name}".`, { serial: 'Số sê-ri đã có trong danh mục thiết bị.' });
}

const equipmentValues = (data: EquipmentData) => ({ ...data, serialKey: serialKey(data.serial) });

export async function createEquipment(db: Db, params: Actor & { input: EquipmentData }): Promise<EquipmentRecord> {
  const id = await db.transaction(async (tx) => {
    if (params.input.assignedToUserId) await assertOfficialOfAgency(tx, params.agencyId, params.input.assignedToUserId, 'assignedToUserId');
    await assertSerialFree(tx, params.agencyId, params.input.serial, null);
    const [row] = await tx
      .insert(equipment)
      .values({ agencyId: params.agencyId, ...equipmentValues(params.input), createdBy: params.userId, updatedBy: params.userId })
      .returning({ id: equipment.id });
    if (!row) throw new Error('equipment insert returned no row');
    return row.id;
  });
  return getEquipment(db, params.agencyId, id, params.today);
}

async function lockEquipment(tx: Db, agencyId: string, id: string, version: number) {
  const [row] = await tx
    .select({ version: equipment.version, acquiredDate: equipment.acquiredDate })
    .from(equipment)
    .where(and(eq(equipment.id, id), eq(equipment.agencyId, agencyId)))
    .for('update');
  if (!row) throw notFound('thiết bị');
  if (row.version !== version) throw staleVersion();
  return row;
}

export async function updateEquipment(db: Db, params: Actor & { id: string; version: number; data: EquipmentData }): Promise<EquipmentRecord> {
  await db.transaction(async (tx) => {
    await lockEquipment(tx, params.agencyId, params.id, params.version);
    if (params.data.assignedToUserId) await assertOfficialOfAgency(tx, params.agencyId, params.data.assignedToUserId, 'assignedToUserId');
    await assertSerialFree(tx, params.agencyId, params.data.serial, params.id);
    await tx
      .update(equipment)
      .set({ ...equipmentValues(params.data), version: sql`${equipment.version} + 1`, updatedBy: params.userId, updatedAt: new Date() })
      .where(eq(equipment.id, params.id));
  });
  return getEquipment(db, params.agencyId, params.id, params.today);
}

/**
 * Ghi nhật ký bảo trì: a dated line of work done (never in the future, never before the device came
 * into use), and the status it left the device in. It moves the device's due date, so it takes
 * the device's version like an edit.
 */
export async function addEquipmentMaintenance(db: Db, params: Actor & { input: EquipmentMaintenance }): Promise<EquipmentRecord> {
  const { input } = params;
  await db.transaction(async (tx) => {
    const device = await lockEquipment(tx, params.agencyId, input.equipmentId, input.version);
    if (input.date > params.today) throw new DomainError('VALIDATION', 'Ngày thực hiện không được sau hôm nay.', { date: 'Ngày thực hiện không được sau hôm nay.' });
    if (input.date < device.acquiredDate) {
      const message = `Ngày thực hiện không được trước ngày đưa thiết bị vào sử dụng (${formatViDate(device.acquiredDate)}).`;
      throw new DomainError('VALIDATION', message, { date: message });
    }
    await tx.insert(equipmentMaintenance).values({
      equipmentId: input.equipmentId,
      date: input.date,
      kind: input.kind,
      performedBy: input.performedBy,
      result: input.result,
      statusAfter: input.statusAfter,
      recordedBy: params.userId,
    });
    await tx
      .update(equipment)
      .set({ ...(input.statusAfter ? { status: input.statusAfter } : {}), version: sql`${equipment.version} + 1`, updatedBy: params.userId, updatedAt: new Date() })
      .where(eq(equipment.id, input.equipmentId));
  });
  return getEquipment(db, params.agencyId, input.equipmentId, params.today);
}
