import { DomainError, foldVietnamese, notFound, roleLabels, staleVersion, type UserAccountCreate, type UserAccountData } from '@kntc/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { units } from '../schema/organisation.js';
import { users } from '../schema/users.js';
import { deleteUserSessions, disableTotp, setUserPassword } from './users.js';

/**
 * Tài khoản cán bộ as the system administrator manages them. No credential ever leaves these
 * functions: the record says whether a password must be changed and whether an authenticator is
 * enrolled, never the hash or the secret.
 */
const accountColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  position: users.position,
  role: users.roleCode,
  unitId: users.unitId,
  unitName: units.name,
  isActive: users.isActive,
  mustChangePassword: users.mustChangePassword,
  totpEnabled: sql<boolean>`${users.totpSecret} is not null`,
  passwordChangedAt: users.passwordChangedAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  version: users.version,
};

const withLabel = <T extends { role: keyof typeof roleLabels }>(row: T) => ({ ...row, roleLabel: roleLabels[row.role] });

export type UserAccount = ReturnType<typeof withLabel<Awaited<ReturnType<typeof selectAccounts>>[number]>>;

function selectAccounts(db: Db, agencyId: string, id?: string) {
  return db
    .select(accountColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.agencyId, agencyId), id ? eq(users.id, id) : undefined))
    .orderBy(asc(users.username));
}

export type AccountListQuery = {
  pagination: { page: number; perPage: number };
  sort?: { field: 'username' | 'fullName' | 'role' | 'unitName' | 'isActive' | 'updatedAt'; order: 'ASC' | 'DESC' } | undefined;
  filter?: { q?: string | undefined; role?: string | undefined; isActive?: boolean | undefined } | undefined;
};

/** An agency has tens to a few hundred officials: filtering and sorting in memory keeps this simple. */
export async function listAccounts(db: Db, agencyId: string, query: AccountListQuery) {
  const all = (await selectAccounts(db, agencyId)).map(withLabel);
  const q = query.filter?.q ? foldVietnamese(query.filter.q) : '';
  const filtered = all.filter(
    (a) =>
      (!q || foldVietnamese(`${a.username} ${a.fullName} ${a.position}`).includes(q)) &&
      (query.filter?.role === undefined || a.role === query.filter.role) &&
      (query.filter?.isActive === undefined || a.isActive === query.filter.isActive),
  );
  const sort = query.sort;
  if (sort) {
    const direction = sort.order === 'ASC' ? 1 : -1;
    const key = (a: (typeof all)[number]) => {
      const value = a[sort.field];
      return value instanceof Date ? value.toISOString() : String(value ?? '');
    };
    filtered.sort((a, b) => key(a).localeCompare(key(b), 'vi') * direction);
  }
  const { page, perPage } = query.pagination;
  return { data: filtered.slice((page - 1) * perPage, page * perPage), total: filtered.length };
}

export async function getAccount(db: Db, agencyId: string, id: string) {
  const [row] = await selectAccounts(db, agencyId, id);
  if (!row) throw notFound('tài khoản');
  return withLabel(row);
}

async function assertUnitOfAgency(db: Db, agencyId: string, unitId: string | null) {
  if (!unitId) return;
  const [unit] = await db.select({ id: units.id }).from(units).where(and(eq(units.id, unitId), eq(units.agencyId, agencyId)));
  if (!unit) throw new DomainError('VALIDATION', 'Đơn vị không thuộc cơ quan.', { unitId: 'Hãy chọn một đơn vị của cơ quan.' });
}

export async function listAgencyUnits(db: Db, agencyId: string) {
  return db.select({ id: units.id, name: units.name, code: units.code }).from(units).where(eq(units.agencyId, agencyId)).orderBy(asc(units.name));
}

export async function createAccount(
  db: Db,
  params: { agencyId: string; input: Omit<UserAccountCreate, 'temporaryPassword'>; passwordHash: string; now: Date },
) {
  const { input } = params;
  await assertUnitOfAgency(db, params.agencyId, input.unitId);
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  if (taken) throw new DomainError('VALIDATION', 'Tên đăng nhập đã được dùng.', { username: 'Tên đăng nhập đã được dùng.' });
  const [row] = await db
    .insert(users)
    .values({
      agencyId: params.agencyId,
      unitId: input.unitId,
      username: input.username,
      fullName: input.fullName,
      position: input.position,
      roleCode: input.role,
      isActive: input.isActive,
      passwordHash: params.passwordHash,
      // The administrator chose this password: only the official should know the one they use.
      mustChangePassword: true,
      passwordChangedAt: params.now,
    })
    .returning({ id: users.id });
  if (!row) throw new Error('user insert returned no row');
  return getAccount(db, params.agencyId, row.id);
}

/**
 * Role, unit, name and active flag. Deactivating ends the official's sessions at once; an
 * administrator cannot lock themselves out by deactivating or demoting their own account.
 */
export async function updateAccount(
  db: Db,
  params: { agencyId: string; actorId: string; id: string; version: number; data: UserAccountData; now: Date },
) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: users.version, role: users.roleCode, isActive: users.isActive })
      .from(users)
      .where(and(eq(users.id, params.id), eq(users.agencyId, params.agencyId)))
      .for('update');
    if (!current) throw notFound('tài khoản');
    if (current.version !== params.version) throw staleVersion();
    if (params.id === params.actorId && !params.data.isActive) {
      throw new DomainError('VALIDATION', 'Không thể tự khóa tài khoản của chính mình.', { isActive: 'Không thể tự khóa tài khoản của chính mình.' });
    }
    if (params.id === params.actorId && params.data.role !== current.role) {
      throw new DomainError('VALIDATION', 'Không thể tự đổi vai trò của chính mình; hãy nhờ một quản trị viên khác.', {
        role: 'Không thể tự đổi vai trò của chính mình.',
      });
    }
    await assertUnitOfAgency(tx, params.agencyId, params.data.unitId);
    await tx
      .update(users)
      .set({
        fullName: params.data.fullName,
        position: params.data.position,
        roleCode: params.data.role,
        unitId: params.data.unitId,
        isActive: params.data.isActive,
        updatedAt: params.now,
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, params.id));
    if (!params.data.isActive) await deleteUserSessions(tx, params.id);
    return getAccount(tx, params.agencyId, params.id);
  });
}

/** Đặt lại mật khẩu: a temporary password the official must replace at next sign-in; all their sessions end. */
export async function resetAccountPassword(db: Db, params: { agencyId: string; id: string; passwordHash: string; now: Date }) {
  await getAccount(db, params.agencyId, params.id);
  await setUserPassword(db, { userId: params.id, passwordHash: params.passwordHash, mustChange: true, now: params.now });
  return getAccount(db, params.agencyId, params.id);
}

/** For an official who lost their authenticator: they sign in with the password and may enrol again. */
export async function resetAccountTotp(db: Db, params: { agencyId: string; id: string; now: Date }) {
  await getAccount(db, params.agencyId, params.id);
  await disableTotp(db, params.id, params.now);
  return getAccount(db, params.agencyId, params.id);
}
