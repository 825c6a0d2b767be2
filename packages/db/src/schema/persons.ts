import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, updatedAt } from './columns.js';
import { agencies } from './organisation.js';

/** Petitioners. `searchText` is the folded name, ID number, phone and address, for diacritic-free search and duplicate hints. */
export const persons = pgTable(
  'persons',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    fullName: text('full_name').notNull(),
    idNumber: text('id_number'),
    address: text('address').notNull(),
    phone: text('phone'),
    searchText: text('search_text').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('persons_agency_idx').on(t.agencyId),
    index('persons_id_number_idx').on(t.agencyId, t.idNumber),
    index('persons_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);
