import { petitionChannels, petitionKinds, petitionStatuses } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import type { Classification, HandlingOutcome } from '@kntc/domain';

export type Respondent = { name: string; position: string | null; organisation: string | null };
export type ContestedDecision = { number: string | null; date: string | null; issuer: string | null };
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { searchWords } from './word-search.js';
import { agencies } from './organisation.js';
import { persons } from './persons.js';
import { users } from './users.js';

/**
 * The days a letter stays open, as the range (received, handled], unbounded while it is not handled:
 * a report over [from, to] carries it over when the range holds `from`. Indexed (GiST) because the
 * two dates are read together: as two conditions, PostgreSQL takes them as independent, expects a
 * fifth of the register to be carried over where there are a few thousand, and walks every letter
 * received before the period. A handled date before the received one (a data error, never carried
 * over) gives an empty range, so it cannot fail the write.
 */
export const letterOpenDays = (t: { receivedDate: AnyPgColumn; handledDate: AnyPgColumn }) =>
  sql`daterange(${t.receivedDate}, case when ${t.handledDate} < ${t.receivedDate} then ${t.receivedDate} else ${t.handledDate} end, '(]')`;

/** Đơn: every letter that reaches the agency, registered in the sổ with a receipt number per agency and year. */
export const petitions = pgTable(
  'petitions',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** Null while a draft: numbers are issued on registration so they never skip. */
    receiptYear: integer('receipt_year'),
    receiptSeq: integer('receipt_seq'),
    receivedDate: date('received_date', { mode: 'string' }).notNull(),
    channel: text('channel', { enum: petitionChannels }).notNull(),
    kind: text('kind', { enum: petitionKinds }).notNull(),
    status: text('status', { enum: petitionStatuses }).notNull(),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => persons.id),
    signerCount: integer('signer_count').notNull().default(1),
    summary: text('summary').notNull(),
    content: text('content').notNull(),
    forwardingAgency: text('forwarding_agency'),
    forwardingDocNumber: text('forwarding_doc_number'),
    /** Lĩnh vực: a code of the 'field' catalogue. */
    fieldCode: text('field_code'),
    respondent: jsonb('respondent').$type<Respondent>(),
    contestedDecision: jsonb('contested_decision').$type<ContestedDecision>(),
    /** Latest classification (BRIEF 1.2); its history is on the timeline. */
    classification: jsonb('classification').$type<Classification>(),
    proposedOutcome: text('proposed_outcome').$type<HandlingOutcome>(),
    proposalNote: text('proposal_note'),
    /** The competent body a guidance, transfer, return or urge letter names. */
    proposalTarget: text('proposal_target'),
    proposedBy: uuid('proposed_by').references(() => users.id),
    /** Set when linked as a duplicate: the letter it repeats, and the status to return to on unlink. */
    duplicateOfId: uuid('duplicate_of_id').references((): AnyPgColumn => petitions.id),
    statusBeforeDuplicate: text('status_before_duplicate', { enum: petitionStatuses }),
    /** A letter split by content: its items point to it and number themselves after it ("12.1/2026"). */
    splitFromId: uuid('split_from_id').references((): AnyPgColumn => petitions.id),
    splitIndex: integer('split_index').notNull().default(0),
    statusBeforeSplit: text('status_before_split', { enum: petitionStatuses }),
    /** How many later letters were linked to this one as repeats of the same matter. */
    repeatCount: integer('repeat_count').notNull().default(0),
    /** Processing deadline from the legal clock (never typed in); null once the letter is handled. */
    dueDate: date('due_date', { mode: 'string' }),
    dueRuleVersion: text('due_rule_version'),
    /**
     * When the letter left the queue (the approval of its outcome, Vietnamese date) and the
     * processing deadline it had then: statistics count letters handled, and handled on time, per quarter.
     */
    handledDate: date('handled_date', { mode: 'string' }),
    handledDueDate: date('handled_due_date', { mode: 'string' }),
    /** HMAC of the tracking code printed on the receipt; the code itself is never stored. */
    trackingCodeHash: text('tracking_code_hash'),
    /** Folded summary, content and sender, for diacritic-free search. */
    searchText: text('search_text').notNull(),
    /** The whole words of searchText, kept by PostgreSQL, for the letters list's search box. */
    searchWords: searchWords('search_text'),
    /** Folded summary alone, for trigram similarity between letters on the same matter. */
    summaryKey: text('summary_key').notNull().default(''),
    /**
     * Set when the letter was destroyed after its retention period: only this tombstone stays (kind,
     * dates, status, receipt number), so the register and statistics still count it.
     */
    destroyedAt: timestamp('destroyed_at', { withTimezone: true, mode: 'date' }),
    destructionRef: text('destruction_ref'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('petitions_receipt_uq').on(t.agencyId, t.receiptYear, t.receiptSeq, t.splitIndex),
    uniqueIndex('petitions_tracking_uq').on(t.trackingCodeHash),
    index('petitions_agency_received_idx').on(t.agencyId, t.receivedDate),
    index('petitions_agency_status_idx').on(t.agencyId, t.status),
    index('petitions_agency_due_idx').on(t.agencyId, t.dueDate),
    // The letters list's order by due date (open letters first, then by date, then the tie-breakers): its first page
    // reads 25 index entries instead of sorting every letter of the agency (1.8 s at a million letters).
    index('petitions_agency_due_order_idx').on(t.agencyId, sql`(${t.dueDate} is null)`, t.dueDate, t.createdAt, t.id),
    // The list's total for the kind and status filters, counted from the index alone.
    index('petitions_agency_kind_status_idx').on(t.agencyId, t.kind, t.status),
    // Public statistics group letters received and handled per quarter, across the installation.
    index('petitions_received_idx').on(t.receivedDate),
    index('petitions_handled_idx').on(t.handledDate),
    // Reports read the letters received in a period from petitions_report_lines_idx (agency, received date, including what the
    // forms group by): migration 0031, by hand, as this builder cannot say INCLUDE.
    // Reports read the letters carried over into a period by it (`letterOpenDays`).
    index('petitions_open_days_idx').using('gist', letterOpenDays(t)),
    index('petitions_sender_idx').on(t.senderId),
    index('petitions_duplicate_of_idx').on(t.duplicateOfId),
    index('petitions_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // Whole words intersect in the index: a common name no longer brings 60,000 trigram candidates to recheck.
    index('petitions_search_words_idx').using('gin', t.searchWords),
    index('petitions_summary_trgm_idx').using('gin', sql`${t.summaryKey} gin_trgm_ops`),
  ],
);

/** The other signers of a group letter, in the order written; the main sender is petitions.sender_id. */
export const petitionCoSenders = pgTable(
  'petition_co_senders',
  {
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    isRepresentative: boolean('is_representative').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.position] }), index('petition_co_senders_person_idx').on(t.personId)],
);
