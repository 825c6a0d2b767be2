import { notFound, type Scope } from '@kntc/domain';
import { and, eq, exists, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client.js';
import { caseMeasures, cases, verificationSteps } from '../schema/cases.js';
import { attachments } from '../schema/files.js';
import { petitions } from '../schema/petitions.js';
import { users } from '../schema/users.js';

/**
 * How far one request reaches, from the permission matrix: the official's own files, those of
 * their unit, or the whole agency (every query already stops at the agency's boundary).
 */
export type RecordScope = { scope: Scope; userId: string; unitId: string | null };

// Aliased so the subqueries below never collide with the same tables in the outer query.
const OWNER = 'scope_owner';
const SCOPED_CASE = 'scope_case';
const owner = alias(users, OWNER);
const scopedCases = alias(cases, SCOPED_CASE);

/** Whether the official `userColumn` points at is the actor, or sits in the actor's unit. */
function isActorOrUnit(userColumn: SQL, s: RecordScope): SQL {
  if (s.scope === 'own' || s.unitId === null) return sql`${userColumn} = ${s.userId}`;
  return exists(
    sql`(select 1 from ${users} as ${sql.identifier(OWNER)} where ${owner.id} = ${userColumn} and ${owner.unitId} = ${s.unitId})`,
  );
}

/**
 * Cases in scope: those assigned to the actor ("own") or to an official of the actor's unit
 * ("unit"). An unassigned case belongs to nobody's files yet, so only agency scope sees it.
 */
export function caseScopeCondition(s: RecordScope | undefined): SQL | undefined {
  if (!s || s.scope === 'agency') return undefined;
  return isActorOrUnit(sql`${cases.assigneeId}`, s);
}

/**
 * Letters in scope: those the actor (or the unit) received or proposed a handling for, and those
 * whose case the actor (or the unit) handles, since the case's officer needs the letter behind it.
 */
export function petitionScopeCondition(s: RecordScope | undefined): SQL | undefined {
  if (!s || s.scope === 'agency') return undefined;
  return or(
    isActorOrUnit(sql`${petitions.createdBy}`, s),
    isActorOrUnit(sql`${petitions.proposedBy}`, s),
    exists(
      sql`(select 1 from ${cases} as ${sql.identifier(SCOPED_CASE)} where ${scopedCases.petitionId} = ${petitions.id} and ${isActorOrUnit(sql`${scopedCases.assigneeId}`, s)})`,
    ),
  );
}

export type ScopedSubject = 'petition' | 'case' | 'verification_step' | 'measure';

export const scopedSubjectLabels: Record<ScopedSubject, string> = {
  petition: 'đơn',
  case: 'vụ việc',
  verification_step: 'hoạt động xác minh',
  measure: 'biện pháp',
};

/**
 * Refuses, as NOT_FOUND, a record outside the agency or the actor's scope: to someone who may not
 * see it, it does not exist (a FORBIDDEN would confirm it does). Agency scope costs no query here;
 * the query that follows checks the agency itself.
 */
export async function assertInScope(db: Db, params: { agencyId: string; subject: ScopedSubject; id: string; scope: RecordScope }): Promise<void> {
  const { scope: s, id, agencyId } = params;
  if (s.scope === 'agency') return;
  let row: unknown;
  switch (params.subject) {
    case 'petition':
      [row] = await db
        .select({ id: petitions.id })
        .from(petitions)
        .where(and(eq(petitions.id, id), eq(petitions.agencyId, agencyId), petitionScopeCondition(s)));
      break;
    case 'case':
      [row] = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.id, id), eq(cases.agencyId, agencyId), caseScopeCondition(s)));
      break;
    case 'verification_step':
      [row] = await db
        .select({ id: cases.id })
        .from(verificationSteps)
        .innerJoin(cases, eq(cases.id, verificationSteps.caseId))
        .where(and(eq(verificationSteps.id, id), eq(cases.agencyId, agencyId), caseScopeCondition(s)));
      break;
    case 'measure':
      [row] = await db
        .select({ id: cases.id })
        .from(caseMeasures)
        .innerJoin(cases, eq(cases.id, caseMeasures.caseId))
        .where(and(eq(caseMeasures.id, id), eq(cases.agencyId, agencyId), caseScopeCondition(s)));
      break;
  }
  if (!row) throw notFound(scopedSubjectLabels[params.subject]);
}

/** What a live attachment hangs off, for checking the actor may see it; null when unknown here. */
export async function findAttachmentSubject(db: Db, params: { agencyId: string; id: string }): Promise<{ subjectType: ScopedSubject; subjectId: string } | null> {
  const [row] = await db
    .select({ subjectType: attachments.subjectType, subjectId: attachments.subjectId })
    .from(attachments)
    .where(and(eq(attachments.id, params.id), eq(attachments.agencyId, params.agencyId), isNull(attachments.deletedAt)));
  // Documents and plan items are not letters or cases: their readers are decided by other permissions.
  if (!row || row.subjectType === 'document' || row.subjectType === 'plan_item') return null;
  return { subjectType: row.subjectType, subjectId: row.subjectId };
}
