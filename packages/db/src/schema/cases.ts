import { caseKinds, caseStatuses, openCaseStatuses, verificationStepKinds, type CaseDraft } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { agencies } from './organisation.js';
import { petitions } from './petitions.js';
import { users } from './users.js';

/**
 * "The case is open" with the statuses written out as literals, not parameters: PostgreSQL uses a
 * partial index only when it can prove the query's condition implies the index's, which it cannot
 * for a parameter in a generic prepared plan.
 */
export const openCaseCondition = (status: AnyPgColumn) => sql`${status} in (${sql.raw(openCaseStatuses.map((s) => `'${s}'`).join(', '))})`;

/**
 * Vụ việc: an accepted complaint or denunciation, from acceptance to closure. Its resolution
 * deadline is derived from the rule in force on the acceptance date, its flags and extensions,
 * shifted by the days it spent suspended.
 */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    caseYear: integer('case_year').notNull(),
    caseSeq: integer('case_seq').notNull(),
    kind: text('kind', { enum: caseKinds }).notNull(),
    status: text('status', { enum: caseStatuses }).notNull(),
    statusBeforeSuspension: text('status_before_suspension', { enum: caseStatuses }),
    acceptedDate: date('accepted_date', { mode: 'string' }).notNull(),
    isComplex: boolean('is_complex').notNull().default(false),
    isRemote: boolean('is_remote').notNull().default(false),
    extensions: integer('extensions').notNull().default(0),
    suspendedSince: date('suspended_since', { mode: 'string' }),
    /** Calendar days spent suspended so far; they do not count towards the limit. */
    suspendedDays: integer('suspended_days').notNull().default(0),
    dueDate: date('due_date', { mode: 'string' }),
    dueRuleVersion: text('due_rule_version'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    subject: text('subject').notNull(),
    resultSummary: text('result_summary'),
    /** The decision or conclusion being drafted; rendered into the signed document at signing. */
    draft: jsonb('draft').$type<CaseDraft>(),
    /** As printed on the signed document: "05/QĐ-SNV". */
    decisionNumber: text('decision_number'),
    decisionYear: integer('decision_year'),
    decisionSeq: integer('decision_seq'),
    signedDate: date('signed_date', { mode: 'string' }),
    signedBy: uuid('signed_by').references(() => users.id),
    sendDueDate: date('send_due_date', { mode: 'string' }),
    sentDate: date('sent_date', { mode: 'string' }),
    closedDate: date('closed_date', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('cases_petition_uq').on(t.petitionId),
    uniqueIndex('cases_number_uq').on(t.agencyId, t.caseYear, t.caseSeq),
    // Numbers run per symbol (QĐ-SNV, KL-SNV…), so the printed number, not the sequence, is unique in a year.
    uniqueIndex('cases_decision_number_uq').on(t.agencyId, t.decisionYear, t.decisionNumber),
    index('cases_agency_status_idx').on(t.agencyId, t.status),
    index('cases_agency_due_idx').on(t.agencyId, t.dueDate),
    // The open cases by due date (the overdue and due-soon queues): closed cases, nine in ten at a
    // million letters, all lie early in due-date order, and the queue's first page read past 82,000 of them.
    index('cases_open_due_idx').on(t.agencyId, t.dueDate).where(openCaseCondition(t.status)),
    index('cases_assignee_idx').on(t.assigneeId),
    // Public statistics count cases resolved (decision or conclusion signed) per quarter.
    index('cases_signed_idx').on(t.signedDate),
  ],
);

/** Work sessions, document requests, site checks… with their minutes. */
export const verificationSteps = pgTable(
  'verification_steps',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: verificationStepKinds }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    minutes: text('minutes'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('verification_steps_case_idx').on(t.caseId, t.date)],
);

/** Measures the decision or conclusion orders, followed until done (tổ chức thực hiện). */
export const caseMeasures = pgTable(
  'case_measures',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    responsible: text('responsible').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    doneDate: date('done_date', { mode: 'string' }),
    doneNote: text('done_note'),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('case_measures_case_idx').on(t.caseId)],
);
