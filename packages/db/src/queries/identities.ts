import { randomUUID } from 'node:crypto';
import {
  DomainError,
  foldVietnamese,
  identityTerms,
  maskIdentity,
  notFound,
  type ProtectedIdentity,
} from '@kntc/domain';
import { and, asc, eq, inArray, notExists } from 'drizzle-orm';
import type { Db } from '../client.js';
import { persons } from '../schema/persons.js';
import { petitionCoSenders, petitions } from '../schema/petitions.js';
import { receptionVisitors } from '../schema/reception-visits.js';
import { openText, seal, vaultDigest, type VaultKeyring } from '../vault/sealed-box.js';

/**
 * The identity vault's side of the database: protected persons are stored sealed under a
 * pseudonym, and only `revealIdentities` (behind the reveal permission and an audited reason) and
 * the server's own document and redaction code ever open them.
 */

const personAad = (personId: string) => `person:${personId}`;

/** Keyed digest of an ID number, the same for clear and protected persons, for duplicate hints. */
export const idNumberDigest = (vault: VaultKeyring | undefined, idNumber: string | null): string | null =>
  vault && idNumber ? vaultDigest(vault, 'person.id_number', idNumber) : null;

export function requireVault(vault: VaultKeyring | undefined): VaultKeyring {
  if (!vault) throw new Error('The identity vault key is needed to store or read a protected identity.');
  return vault;
}

const identityOf = (i: ProtectedIdentity): ProtectedIdentity => ({
  fullName: i.fullName,
  address: i.address,
  idNumber: i.idNumber ?? null,
  phone: i.phone ?? null,
  email: i.email ?? null,
});

/** The clear columns of a protected person: the pseudonym, and nothing that identifies. */
const pseudonymColumns = (name: string) => ({ fullName: name, address: '', idNumber: null, phone: null, email: null, searchText: foldVietnamese(name) });

/** Every column of a protected person row but its id and agency. */
export const protectedPersonColumns = (vault: VaultKeyring, personId: string, identity: ProtectedIdentity, pseudonymText: string) => {
  const clean = identityOf(identity);
  return {
    ...pseudonymColumns(pseudonymText),
    isProtected: true,
    sealedIdentity: seal(vault, JSON.stringify(clean), personAad(personId)),
    idNumberDigest: idNumberDigest(vault, clean.idNumber),
  };
};

/** Stores a protected person: the identity sealed with the person's id as AAD, the pseudonym in clear. */
export async function insertProtectedPerson(
  tx: Db,
  params: { agencyId: string; vault: VaultKeyring; identity: ProtectedIdentity; pseudonym: string },
): Promise<string> {
  const id = randomUUID();
  await tx.insert(persons).values({ id, agencyId: params.agencyId, ...protectedPersonColumns(params.vault, id, params.identity, params.pseudonym) });
  return id;
}

/** Replaces a protected person's identity and pseudonym in place (same person, corrected details). */
export async function resealProtectedPerson(
  tx: Db,
  params: { personId: string; vault: VaultKeyring; identity: ProtectedIdentity; pseudonym: string },
): Promise<void> {
  await tx
    .update(persons)
    .set({ ...protectedPersonColumns(params.vault, params.personId, params.identity, params.pseudonym), updatedAt: new Date() })
    .where(eq(persons.id, params.personId));
}

/** Renames a protected person's pseudonym (the letter's kind changed), leaving the sealed identity. */
export async function renamePseudonym(tx: Db, personId: string, name: string): Promise<void> {
  await tx
    .update(persons)
    .set({ fullName: name, searchText: foldVietnamese(name), updatedAt: new Date() })
    .where(and(eq(persons.id, personId), eq(persons.isProtected, true)));
}

type PersonRow = typeof persons.$inferSelect;

/** A person's identity: from the clear columns, or opened from the vault for a protected one. */
export function identityOfPerson(vault: VaultKeyring | undefined, row: Pick<PersonRow, 'id' | 'isProtected' | 'sealedIdentity' | 'fullName' | 'address' | 'idNumber' | 'phone' | 'email'>): ProtectedIdentity {
  if (!row.isProtected) return identityOf(row);
  if (!row.sealedIdentity) throw new Error(`protected person ${row.id} has no sealed identity`);
  return identityOf(JSON.parse(openText(requireVault(vault), row.sealedIdentity, personAad(row.id))) as ProtectedIdentity);
}

export type StoredSigner = {
  personId: string;
  /** The name on file: the pseudonym of a protected person. */
  displayName: string;
  isProtected: boolean;
  isRepresentative: boolean;
  role: 'sender' | 'co_sender';
};

/** The letter's signers as stored, sender first, without opening anything. */
export async function findSigners(tx: Db, petitionId: string): Promise<StoredSigner[]> {
  const [letter] = await tx
    .select({ personId: persons.id, displayName: persons.fullName, isProtected: persons.isProtected })
    .from(petitions)
    .innerJoin(persons, eq(persons.id, petitions.senderId))
    .where(eq(petitions.id, petitionId));
  if (!letter) throw notFound('đơn');
  const co = await tx
    .select({ personId: persons.id, displayName: persons.fullName, isProtected: persons.isProtected, isRepresentative: petitionCoSenders.isRepresentative })
    .from(petitionCoSenders)
    .innerJoin(persons, eq(persons.id, petitionCoSenders.personId))
    .where(eq(petitionCoSenders.petitionId, petitionId))
    .orderBy(asc(petitionCoSenders.position));
  return [
    { ...letter, isRepresentative: false, role: 'sender' },
    ...co.map((c) => ({ ...c, role: 'co_sender' as const })),
  ];
}

/** Opens the identities of the given persons (server-internal: documents, masking, redaction). */
export async function openIdentities(tx: Db, vault: VaultKeyring | undefined, personIds: readonly string[]): Promise<Map<string, ProtectedIdentity>> {
  const out = new Map<string, ProtectedIdentity>();
  if (personIds.length === 0) return out;
  const rows = await tx.select().from(persons).where(inArray(persons.id, [...personIds]));
  for (const row of rows) out.set(row.id, identityOfPerson(vault, row));
  return out;
}

/** Deletes persons no letter or visit names any more: a protected identity must not outlive its letter. */
export async function dropOrphanPersons(tx: Db, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  await tx
    .delete(persons)
    .where(
      and(
        inArray(persons.id, [...personIds]),
        notExists(tx.select({ one: petitions.id }).from(petitions).where(eq(petitions.senderId, persons.id))),
        notExists(tx.select({ one: petitionCoSenders.petitionId }).from(petitionCoSenders).where(eq(petitionCoSenders.personId, persons.id))),
        // A visitor of the reception register is still named there.
        notExists(tx.select({ one: receptionVisitors.visitId }).from(receptionVisitors).where(eq(receptionVisitors.personId, persons.id))),
      ),
    );
}

export type RevealedSigner = ProtectedIdentity & { pseudonym: string; role: 'sender' | 'co_sender'; isRepresentative: boolean };

/**
 * The clear identities of a letter's protected signers. Call only behind the reveal permission,
 * with the reason recorded in the audit log in the same transaction.
 */
export async function revealIdentities(db: Db, params: { agencyId: string; vault: VaultKeyring; petitionId: string }): Promise<RevealedSigner[]> {
  const [letter] = await db
    .select({ id: petitions.id })
    .from(petitions)
    .where(and(eq(petitions.id, params.petitionId), eq(petitions.agencyId, params.agencyId)));
  if (!letter) throw notFound('đơn');
  const signers = (await findSigners(db, params.petitionId)).filter((s) => s.isProtected);
  if (signers.length === 0) throw new DomainError('VALIDATION', 'Đơn này không có danh tính được bảo mật.');
  const identities = await openIdentities(db, params.vault, signers.map((s) => s.personId));
  return signers.map((s) => {
    const identity = identities.get(s.personId);
    if (!identity) throw new Error('protected signer vanished');
    return { ...identity, pseudonym: s.displayName, role: s.role, isRepresentative: s.isRepresentative };
  });
}

/**
 * Every identifying term of a letter's protected signers (names, ID numbers, phones, e-mails,
 * addresses), for the redaction step to find in texts meant for publication.
 */
export async function protectedTermsForPetition(tx: Db, vault: VaultKeyring, petitionId: string): Promise<string[]> {
  const signers = (await findSigners(tx, petitionId)).filter((s) => s.isProtected);
  const identities = await openIdentities(tx, vault, signers.map((s) => s.personId));
  return [...new Set([...identities.values()].flatMap(identityTerms))];
}

/**
 * Who a document addressed to the letter's sender is written to. For a protected sender the real
 * name and address go into the document, and `sealWith` seals the stored file and masks its title.
 */
export async function documentAddressee(tx: Db, vault: VaultKeyring | undefined, petitionId: string) {
  const [sender] = await findSigners(tx, petitionId);
  if (!sender) throw notFound('đơn');
  const identity = (await openIdentities(tx, vault, [sender.personId])).get(sender.personId);
  if (!identity) throw new Error('sender vanished');
  return {
    name: identity.fullName,
    address: identity.address,
    isProtected: sender.isProtected,
    sealWith: sender.isProtected
      ? { vault: requireVault(vault), maskTitle: (title: string) => maskIdentity(title, identity, sender.displayName) }
      : undefined,
  };
}
export type DocumentAddressee = Awaited<ReturnType<typeof documentAddressee>>;
