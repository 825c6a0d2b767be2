import { boolean, check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { bytea, createdAt, id, updatedAt } from './columns.js';
import { agencies } from './organisation.js';

/**
 * Petitioners. `searchText` is the folded name, ID number, phone and address, for diacritic-free
 * search and duplicate hints.
 *
 * A protected person (a denouncer, or a sender who asked; Luật Tố cáo Đ9, Đ47) has their identity
 * only in `sealedIdentity`, encrypted with the vault key the database never sees; the clear columns
 * hold the pseudonym ("Người tố cáo A") and nothing else. Such a row belongs to one letter only.
 */
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
    email: text('email'),
    searchText: text('search_text').notNull(),
    isProtected: boolean('is_protected').notNull().default(false),
    /** Sealed JSON of the identity (AAD: `person:<id>`); null for an unprotected person. */
    sealedIdentity: bytea('sealed_identity'),
    /** Keyed digest of the ID number: finds the same person on other letters without the number in clear. */
    idNumberDigest: text('id_number_digest'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('persons_agency_idx').on(t.agencyId),
    index('persons_id_number_idx').on(t.agencyId, t.idNumber),
    index('persons_id_number_digest_idx').on(t.agencyId, t.idNumberDigest),
    index('persons_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // A protected row holds its identity sealed and nothing identifying in clear, whatever the code does.
    check(
      'persons_protected_is_sealed',
      sql`not ${t.isProtected} or (${t.sealedIdentity} is not null and ${t.idNumber} is null and ${t.phone} is null and ${t.email} is null and ${t.address} = '')`,
    ),
  ],
);
