import { headReceptionModes, receptionSessionKinds } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, time, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { documents } from './documents.js';
import { agencies } from './organisation.js';
import { users } from './users.js';

export { receptionSessionKinds };

/**
 * Lịch tiếp công dân của người đứng đầu: one periodic or ad hoc session (Luật TCD Đ18). It is
 * public only once `published_at` is set; the schedule must be out at least 5 working days ahead
 * (Đ24.4, `isAnnouncedInTime` in the domain), which the planning screens enforce.
 */
export const receptionSessions = pgTable(
  'reception_sessions',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
    place: text('place').notNull(),
    /** As announced ("Trần Quốc Bảo", "Giám đốc Sở Nội vụ"); copied so a later change of post does not rewrite history. */
    hostName: text('host_name').notNull(),
    hostTitle: text('host_title').notNull(),
    hostUserId: uuid('host_user_id').references(() => users.id),
    /** The Director in person, or a deputy receiving by the Director's authorisation. */
    hostMode: text('host_mode', { enum: headReceptionModes }).notNull().default('in_person'),
    kind: text('kind', { enum: receptionSessionKinds }).notNull(),
    note: text('note'),
    /** Null: still being planned, not on the public site. */
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    publishedBy: uuid('published_by').references(() => users.id),
    /** A cancelled session is kept with its reason; once published, the site shows it as cancelled. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, mode: 'date' }),
    cancelReason: text('cancel_reason'),
    cancelledBy: uuid('cancelled_by').references(() => users.id),
    /** Kết quả buổi tiếp, written after the day: who attended and the head's overall conclusion. */
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }),
    attendees: text('attendees'),
    conclusion: text('conclusion'),
    /** Thông báo kết luận tiếp công dân issued when the session was recorded. */
    conclusionDocumentId: uuid('conclusion_document_id').references(() => documents.id),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The public schedule reads published sessions in a date window.
    index('reception_sessions_date_idx').on(t.date).where(sql`${t.publishedAt} is not null`),
    index('reception_sessions_agency_date_idx').on(t.agencyId, t.date),
    check('reception_sessions_times', sql`${t.endTime} > ${t.startTime}`),
    check('reception_sessions_cancel_reason', sql`${t.cancelledAt} is null or ${t.cancelReason} is not null`),
    // A session is either called off or held; never both.
    check('reception_sessions_cancelled_or_recorded', sql`${t.cancelledAt} is null or ${t.recordedAt} is null`),
  ],
);

/** Nơi tiếp công dân thường xuyên: the place and hours of regular reception, published as written (Đ24.2). */
export const regularReceptionHours = pgTable(
  'regular_reception_hours',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    place: text('place').notNull(),
    /** "Thứ Hai đến thứ Sáu (trừ ngày nghỉ lễ, Tết)". */
    days: text('days').notNull(),
    /** "Sáng 7 giờ 30 – 11 giờ 30; chiều 13 giờ 30 – 17 giờ". */
    hours: text('hours').notNull(),
    note: text('note'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('regular_reception_hours_agency_idx').on(t.agencyId, t.sortOrder)],
);
