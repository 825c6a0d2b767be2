import { documentKinds } from '@kntc/documents';
import { boolean, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt, id } from './columns.js';
import { agencies } from './organisation.js';
import { users } from './users.js';

export const documentSubjects = ['petition', 'case', 'reception_session'] as const;

/**
 * Văn bản issued by the agency: numbered per agency, symbol and year, and stored as the .docx
 * produced at issue time, in the same transaction as the action that issued it.
 */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    subjectType: text('subject_type', { enum: documentSubjects }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    kind: text('kind', { enum: documentKinds }).notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    symbol: text('symbol').notNull(),
    documentDate: date('document_date', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    content: bytea('content').notNull(),
    /**
     * The content is sealed in the identity vault (AAD: `document:<id>`): a document addressed to a
     * protected sender, downloadable only by those allowed to reveal identities.
     */
    isSealed: boolean('is_sealed').notNull().default(false),
    signerName: text('signer_name').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('documents_number_uq').on(t.agencyId, t.symbol, t.year, t.seq),
    index('documents_subject_idx').on(t.subjectType, t.subjectId),
  ],
);

/** The symbol ("ký hiệu") each kind of document carries in an agency, e.g. "QĐ-SNV"; numbering runs per symbol and year. */
export const documentSeries = pgTable(
  'document_series',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind', { enum: documentKinds }).notNull(),
    symbol: text('symbol').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.kind] })],
);
