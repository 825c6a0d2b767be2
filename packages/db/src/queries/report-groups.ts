import { type IsoDate } from '@kntc/domain';
import { sql, type SQLWrapper } from 'drizzle-orm';
import { receptionVisits } from '../schema/reception-visits.js';
import { type LetterClassificationFacts, type reportLetterFacts } from './report-records.js';

type LetterLines = Pick<ReturnType<typeof reportLetterFacts>, 'kind' | 'status' | 'fieldCode' | 'classification' | 'receivedDate' | 'handledDate'>;

/**
 * What the forms' measures read of a letter line, its dates only as their position in the period
 * (before, within, after, absent): lines equal in all of these weigh the same in every column, so
 * a report reads one record per group (`loadReportRecordCounts`).
 */
export function letterGroupColumns(lines: LetterLines, period: { from: IsoDate; to: IsoDate }) {
  const { from, to } = period;
  return {
    kind: lines.kind,
    status: lines.status,
    fieldCode: lines.fieldCode,
    failedConditions: sql<LetterClassificationFacts['failedConditions'] | null>`${lines.classification} -> 'failedConditions'`,
    complaintRound: sql<LetterClassificationFacts['complaintRound'] | null>`${lines.classification} ->> 'complaintRound'`,
    receivedBefore: sql<boolean>`${lines.receivedDate} < ${from}`,
    handledPosition: sql<number>`case when ${lines.handledDate} is null then 0 when ${lines.handledDate} < ${from} then 1 when ${lines.handledDate} <= ${to} then 2 else 3 end`,
  };
}

/** What the measures read of a visit in the period (its date is within it). */
export const visitGroupColumns = () => ({
  kind: receptionVisits.kind,
  headReception: receptionVisits.headReception,
  persons: receptionVisits.headcount,
  isGroup: receptionVisits.isGroup,
  isRepeat: receptionVisits.isRepeat,
});

/**
 * One text naming a group, from the same columns it is grouped by: a cell's list asks for the
 * lines of the groups the domain weighs above 0, and pages them in SQL.
 */
export const groupKey = (columns: Record<string, SQLWrapper>) =>
  sql<string>`md5(row(${sql.join(Object.values(columns), sql`, `)})::text)`;
