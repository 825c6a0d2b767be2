import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns.js';
import { agencies } from './organisation.js';
import { users } from './users.js';

export const timelineSubjects = ['petition', 'case'] as const;

/**
 * The append-only timeline of every action on a letter or a case: who, when, what, and from
 * which state to which. Written in the same transaction as the action it records.
 */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    subjectType: text('subject_type', { enum: timelineSubjects }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    actorId: uuid('actor_id').references(() => users.id),
    note: text('note'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('timeline_subject_idx').on(t.subjectType, t.subjectId, t.at)],
);
