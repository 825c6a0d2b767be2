import {
  actionCodes,
  assertPermissionEditAllowed,
  defaultPermissionMatrix,
  isActionCode,
  roleCodes,
  staleVersion,
  type ActionCode,
  type PermissionCellUpdate,
  type PermissionMatrix,
  type PermissionRow,
  type RoleCode,
  type Scope,
} from '@kntc/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { rolePermissions } from '../schema/permissions.js';
import { users } from '../schema/users.js';

/**
 * Writes the shipped default for every role and action. Rows an administrator has edited
 * (`updated_by` set) are never touched; rows still at a default follow the default of the
 * running release, so a new action or a corrected default reaches existing installations.
 */
export async function ensurePermissionDefaults(db: Db): Promise<void> {
  const rows = roleCodes.flatMap((role) =>
    actionCodes.map((action) => ({ roleCode: role, action, scope: defaultPermissionMatrix[role][action] ?? null })),
  );
  await db
    .insert(rolePermissions)
    .values(rows)
    .onConflictDoUpdate({
      target: [rolePermissions.roleCode, rolePermissions.action],
      set: { scope: sql`excluded.scope`, version: sql`${rolePermissions.version} + 1`, updatedAt: sql`now()` },
      setWhere: sql`${rolePermissions.updatedBy} is null and ${rolePermissions.scope} is distinct from excluded.scope`,
    });
}

/** One role's permissions: what a request checks against. */
export async function loadRolePermissions(db: Db, role: RoleCode): Promise<PermissionRow> {
  const rows = await db
    .select({ action: rolePermissions.action, scope: rolePermissions.scope })
    .from(rolePermissions)
    .where(eq(rolePermissions.roleCode, role));
  const row: PermissionRow = {};
  for (const r of rows) if (r.scope && isActionCode(r.action)) row[r.action] = r.scope;
  return row;
}

export type PermissionCell = {
  role: RoleCode;
  action: ActionCode;
  scope: Scope | null;
  version: number;
  /** False while the cell still holds the shipped default. */
  edited: boolean;
  updatedByName: string | null;
  updatedAt: Date | null;
};

/**
 * Every cell of the matrix, for the back office. A pair missing from the table (a database not yet
 * seeded by this release) shows its default with version 0, which the update below understands.
 */
export async function listPermissionCells(db: Db): Promise<PermissionCell[]> {
  const rows = await db
    .select({
      role: rolePermissions.roleCode,
      action: rolePermissions.action,
      scope: rolePermissions.scope,
      version: rolePermissions.version,
      updatedBy: rolePermissions.updatedBy,
      updatedByName: users.fullName,
      updatedAt: rolePermissions.updatedAt,
    })
    .from(rolePermissions)
    .leftJoin(users, eq(users.id, rolePermissions.updatedBy));
  const stored = new Map(rows.map((r) => [`${r.role}|${r.action}`, r]));
  return roleCodes.flatMap((role) =>
    actionCodes.map((action): PermissionCell => {
      const r = stored.get(`${role}|${action}`);
      if (!r) return { role, action, scope: defaultPermissionMatrix[role][action] ?? null, version: 0, edited: false, updatedByName: null, updatedAt: null };
      return { role, action, scope: r.scope, version: r.version, edited: r.updatedBy !== null, updatedByName: r.updatedByName, updatedAt: r.updatedAt };
    }),
  );
}

/** The whole matrix as the domain types it. */
export async function loadPermissionMatrix(db: Db): Promise<PermissionMatrix> {
  const cells = await listPermissionCells(db);
  const matrix = Object.fromEntries(roleCodes.map((r) => [r, {}])) as PermissionMatrix;
  for (const c of cells) if (c.scope) matrix[c.role][c.action] = c.scope;
  return matrix;
}

/**
 * Changes one cell if nobody changed it since the editor loaded it (`version`), and marks it as
 * edited so the reference seed leaves it alone from now on.
 */
export async function updatePermissionCell(db: Db, params: PermissionCellUpdate & { userId: string }): Promise<PermissionCell> {
  assertPermissionEditAllowed(params);
  const { role, action, scope, version, userId } = params;
  const now = new Date();
  const rows =
    version === 0
      ? await db
          .insert(rolePermissions)
          .values({ roleCode: role, action, scope, version: 1, updatedBy: userId, updatedAt: now })
          .onConflictDoNothing()
          .returning()
      : await db
          .update(rolePermissions)
          .set({ scope, version: sql`${rolePermissions.version} + 1`, updatedBy: userId, updatedAt: now })
          .where(and(eq(rolePermissions.roleCode, role), eq(rolePermissions.action, action), eq(rolePermissions.version, version)))
          .returning();
  const [row] = rows;
  if (!row) throw staleVersion();
  const [editor] = await db.select({ fullName: users.fullName }).from(users).where(eq(users.id, userId));
  return { role, action, scope: row.scope, version: row.version, edited: true, updatedByName: editor?.fullName ?? null, updatedAt: row.updatedAt };
}

/** Test and demo helper: puts every cell back to the shipped default. */
export async function resetPermissionDefaults(db: Db): Promise<void> {
  await db.update(rolePermissions).set({ updatedBy: null }).where(sql`${rolePermissions.updatedBy} is not null`);
  await ensurePermissionDefaults(db);
}
