import { integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, updatedAt } from './columns.js';
import { agencies } from './organisation.js';
import { users } from './users.js';

export const retentionKinds = ['archived_petition'] as const;

/**
 * How long records are kept before they may be destroyed, per agency (TT 07/2014 Đ28: an archived
 * letter one year). Data, not code, so a changed rule is an edit, not a release.
 */
export const retentionRules = pgTable(
  'retention_rules',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind', { enum: retentionKinds }).notNull(),
    months: integer('months').notNull(),
    legalBasis: text('legal_basis').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('retention_rules_agency_kind_uq').on(t.agencyId, t.kind)],
);
