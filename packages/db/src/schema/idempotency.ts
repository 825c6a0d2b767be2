import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './columns.js';

/**
 * The answers of mutations sent with an Idempotency-Key, so that the same request retried after a
 * timeout, a double click or a dropped connection has its effect once and gets the first answer
 * again. A row is written in the mutation's own transaction: it exists if and only if the effect
 * committed. Keys are scoped to the official who sent them and expire (IDEMPOTENCY_KEY_TTL_MS);
 * no foreign key, since the rows are a short-lived cache, not records.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actorId: uuid('actor_id').notNull(),
    key: text('key').notNull(),
    /** The tRPC path the key was first used for ('petitions.create'). */
    path: text('path').notNull(),
    /** SHA-256 of the canonical JSON of the raw input, to refuse the same key with another request. */
    inputHash: text('input_hash').notNull(),
    /**
     * The JSON the procedure answered, sealed with the vault key (answers hold what must never sit
     * in clear: a revealed identity, a receipt's tracking code); null when it answered nothing.
     */
    response: bytea('response'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.key] }), index('idempotency_keys_created_at_idx').on(t.createdAt)],
);
