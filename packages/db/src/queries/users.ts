import { createHash, randomBytes } from 'node:crypto';
import { roleLabels, type RoleCode } from '@kntc/domain';
import { and, eq, gt, lt } from 'drizzle-orm';
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
};

export async function findUserForLogin(db: Db, username: string) {
  const [row] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, isActive: users.isActive })
    .from(users)
    .where(eq(users.username, username.toLowerCase()))
    .limit(1);
  return row ?? null;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db,
  params: { userId: string; ttlMs: number; userAgent?: string | undefined; ipAddress?: string | undefined },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + params.ttlMs);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: params.userId,
    expiresAt,
    userAgent: params.userAgent?.slice(0, 500) ?? null,
    ipAddress: params.ipAddress ?? null,
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
  const tokenHash = hashToken(params.token);
  const [row] = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
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
  const { lastSeenAt: _seen, ...user } = row;
  return { ...user, roleLabel: roleLabels[user.role] };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
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
