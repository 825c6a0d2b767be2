import { type IsoDate, type ReportLetter, type ReportRecords, type ReportSession, type ReportVisit } from '@kntc/domain';
import { and, between, count, eq, isNull, sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../client.js';
import { catalogueItems } from '../schema/catalogues.js';
import { receptionSessions } from '../schema/reception.js';
import { receptionVisits } from '../schema/reception-visits.js';
import { groupKey, letterGroupColumns, visitGroupColumns } from './report-groups.js';
import { isEligibleLetter, priorResolutionOf, reportLetterFacts, resultOf, visitMeasuresOf } from './report-records.js';

/** The registers a form reads; a form without letter columns never reads the letter register. */
export type ReportSources = Readonly<{ letters: boolean; visits: boolean; sessions: boolean }>;
const allSources: ReportSources = { letters: true, visits: true, sessions: true };

/** The earliest of a date column (a table's or the report letters' subquery's), as the domain's ISO day. */
const earliest = (column: AnyColumn<{ data: string }>) => sql<IsoDate | null>`min(${column})::text`;

/**
 * Letters grouped first and only then given their field's content group: joining the catalogue
 * row by row before grouping tripled the time on PGlite (1.2 s against 0.4 s for a year of 100,000).
 * `withKey` names each group (`groupKey`) for a cell's list; the form itself does without.
 */
function groupedLetters(db: Db, params: { agencyId: string; from: IsoDate; to: IsoDate }, withKey: boolean) {
  const lines = reportLetterFacts(db, params);
  const columns = letterGroupColumns(lines, params);
  const key = groupKey(columns);
  const groups = db
    .select({
      kind: columns.kind,
      status: columns.status,
      fieldCode: columns.fieldCode,
      failedConditions: columns.failedConditions.as('failed_conditions'),
      complaintRound: columns.complaintRound.as('complaint_round'),
      receivedDate: earliest(lines.receivedDate).as('received_date'),
      handledDate: earliest(lines.handledDate).as('handled_date'),
      count: count().as('count'),
      // The same in all of a group's lines; an aggregate, as a parameter in the select would not match the one in the group by.
      key: (withKey ? sql<string>`min(${key})` : sql<string>`''`).as('key'),
    })
    .from(lines)
    .groupBy(...Object.values(columns))
    .as('letter_groups');
  return db
    .select({
      kind: groups.kind,
      status: groups.status,
      fieldCode: groups.fieldCode,
      contentGroup: catalogueItems.reportContentGroup,
      failedConditions: groups.failedConditions,
      complaintRound: groups.complaintRound,
      receivedDate: groups.receivedDate,
      handledDate: groups.handledDate,
      count: groups.count,
      key: groups.key,
    })
    .from(groups)
    .leftJoin(catalogueItems, and(eq(catalogueItems.catalogue, 'field'), eq(catalogueItems.code, groups.fieldCode)));
}

/** Visits in the period grouped by what the measures read; `withKey` as for letters. */
function groupedVisits(db: Db, params: { agencyId: string; from: IsoDate; to: IsoDate }, withKey: boolean) {
  const columns = visitGroupColumns();
  const key = groupKey(columns);
  return db
    .select({ ...columns, date: earliest(receptionVisits.visitDate), count: count(), key: withKey ? sql<string>`min(${key})` : sql<string>`''` })
    .from(receptionVisits)
    .where(and(eq(receptionVisits.agencyId, params.agencyId), between(receptionVisits.visitDate, params.from, params.to)))
    .groupBy(...Object.values(columns));
}

/**
 * The records of a report over [from, to] like `loadReportRecords`, but grouped by exactly what the
 * form's measures read, each with the number of register lines it stands for: a year at 100,000
 * letters becomes a few thousand records, so reports.form and its exports stay under a second.
 * A line's dates matter to the measures only as before, within or after the period (or absent), so
 * the group keeps that position and its earliest date, which lies in the same position. The lines
 * themselves, with their references, are `loadReportRecords`' (a cell's list).
 */
export async function loadReportRecordCounts(
  db: Db,
  params: { agencyId: string; from: IsoDate; to: IsoDate; sources?: ReportSources },
): Promise<ReportRecords> {
  return (await readGroups(db, params, false)).records;
}

/**
 * The same groups with the key of each (`groupKey`), for a cell's list: the domain weighs the
 * groups, and `loadReportCellLines` reads a page of the lines of those it counts.
 */
export async function loadReportRecordGroups(
  db: Db,
  params: { agencyId: string; from: IsoDate; to: IsoDate; sources?: ReportSources },
): Promise<{ records: ReportRecords; keyOf: ReadonlyMap<ReportLetter | ReportVisit, string> }> {
  return readGroups(db, params, true);
}

async function readGroups(db: Db, params: { agencyId: string; from: IsoDate; to: IsoDate; sources?: ReportSources }, withKey: boolean) {
  const { agencyId, from, to } = params;
  const sources = params.sources ?? allSources;

  const [letterRows, visitRows, sessionRows] = await Promise.all([
    sources.letters ? groupedLetters(db, { agencyId, from, to }, withKey) : [],
    sources.visits ? groupedVisits(db, { agencyId, from, to }, withKey) : [],
    sources.sessions
      ? db
          .select({ kind: receptionSessions.kind, headReception: receptionSessions.hostMode, date: earliest(receptionSessions.date), count: count() })
          .from(receptionSessions)
          .where(and(eq(receptionSessions.agencyId, agencyId), between(receptionSessions.date, from, to), isNull(receptionSessions.cancelledAt)))
          .groupBy(receptionSessions.kind, receptionSessions.hostMode)
      : [],
  ]);

  const keyOf = new Map<ReportLetter | ReportVisit, string>();
  const letters: ReportLetter[] = letterRows.map((r) => {
    const classification = r.failedConditions === null ? null : { failedConditions: r.failedConditions, complaintRound: r.complaintRound ?? 'first' };
    const letter: ReportLetter = {
      unitId: agencyId,
      receivedDate: r.receivedDate ?? from,
      handledDate: r.handledDate,
      kind: r.kind,
      fieldCode: r.fieldCode ?? '',
      contentGroup: r.contentGroup ?? 'other',
      isEligible: isEligibleLetter(r.status, classification),
      caseCount: 1,
      priorResolution: priorResolutionOf(classification),
      result: resultOf(r.status, classification),
      hasTransferReply: false,
      count: r.count,
    };
    keyOf.set(letter, r.key);
    return letter;
  });
  const visits: ReportVisit[] = visitRows.map((r) => {
    const visit: ReportVisit = { ...visitMeasuresOf({ ...r, date: r.date ?? from }, agencyId), count: r.count };
    keyOf.set(visit, r.key);
    return visit;
  });
  const sessions: ReportSession[] = sessionRows.map((r) => ({
    unitId: agencyId,
    date: r.date ?? from,
    kind: r.kind,
    headReception: r.headReception,
    isCancelled: false,
    count: r.count,
  }));
  return { records: { letters, visits, sessions }, keyOf };
}
