import { catalogueNames } from '@kntc/domain';
import { boolean, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, updatedAt } from './columns.js';

/** Reference lists (fields of the matter, transfer targets, result types), editable by administrators. */
export const catalogueItems = pgTable(
  'catalogue_items',
  {
    id: id(),
    catalogue: text('catalogue', { enum: catalogueNames }).notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    parentCode: text('parent_code'),
    nationalCode: text('national_code'),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('catalogue_items_code_uq').on(t.catalogue, t.code)],
);
