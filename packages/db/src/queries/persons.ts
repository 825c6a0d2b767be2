import { foldVietnamese, type PetitionSender } from '@kntc/domain';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { persons } from '../schema/persons.js';

export const personSearchText = (p: PetitionSender) =>
  foldVietnamese([p.fullName, p.idNumber ?? '', p.phone ?? '', p.address].join(' '));

/**
 * The same ID number within an agency is the same person; without one, a new person
 * row is made (duplicate hints on names and addresses come with the petitions flow).
 */
export async function upsertPerson(tx: Db, agencyId: string, sender: PetitionSender): Promise<string> {
  if (sender.idNumber) {
    const [existing] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.agencyId, agencyId), eq(persons.idNumber, sender.idNumber)))
      .limit(1);
    if (existing) {
      await tx
        .update(persons)
        .set({ ...sender, searchText: personSearchText(sender), updatedAt: new Date() })
        .where(eq(persons.id, existing.id));
      return existing.id;
    }
  }
  const [row] = await tx
    .insert(persons)
    .values({ agencyId, ...sender, searchText: personSearchText(sender) })
    .returning({ id: persons.id });
  if (!row) throw new Error('person insert returned no row');
  return row.id;
}
