import { headReceptionModes, identityPapers, receptionMatterKinds, receptionModes, receptionOutcomes, receptionVisitKinds } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { agencies } from './organisation.js';
import { persons } from './persons.js';
import { petitions } from './petitions.js';
import { users } from './users.js';

/**
 * Sổ tiếp công dân (Luật TCD Đ25.2; TT 06/2014 Mẫu 06-TCD): one row per visit, numbered per
 * agency and year from the counters. The visitors are persons; a visit about a denunciation (or
 * whose visitors asked) keeps them sealed under pseudonyms and its texts masked, as letters do.
 */
export const receptionVisits = pgTable(
  'reception_visits',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    visitYear: integer('visit_year').notNull(),
    visitSeq: integer('visit_seq').notNull(),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: receptionVisitKinds }).notNull(),
    mode: text('mode', { enum: receptionModes }).notNull(),
    place: text('place').notNull(),
    receivingOfficialId: uuid('receiving_official_id')
      .notNull()
      .references(() => users.id),
    /** Periodic and ad hoc receptions only: the head in person, or someone they authorised. */
    headReception: text('head_reception', { enum: headReceptionModes }),
    headcount: integer('headcount').notNull(),
    /** Đoàn đông người per the thresholds in force when recorded; reports count groups apart. */
    isGroup: boolean('is_group').notNull(),
    matterKind: text('matter_kind', { enum: receptionMatterKinds }).notNull(),
    fieldCode: text('field_code'),
    summary: text('summary').notNull(),
    content: text('content').notNull(),
    history: text('history'),
    request: text('request').notNull(),
    outcome: text('outcome', { enum: receptionOutcomes }).notNull(),
    outcomeNote: text('outcome_note'),
    /** The ground's code and, as cited on the day, its wording and legal basis. */
    refusalGroundCode: text('refusal_ground_code'),
    refusalGroundText: text('refusal_ground_text'),
    isProtected: boolean('is_protected').notNull().default(false),
    /** The letter the visitor handed over, registered in the same transaction as the visit. */
    petitionId: uuid('petition_id').references(() => petitions.id),
    /** Lần đầu / tái diễn: set when the matter repeats an earlier letter. */
    isRepeat: boolean('is_repeat').notNull().default(false),
    repeatOfPetitionId: uuid('repeat_of_petition_id').references(() => petitions.id),
    /** Trả lời công dân (Luật TCD Đ28.1) from the legal clock, never typed. */
    replyDueDate: date('reply_due_date', { mode: 'string' }).notNull(),
    replyRuleVersion: text('reply_rule_version').notNull(),
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('reception_visits_number_uq').on(t.agencyId, t.visitYear, t.visitSeq),
    uniqueIndex('reception_visits_petition_uq').on(t.petitionId),
    index('reception_visits_agency_date_idx').on(t.agencyId, t.visitDate),
    index('reception_visits_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('reception_visits_headcount_positive', sql`${t.headcount} >= 1`),
    // A refusal without its legal ground, or a letter outcome without its letter, is not a record.
    check('reception_visits_refusal_has_ground', sql`${t.outcome} <> 'refused' or ${t.refusalGroundCode} is not null`),
    check('reception_visits_letter_linked', sql`${t.outcome} <> 'letter_received' or ${t.petitionId} is not null`),
  ],
);

/** Who came, in the order recorded; identity papers checked for each (TT 06/2014 Đ5–8). */
export const receptionVisitors = pgTable(
  'reception_visitors',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => receptionVisits.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    isRepresentative: boolean('is_representative').notNull().default(false),
    identityPaper: text('identity_paper', { enum: identityPapers }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.position] }), index('reception_visitors_person_idx').on(t.personId)],
);
