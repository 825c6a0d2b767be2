import { DomainError, notFound, staleVersion, type PublicationState } from '@kntc/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { publications, publicationSources } from '../schema/publications.js';

/** Shared by every step on a publication: the row locked at the version the caller saw. */
export async function lockPublication(tx: Db, agencyId: string, id: string, version: number) {
  const [row] = await tx.select().from(publications).where(and(eq(publications.id, id), eq(publications.agencyId, agencyId))).for('update');
  if (!row) throw notFound('bản công khai');
  if (row.version !== version) throw staleVersion();
  return row;
}

export const bump = () => ({ version: sql`${publications.version} + 1`, updatedAt: new Date() });

export function requireState(row: { state: PublicationState }, state: PublicationState, message: string) {
  if (row.state !== state) throw new DomainError('INVALID_TRANSITION', message);
}

/** The case a publication was made from, for its timeline; null for publications made before redaction records. */
export async function caseIdOfPublication(tx: Db, publicationId: string): Promise<string | null> {
  const [row] = await tx.select({ caseId: publicationSources.caseId }).from(publicationSources).where(eq(publicationSources.publicationId, publicationId));
  return row?.caseId ?? null;
}
