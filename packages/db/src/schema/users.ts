import { roleCodes } from '@kntc/domain';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { agencies, units } from './organisation.js';

export const roles = pgTable('roles', {
  code: text('code', { enum: roleCodes }).primaryKey(),
  name: text('name').notNull(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    unitId: uuid('unit_id').references(() => units.id),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    position: text('position').notNull().default(''),
    roleCode: text('role_code', { enum: roleCodes })
      .notNull()
      .references(() => roles.code),
    /** argon2id PHC string. */
    passwordHash: text('password_hash').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('users_agency_idx').on(t.agencyId)],
);

/** Server-side sessions. Only the SHA-256 of the cookie token is stored, so a database leak yields no usable session. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    userAgent: text('user_agent'),
    ipAddress: text('ip_address'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
