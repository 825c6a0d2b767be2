import { appendAudit, type Db } from '@kntc/db';
import type { AuditNote, Context } from '../context.js';
import { auditTableOf, keysFromResult, targetBeforeWrite, type AuditTarget } from './targets.js';

/** A write that must outlast the failure of the procedure that made it (a counted wrong password). */
export type RollbackWrite = (db: Db) => Promise<unknown>;

/** What every procedure finds on its context besides the host's fields. */
export type AuditExtras = {
  db: Db;
  audit: AuditNote;
  /** Runs `write` only if the procedure fails, after its own writes were rolled back. */
  onRollback: (write: RollbackWrite) => void;
};

type Call = { ctx: Context; path: string; type: string; getRawInput: () => Promise<unknown> };

/** Thrown inside the transaction to roll it back when the procedure returned a failed result. */
class ProcedureFailed extends Error {}

/**
 * Runs a procedure; a mutation runs inside one transaction that also appends its audit row, so
 * the write and its record commit together or not at all. Queries run as they are.
 */
export async function runAudited<R extends { ok: boolean }>(call: Call, run: (extras: AuditExtras) => Promise<R>): Promise<R> {
  const audit: AuditNote = {};
  const rollbackWrites: RollbackWrite[] = [];
  const onRollback = (write: RollbackWrite) => {
    rollbackWrites.push(write);
  };
  const afterFailure = async (result: R) => {
    for (const write of rollbackWrites) await write(call.ctx.db);
    return result;
  };

  if (call.type !== 'mutation') {
    const result = await run({ db: call.ctx.db, audit, onRollback });
    return result.ok ? result : afterFailure(result);
  }

  let failed: R | undefined;
  try {
    return await call.ctx.db.transaction(async (tx) => {
      const rawInput = await call.getRawInput().catch(() => undefined);
      const target = targetBeforeWrite(call.path, rawInput, call.ctx.user?.id);
      const before = target && target.keys.length > 0 ? await target.table.digest(tx, target.keys) : null;
      const result = await run({ db: tx, audit, onRollback });
      if (!result.ok) {
        failed = result;
        throw new ProcedureFailed();
      }
      await appendAudit(tx, {
        ...(await describeWrite(tx, { target, before, audit, data: 'data' in result ? result.data : undefined })),
        at: call.ctx.now(),
        action: call.path,
        agencyId: call.ctx.user?.agencyId ?? null,
        actorId: call.ctx.user?.id ?? null,
        actorRole: call.ctx.user?.role ?? null,
        requestId: call.ctx.requestId,
        ipAddress: call.ctx.ipAddress ?? null,
        note: audit.note ?? null,
      });
      return result;
    });
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
