import { petitionKinds, type PetitionKind } from '@kntc/domain';
import { and, between, count, max, min, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { cases } from '../schema/cases.js';
import { petitions } from '../schema/petitions.js';

export type Quarter = 1 | 2 | 3 | 4;
export type PublicStatisticsFigures = {
  received: number;
  byKind: Record<PetitionKind, number>;
  handled: number;
  handledOnTime: number;
  casesResolved: number;
};
export type PublicStatistics = {
  years: number[];
  year: number;
  quarters: ({ quarter: Quarter } & PublicStatisticsFigures)[];
  totals: PublicStatisticsFigures;
};

const quarters = [1, 2, 3, 4] as const;
const emptyFigures = (): PublicStatisticsFigures => ({
  received: 0,
  byKind: Object.fromEntries(petitionKinds.map((k) => [k, 0])) as Record<PetitionKind, number>,
  handled: 0,
  handledOnTime: 0,
  casesResolved: 0,
});

/**
 * A letter in the register: drafts have no number yet, and a letter split by content is counted
 * through its items (12.1, 12.2…), not twice. Destroyed letters keep a tombstone and still count.
 */
const inRegister = notInArray(petitions.status, ['draft', 'split']);
const quarterOf = (column: typeof petitions.receivedDate | typeof petitions.handledDate | typeof cases.signedDate) => sql<number>`extract(quarter from ${column})::int`;

/**
 * The public statistics of one year, per quarter, from aggregates only (counts by kind and
 * quarter; never a list or anything per letter). All dates are the Vietnamese legal dates stored
 * on the rows: received, handled (outcome approved) and signed.
 */
export async function getPublicStatistics(db: Db, params: { year?: number | undefined; currentYear: number }): Promise<PublicStatistics> {
  // Min and max over the date indexes instead of a scan of every row for its year.
  const [span] = await db.select({ first: min(petitions.receivedDate), last: max(petitions.receivedDate) }).from(petitions);
  const firstYear = span?.first ? Number(span.first.slice(0, 4)) : params.currentYear;
  const lastYear = Math.max(params.currentYear, span?.last ? Number(span.last.slice(0, 4)) : params.currentYear);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => lastYear - i);
  const year = params.year ?? params.currentYear;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;

  const receivedQ = quarterOf(petitions.receivedDate);
  const handledQ = quarterOf(petitions.handledDate);
  const signedQ = quarterOf(cases.signedDate);
  const [received, handled, resolved] = await Promise.all([
    db
      .select({ quarter: receivedQ, kind: petitions.kind, count: count() })
      .from(petitions)
      .where(and(between(petitions.receivedDate, from, to), inRegister))
      .groupBy(receivedQ, petitions.kind),
    db
      .select({
        quarter: handledQ,
        count: count(),
        onTime: sql<number>`count(*) filter (where ${petitions.handledDueDate} is not null and ${petitions.handledDate} <= ${petitions.handledDueDate})`,
      })
      .from(petitions)
      .where(and(between(petitions.handledDate, from, to), inRegister))
      .groupBy(handledQ),
    db
      .select({ quarter: signedQ, count: count() })
      .from(cases)
      .where(between(cases.signedDate, from, to))
      .groupBy(signedQ),
  ]);

  const byQuarter = new Map<number, PublicStatisticsFigures>(quarters.map((q) => [q, emptyFigures()]));
  const totals = emptyFigures();
  const at = (q: number) => byQuarter.get(Number(q));
  for (const r of received) {
    const figures = at(r.quarter);
    if (!figures) continue;
    const n = Number(r.count);
    figures.received += n;
    figures.byKind[r.kind] += n;
    totals.received += n;
    totals.byKind[r.kind] += n;
  }
  for (const r of handled) {
    const figures = at(r.quarter);
    if (!figures) continue;
    figures.handled += Number(r.count);
    figures.handledOnTime += Number(r.onTime);
    totals.handled += Number(r.count);
    totals.handledOnTime += Number(r.onTime);
  }
  for (const r of resolved) {
    const figures = at(r.quarter);
    if (!figures) continue;
    figures.casesResolved += Number(r.count);
    totals.casesResolved += Number(r.count);
  }
  return { years, year, quarters: quarters.map((quarter) => ({ quarter, ...(byQuarter.get(quarter) ?? emptyFigures()) })), totals };
}
