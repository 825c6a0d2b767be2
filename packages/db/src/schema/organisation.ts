import { boolean, index, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';

/** A body that owns records (the Sở). Every business row carries its agency. */
export const agencies = pgTable('agencies', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  province: text('province').notNull(),
  /** Place name printed on documents ("Kon Tum, ngày … tháng … năm …"). */
  documentPlace: text('document_place').notNull(),
  /** Document header: the managing body ("UBND TỈNH KON TUM") and the agency ("SỞ NỘI VỤ"), as printed. */
  headerParentName: text('header_parent_name').notNull().default(''),
  headerName: text('header_name').notNull().default(''),
  /** How running text names the agency and its head: "Sở Nội vụ", "Giám đốc Sở Nội vụ". */
  textName: text('text_name').notNull().default(''),
  headTitle: text('head_title').notNull().default(''),
  /** The state inspectorate at the same level, copied on complaint notices ("Thanh tra tỉnh"). */
  inspectorateName: text('inspectorate_name').notNull().default('Thanh tra tỉnh'),
  createdAt: createdAt(),
});

export const unitKinds = ['leadership', 'inspection', 'admin_office', 'subordinate'] as const;

/**
 * Units of an agency. Which unit advises on reception and complaints is data
 * (`handlesComplaints`), because the 2025 Inspection Law abolished "Thanh tra Sở".
 */
export const units = pgTable(
  'units',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: unitKinds }).notNull(),
    handlesComplaints: boolean('handles_complaints').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('units_agency_idx').on(t.agencyId)],
);
