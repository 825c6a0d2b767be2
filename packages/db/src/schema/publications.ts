import { publicationKinds, publicationStates, type MaskSpan } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { createdAt, id, updatedAt } from './columns.js';
import { documents } from './documents.js';
import { agencies } from './organisation.js';
import { users } from './users.js';

export { publicationKinds, publicationStates };

/**
 * What the public site may show. Holds only the redacted copy: the public router
 * reads this table and nothing else, so the original text cannot reach the site.
 */
export const publications = pgTable(
  'publications',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    slug: text('slug').notNull().unique(),
    kind: text('kind', { enum: publicationKinds }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Empty until a second official approves the redaction; then the frozen redacted copy. */
    redactedBody: text('redacted_body').notNull(),
    documentNumber: text('document_number'),
    signedDate: date('signed_date', { mode: 'string' }).notNull(),
    state: text('state', { enum: publicationStates }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    postedUntil: date('posted_until', { mode: 'string' }),
    /** Lĩnh vực: a code of the 'field' catalogue, copied from the letter; the public list filters on it. */
    fieldCode: text('field_code'),
    /** Căn cứ pháp lý: the provisions the publication is made under, shown on its page. */
    legalBasis: text('legal_basis').notNull().default(''),
    /** Hạn công khai: the last day to publish, by the legal clock from the signing date. */
    publishDueDate: date('publish_due_date', { mode: 'string' }),
    /** The first day the posting counts from (Vietnamese date of publication). */
    postedFrom: date('posted_from', { mode: 'string' }),
    /** Shown on the public page once taken down; taking down requires it. */
    takedownReason: text('takedown_reason'),
    takenDownAt: timestamp('taken_down_at', { withTimezone: true, mode: 'date' }),
    takenDownBy: uuid('taken_down_by').references(() => users.id),
    /** Folded title and summary for diacritic-free public search. */
    searchText: text('search_text').notNull().default(''),
    /** Back office only (never in the public projection): who confirmed the redaction, and when. */
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('publications_state_published_idx').on(t.state, t.publishedAt),
    index('publications_state_signed_idx').on(t.state, t.signedDate),
    // The public list's order over what the public may see: its first page reads 20 index entries, not every row.
    index('publications_public_order_idx')
      .on(t.publishedAt.desc().nullsLast(), t.slug)
      .where(sql`${t.state} in ('published', 'taken_down')`),
    // Diacritic-free public search (`LIKE '%word%'` over the folded text) without reading every publication.
    index('publications_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('publications_takedown_has_reason', sql`${t.state} <> 'taken_down' or length(trim(${t.takedownReason})) > 0`),
  ],
);

/**
 * The redaction record behind a publication, for the back office only: the text of the signed
 * document it was made from, the masks the detectors proposed, and the officer's decisions. The
 * public router never reads this table. Protected identities are replaced by their placeholder
 * before the text is stored here, so it holds no vault secret in clear.
 */
export const publicationSources = pgTable(
  'publication_sources',
  {
    publicationId: uuid('publication_id')
      .primaryKey()
      .references(() => publications.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** One publication per signed decision or conclusion. */
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id),
    documentId: uuid('document_id').references(() => documents.id, { onDelete: 'set null' }),
    sourceText: text('source_text').notNull(),
    /** Offsets into source_text; the masked text itself is not copied here. */
    proposedMasks: jsonb('proposed_masks').$type<MaskSpan[]>().notNull(),
    /** Keys ("start:end") of the proposals the officer dropped. */
    rejectedMasks: jsonb('rejected_masks').$type<string[]>().notNull().default([]),
    manualMasks: jsonb('manual_masks').$type<MaskSpan[]>().notNull().default([]),
    draftedBy: uuid('drafted_by')
      .notNull()
      .references(() => users.id),
    /** The approver must be someone else than whoever shaped the redaction. */
    lastEditedBy: uuid('last_edited_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('publication_sources_agency_idx').on(t.agencyId)],
);
