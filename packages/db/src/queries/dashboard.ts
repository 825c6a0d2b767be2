import {
  dashboardExcludedLetterStatuses,
  dashboardOpenCaseStatuses,
  dashboardOpenLetterStatuses,
  type DashboardOpenItem,
  type DashboardRecords,
  type IsoDate,
} from '@kntc/domain';
import { and, between, count, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import type { Db } from '../client.js';
import { cases } from '../schema/cases.js';
import { dashboardLetterHandlings, dashboardLetterReceipts, dashboardVisits } from '../schema/dashboard-counts.js';
import { petitions } from '../schema/petitions.js';
import { users } from '../schema/users.js';
import { formatReceiptNumber } from './petitions.js';

// Aliased: a letter reaches three officials (its case's, its proposer, its registrar) in one query.
const caseOfficer = alias(users, 'dashboard_case_officer');
const proposer = alias(users, 'dashboard_proposer');
const registrar = alias(users, 'dashboard_registrar');

/**
 * The unit a letter counts under: that of the official handling it, i.e. its case's officer once
 * accepted, else the official who proposed its handling, else the one who entered it in the register.
 */
const letterUnit = sql<string | null>`coalesce(${caseOfficer.unitId}, ${proposer.unitId}, ${registrar.unitId})`;

/** Joins a letter query to the officials its unit comes from (a letter has at most one case). */
const withLetterOfficials = <T extends PgSelect>(query: T) =>
  query
    .leftJoin(cases, eq(cases.petitionId, petitions.id))
    .leftJoin(caseOfficer, eq(caseOfficer.id, cases.assigneeId))
    .leftJoin(proposer, eq(proposer.id, petitions.proposedBy))
    .leftJoin(registrar, eq(registrar.id, petitions.createdBy));

/** The same officials for the letters' daily counts, which keep them by id (`schema/dashboard-counts.ts`). */
const withCountedOfficials = <T extends PgSelect>(query: T, counts: typeof dashboardLetterReceipts | typeof dashboardLetterHandlings) =>
  query
    .leftJoin(caseOfficer, eq(caseOfficer.id, counts.caseAssigneeId))
    .leftJoin(proposer, eq(proposer.id, counts.proposedBy))
    .leftJoin(registrar, eq(registrar.id, counts.createdBy));

/** The domain's list of the statuses not counted: a filter, so a day's counted letters make one record. */
const inRegisterOf = (counts: typeof dashboardLetterReceipts | typeof dashboardLetterHandlings) => notInArray(counts.status, [...dashboardExcludedLetterStatuses]);

/** The domain's `inRegister` flag of a record: true for all its letters (every one of them, after the filter). */
const allInRegister = (counts: typeof dashboardLetterReceipts | typeof dashboardLetterHandlings) => sql<boolean>`bool_and(${inRegisterOf(counts)})`;

/** How many letters or visits the grouped counts add up to (PostgreSQL's sum of integers is a bigint). */
const countedIn = (counts: typeof dashboardLetterReceipts | typeof dashboardLetterHandlings | typeof dashboardVisits) => sql<number>`sum(${counts.count})::integer`;


/**
 * What the dashboard reads for one agency over [from, to]. Counted records come grouped by exactly
 * the fields the domain reads (one record per distinct combination, not one per letter), so the
 * domain's functions stay the one definition of what is counted; the SQL filters only narrow the
 * rows those functions would skip anyway. Open letters and cases are read one by one for the
 * lists, whatever the period: they are today's load.
 */
export async function loadDashboardRecords(db: Db, params: { agencyId: string; from: IsoDate; to: IsoDate }): Promise<DashboardRecords> {
  const { agencyId, from, to } = params;
  const [receipts, handlings, visitCounts] = [dashboardLetterReceipts, dashboardLetterHandlings, dashboardVisits];
  const visitUnit = sql<string | null>`${users.unitId}`;
  const caseUnit = sql<string | null>`${caseOfficer.unitId}`;
  const [letterReceipts, letterHandlings, caseResolutions, openLetters, openCases, visits] = await Promise.all([
    withCountedOfficials(
      db
        .select({ unitId: letterUnit, receivedDate: receipts.receivedDate, kind: receipts.kind, inRegister: allInRegister(receipts), count: countedIn(receipts) })
        .from(receipts)
        .$dynamic(),
      receipts,
    )
      .where(and(eq(receipts.agencyId, agencyId), between(receipts.receivedDate, from, to), inRegisterOf(receipts)))
      .groupBy(letterUnit, receipts.receivedDate, receipts.kind),
    withCountedOfficials(
      db
        .select({ unitId: letterUnit, handledDate: handlings.handledDate, dueDate: handlings.handledDueDate, inRegister: allInRegister(handlings), count: countedIn(handlings) })
        .from(handlings)
        .$dynamic(),
      handlings,
    )
      .where(and(eq(handlings.agencyId, agencyId), between(handlings.handledDate, from, to), inRegisterOf(handlings)))
      .groupBy(letterUnit, handlings.handledDate, handlings.handledDueDate),
    db
      .select({ unitId: caseUnit, signedDate: sql<IsoDate>`${cases.signedDate}`, dueDate: cases.dueDate, count: count() })
      .from(cases)
      .leftJoin(caseOfficer, eq(caseOfficer.id, cases.assigneeId))
      .where(and(eq(cases.agencyId, agencyId), between(cases.signedDate, from, to)))
      .groupBy(caseUnit, cases.signedDate, cases.dueDate),
    withLetterOfficials(
      db
        .select({
          id: petitions.id,
          seq: petitions.receiptSeq,
          year: petitions.receiptYear,
          splitIndex: petitions.splitIndex,
          summary: petitions.summary,
          status: petitions.status,
          dueDate: petitions.dueDate,
          unitId: letterUnit,
          // An open letter has no case yet: whoever proposed its handling has it, else its registrar.
          assigneeId: sql<string | null>`coalesce(${proposer.id}, ${registrar.id})`,
          assigneeName: sql<string | null>`coalesce(${proposer.fullName}, ${registrar.fullName})`,
        })
        .from(petitions)
        .$dynamic(),
    ).where(and(eq(petitions.agencyId, agencyId), inArray(petitions.status, [...dashboardOpenLetterStatuses]))),
    db
      .select({
        id: cases.id,
        seq: cases.caseSeq,
        year: cases.caseYear,
        summary: cases.subject,
        status: cases.status,
        dueDate: cases.dueDate,
        unitId: caseUnit,
        assigneeId: cases.assigneeId,
        assigneeName: caseOfficer.fullName,
      })
      .from(cases)
      .leftJoin(caseOfficer, eq(caseOfficer.id, cases.assigneeId))
      .where(and(eq(cases.agencyId, agencyId), inArray(cases.status, [...dashboardOpenCaseStatuses]))),
    db
      .select({
        unitId: visitUnit,
        date: visitCounts.visitDate,
        isGroup: visitCounts.isGroup,
        isRepeat: visitCounts.isRepeat,
        persons: visitCounts.headcount,
        count: countedIn(visitCounts),
      })
      .from(visitCounts)
      .leftJoin(users, eq(users.id, visitCounts.receivingOfficialId))
      .where(and(eq(visitCounts.agencyId, agencyId), between(visitCounts.visitDate, from, to)))
      .groupBy(visitUnit, visitCounts.visitDate, visitCounts.isGroup, visitCounts.isRepeat, visitCounts.headcount),
  ]);

  // Built field by field: at a million letters these are 14,000 objects a request, and spreading
  // each row into a new one doubled the garbage to collect.
  const openItems: DashboardOpenItem[] = [];
  for (const r of openLetters) {
    const { id, summary, status, dueDate, unitId, assigneeId, assigneeName } = r;
    openItems.push({ subjectType: 'petition', id, number: formatReceiptNumber(r.seq, r.year, r.splitIndex), summary, status, dueDate, unitId, assigneeId, assigneeName });
  }
  for (const r of openCases) {
    const { id, summary, status, dueDate, unitId, assigneeId, assigneeName } = r;
    openItems.push({ subjectType: 'case', id, number: `${String(r.seq)}/${String(r.year)}`, summary, status, dueDate, unitId, assigneeId, assigneeName });
  }
  return {
    // Counts arrive as numbers: sums are cast to integer, and drizzle maps count() with Number.
    letterReceipts,
    letterHandlings,
    caseResolutions,
    openItems,
    visits,
  };
}
