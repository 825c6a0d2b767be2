import { roleCodes, scopes } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns.js';
import { roles, users } from './users.js';

/**
 * Ma trận phân quyền: one row per role and action. A row exists for every pair, and `scope` null
 * means refused, so a permission an administrator withdrew stays withdrawn when the reference seed
 * runs again. `updated_by` null marks a row still at the shipped default.
 */
export const rolePermissions = pgTable(
  'role_permissions',
  {
    roleCode: text('role_code', { enum: roleCodes })
      .notNull()
      .references(() => roles.code),
    // Plain text, not an enum: an action a newer release no longer knows is ignored, not a failure.
    action: text('action').notNull(),
    scope: text('scope', { enum: scopes }),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.roleCode, t.action] }),
    check('role_permissions_scope_check', sql`${t.scope} in ('own', 'unit', 'agency')`),
  ],
);
