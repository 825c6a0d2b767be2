import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { agencies } from './organisation.js';

export const publicationKinds = ['denunciation_conclusion', 'complaint_decision', 'inspection_conclusion'] as const;
export const publicationStates = ['draft', 'approved', 'published', 'taken_down'] as const;

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
    redactedBody: text('redacted_body').notNull(),
    documentNumber: text('document_number'),
    signedDate: date('signed_date', { mode: 'string' }).notNull(),
    state: text('state', { enum: publicationStates }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    postedUntil: date('posted_until', { mode: 'string' }),
    takedownReason: text('takedown_reason'),
    /** Folded title and summary for diacritic-free public search. */
    searchText: text('search_text').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('publications_state_published_idx').on(t.state, t.publishedAt)],
);
