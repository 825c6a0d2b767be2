import { assertInScope, scopedSubjectLabels, type Db, type RecordScope, type ScopedSubject, type SessionUser } from '@kntc/db';
import { notFound, type PermissionRow, type Scope } from '@kntc/domain';

/** What `can(action)` leaves on the context for a resolver to narrow its reads and writes with. */
export type ScopedContext = { db: Db; user: SessionUser; scope: Scope; permissions: PermissionRow };

/** The actor's reach for the procedure's own action. */
export const recordScopeOf = (ctx: Pick<ScopedContext, 'user' | 'scope'>): RecordScope => ({
  scope: ctx.scope,
  userId: ctx.user.id,
  unitId: ctx.user.unitId,
});

/**
 * The actor's reach for reading the letter or case a record hangs off (a file, a document): an
 * attachment is visible exactly where its subject is. Without the read permission at all the
 * subject does not exist for them.
 */
export function readScopeFor(ctx: Pick<ScopedContext, 'user' | 'permissions'>, subject: ScopedSubject): RecordScope | null {
  const scope = ctx.permissions[subject === 'petition' ? 'petition.read' : 'case.read'];
  return scope ? { scope, userId: ctx.user.id, unitId: ctx.user.unitId } : null;
}

/**
 * A middleware for procedures whose input names one record by `id`: the record must be within the
 * scope the matrix grants for the procedure's action, or the call is NOT_FOUND before it starts.
 */
export const withinScope =
  (subject: ScopedSubject) =>
  async <R>({ ctx, input, next }: { ctx: ScopedContext; input: { id: string }; next: () => Promise<R> }): Promise<R> => {
    await assertInScope(ctx.db, { agencyId: ctx.user.agencyId, subject, id: input.id, scope: recordScopeOf(ctx) });
    return next();
  };

/** The same check for a record named by another field, or a subject other than the action's own. */
export async function requireInScope(ctx: ScopedContext, subject: ScopedSubject, id: string, scope: RecordScope | null = recordScopeOf(ctx)) {
  // No read permission for the subject at all: as absent as a record outside one's scope.
  if (!scope) throw notFound(scopedSubjectLabels[subject]);
  await assertInScope(ctx.db, { agencyId: ctx.user.agencyId, subject, id, scope });
}
