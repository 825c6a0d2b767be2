import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.js';
import { auditLog } from '../schema/audit.js';
import { AUDIT_GENESIS_HASH, auditRowHash, recordDigest } from './audit-hash.js';
import { selectRows } from './raw.js';

export type AuditRow = typeof auditLog.$inferSelect;

/** What a caller says about a write; the chain columns are the log's business. */
export type AuditEntry = {
  at: Date;
  action: string;
  agencyId?: string | null;
  actorId?: string | null;
  actorRole?: string | null;
  entity?: string | null;
  entityId?: string | null;
  beforeDigest?: string | null;
  afterDigest?: string | null;
  requestId?: string | null;
  ipAddress?: string | null;
  note?: string | null;
};

/** Notes are for a reason or a short remark, not for pasting documents into the log. */
export const AUDIT_NOTE_MAX = 2000;

/**
 * Appends one row to the chain, inside the caller's transaction so the row commits or rolls back
 * with the write it records. The transaction-level advisory lock serialises appenders until they
 * commit, so the row read as "last" is really the last one and concurrent writers form one chain
 * instead of forking it. Called outside a transaction it opens its own, for the same guarantee.
 */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<AuditRow> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('kntc.audit_log', 0))`);
    const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    // The seq is part of the hash, so it is drawn before the insert rather than assigned by it.
    const [next] = await selectRows<{ seq: string | number }>(tx, sql`select nextval(pg_get_serial_sequence('audit_log', 'seq')) as seq`);
    if (!next) throw new Error('audit_log sequence returned no value');
    const row = {
      seq: Number(next.seq),
      at: entry.at,
      agencyId: entry.agencyId ?? null,
      actorId: entry.actorId ?? null,
      actorRole: entry.actorRole ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
      beforeDigest: entry.beforeDigest ?? null,
      afterDigest: entry.afterDigest ?? null,
      requestId: entry.requestId ?? null,
      ipAddress: entry.ipAddress ?? null,
      note: entry.note ? entry.note.slice(0, AUDIT_NOTE_MAX) : null,
      prevHash: last?.hash ?? AUDIT_GENESIS_HASH,
    };
    const [inserted] = await tx
      .insert(auditLog)
      .values({ ...row, hash: auditRowHash(row) })
      .returning();
    if (!inserted) throw new Error('audit row was not inserted');
    return inserted;
  });
}

/**
 * The digest of the current state of the rows with the given keys (one row: its own digest; several:
 * the digest of the list in key order), or null when none exists (before a create, after a delete).
 */
export async function digestRows(db: Db, table: PgTable, key: PgColumn, ids: readonly (string | number)[]): Promise<string | null> {
  if (ids.length === 0) return null;
  const rows = await db
    .select()
    .from(table)
    .where(ids.length === 1 ? eq(key, ids[0]) : inArray(key, [...ids]))
    .orderBy(key);
  if (rows.length === 0) return null;
  return recordDigest(ids.length === 1 ? rows[0] : rows);
}
