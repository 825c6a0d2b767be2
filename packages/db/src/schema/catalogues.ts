import { catalogueNames, contentGroups } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
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
    /** For the field-of-matter catalogue: the content column of the statutory forms its letters count in. */
    reportContentGroup: text('report_content_group', { enum: contentGroups }),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('catalogue_items_code_uq').on(t.catalogue, t.code),
    check(
      'catalogue_items_report_content_group_ck',
      sql`${t.reportContentGroup} is null or ${t.reportContentGroup} in (${sql.raw(contentGroups.map((g) => `'${g}'`).join(', '))})`,
    ),
  ],
);
