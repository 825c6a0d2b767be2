import { appendAudit, retryTransaction, type Db } from '@kntc/db';
import type { AuditNote, Context } from '../context.js';
import { claim, inputHashOf, pruneNowAndThen, saveResponse, type IdempotencyScope } from './idempotency.js';
import { auditTableOf, keysFromResult, targetBeforeWrite, type AuditTarget } from './targets.js';

/** A write that must outlast the failure of the procedure that made it (a counted wrong password). */
export type RollbackWrite = (db: Db) => Promise<unknown>;

/** What every procedure finds on its context besides the host's fields. */
export type AuditExtras = {
  db: Db;
  audit: AuditNote;
  /** Runs `write` only if the procedure fails, after its own writes were rolled back. */
  onRollback: (write: RollbackWrite) => void;
  /**
   * Runs `effect` once the mutation has committed, for what the database cannot take back (deleting
   * a stored file): an attempt that rolls back, or is retried, never gets there.
   */
  afterCommit: (effect: () => Promise<void>) => void;
};

type Call = { ctx: Context; path: string; type: string; getRawInput: () => Promise<unknown> };

/** Thrown inside the transaction to roll it back when the procedure returned a failed result; its cause lets a deadlock be retried. */
class ProcedureFailed extends Error {}

/**
 * Runs a procedure; a mutation runs inside one transaction that also appends its audit row, so
 * the write and its record commit together or not at all. Queries run as they are.
 *
 * The whole transaction, audit row included, runs again when PostgreSQL aborts it on a
 * serialisation failure or a deadlock (`retryTransaction`); the caller sees one answer. A mutation
 * sent with an idempotency key (`ctx.idempotencyKey`) claims the key first in the same
 * transaction: a request that finds it already committed gets the stored answer back through
 * `replay` and runs nothing, and the key and the answer commit with the effect or not at all.
 */
export async function runAudited<R extends { ok: boolean }>(
  call: Call,
  run: (extras: AuditExtras) => Promise<R>,
  replay: (data: unknown) => R,
): Promise<R> {
  let rollbackWrites: RollbackWrite[] = [];
  const onRollback = (write: RollbackWrite) => {
    rollbackWrites.push(write);
  };
  let commitEffects: (() => Promise<void>)[] = [];
  const afterCommit = (effect: () => Promise<void>) => {
    commitEffects.push(effect);
  };
  const afterFailure = async (result: R) => {
    for (const write of rollbackWrites) await write(call.ctx.db);
    return result;
  };

  if (call.type !== 'mutation') {
    const result = await run({ db: call.ctx.db, audit: {}, onRollback, afterCommit });
    if (!result.ok) return afterFailure(result);
    for (const effect of commitEffects) await effect();
    return result;
  }

  const rawInput = await call.getRawInput().catch(() => undefined);
  const user = call.ctx.user;
  // Keys belong to an official; a mutation without a session fails before any effect anyway.
  const key: IdempotencyScope | null =
    call.ctx.idempotencyKey && user ? { actorId: user.id, key: call.ctx.idempotencyKey, path: call.path, inputHash: inputHashOf(rawInput) } : null;
  let failed: R | undefined;
  let replayed = false;
  try {
    const result = await retryTransaction(() => {
      // Each attempt starts clean: what a rolled-back attempt noted or asked for is void.
      failed = undefined;
      rollbackWrites = [];
      commitEffects = [];
      const audit: AuditNote = {};
      return call.ctx.db.transaction(async (tx) => {
        if (key) {
          const claimed = await claim(tx, key, call.ctx.now(), call.ctx.secrets.vault);
          replayed = claimed.replay;
          if (claimed.replay) return replay(claimed.data);
        }
        const target = targetBeforeWrite(call.path, rawInput, user?.id);
        const before = target && target.keys.length > 0 ? await target.table.digest(tx, target.keys) : null;
        const result = await run({ db: tx, audit, onRollback, afterCommit });
        if (!result.ok) {
          failed = result;
          throw new ProcedureFailed('procedure failed', { cause: 'error' in result ? result.error : undefined });
        }
        const data = 'data' in result ? result.data : undefined;
        if (key) await saveResponse(tx, key, data, call.ctx.secrets.vault);
        await appendAudit(tx, {
          ...(await describeWrite(tx, { target, before, audit, data })),
          at: call.ctx.now(),
          action: call.path,
          agencyId: user?.agencyId ?? null,
          actorId: user?.id ?? null,
          actorRole: user?.role ?? null,
          requestId: call.ctx.requestId,
          ipAddress: call.ctx.ipAddress ?? null,
          note: audit.note ?? null,
        });
        return result;
      });
    });
    if (replayed) return result;
    for (const effect of commitEffects) await effect();
    if (key) await pruneNowAndThen(call.ctx.db, call.ctx.now());
    return result;
  } catch (error) {
    if (failed && error instanceof ProcedureFailed) return afterFailure(failed);
    throw error;
  }
}

/**
 * Which record the row names and its digests. A procedure that named its record (`ctx.audit`)
 * wins over the router's default; the before-digest only stands if it was read for that record.
 */
async function describeWrite(
  tx: Db,
  params: { target: AuditTarget | null; before: string | null; audit: AuditNote; data: unknown },
): Promise<{ entity: string | null; entityId: string | null; beforeDigest: string | null; afterDigest: string | null }> {
  const { target, audit } = params;
  if (audit.entity) {
    const table = auditTableOf(audit.entity);
    const sameRecord = target !== null && table === target.table && target.keys.length === 1 && String(target.keys[0]) === audit.entityId;
    const key = table && audit.entityId !== undefined ? table.parseKey(audit.entityId) : null;
    return {
      entity: audit.entity,
      entityId: audit.entityId ?? null,
      beforeDigest: sameRecord ? params.before : null,
      afterDigest: table && key !== null ? await table.digest(tx, [key]) : null,
    };
  }
  if (!target) return { entity: null, entityId: null, beforeDigest: null, afterDigest: null };
  const keys = target.keys.length > 0 ? target.keys : keysFromResult(target.table, params.data);
  return {
    entity: target.table.entity,
    entityId: keys.length === 1 ? String(keys[0]) : null,
    beforeDigest: params.before,
    afterDigest: keys.length > 0 ? await target.table.digest(tx, keys) : null,
  };
}
