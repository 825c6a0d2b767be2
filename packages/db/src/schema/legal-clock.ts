import { calendarEntryKinds, confidenceMarks, deadlineRuleKeys, deadlineUnits } from '@kntc/domain';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { users } from './users.js';

/**
 * A calendar year as the department uses it. National data, so not per agency. A year
 * absent here falls back to the domain's default (official seed or provisional by rule).
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  provisional: boolean('provisional').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

export const calendarEntries = pgTable(
  'calendar_entries',
  {
    id: id(),
    year: integer('year')
      .notNull()
      .references(() => calendarYears.year, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: calendarEntryKinds }).notNull(),
    reason: text('reason').notNull(),
    source: text('source').notNull(),
  },
  (t) => [uniqueIndex('calendar_entries_date_uq').on(t.date), index('calendar_entries_year_idx').on(t.year)],
);

export type DeadlineVariants = { complex?: number; remote?: number; complexRemote?: number };

/** Versions of each statutory deadline; the one in force on the triggering event's date applies. */
export const deadlineRules = pgTable(
  'deadline_rules',
  {
    id: id(),
    key: text('key', { enum: deadlineRuleKeys }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    unit: text('unit', { enum: deadlineUnits }).notNull(),
    days: integer('days').notNull(),
    variants: jsonb('variants').$type<DeadlineVariants>().notNull().default({}),
    maxExtensions: integer('max_extensions').notNull().default(0),
    extensionDays: integer('extension_days').notNull().default(0),
    rollToWorkingDay: boolean('roll_to_working_day').notNull().default(true),
    startEvent: text('start_event').notNull(),
    basis: text('basis').notNull(),
    label: text('label').notNull(),
    confidence: text('confidence', { enum: confidenceMarks }).notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('deadline_rules_key_from_uq').on(t.key, t.effectiveFrom)],
);

export type DeadlineChange = { petitionId: string; receiptNumber: string | null; from: string | null; to: string };

/** Every time edited data moved running deadlines: what moved, from when to when, and who caused it. */
export const deadlineRecalculations = pgTable('deadline_recalculations', {
  id: id(),
  reason: text('reason').notNull(),
  affected: integer('affected').notNull(),
  changes: jsonb('changes').$type<DeadlineChange[]>().notNull(),
  triggeredBy: uuid('triggered_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
