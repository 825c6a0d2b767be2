import { DomainError, foldVietnamese, maskIdentity, pseudonym, type CoSender, type PetitionKind, type PetitionSender, type ProtectedIdentity } from '@kntc/domain';
import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../client.js';
import { persons } from '../schema/persons.js';
import { petitionCoSenders, petitions } from '../schema/petitions.js';
import type { VaultKeyring } from '../vault/sealed-box.js';
import {
  dropOrphanPersons,
  findSigners,
  idNumberDigest,
  insertProtectedPerson,
  openIdentities,
  renamePseudonym,
  requireVault,
  resealProtectedPerson,
  type StoredSigner,
} from './identities.js';
import { clearPersonColumns, upsertPerson } from './persons.js';
import { formatReceiptNumber, petitionSearchText } from './petitions.js';

/**
 * Who signed a letter, written so that a protected letter (every denunciation, and any letter whose
 * sender asked) keeps its signers' identities only in the vault, under pseudonyms, and its text
 * carries the pseudonyms in their place (Luật Tố cáo Đ56: identity removed before verification).
 */

type SignerPlan = { kind: PetitionKind; protect: boolean; agencyId: string; vault: VaultKeyring | undefined };

const unprotectError = (field: string) =>
  new DomainError('VALIDATION', 'Để bỏ bảo mật danh tính, hãy nhập lại thông tin người gửi đơn.', {
    [field]: 'Nhập lại họ tên, địa chỉ người gửi để bỏ bảo mật danh tính.',
  });

/** A person for the signer at `position` (0 = the sender): sealed under a pseudonym, or matched by ID number. */
async function personFor(tx: Db, plan: SignerPlan, signer: PetitionSender, position: number): Promise<string> {
  if (plan.protect) {
    return insertProtectedPerson(tx, { agencyId: plan.agencyId, vault: requireVault(plan.vault), identity: signer, pseudonym: pseudonym(plan.kind, position) });
  }
  return upsertPerson(tx, plan.agencyId, signer, idNumberDigest(plan.vault, signer.idNumber));
}

async function linkCoSenders(tx: Db, petitionId: string, rows: { personId: string; isRepresentative: boolean }[]) {
  await tx.delete(petitionCoSenders).where(eq(petitionCoSenders.petitionId, petitionId));
  if (rows.length > 0) await tx.insert(petitionCoSenders).values(rows.map((r, position) => ({ petitionId, position, ...r })));
}

/** The sender's person for a new letter (before the letter row exists). */
export const writeNewSender = (tx: Db, plan: SignerPlan, sender: PetitionSender) => personFor(tx, plan, sender, 0);

/** The co-signers of a letter, replacing any earlier ones. */
export async function writeCoSenders(tx: Db, plan: SignerPlan, petitionId: string, coSenders: CoSender[]): Promise<void> {
  const before = (await findSigners(tx, petitionId)).filter((s) => s.role === 'co_sender').map((s) => s.personId);
  const rows: { personId: string; isRepresentative: boolean }[] = [];
  for (const [i, { isRepresentative, ...signer }] of coSenders.entries()) {
    rows.push({ personId: await personFor(tx, plan, signer, i + 1), isRepresentative });
  }
  await linkCoSenders(tx, petitionId, rows);
  await dropOrphanPersons(tx, before);
}

/** Whether a submitted signer is only the pseudonym on file coming back from a form. */
const isPseudonymEcho = (stored: StoredSigner | undefined, submitted: PetitionSender | null) =>
  submitted === null || (stored?.isProtected === true && submitted.fullName === stored.displayName && !submitted.idNumber && !submitted.phone && !submitted.email);

/**
 * Applies an edit's signers to a letter: null (or the pseudonyms sent back) keeps them as stored,
 * turning protection on seals them, new details replace them. Turning protection off needs the
 * details typed again: the server never writes a sealed identity back in clear.
 */
export async function updateSigners(
  tx: Db,
  plan: SignerPlan,
  params: { petitionId: string; sender: PetitionSender | null; coSenders: CoSender[] | null },
): Promise<void> {
  const stored = await findSigners(tx, params.petitionId);
  const [storedSender, ...storedCo] = stored;
  if (!storedSender) throw new Error('letter without its sender');
  const orphans: string[] = [];

  const keepSender = isPseudonymEcho(storedSender, params.sender);
  if (keepSender && storedSender.isProtected && !plan.protect) throw unprotectError('sender.fullName');
  if (keepSender && storedSender.isProtected) {
    await renamePseudonym(tx, storedSender.personId, pseudonym(plan.kind, 0));
  } else if (keepSender && plan.protect) {
    const clear = (await openIdentities(tx, plan.vault, [storedSender.personId])).get(storedSender.personId);
    if (!clear) throw new Error('sender vanished');
    await repointSender(tx, params.petitionId, await personFor(tx, plan, senderOf(clear), 0));
    orphans.push(storedSender.personId);
  } else if (!keepSender && params.sender) {
    if (plan.protect && storedSender.isProtected) {
      await resealProtectedPerson(tx, { personId: storedSender.personId, vault: requireVault(plan.vault), identity: params.sender, pseudonym: pseudonym(plan.kind, 0) });
    } else if (!plan.protect && !storedSender.isProtected) {
      // The same person, corrected: every letter of theirs shows the correction.
      await tx
        .update(persons)
        .set({ ...clearPersonColumns(params.sender, idNumberDigest(plan.vault, params.sender.idNumber)), updatedAt: new Date() })
        .where(eq(persons.id, storedSender.personId));
    } else {
      await repointSender(tx, params.petitionId, await personFor(tx, plan, params.sender, 0));
      orphans.push(storedSender.personId);
    }
  }

  const echoed =
    params.coSenders === null ||
    (params.coSenders.length === storedCo.length && params.coSenders.every((c, i) => isPseudonymEcho(storedCo[i], c)));
  const unchangedProtection = storedCo.every((c) => c.isProtected === plan.protect);
  if (echoed && storedCo.some((c) => c.isProtected) && !plan.protect) throw unprotectError('coSenders');
  if (echoed && unchangedProtection) {
    for (const [i, c] of storedCo.entries()) {
      if (c.isProtected) await renamePseudonym(tx, c.personId, pseudonym(plan.kind, i + 1));
    }
    if (params.coSenders) {
      const flags = params.coSenders;
      await linkCoSenders(tx, params.petitionId, storedCo.map((c, i) => ({ personId: c.personId, isRepresentative: flags[i]?.isRepresentative ?? c.isRepresentative })));
    }
  } else {
    const kept = echoed ? await openIdentities(tx, plan.vault, storedCo.map((c) => c.personId)) : new Map<string, ProtectedIdentity>();
    const next: CoSender[] = echoed
      ? storedCo.map((c, i) => {
          const identity = kept.get(c.personId);
          if (!identity) throw new Error('co-signer vanished');
          return { ...senderOf(identity), isRepresentative: params.coSenders?.[i]?.isRepresentative ?? c.isRepresentative };
        })
      : (params.coSenders ?? []);
    await writeCoSenders(tx, plan, params.petitionId, next);
  }
  await dropOrphanPersons(tx, orphans);
}

const senderOf = (i: ProtectedIdentity): PetitionSender => ({ fullName: i.fullName, address: i.address, idNumber: i.idNumber, phone: i.phone, email: i.email });

async function repointSender(tx: Db, petitionId: string, personId: string) {
  await tx.update(petitions).set({ senderId: personId }).where(eq(petitions.id, petitionId));
}

/**
 * The names a letter's search text holds and, for a protected letter, its summary and content with
 * every signer's identity masked. Reads the signers as just written.
 */
export async function signerTexts(
  tx: Db,
  vault: VaultKeyring | undefined,
  params: { petitionId: string; summary: string; content: string },
): Promise<{ names: string[]; summary: string; content: string }> {
  const signers = await findSigners(tx, params.petitionId);
  const protectedOnes = signers.filter((s) => s.isProtected);
  const identities = await openIdentities(tx, vault, protectedOnes.map((s) => s.personId));
  const mask = (text: string) =>
    protectedOnes.reduce((masked, s) => {
      const identity = identities.get(s.personId);
      return identity ? maskIdentity(masked, identity, s.displayName) : masked;
    }, text);
  return { names: signers.map((s) => s.displayName), summary: mask(params.summary), content: mask(params.content) };
}

/**
 * Seals the signers of denunciations filed before the vault existed (or by a path that bypassed
 * it), masking their names in the letters' text. Runs at start-up, when the key is at hand; a
 * no-op once everything is sealed. Returns how many letters it sealed.
 */
export async function sealUnprotectedDenunciations(db: Db, vault: VaultKeyring): Promise<number> {
  const pending = await db
    .selectDistinct({ id: petitions.id, agencyId: petitions.agencyId, kind: petitions.kind })
    .from(petitions)
    .leftJoin(petitionCoSenders, eq(petitionCoSenders.petitionId, petitions.id))
    .innerJoin(persons, or(eq(persons.id, petitions.senderId), eq(persons.id, petitionCoSenders.personId)))
    .where(and(eq(petitions.kind, 'denunciation'), eq(persons.isProtected, false)));
  for (const letter of pending) {
    await db.transaction(async (tx) => {
      const [row] = await tx.select().from(petitions).where(eq(petitions.id, letter.id)).for('update');
      if (!row) return;
      await updateSigners(tx, { agencyId: letter.agencyId, kind: letter.kind, protect: true, vault }, { petitionId: letter.id, sender: null, coSenders: null });
      const text = await signerTexts(tx, vault, { petitionId: letter.id, summary: row.summary, content: row.content });
      await tx
        .update(petitions)
        .set({
          summary: text.summary,
          content: text.content,
          summaryKey: foldVietnamese(text.summary),
          searchText: petitionSearchText(
            { summary: text.summary, content: text.content, respondent: row.respondent, sender: { fullName: text.names[0] ?? '' }, coSenders: text.names.slice(1).map((fullName) => ({ fullName })) },
            formatReceiptNumber(row.receiptSeq, row.receiptYear, row.splitIndex),
          ),
        })
        .where(eq(petitions.id, letter.id));
    });
  }
  return pending.length;
}
