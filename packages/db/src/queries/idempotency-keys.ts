import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { idempotencyKeys } from '../schema/idempotency.js';

/** How long a key keeps its answer: a day covers any client's retries and a user coming back after a lost connection. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60_000;

export type IdempotencyClaim =
  | { claimed: true }
  | { claimed: false; path: string; inputHash: string; response: Buffer | null };

/**
 * Takes the key for this request inside the mutation's transaction, or finds who has it. On
 * PostgreSQL a concurrent request with the same key waits here on the primary key until the first
 * transaction ends: it then sees the committed answer, or takes the key itself if the first one
 * rolled back. An expired row is taken over as if it were absent.
 */
export async function claimIdempotencyKey(
  tx: Db,
  params: { actorId: string; key: string; path: string; inputHash: string; now: Date },
): Promise<IdempotencyClaim> {
  const expiredBefore = new Date(params.now.getTime() - IDEMPOTENCY_KEY_TTL_MS);
  const [taken] = await tx
    .insert(idempotencyKeys)
    .values({ actorId: params.actorId, key: params.key, path: params.path, inputHash: params.inputHash, response: null, createdAt: params.now })
    .onConflictDoUpdate({
      target: [idempotencyKeys.actorId, idempotencyKeys.key],
      set: { path: sql`excluded.path`, inputHash: sql`excluded.input_hash`, response: null, createdAt: sql`excluded.created_at` },
      setWhere: lt(idempotencyKeys.createdAt, expiredBefore),
    })
    .returning({ key: idempotencyKeys.key });
  if (taken) return { claimed: true };
  const [existing] = await tx
    .select({ path: idempotencyKeys.path, inputHash: idempotencyKeys.inputHash, response: idempotencyKeys.response })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actorId, params.actorId), eq(idempotencyKeys.key, params.key)));
  if (!existing) throw new Error('idempotency key neither inserted nor found');
  return { claimed: false, ...existing };
}

/** Records the answer on the key this transaction claimed; it commits with the effect or not at all. */
export async function saveIdempotentResponse(tx: Db, params: { actorId: string; key: string; response: Buffer | null }): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ response: params.response })
    .where(and(eq(idempotencyKeys.actorId, params.actorId), eq(idempotencyKeys.key, params.key)));
}

/** Gives the key up inside the transaction that claimed it, so a resend runs again. */
export async function releaseIdempotencyKey(tx: Db, params: { actorId: string; key: string }): Promise<void> {
  await tx.delete(idempotencyKeys).where(and(eq(idempotencyKeys.actorId, params.actorId), eq(idempotencyKeys.key, params.key)));
}

/** Deletes the keys past their lifetime; returns how many. */
export async function pruneIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS)))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
