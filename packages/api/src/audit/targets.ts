import { digestRows, recordDigest, schema, type Db } from '@kntc/db';
import { and, asc, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

type Key = string | number;

/** How the audit middleware finds and digests the record a mutation writes. */
export type AuditTable = {
  /** The SQL table name, which is what the log's `entity` column holds. */
  entity: string;
  /** Turns a value from the input or the result into a key, or null when it is not one. */
  parseKey: (value: unknown) => Key | null;
  /** The digest of the records' current state, null when none exists. */
  digest: (db: Db, keys: readonly Key[]) => Promise<string | null>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidKey = (value: unknown): Key | null => (typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null);
/** A calendar year, as a number in inputs and as text in the log's entity_id. */
const yearKey = (value: unknown): Key | null => {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value;
  return typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : null;
};

/** A table keyed by one column: the record is its row. */
const byRow = (entity: string, table: PgTable, key: PgColumn, parseKey = uuidKey): AuditTable => ({
  entity,
  parseKey,
  digest: (db, keys) => digestRows(db, table, key, keys),
});

/** A working calendar is its year row and that year's entries: editing a holiday changes the latter. */
const calendarYears: AuditTable = {
  entity: 'calendar_years',
  parseKey: yearKey,
  async digest(db, keys) {
    const records = [];
    for (const year of keys) {
      const [row] = await db.select().from(schema.calendarYears).where(eq(schema.calendarYears.year, Number(year)));
      if (!row) continue;
      const entries = await db
        .select()
        .from(schema.calendarEntries)
        .where(eq(schema.calendarEntries.year, Number(year)))
        .orderBy(asc(schema.calendarEntries.date), asc(schema.calendarEntries.id));
      records.push({ ...row, entries });
    }
    return records.length === 0 ? null : recordDigest(records.length === 1 ? records[0] : records);
  },
};

/** A permission cell is keyed by role and action, written 'role:action'. */
const rolePermissions: AuditTable = {
  entity: 'role_permissions',
  parseKey: (value) => (typeof value === 'string' && /^[a-z_]+:[a-zA-Z.]+$/.test(value) ? value : null),
  async digest(db, keys) {
    const rows = [];
    for (const key of keys) {
      const [role = '', action = ''] = String(key).split(':');
      const [row] = await db
        .select()
        .from(schema.rolePermissions)
        .where(and(eq(schema.rolePermissions.roleCode, role as typeof schema.rolePermissions.$inferSelect.roleCode), eq(schema.rolePermissions.action, action)));
      if (row) rows.push(row);
    }
    return rows.length === 0 ? null : recordDigest(rows.length === 1 ? rows[0] : rows);
  },
};

export const auditTables = {
  petitions: byRow('petitions', schema.petitions, schema.petitions.id),
  cases: byRow('cases', schema.cases, schema.cases.id),
  caseMeasures: byRow('case_measures', schema.caseMeasures, schema.caseMeasures.id),
  calendarYears,
  deadlineRules: byRow('deadline_rules', schema.deadlineRules, schema.deadlineRules.id),
  catalogueItems: byRow('catalogue_items', schema.catalogueItems, schema.catalogueItems.id),
  documents: byRow('documents', schema.documents, schema.documents.id),
  attachments: byRow('attachments', schema.attachments, schema.attachments.id),
  users: byRow('users', schema.users, schema.users.id),
  publications: byRow('publications', schema.publications, schema.publications.id),
  receptionVisits: byRow('reception_visits', schema.receptionVisits, schema.receptionVisits.id),
  receptionSessions: byRow('reception_sessions', schema.receptionSessions, schema.receptionSessions.id),
  receptionDirections: byRow('reception_directions', schema.receptionDirections, schema.receptionDirections.id),
  staffAssignments: byRow('staff_assignments', schema.staffAssignments, schema.staffAssignments.id),
  allowanceRates: byRow('allowance_rates', schema.allowanceRates, schema.allowanceRates.id),
  trainings: byRow('trainings', schema.trainings, schema.trainings.id),
  rewards: byRow('rewards', schema.rewards, schema.rewards.id),
  equipment: byRow('equipment', schema.equipment, schema.equipment.id),
  annualPlans: byRow('annual_plans', schema.annualPlans, schema.annualPlans.id),
  planItems: byRow('plan_items', schema.planItems, schema.planItems.id),
  filedReports: byRow('filed_reports', schema.filedReports, schema.filedReports.id),
  rolePermissions,
} satisfies Record<string, AuditTable>;

const tablesByEntity = new Map<string, AuditTable>(Object.values(auditTables).map((t) => [t.entity, t]));
export const auditTableOf = (entity: string): AuditTable | undefined => tablesByEntity.get(entity);

/**
 * Where a procedure's target key comes from: an input field holding one key or a list of keys,
 * the signed-in official themselves (their own account), or a function of the input.
 */
type KeySource = { input: string } | { self: true } | { from: (input: Record<string, unknown>) => unknown };

type Rule = { table: AuditTable; key?: KeySource };

/** Each router's table; the key is the input's `id` (or `ids`) unless the procedure says otherwise. */
const routerTables: Record<string, AuditTable> = {
  petitions: auditTables.petitions,
  cases: auditTables.cases,
  calendars: auditTables.calendarYears,
  deadlineRules: auditTables.deadlineRules,
  catalogues: auditTables.catalogueItems,
  documents: auditTables.documents,
  attachments: auditTables.attachments,
  users: auditTables.users,
  account: auditTables.users,
  permissions: auditTables.rolePermissions,
  publications: auditTables.publications,
  receptionVisits: auditTables.receptionVisits,
  receptionSessions: auditTables.receptionSessions,
  staffAssignments: auditTables.staffAssignments,
  allowanceRates: auditTables.allowanceRates,
  trainings: auditTables.trainings,
  rewards: auditTables.rewards,
  equipment: auditTables.equipment,
  annualPlans: auditTables.annualPlans,
  planItems: auditTables.planItems,
  filedReports: auditTables.filedReports,
};

const procedureRules: Record<string, Rule> = {
  'cases.addVerificationStep': { table: auditTables.cases, key: { input: 'caseId' } },
  'cases.addMeasure': { table: auditTables.cases, key: { input: 'caseId' } },
  'cases.completeMeasure': { table: auditTables.caseMeasures, key: { input: 'measureId' } },
  'receptionSessions.completeDirection': { table: auditTables.receptionDirections },
  'equipment.addMaintenance': { table: auditTables.equipment, key: { input: 'equipmentId' } },
  'planItems.removeEvidence': { table: auditTables.attachments },
  'permissions.update': { table: auditTables.rolePermissions, key: { from: (input) => `${String(input.role)}:${String(input.action)}` } },
};

export type AuditTarget = { table: AuditTable; keys: Key[] };

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function keysOf(table: AuditTable, value: unknown): Key[] {
  const values = Array.isArray(value) ? value : [value];
  const keys = values.map((v) => table.parseKey(v));
  // A list with anything that is not a key is not trusted at all: its digest would misstate the write.
  return keys.every((k): k is Key => k !== null) ? [...new Set(keys)].sort() : [];
}

/**
 * The record a mutation is about to write, known from its path and raw (not yet validated) input:
 * used only to look rows up, never stored. Null when the procedure writes no table we digest.
 */
export function targetBeforeWrite(path: string, rawInput: unknown, actorId: string | undefined): AuditTarget | null {
  const routerTable = routerTables[path.split('.')[0] ?? ''];
  const rule = procedureRules[path] ?? (routerTable ? { table: routerTable } : undefined);
  if (!rule) return null;
  const input = asRecord(rawInput);
  const source: KeySource = rule.key ?? (path.startsWith('account.') ? { self: true } : { input: input.ids !== undefined ? 'ids' : 'id' });
  const value = 'self' in source ? actorId : 'input' in source ? input[source.input] : source.from(input);
  return { table: rule.table, keys: keysOf(rule.table, value) };
}

/** After a create the key is only in the result (`{ id }`). */
export function keysFromResult(table: AuditTable, data: unknown): Key[] {
  return keysOf(table, asRecord(data).id);
}
