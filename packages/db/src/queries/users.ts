import { createHash, randomBytes } from 'node:crypto';
import { roleLabels, type RoleCode } from '@kntc/domain';
import { and, eq, gt, isNotNull, lt, ne, or, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { agencies, units } from '../schema/organisation.js';
import { sessions, users } from '../schema/users.js';

export type SessionUser = {
  id: string;
  username: string;
  fullName: string;
  position: string;
  role: RoleCode;
  roleLabel: string;
  agencyId: string;
  agencyName: string;
  unitId: string | null;
  unitName: string | null;
  /** The account has an authenticator app enrolled. */
  totpEnabled: boolean;
  /** This session was opened with the authenticator code, not the password alone. */
  secondFactor: boolean;
};

export async function findUserForLogin(db: Db, username: string) {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      passwordHash: users.passwordHash,
      isActive: users.isActive,
      mustChangePassword: users.mustChangePassword,
      totpSecret: users.totpSecret,
    })
    .from(users)
    .where(eq(users.username, username.toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** What the database keeps of a session token: its SHA-256, so a leaked table opens no session. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db,
  params: {
    userId: string;
    ttlMs: number;
    userAgent?: string | undefined;
    ipAddress?: string | undefined;
    secondFactor?: boolean;
    now?: Date;
  },
): Promise<{ token: string; expiresAt: Date }> {
  // 256 bits from the CSPRNG (ASVS 7.2.3 asks for at least 128).
  const token = randomBytes(32).toString('base64url');
  const now = params.now ?? new Date();
  const expiresAt = new Date(now.getTime() + params.ttlMs);
  await db.insert(sessions).values({
    tokenHash: sessionIdOf(token),
    userId: params.userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    userAgent: params.userAgent?.slice(0, 500) ?? null,
    ipAddress: params.ipAddress ?? null,
    secondFactor: params.secondFactor ?? false,
  });
  return { token, expiresAt };
}

/**
 * Resolves a session cookie to its user, enforcing both the absolute expiry and
 * the idle timeout, and slides the idle window forward (at most once a minute).
 */
export async function findSessionUser(
  db: Db,
  params: { token: string; idleTimeoutMs: number; now?: Date },
): Promise<SessionUser | null> {
  const now = params.now ?? new Date();
  const tokenHash = sessionIdOf(params.token);
  const [row] = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      secondFactor: sessions.secondFactor,
      totpSecret: users.totpSecret,
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      position: users.position,
      role: users.roleCode,
      agencyId: users.agencyId,
      agencyName: agencies.name,
      unitId: users.unitId,
      unitName: units.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.isActive, true)))
    .limit(1);
  if (!row) return null;
  const idleFor = now.getTime() - row.lastSeenAt.getTime();
  if (idleFor > params.idleTimeoutMs) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  if (idleFor > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const { lastSeenAt: _seen, totpSecret, ...user } = row;
  return { ...user, totpEnabled: totpSecret !== null, roleLabel: roleLabels[user.role] };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sessionIdOf(token)));
}

/**
 * Ends every session of an official (password changed or reset, account deactivated), except
 * optionally the one making the change, so whoever held a stolen session is out at once.
 */
export async function deleteUserSessions(db: Db, userId: string, except?: { sessionId: string }): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), except ? ne(sessions.tokenHash, except.sessionId) : undefined));
}

/** Marks the session as confirmed by an authenticator code (after enrolling one while signed in). */
export async function markSessionSecondFactor(db: Db, sessionId: string): Promise<void> {
  await db.update(sessions).set({ secondFactor: true }).where(eq(sessions.tokenHash, sessionId));
}

/** Password material of an account, for verifying the current password before a change. */
export async function findUserCredentials(db: Db, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      passwordHash: users.passwordHash,
      isActive: users.isActive,
      mustChangePassword: users.mustChangePassword,
      totpSecret: users.totpSecret,
      totpPendingSecret: users.totpPendingSecret,
      totpEnabledAt: users.totpEnabledAt,
      passwordChangedAt: users.passwordChangedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

/**
 * Stores a new password hash and ends the account's sessions (all, or all but the caller's).
 * `mustChange` is set by an administrator's reset and cleared when the official picks their own.
 */
export async function setUserPassword(
  db: Db,
  params: { userId: string; passwordHash: string; mustChange: boolean; now: Date; keepSession?: string | undefined },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash: params.passwordHash,
        mustChangePassword: params.mustChange,
        passwordChangedAt: params.now,
        updatedAt: params.now,
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, params.userId));
    await deleteUserSessions(tx, params.userId, params.keepSession ? { sessionId: params.keepSession } : undefined);
  });
}

/** Keeps a freshly drawn (sealed) secret until the official confirms it with a first code. */
export async function setPendingTotp(db: Db, userId: string, sealedSecret: string): Promise<void> {
  await db.update(users).set({ totpPendingSecret: sealedSecret }).where(eq(users.id, userId));
}

/** Enrolment confirmed: the pending secret becomes the account's second factor. */
export async function enableTotp(db: Db, params: { userId: string; sealedSecret: string; step: number; now: Date }): Promise<void> {
  await db
    .update(users)
    .set({
      totpSecret: params.sealedSecret,
      totpPendingSecret: null,
      totpEnabledAt: params.now,
      totpLastStep: params.step,
      updatedAt: params.now,
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, params.userId));
}

export async function disableTotp(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({
      totpSecret: null,
      totpPendingSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      updatedAt: now,
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, userId));
}

/**
 * Claims a 30-second step for the account: succeeds once per step and never for an earlier one,
 * in a single statement so two requests racing with the same code cannot both win.
 */
export async function consumeTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), isNotNull(users.totpSecret), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** Active officials of an agency, for assignment pickers and workload views. */
export async function listAgencyUsers(db: Db, agencyId: string) {
  const rows = await db
    .select({
      id: users.id,
      fullName: users.fullName,
      position: users.position,
      role: users.roleCode,
      unitId: users.unitId,
      unitName: units.name,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.agencyId, agencyId), eq(users.isActive, true)))
    .orderBy(users.fullName);
  return rows.map((r) => ({ ...r, roleLabel: roleLabels[r.role] }));
}
