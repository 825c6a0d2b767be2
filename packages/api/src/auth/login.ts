import { type LoginInput } from '@kntc/domain';
import { createSession, deleteSession, findUserForLogin, getDummyHash, verifyPassword, type Db } from '@kntc/db';

export type LoginResult = { ok: true; token: string; expiresAt: Date } | { ok: false };

/**
 * Checks a password and opens a server-side session. Unknown users cost the same
 * argon2 verification as wrong passwords, so timing does not reveal usernames.
 */
export async function login(
  db: Db,
  input: LoginInput,
  meta: { absoluteTimeoutMs: number; userAgent?: string | undefined; ipAddress?: string | undefined },
): Promise<LoginResult> {
  const user = await findUserForLogin(db, input.username);
  if (!user || !user.isActive) {
    await verifyPassword(await getDummyHash(), input.password);
    return { ok: false };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) return { ok: false };
  const session = await createSession(db, {
    userId: user.id,
    ttlMs: meta.absoluteTimeoutMs,
    userAgent: meta.userAgent,
    ipAddress: meta.ipAddress,
  });
  return { ok: true, ...session };
}

export const logout = (db: Db, token: string) => deleteSession(db, token);
