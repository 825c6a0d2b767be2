import { foldVietnamese, type PetitionSender } from '@kntc/domain';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { persons } from '../schema/persons.js';

export const personSearchText = (p: Pick<PetitionSender, 'fullName' | 'idNumber' | 'phone' | 'address'>) =>
  foldVietnamese([p.fullName, p.idNumber ?? '', p.phone ?? '', p.address].join(' '));

/** The clear columns of an unprotected person. */
export const clearPersonColumns = (sender: PetitionSender, idNumberDigest: string | null) => ({
  fullName: sender.fullName,
  address: sender.address,
  idNumber: sender.idNumber,
  phone: sender.phone,
  email: sender.email ?? null,
  idNumberDigest,
  searchText: personSearchText(sender),
});

/**
 * The same ID number within an agency is the same person; without one, a new person
 * row is made (duplicate hints on names and addresses come with the petitions flow).
 * Only unprotected persons are matched: a protected one belongs to its letter alone.
 */
export async function upsertPerson(tx: Db, agencyId: string, sender: PetitionSender, idNumberDigest: string | null = null): Promise<string> {
  if (sender.idNumber) {
    const [existing] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.agencyId, agencyId), eq(persons.idNumber, sender.idNumber), eq(persons.isProtected, false)))
      .limit(1);
    if (existing) {
      await tx
        .update(persons)
        .set({ ...clearPersonColumns(sender, idNumberDigest), updatedAt: new Date() })
        .where(eq(persons.id, existing.id));
      return existing.id;
    }
  }
  const [row] = await tx
    .insert(persons)
    .values({ agencyId, ...clearPersonColumns(sender, idNumberDigest) })
    .returning({ id: persons.id });
  if (!row) throw new Error('person insert returned no row');
  return row.id;
}
