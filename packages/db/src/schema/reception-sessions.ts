import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { receptionSessions } from './reception.js';
import { receptionVisits } from './reception-visits.js';
import { users } from './users.js';

/** The register lines heard at a session of the head; a visit is heard at one session at most. */
export const receptionSessionVisits = pgTable(
  'reception_session_visits',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => receptionSessions.id, { onDelete: 'cascade' }),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => receptionVisits.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.visitId] }), uniqueIndex('reception_session_visits_visit_uq').on(t.visitId)],
);

/**
 * Nội dung chỉ đạo: what the head directed at a session, followed until done like a case measure.
 * Overdue is derived from `due_date` when read, never stored.
 */
export const receptionDirections = pgTable(
  'reception_directions',
  {
    id: id(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => receptionSessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    visitId: uuid('visit_id').references(() => receptionVisits.id),
    content: text('content').notNull(),
    /** The unit or official who answers for it, as the notice prints it. */
    responsible: text('responsible').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    doneDate: date('done_date', { mode: 'string' }),
    result: text('result'),
    completedBy: uuid('completed_by').references(() => users.id),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('reception_directions_position_uq').on(t.sessionId, t.position),
    index('reception_directions_due_idx').on(t.dueDate).where(sql`${t.doneDate} is null`),
    check('reception_directions_done_has_result', sql`${t.doneDate} is null or ${t.result} is not null`),
  ],
);
