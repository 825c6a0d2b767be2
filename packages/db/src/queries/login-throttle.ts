import { createHash } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { loginThrottle } from '../schema/users.js';

export type ThrottlePolicy = { maxFailures: number; windowMs: number };

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * Failed attempts per key ("password:<username>", "totp:<user id>") in a fixed window, kept in the
 * database so every API instance counts together and a restart does not hand out fresh attempts.
 */
export async function isThrottled(db: Db, key: string, policy: ThrottlePolicy, now: Date): Promise<boolean> {
  const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.keyHash, digest(key))).limit(1);
  if (!row) return false;
  if (now.getTime() - row.windowStartedAt.getTime() >= policy.windowMs) return false;
  return row.failures >= policy.maxFailures;
}

/** Counts one failure; a window that has run out starts again from this failure. */
export async function recordThrottleFailure(db: Db, key: string, policy: ThrottlePolicy, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  // ISO text cast in SQL: both drivers bind it the same way inside a raw expression.
  const nowAt = sql`${now.toISOString()}::timestamptz`;
  const startAt = sql`${windowStart.toISOString()}::timestamptz`;
  await db
    .insert(loginThrottle)
    .values({ keyHash: digest(key), failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.keyHash,
      set: {
        failures: sql`case when ${loginThrottle.windowStartedAt} <= ${startAt} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${loginThrottle.windowStartedAt} <= ${startAt} then ${nowAt} else ${loginThrottle.windowStartedAt} end`,
      },
    });
  // Keeps the table as small as the set of keys attacked in the last window.
  await db.delete(loginThrottle).where(lt(loginThrottle.windowStartedAt, windowStart));
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.keyHash, digest(key)));
}
