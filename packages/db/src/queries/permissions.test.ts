import { actionCodes, defaultPermissionMatrix, isDomainError, roleCodes } from '@kntc/domain';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { rolePermissions } from '../schema/permissions.js';
import { ensureReferenceData } from '../seed/reference.js';
import { seedDemo } from '../seed/demo.js';
import { stableUuid } from '../seed/random.js';
import { createTestDb } from '../testing/index.js';
import { ensurePermissionDefaults, listPermissionCells, loadPermissionMatrix, loadRolePermissions, updatePermissionCell } from './permissions.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const ADMIN = stableUuid('user:quantri');
const cellOf = async (role: (typeof roleCodes)[number], action: (typeof actionCodes)[number]) => {
  const [row] = await handle.db
    .select()
    .from(rolePermissions)
    .where(and(eq(rolePermissions.roleCode, role), eq(rolePermissions.action, action)));
  return row;
};

describe('role_permissions', () => {
  it('is seeded in every installation with one row per role and action, refusals included', async () => {
    const [total] = await handle.db.select({ n: count() }).from(rolePermissions);
    expect(total?.n).toBe(roleCodes.length * actionCodes.length);
    expect(await cellOf('sysadmin', 'petition.read')).toMatchObject({ scope: null, updatedBy: null, version: 1 });
    expect(await loadRolePermissions(handle.db, 'auditor')).toEqual(defaultPermissionMatrix.auditor);
  });

  it('puts a row still at its default back to the default on the next start, but never a row an administrator edited', async () => {
    // A row nobody edited that differs from the running release's default (as after an upgrade).
    await handle.db
      .update(rolePermissions)
      .set({ scope: 'own' })
      .where(and(eq(rolePermissions.roleCode, 'inspector'), eq(rolePermissions.action, 'petition.read')));
    const edited = await updatePermissionCell(handle.db, { role: 'auditor', action: 'petition.readContact', scope: 'agency', version: 1, userId: ADMIN });
    expect(edited).toMatchObject({ scope: 'agency', version: 2, edited: true, updatedByName: 'Hồ Minh Khoa' });

    await ensureReferenceData(handle.db);
    expect(await cellOf('inspector', 'petition.read')).toMatchObject({ scope: 'agency', updatedBy: null, version: 2 });
    expect(await cellOf('auditor', 'petition.readContact')).toMatchObject({ scope: 'agency', updatedBy: ADMIN, version: 2 });
    // Unchanged defaults are not rewritten at all: their version stays.
    expect(await cellOf('director', 'case.sign')).toMatchObject({ version: 1 });
    expect((await loadPermissionMatrix(handle.db)).auditor['petition.readContact']).toBe('agency');
  });

  it('refuses a stale version, and stores a cell missing from the table when the editor saw none (version 0)', async () => {
    const stale = await updatePermissionCell(handle.db, { role: 'auditor', action: 'petition.readContact', scope: null, version: 1, userId: ADMIN }).catch((e: unknown) => e);
    expect(isDomainError(stale) && stale.code === 'CONFLICT').toBe(true);

    await handle.db.delete(rolePermissions).where(and(eq(rolePermissions.roleCode, 'admin_clerk'), eq(rolePermissions.action, 'document.read')));
    const missing = (await listPermissionCells(handle.db)).find((c) => c.role === 'admin_clerk' && c.action === 'document.read');
    expect(missing).toMatchObject({ scope: null, version: 0, edited: false });
    expect(await updatePermissionCell(handle.db, { role: 'admin_clerk', action: 'document.read', scope: 'agency', version: 0, userId: ADMIN })).toMatchObject({ version: 1 });
    const again = await updatePermissionCell(handle.db, { role: 'admin_clerk', action: 'document.read', scope: null, version: 0, userId: ADMIN }).catch((e: unknown) => e);
    expect(isDomainError(again) && again.code === 'CONFLICT').toBe(true);
    await ensurePermissionDefaults(handle.db);
    expect(await cellOf('admin_clerk', 'document.read')).toMatchObject({ scope: 'agency', updatedBy: ADMIN });
  });

  it('keeps permission management with the system administrator', async () => {
    const refused = await updatePermissionCell(handle.db, { role: 'sysadmin', action: 'permission.manage', scope: null, version: 1, userId: ADMIN }).catch((e: unknown) => e);
    expect(isDomainError(refused) && refused.code === 'VALIDATION').toBe(true);
    expect(await cellOf('sysadmin', 'permission.manage')).toMatchObject({ scope: 'agency', version: 1 });
  });
});
