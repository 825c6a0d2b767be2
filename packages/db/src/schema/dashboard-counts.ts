import { petitionKinds, petitionStatuses } from '@kntc/domain';
import { boolean, date, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';

/*
 * The leaders' dashboard reads a year of letters at a time: 185,000 of them at a million letters,
 * each joined to its case and three officials, which took 1.5 s. These tables hold the same letters
 * already counted per day and per everything the dashboard groups by, so it reads a few thousand
 * rows whatever the volume. Triggers on `petitions` and `cases` keep them exact in the transaction
 * that changes a letter (migration 0027), whichever code path writes it; `rebuild_dashboard_counts()`
 * recounts them from scratch (after a bulk load with the triggers off).
 *
 * Reception visits likewise: 175,000 a year at that scale (migration 0028).
 *
 * They keep the officials, not their units: a unit is read from `users` when the dashboard asks, so
 * an official moving to another unit moves their letters with them, as the query over the letters did.
 * Every status is counted (drafts too): which statuses the dashboard shows is the domain's rule, applied
 * when reading. No foreign keys: the rows are derived, and the letters' own keys already hold.
 */

/** Letters by the day they were received (one row per distinct combination, with how many). */
export const dashboardLetterReceipts = pgTable(
  'dashboard_letter_receipts',
  {
    agencyId: uuid('agency_id').notNull(),
    receivedDate: date('received_date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: petitionKinds }).notNull(),
    status: text('status', { enum: petitionStatuses }).notNull(),
    /** The officer of the letter's case, if it has one. */
    caseAssigneeId: uuid('case_assignee_id'),
    proposedBy: uuid('proposed_by'),
    createdBy: uuid('created_by'),
    count: integer('count').notNull(),
  },
  (t) => [unique('dashboard_letter_receipts_key').on(t.agencyId, t.receivedDate, t.kind, t.status, t.caseAssigneeId, t.proposedBy, t.createdBy).nullsNotDistinct()],
);

/** Letters by the day they left the queue, with the processing deadline they had then. */
export const dashboardLetterHandlings = pgTable(
  'dashboard_letter_handlings',
  {
    agencyId: uuid('agency_id').notNull(),
    handledDate: date('handled_date', { mode: 'string' }).notNull(),
    handledDueDate: date('handled_due_date', { mode: 'string' }),
    status: text('status', { enum: petitionStatuses }).notNull(),
    caseAssigneeId: uuid('case_assignee_id'),
    proposedBy: uuid('proposed_by'),
    createdBy: uuid('created_by'),
    count: integer('count').notNull(),
  },
  (t) => [
    unique('dashboard_letter_handlings_key').on(t.agencyId, t.handledDate, t.handledDueDate, t.status, t.caseAssigneeId, t.proposedBy, t.createdBy).nullsNotDistinct(),
  ],
);

/** Reception visits by day, official and what the dashboard distinguishes (group, repeat, people). */
export const dashboardVisits = pgTable(
  'dashboard_visits',
  {
    agencyId: uuid('agency_id').notNull(),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    receivingOfficialId: uuid('receiving_official_id'),
    isGroup: boolean('is_group').notNull(),
    isRepeat: boolean('is_repeat').notNull(),
    headcount: integer('headcount').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [unique('dashboard_visits_key').on(t.agencyId, t.visitDate, t.receivingOfficialId, t.isGroup, t.isRepeat, t.headcount).nullsNotDistinct()],
);
