import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only, hash-chained audit log (nhật ký kiểm tra). Each row's hash covers the previous
 * row's hash and every other column, so editing, deleting or inserting a row breaks the chain from
 * there on. Triggers (migration 0015_audit_log_append_only) refuse UPDATE, DELETE and TRUNCATE even for the table owner.
 * No foreign keys: the log must outlive the records and accounts it names, and a cascading delete
 * elsewhere must never need to touch it. It holds digests and a short note, never raw input or
 * anyone's personal details.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Append order; taken from the sequence under the append lock, so it is also chain order. */
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    agencyId: uuid('agency_id'),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    /** The tRPC path ('petitions.create') or an HTTP action ('auth.login'). */
    action: text('action').notNull(),
    /** The table the action wrote, and the written row's key. */
    entity: text('entity'),
    entityId: text('entity_id'),
    /** SHA-256 of the canonical JSON of the row before and after the write. */
    beforeDigest: text('before_digest'),
    afterDigest: text('after_digest'),
    requestId: text('request_id'),
    ipAddress: text('ip_address'),
    /** Set by the procedure, e.g. the reason given for revealing an identity. */
    note: text('note'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorId, t.seq),
    index('audit_log_action_idx').on(t.action, t.seq),
    index('audit_log_entity_idx').on(t.entity, t.entityId, t.seq),
  ],
);
