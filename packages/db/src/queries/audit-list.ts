import { shiftDate, type IsoDate } from '@kntc/domain';
import { and, count, desc, eq, gte, ilike, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { auditLog } from '../schema/audit.js';
import { users } from '../schema/users.js';
import { escapeLike } from './like.js';

export type AuditFilter = {
  actorId?: string | undefined;
  /** A username (exact) or part of an official's full name. */
  actor?: string | undefined;
  /** A full action ('petitions.create') or the area before its dot ('petitions'). */
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  /** Calendar days in Vietnam, both included. */
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
};

export type AuditListItem = {
  id: number;
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  requestId: string | null;
  ipAddress: string | null;
  note: string | null;
  prevHash: string;
  hash: string;
};

/** Vietnam has no daylight saving, so a calendar day there starts at 00:00 +07:00. */
const startOfVietnamDay = (day: IsoDate) => new Date(`${day}T00:00:00+07:00`);

function whereOf(agencyId: string, filter: AuditFilter): SQL | undefined {
  const action = filter.action?.trim();
  const actor = filter.actor?.trim();
  return and(
    // Rows without an agency (a failed login under an unknown name) belong to the installation.
    or(eq(auditLog.agencyId, agencyId), isNull(auditLog.agencyId)),
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    actor ? or(eq(users.username, actor.toLowerCase()), ilike(users.fullName, `%${escapeLike(actor)}%`)) : undefined,
    action ? or(eq(auditLog.action, action), like(auditLog.action, `${escapeLike(action)}.%`)) : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId.trim()) : undefined,
    filter.from ? gte(auditLog.at, startOfVietnamDay(filter.from)) : undefined,
    filter.to ? lt(auditLog.at, startOfVietnamDay(shiftDate(filter.to, 1))) : undefined,
  );
}

const listColumns = {
  seq: auditLog.seq,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorName: users.fullName,
  actorUsername: users.username,
  actorRole: auditLog.actorRole,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  beforeDigest: auditLog.beforeDigest,
  afterDigest: auditLog.afterDigest,
  requestId: auditLog.requestId,
  ipAddress: auditLog.ipAddress,
  note: auditLog.note,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};

/** The newest rows first, a page at a time; the actor's name is joined in for reading, never stored. */
export async function findAuditEntries(
  db: Db,
  params: { agencyId: string; filter: AuditFilter; page: number; perPage: number },
): Promise<{ data: AuditListItem[]; total: number }> {
  const where = whereOf(params.agencyId, params.filter);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select(listColumns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(params.perPage)
      .offset((params.page - 1) * params.perPage),
    // The join costs a lookup per row: counted only when the actor's name is filtered on.
    params.filter.actor?.trim()
      ? db.select({ total: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(where)
      : db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { data: rows.map((row) => ({ id: row.seq, ...row })), total: totalRow?.total ?? 0 };
}

export async function getAuditEntry(db: Db, params: { agencyId: string; seq: number }): Promise<AuditListItem | null> {
  const [row] = await db
    .select(listColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.seq, params.seq), or(eq(auditLog.agencyId, params.agencyId), isNull(auditLog.agencyId))))
    .limit(1);
  return row ? { id: row.seq, ...row } : null;
}

/**
 * Every matching row, newest first, in batches read by seq (not by offset, which slows down with
 * depth), up to `limit` rows; `truncated` says the filter matched more.
 */
export async function* streamAuditEntries(
  db: Db,
  params: { agencyId: string; filter: AuditFilter; limit: number; batchSize?: number },
): AsyncGenerator<AuditListItem[], { truncated: boolean }> {
  const batchSize = params.batchSize ?? 2_000;
  const where = whereOf(params.agencyId, params.filter);
  let before: number | null = null;
  let sent = 0;
  for (;;) {
    // One row more than still fits tells whether the limit cut the export short.
    const take = Math.min(batchSize, params.limit - sent + 1);
    const rows = await db
      .select(listColumns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(where, before === null ? undefined : lt(auditLog.seq, before)))
      .orderBy(desc(auditLog.seq))
      .limit(take);
    const batch = rows.slice(0, params.limit - sent);
    if (batch.length > 0) yield batch.map((row) => ({ id: row.seq, ...row }));
    sent += batch.length;
    if (batch.length < rows.length) return { truncated: true };
    const last = rows.at(-1);
    if (rows.length < take || !last) return { truncated: false };
    before = last.seq;
  }
}
