import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './organisation.js';

/**
 * Gapless number series (receipt numbers, document numbers) per agency, series and year.
 * Incremented with UPDATE … RETURNING inside the business transaction: the row lock
 * serialises concurrent issuers and a rollback returns the number.
 */
export const counters = pgTable(
  'counters',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    series: text('series').notNull(),
    year: integer('year').notNull(),
    value: integer('value').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.series, t.year] })],
);
