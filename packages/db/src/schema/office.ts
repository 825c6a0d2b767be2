import {
  allowanceCategories,
  disciplineBreaches,
  equipmentStatuses,
  equipmentTypes,
  inspectorRanks,
  maintenanceKinds,
  rewardFormCodes,
  rewardKinds,
  rewardSubjects,
  ruleConfidences,
  staffDuties,
  trainingKinds,
} from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { createdAt, id, updatedAt } from './columns.js';
import { agencies, units } from './organisation.js';
import { petitions } from './petitions.js';
import { planItems } from './plans.js';
import { users } from './users.js';

const audited = () => ({
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  updatedBy: uuid('updated_by').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Phân công cán bộ: one period of an official's assignment to reception and complaint work. Rows
 * are ended, never deleted, so the history of who did this work, where and with which rank stays.
 */
export const staffAssignments = pgTable(
  'staff_assignments',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    position: text('position').notNull(),
    duties: text('duties', { enum: staffDuties }).array().notNull(),
    inspectorRank: text('inspector_rank', { enum: inspectorRanks }),
    qualifications: text('qualifications'),
    allowanceCategory: text('allowance_category', { enum: allowanceCategories }),
    decisionNumber: text('decision_number'),
    dateAssigned: date('date_assigned', { mode: 'string' }).notNull(),
    dateEnded: date('date_ended', { mode: 'string' }),
    note: text('note'),
    ...audited(),
  },
  (t) => [
    index('staff_assignments_user_idx').on(t.agencyId, t.userId, t.dateAssigned),
    check('staff_assignments_dates', sql`${t.dateEnded} is null or ${t.dateEnded} >= ${t.dateAssigned}`),
  ],
);

/**
 * Mức bồi dưỡng per working day (NĐ 64/2014 Đ19–22; TT 320/2016, TT 65/2026). National data, so
 * not per agency; `seed_key` marks a shipped row, which the reference seed never overwrites.
 */
export const allowanceRates = pgTable(
  'allowance_rates',
  {
    id: id(),
    seedKey: text('seed_key').unique(),
    category: text('category', { enum: allowanceCategories }).notNull(),
    amountPerDay: integer('amount_per_day').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    legalBasis: text('legal_basis').notNull(),
    confidence: text('confidence', { enum: ruleConfidences }).notNull(),
    note: text('note'),
    ...audited(),
  },
  (t) => [uniqueIndex('allowance_rates_category_from_uq').on(t.category, t.effectiveFrom), check('allowance_rates_amount_positive', sql`${t.amountPerDay} > 0`)],
);

/** Tập huấn, tuyên truyền phổ biến pháp luật: one course or session, with the documents it covered. */
export const trainings = pgTable(
  'trainings',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind', { enum: trainingKinds }).notNull(),
    title: text('title').notNull(),
    legalDocuments: text('legal_documents').array().notNull(),
    audience: text('audience').notNull(),
    dateFrom: date('date_from', { mode: 'string' }).notNull(),
    dateTo: date('date_to', { mode: 'string' }),
    place: text('place').notNull(),
    organiserUnitId: uuid('organiser_unit_id')
      .notNull()
      .references(() => units.id),
    materials: text('materials'),
    planItemId: uuid('plan_item_id').references(() => planItems.id),
    note: text('note'),
    /** Folded title, documents and place, for the list's search box. */
    searchText: text('search_text').notNull(),
    ...audited(),
  },
  (t) => [index('trainings_agency_date_idx').on(t.agencyId, t.dateFrom), check('trainings_dates', sql`${t.dateTo} is null or ${t.dateTo} >= ${t.dateFrom}`)],
);

/** Who was invited, in the order listed, and whether they came. */
export const trainingAttendees = pgTable(
  'training_attendees',
  {
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    userId: uuid('user_id').references(() => users.id),
    fullName: text('full_name'),
    organisation: text('organisation'),
    attended: boolean('attended').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.trainingId, t.position] }),
    index('training_attendees_user_idx').on(t.userId),
    check('training_attendees_named', sql`${t.userId} is not null or ${t.fullName} is not null`),
  ],
);

/** Khen thưởng, kỷ luật: from the proposal to the decision, for an official or a unit. */
export const rewards = pgTable(
  'rewards',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind', { enum: rewardKinds }).notNull(),
    subjectType: text('subject_type', { enum: rewardSubjects }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    unitId: uuid('unit_id').references(() => units.id),
    form: text('form', { enum: rewardFormCodes }).notNull(),
    proposalNumber: text('proposal_number'),
    proposalDate: date('proposal_date', { mode: 'string' }).notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    decisionSigner: text('decision_signer'),
    reason: text('reason').notNull(),
    breach: text('breach', { enum: disciplineBreaches }),
    petitionId: uuid('petition_id').references(() => petitions.id),
    caseId: uuid('case_id').references(() => cases.id),
    note: text('note'),
    ...audited(),
  },
  (t) => [
    index('rewards_agency_date_idx').on(t.agencyId, t.proposalDate),
    index('rewards_case_idx').on(t.caseId),
    check('rewards_subject', sql`(${t.subjectType} = 'official' and ${t.userId} is not null and ${t.unitId} is null) or (${t.subjectType} = 'unit' and ${t.unitId} is not null and ${t.userId} is null)`),
    // A decision is recorded whole, never half.
    check('rewards_decision_whole', sql`(${t.decisionNumber} is null) = (${t.decisionDate} is null) and (${t.decisionNumber} is null) = (${t.decisionSigner} is null)`),
    check('rewards_links_discipline', sql`${t.kind} = 'discipline' or (${t.petitionId} is null and ${t.caseId} is null and ${t.breach} is null)`),
  ],
);

/** Trang thiết bị: the inventory of reception and national-database equipment. */
export const equipment = pgTable(
  'equipment',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    type: text('type', { enum: equipmentTypes }).notNull(),
    name: text('name').notNull(),
    serial: text('serial').notNull(),
    /** The serial with letters and digits only, upper case: "ab-12" and "AB 12" are one device. */
    serialKey: text('serial_key').notNull(),
    location: text('location').notNull(),
    assignedToUserId: uuid('assigned_to_user_id').references(() => users.id),
    acquiredDate: date('acquired_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: equipmentStatuses }).notNull(),
    maintenanceIntervalMonths: integer('maintenance_interval_months'),
    note: text('note'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('equipment_serial_uq').on(t.agencyId, t.serialKey),
    check('equipment_interval_range', sql`${t.maintenanceIntervalMonths} is null or ${t.maintenanceIntervalMonths} between 1 and 60`),
  ],
);

/** Nhật ký bảo trì, kiểm tra an toàn bảo mật: appended, never edited. */
export const equipmentMaintenance = pgTable(
  'equipment_maintenance',
  {
    id: id(),
    equipmentId: uuid('equipment_id')
      .notNull()
      .references(() => equipment.id),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: maintenanceKinds }).notNull(),
    performedBy: text('performed_by').notNull(),
    result: text('result').notNull(),
    statusAfter: text('status_after', { enum: equipmentStatuses }),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('equipment_maintenance_equipment_idx').on(t.equipmentId, t.date)],
);
