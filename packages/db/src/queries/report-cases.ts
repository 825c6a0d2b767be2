import { type IsoDate, type ReportCase } from '@kntc/domain';
import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { cases } from '../schema/cases.js';
import { users } from '../schema/users.js';

/**
 * The day a case was resolved: its decision or conclusion signed, or, for a case terminated
 * (đình chỉ giải quyết) without one, the day it was closed. Null while it is still being resolved.
 */
const resolvedDate = sql<IsoDate | null>`coalesce(${cases.signedDate}, case when ${cases.status} = 'terminated' then ${cases.closedDate} end)`;

/**
 * The cases a report over [from, to] counts: accepted by its end and not resolved before its
 * start (the carried-over ones), flattened into the domain's records.
 */
export async function loadReportCases(db: Db, params: { agencyId: string; from: IsoDate; to: IsoDate }): Promise<ReportCase[]> {
  return db
    .select({ kind: cases.kind, acceptedDate: cases.acceptedDate, resolvedDate, dueDate: cases.dueDate })
    .from(cases)
    .where(
      and(
        eq(cases.agencyId, params.agencyId),
        lte(cases.acceptedDate, params.to),
        or(gte(cases.acceptedDate, params.from), isNull(resolvedDate), gte(resolvedDate, params.from)),
      ),
    );
}

/** The agency's head as a report's signature shows them; null when no active director is on file. */
export async function findAgencyHead(db: Db, agencyId: string): Promise<{ fullName: string; position: string } | null> {
  const [head] = await db
    .select({ fullName: users.fullName, position: users.position })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.roleCode, 'director'), eq(users.isActive, true)))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return head ?? null;
}
