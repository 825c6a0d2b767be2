import {
  CalendarEntrySchema,
  defaultCalendar,
  defaultDeadlineRules,
  DeadlineRuleSetSchema,
  deadline,
  DomainError,
  mergeCalendars,
  notFound,
  staleVersion,
  type CalendarEntry,
  type Deadline,
  type DeadlineRule,
  type DeadlineRuleKey,
  type IsoDate,
  type WorkCalendar,
} from '@kntc/domain';
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { calendarEntries, calendarYears, deadlineRecalculations, deadlineRules } from '../schema/legal-clock.js';
import { users } from '../schema/users.js';

/** Years the installation starts with: the official seed years and the next one. */
export const SEEDED_CALENDAR_YEARS = [2024, 2025, 2026, 2027] as const;

/** Reference data of the legal clock, for every installation. Existing rows are never overwritten. */
export async function ensureLegalClockData(db: Db): Promise<void> {
  await db
    .insert(deadlineRules)
    .values(defaultDeadlineRules.map(toRuleRow))
    .onConflictDoNothing({ target: [deadlineRules.key, deadlineRules.effectiveFrom] });
  const stored = new Set((await db.select({ year: calendarYears.year }).from(calendarYears)).map((r) => r.year));
  for (const year of SEEDED_CALENDAR_YEARS) {
    if (stored.has(year)) continue;
    const cal = defaultCalendar(year);
    await db.transaction(async (tx) => {
      await tx.insert(calendarYears).values({ year, provisional: cal.provisional }).onConflictDoNothing();
      if (cal.entries.length > 0) {
        await tx.insert(calendarEntries).values(cal.entries.map((e) => ({ ...e, year }))).onConflictDoNothing();
      }
    });
  }
}

function toRuleRow(rule: DeadlineRule) {
  return {
    key: rule.key,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo ?? null,
    unit: rule.unit,
    days: rule.days,
    variants: rule.variants,
    maxExtensions: rule.maxExtensions,
    extensionDays: rule.extensionDays,
    rollToWorkingDay: rule.rollToWorkingDay ?? true,
    startEvent: rule.startEvent,
    basis: rule.basis,
    label: rule.label,
    confidence: rule.confidence,
    note: rule.note ?? null,
  };
}

export async function loadDeadlineRules(db: Db): Promise<DeadlineRule[]> {
  const rows = await db.select().from(deadlineRules).orderBy(asc(deadlineRules.key), asc(deadlineRules.effectiveFrom));
  return rows.map((r) => ({
    key: r.key,
    effectiveFrom: r.effectiveFrom,
    ...(r.effectiveTo ? { effectiveTo: r.effectiveTo } : {}),
    unit: r.unit,
    days: r.days,
    variants: r.variants,
    maxExtensions: r.maxExtensions,
    extensionDays: r.extensionDays,
    rollToWorkingDay: r.rollToWorkingDay,
    startEvent: r.startEvent,
    basis: r.basis,
    label: r.label,
    confidence: r.confidence,
    ...(r.note ? { note: r.note } : {}),
  }));
}

export type LoadedCalendar = WorkCalendar & { entries: CalendarEntry[]; provisionalYears: number[] };

/** Stored years from the database; years never stored fall back to the domain's default calendar. */
export async function loadCalendar(db: Db, fromYear: number, toYear: number): Promise<LoadedCalendar> {
  const [years, entries] = await Promise.all([
    db.select().from(calendarYears).where(and(gte(calendarYears.year, fromYear), lte(calendarYears.year, toYear))),
    db
      .select({ date: calendarEntries.date, kind: calendarEntries.kind, reason: calendarEntries.reason, source: calendarEntries.source, year: calendarEntries.year })
      .from(calendarEntries)
      .where(and(gte(calendarEntries.year, fromYear), lte(calendarEntries.year, toYear))),
  ]);
  const stored = new Map(years.map((y) => [y.year, y]));
  const parts: WorkCalendar[] = [];
  const provisionalYears: number[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const row = stored.get(year);
    if (row) {
      const own = entries.filter((e) => e.year === year).map(({ year: _y, ...e }) => e);
      parts.push({ daysOff: own.filter((e) => e.kind === 'day_off').map((e) => e.date), makeUpDays: own.filter((e) => e.kind === 'make_up').map((e) => e.date), entries: own });
      if (row.provisional) provisionalYears.push(year);
    } else {
      const cal = defaultCalendar(year);
      parts.push(cal);
      if (cal.provisional) provisionalYears.push(year);
    }
  }
  return { ...mergeCalendars(...parts), provisionalYears };
}

/** The rules and calendar a deadline starting on `start` needs (its year and the next). */
export async function loadClock(db: Db, start: IsoDate) {
  const year = Number(start.slice(0, 4));
  const [rules, calendar] = await Promise.all([loadDeadlineRules(db), loadCalendar(db, year, year + 1)]);
  return { rules, calendar };
}
export type Clock = Awaited<ReturnType<typeof loadClock>>;

export const computeDeadline = (clock: Clock, key: DeadlineRuleKey, start: IsoDate, flags: { complex?: boolean; remote?: boolean; extensions?: number } = {}): Deadline =>
  deadline(key, { start, calendar: clock.calendar, rules: clock.rules, ...flags });

export async function listCalendarYears(db: Db) {
  const rows = await db
    .select({
      year: calendarYears.year,
      provisional: calendarYears.provisional,
      version: calendarYears.version,
      updatedAt: calendarYears.updatedAt,
      daysOff: sql<number>`count(*) filter (where ${calendarEntries.kind} = 'day_off')`.mapWith(Number),
      makeUpDays: sql<number>`count(*) filter (where ${calendarEntries.kind} = 'make_up')`.mapWith(Number),
    })
    .from(calendarYears)
    .leftJoin(calendarEntries, eq(calendarEntries.year, calendarYears.year))
    .groupBy(calendarYears.year)
    .orderBy(desc(calendarYears.year));
  return rows.map((r) => ({ id: r.year, ...r }));
}

export async function getCalendarYear(db: Db, year: number) {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  if (!row) throw notFound(`lịch năm ${year}`);
  const entries = await db
    .select({ date: calendarEntries.date, kind: calendarEntries.kind, reason: calendarEntries.reason, source: calendarEntries.source })
    .from(calendarEntries)
    .where(eq(calendarEntries.year, year))
    .orderBy(asc(calendarEntries.date));
  return { id: row.year, year: row.year, provisional: row.provisional, version: row.version, updatedAt: row.updatedAt, entries };
}
export type CalendarYearRecord = Awaited<ReturnType<typeof getCalendarYear>>;

function checkEntries(year: number, entries: readonly CalendarEntry[]) {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    CalendarEntrySchema.parse(e);
    if (Number(e.date.slice(0, 4)) !== year) {
      throw new DomainError('VALIDATION', `Ngày ${e.date} không thuộc năm ${year}.`, { [`entries.${i}.date`]: `Ngày phải thuộc năm ${year}.` });
    }
    if (seen.has(e.date)) {
      throw new DomainError('VALIDATION', `Ngày ${e.date} bị nhập hai lần.`, { [`entries.${i}.date`]: 'Ngày này đã có trong danh sách.' });
    }
    seen.add(e.date);
  });
}

/**
 * Replaces a year's days off and make-up days, then moves the due dates of every open item
 * the change affects and records what moved, all in one transaction.
 */
export async function saveCalendarYear(
  db: Db,
  params: {
    year: number;
    /** Absent when creating a year; creating one that exists is refused rather than overwriting it. */
    version?: number | undefined;
    provisional: boolean;
    entries: CalendarEntry[];
    userId: string | null;
    recompute: (tx: Db, reason: string) => Promise<unknown>;
  },
) {
  checkEntries(params.year, params.entries);
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(calendarYears).where(eq(calendarYears.year, params.year)).for('update');
    if (current && params.version === undefined) {
      throw new DomainError('VALIDATION', `Đã có lịch năm ${params.year}. Hãy mở lịch đó để sửa.`, { year: `Đã có lịch năm ${params.year}.` });
    }
    if (current) {
      if (params.version !== undefined && params.version !== current.version) throw staleVersion();
      await tx
        .update(calendarYears)
        .set({ provisional: params.provisional, version: current.version + 1, updatedAt: new Date(), updatedBy: params.userId })
        .where(eq(calendarYears.year, params.year));
      await tx.delete(calendarEntries).where(eq(calendarEntries.year, params.year));
    } else {
      await tx.insert(calendarYears).values({ year: params.year, provisional: params.provisional, updatedBy: params.userId });
    }
    if (params.entries.length > 0) {
      await tx.insert(calendarEntries).values(params.entries.map((e) => ({ ...e, year: params.year })));
    }
    await params.recompute(tx, `Sửa lịch làm việc năm ${params.year}`);
  });
  return getCalendarYear(db, params.year);
}

export async function recordRecalculation(
  tx: Db,
  params: { reason: string; changes: { petitionId: string; receiptNumber: string | null; from: string | null; to: string }[]; userId: string | null },
) {
  await tx.insert(deadlineRecalculations).values({ reason: params.reason, affected: params.changes.length, changes: params.changes, triggeredBy: params.userId });
}

export async function listDeadlineRecalculations(db: Db, limit = 50) {
  return db
    .select({
      id: deadlineRecalculations.id,
      reason: deadlineRecalculations.reason,
      affected: deadlineRecalculations.affected,
      changes: deadlineRecalculations.changes,
      triggeredBy: deadlineRecalculations.triggeredBy,
      triggeredByName: users.fullName,
      createdAt: deadlineRecalculations.createdAt,
    })
    .from(deadlineRecalculations)
    .leftJoin(users, eq(users.id, deadlineRecalculations.triggeredBy))
    .orderBy(desc(deadlineRecalculations.createdAt))
    .limit(limit);
}

export async function listDeadlineRuleRows(db: Db) {
  return db.select().from(deadlineRules).orderBy(asc(deadlineRules.key), asc(deadlineRules.effectiveFrom));
}

export async function getDeadlineRuleRow(db: Db, id: string) {
  const [row] = await db.select().from(deadlineRules).where(eq(deadlineRules.id, id));
  if (!row) throw notFound('quy tắc thời hạn');
  return row;
}

export async function findDeadlineRuleRows(db: Db, ids: string[]) {
  return ids.length ? db.select().from(deadlineRules).where(inArray(deadlineRules.id, ids)) : [];
}

/**
 * Saves one version of a rule after checking the whole table still makes sense (no overlapping
 * versions of a key). Moving deadlines already computed is done by the caller's `recompute`.
 */
export async function saveDeadlineRule(
  db: Db,
  params: { id?: string | undefined; version?: number | undefined; rule: DeadlineRule; userId: string | null; recompute: (tx: Db, reason: string) => Promise<unknown> },
) {
  const id = await db.transaction(async (tx) => {
    const all = await loadDeadlineRules(tx);
    let savedId = params.id;
    if (params.id) {
      const [current] = await tx.select().from(deadlineRules).where(eq(deadlineRules.id, params.id)).for('update');
      if (!current) throw notFound('quy tắc thời hạn');
      if (params.version !== undefined && params.version !== current.version) throw staleVersion();
      const withoutCurrent = all.filter((r) => !(r.key === current.key && r.effectiveFrom === current.effectiveFrom));
      validateRuleSet([...withoutCurrent, params.rule]);
      await tx
        .update(deadlineRules)
        .set({ ...toRuleRow(params.rule), version: current.version + 1, updatedAt: new Date(), updatedBy: params.userId })
        .where(eq(deadlineRules.id, params.id));
    } else {
      validateRuleSet([...all, params.rule]);
      const [row] = await tx.insert(deadlineRules).values({ ...toRuleRow(params.rule), updatedBy: params.userId }).returning({ id: deadlineRules.id });
      savedId = row?.id;
    }
    await params.recompute(tx, `Sửa quy tắc thời hạn "${params.rule.label}" (hiệu lực từ ${params.rule.effectiveFrom})`);
    return savedId;
  });
  if (!id) throw new Error('rule save returned no id');
  return getDeadlineRuleRow(db, id);
}

function validateRuleSet(rules: DeadlineRule[]) {
  const result = DeadlineRuleSetSchema.safeParse(rules);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DomainError('VALIDATION', issue?.message ?? 'Bảng quy tắc thời hạn không hợp lệ.', { effectiveFrom: issue?.message ?? '' });
  }
}
