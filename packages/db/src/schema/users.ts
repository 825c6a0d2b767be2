import { roleCodes } from '@kntc/domain';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    /** Set by an administrator's reset: the temporary password must be replaced at the next sign-in. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' }),
    /** TOTP secret sealed with the vault key (base64 of the sealed box); null: no second factor. */
    totpSecret: text('totp_secret'),
    /** A secret shown during enrolment and not yet confirmed by a code. */
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true, mode: 'date' }),
    /** The last 30-second step whose code was accepted: a code is good once, even within its window. */
    totpLastStep: integer('totp_last_step'),
    version: integer('version').notNull().default(1),
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
    /** Opened with password and authenticator code (roles that reveal identities may require it). */
    secondFactor: boolean('second_factor').notNull().default(false),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed sign-in attempts per account (and per account's code step), shared by every API instance.
 * The key is a SHA-256 digest: a password typed into the username field never lands here in clear.
 */
export const loginThrottle = pgTable('login_throttle', {
  keyHash: text('key_hash').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true, mode: 'date' }).notNull(),
});
