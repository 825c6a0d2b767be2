import { pseudonym, type PetitionKind, type ProtectedIdentity, type ReceptionVisitor } from '@kntc/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import { persons } from '../schema/persons.js';
import { receptionVisitors } from '../schema/reception-visits.js';
import type { VaultKeyring } from '../vault/sealed-box.js';
import { dropOrphanPersons, idNumberDigest, insertProtectedPerson, openIdentities, requireVault } from './identities.js';
import { upsertPerson } from './persons.js';

/**
 * The visitors of a visit, written the way a letter's signers are: a protected visit (about a
 * denunciation, or whose visitors asked) keeps each identity sealed under a pseudonym; the others
 * are matched to persons already on file by ID number.
 */

export type VisitorPlan = { agencyId: string; kind: PetitionKind; protect: boolean; vault: VaultKeyring | undefined };

export type StoredVisitor = {
  personId: string;
  position: number;
  isRepresentative: boolean;
  identityPaper: ReceptionVisitor['identityPaper'];
  isProtected: boolean;
  displayName: string;
};

export async function findStoredVisitors(tx: Db, visitId: string): Promise<StoredVisitor[]> {
  return tx
    .select({
      personId: receptionVisitors.personId,
      position: receptionVisitors.position,
      isRepresentative: receptionVisitors.isRepresentative,
      identityPaper: receptionVisitors.identityPaper,
      isProtected: persons.isProtected,
      displayName: persons.fullName,
    })
    .from(receptionVisitors)
    .innerJoin(persons, eq(persons.id, receptionVisitors.personId))
    .where(eq(receptionVisitors.visitId, visitId))
    .orderBy(asc(receptionVisitors.position));
}

/** Replaces a visit's visitors; persons no visit or letter names any more go with them. */
export async function writeVisitors(tx: Db, plan: VisitorPlan, visitId: string, visitors: readonly ReceptionVisitor[]): Promise<void> {
  const before = (await findStoredVisitors(tx, visitId)).map((v) => v.personId);
  await tx.delete(receptionVisitors).where(eq(receptionVisitors.visitId, visitId));
  const rows = [];
  for (const [position, { isRepresentative, identityPaper, ...identity }] of visitors.entries()) {
    const personId = plan.protect
      ? await insertProtectedPerson(tx, { agencyId: plan.agencyId, vault: requireVault(plan.vault), identity, pseudonym: pseudonym(plan.kind, position) })
      : await upsertPerson(tx, plan.agencyId, identity, idNumberDigest(plan.vault, identity.idNumber));
    rows.push({ visitId, position, personId, isRepresentative, identityPaper });
  }
  if (rows.length > 0) await tx.insert(receptionVisitors).values(rows);
  await dropOrphanPersons(tx, before);
}

/** The visitors as they were typed: opened from the vault for a protected visit (server-internal). */
export async function openVisitors(tx: Db, vault: VaultKeyring | undefined, visitId: string): Promise<ReceptionVisitor[]> {
  const stored = await findStoredVisitors(tx, visitId);
  const identities = await openIdentities(tx, vault, stored.map((s) => s.personId));
  return stored.map((s) => {
    const identity = identities.get(s.personId);
    if (!identity) throw new Error('visitor vanished');
    return { ...visitorIdentity(identity), isRepresentative: s.isRepresentative, identityPaper: s.identityPaper };
  });
}

const visitorIdentity = (i: ProtectedIdentity) => ({ fullName: i.fullName, address: i.address, idNumber: i.idNumber, phone: i.phone, email: i.email });

/** The visitors of several visits for display, in one query: a protected one shows only its pseudonym. */
export async function visitorsOf(db: Db, visitIds: readonly string[]) {
  const byVisit = new Map<string, { fullName: string; address: string; idNumber: string | null; phone: string | null; email: string | null; isRepresentative: boolean; identityPaper: ReceptionVisitor['identityPaper'] }[]>();
  if (visitIds.length === 0) return byVisit;
  const rows = await db
    .select({
      visitId: receptionVisitors.visitId,
      fullName: persons.fullName,
      address: persons.address,
      idNumber: persons.idNumber,
      phone: persons.phone,
      email: persons.email,
      isRepresentative: receptionVisitors.isRepresentative,
      identityPaper: receptionVisitors.identityPaper,
    })
    .from(receptionVisitors)
    .innerJoin(persons, eq(persons.id, receptionVisitors.personId))
    .where(inArray(receptionVisitors.visitId, [...visitIds]))
    .orderBy(asc(receptionVisitors.visitId), asc(receptionVisitors.position));
  for (const { visitId, ...visitor } of rows) {
    const list = byVisit.get(visitId) ?? [];
    list.push(visitor);
    byVisit.set(visitId, list);
  }
  return byVisit;
}

/** Whether the visitors a form sent back are only the pseudonyms it was shown. */
export const isPseudonymEcho = (stored: readonly StoredVisitor[], submitted: readonly ReceptionVisitor[]) =>
  stored.length === submitted.length &&
  stored.every((s, i) => {
    const v = submitted[i];
    return s.isProtected && v !== undefined && v.fullName === s.displayName && !v.idNumber && !v.phone && !v.email;
  });
