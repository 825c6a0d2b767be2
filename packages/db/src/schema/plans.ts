import { planItemProgressStates, planTimeFrames } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { agencies, units } from './organisation.js';
import { users } from './users.js';

/** Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo of a year, as signed. */
export const annualPlans = pgTable(
  'annual_plans',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    number: text('number').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title').notNull(),
    title: text('title').notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('annual_plans_number_uq').on(t.agencyId, t.year, t.number)],
);

/**
 * One item of a plan. "Late" is not stored: it follows from the time frame and today (the domain's
 * planItemStatus). Units listed by name are in plan_item_units; "all units" and "the units
 * concerned" are flags, as plans write them.
 */
export const planItems = pgTable(
  'plan_items',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => annualPlans.id),
    code: text('code').notNull(),
    position: integer('position').notNull().default(0),
    content: text('content').notNull(),
    leadAllUnits: boolean('lead_all_units').notNull().default(false),
    leadRelevantUnits: boolean('lead_relevant_units').notNull().default(false),
    coordinatingAllUnits: boolean('coordinating_all_units').notNull().default(false),
    coordinatingRelevantUnits: boolean('coordinating_relevant_units').notNull().default(false),
    responsibilityNote: text('responsibility_note'),
    timeFrame: text('time_frame', { enum: planTimeFrames }).notNull(),
    timeFrom: date('time_from', { mode: 'string' }),
    timeTo: date('time_to', { mode: 'string' }),
    timeNote: text('time_note'),
    state: text('state', { enum: planItemProgressStates }).notNull().default('not_started'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('plan_items_code_uq').on(t.planId, t.code),
    index('plan_items_plan_idx').on(t.planId, t.position),
    check('plan_items_dated_has_end', sql`${t.timeFrame} <> 'dated' or ${t.timeTo} is not null`),
    check('plan_items_dates', sql`${t.timeFrom} is null or ${t.timeTo} is null or ${t.timeFrom} <= ${t.timeTo}`),
  ],
);

export const planItemUnitRoles = ['lead', 'coordinating'] as const;

/** Units named as chủ trì or phối hợp of an item; a unit has one role per item. */
export const planItemUnits = pgTable(
  'plan_item_units',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role', { enum: planItemUnitRoles }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.unitId] }), index('plan_item_units_unit_idx').on(t.unitId)],
);

/** Tiến độ: dated notes by their author, with the item's state after each; appended, never edited. */
export const planItemProgress = pgTable(
  'plan_item_progress',
  {
    id: id(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => planItems.id),
    date: date('date', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    stateAfter: text('state_after', { enum: planItemProgressStates }).notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('plan_item_progress_item_idx').on(t.itemId, t.date)],
);
