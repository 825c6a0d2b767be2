import type { ReportPeriodRequest, ReportTable } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, id } from './columns.js';
import { agencies } from './organisation.js';
import { users } from './users.js';

/**
 * Báo cáo đã nộp: a statutory report as it was filed, frozen. The numbers and the .xlsx are kept
 * exactly as sent, so later corrections to the registers show as differences instead of silently
 * rewriting what the agency reported. One filing per form and period.
 */
export const filedReports = pgTable(
  'filed_reports',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    formCode: text('form_code').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    periodLabel: text('period_label').notNull(),
    /** What was asked for, so the current figures are recomputed over the same period. */
    periodRequest: jsonb('period_request').$type<ReportPeriodRequest>().notNull(),
    reportTable: jsonb('report_table').$type<ReportTable>().notNull(),
    fileName: text('file_name').notNull(),
    content: bytea('content').notNull(),
    contentSha256: text('content_sha256').notNull(),
    note: text('note'),
    filedBy: uuid('filed_by')
      .notNull()
      .references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('filed_reports_period_uq').on(t.agencyId, t.formCode, t.periodFrom, t.periodTo),
    index('filed_reports_filed_at_idx').on(t.agencyId, t.filedAt),
    check('filed_reports_period_ck', sql`${t.periodFrom} <= ${t.periodTo}`),
  ],
);
