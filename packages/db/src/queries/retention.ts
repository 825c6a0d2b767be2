import {
  DEFAULT_RETENTION_BASIS,
  DEFAULT_RETENTION_MONTHS,
  DomainError,
  destroyedSummary,
  retentionEnds,
  staleVersion,
  type IsoDate,
  type RetentionRuleInput,
} from '@kntc/domain';
import { and, asc, desc, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { documents } from '../schema/documents.js';
import { attachments, files } from '../schema/files.js';
import { persons } from '../schema/persons.js';
import { petitionCoSenders, petitions } from '../schema/petitions.js';
import { retentionRules } from '../schema/retention.js';
import { timelineEvents } from '../schema/timeline.js';
import { dropOrphanPersons, findSigners } from './identities.js';
import { formatReceiptNumber } from './petitions.js';
import { recordEvent } from './timeline.js';

/** Hủy hồ sơ hết thời hạn lưu: archived letters kept for the agency's retention period, then destroyed on the head's decision. */

export type RetentionRule = { months: number; legalBasis: string; version: number };

/** The agency's rule for archived letters; version 0 while the default has never been edited. */
export async function getRetentionRule(db: Db, agencyId: string): Promise<RetentionRule> {
  const [row] = await db
    .select({ months: retentionRules.months, legalBasis: retentionRules.legalBasis, version: retentionRules.version })
    .from(retentionRules)
    .where(and(eq(retentionRules.agencyId, agencyId), eq(retentionRules.kind, 'archived_petition')));
  return row ?? { months: DEFAULT_RETENTION_MONTHS, legalBasis: DEFAULT_RETENTION_BASIS, version: 0 };
}

export async function updateRetentionRule(db: Db, params: { agencyId: string; userId: string; rule: RetentionRuleInput }): Promise<RetentionRule> {
  const { months, legalBasis, version } = params.rule;
  return db.transaction(async (tx) => {
    const current = await getRetentionRule(tx, params.agencyId);
    if (current.version !== version) throw staleVersion();
    const values = { months, legalBasis, updatedBy: params.userId, updatedAt: new Date() };
    if (version === 0) {
      await tx.insert(retentionRules).values({ agencyId: params.agencyId, kind: 'archived_petition', ...values });
    } else {
      await tx
        .update(retentionRules)
        .set({ ...values, version: sql`${retentionRules.version} + 1` })
        .where(and(eq(retentionRules.agencyId, params.agencyId), eq(retentionRules.kind, 'archived_petition')));
    }
    return getRetentionRule(tx, params.agencyId);
  });
}

/**
 * The day (in Vietnam, UTC+7 all year) a letter was archived: its last step into 'archived' on the
 * timeline, or its last change. Computed in SQL so both drivers return the same text; the tables are
 * named outright because drizzle leaves columns unqualified inside a select list.
 */
const archivedOn = sql<string>`to_char(coalesce(
  (select max(te.at) from timeline_events te
    where te.subject_type = 'petition' and te.subject_id = "petitions"."id" and te.to_state = 'archived'),
  "petitions"."updated_at") at time zone 'UTC' + interval '7 hours', 'YYYY-MM-DD')`;

/** Archived letters not yet destroyed, with the day their retention ends; the due ones first. */
export async function findRetentionCandidates(db: Db, params: { agencyId: string; today: IsoDate; onlyDue?: boolean }) {
  const rule = await getRetentionRule(db, params.agencyId);
  const rows = await db
    .select({
      id: petitions.id,
      receiptSeq: petitions.receiptSeq,
      receiptYear: petitions.receiptYear,
      splitIndex: petitions.splitIndex,
      receivedDate: petitions.receivedDate,
      kind: petitions.kind,
      summary: petitions.summary,
      archivedOn,
    })
    .from(petitions)
    .where(and(eq(petitions.agencyId, params.agencyId), eq(petitions.status, 'archived'), isNull(petitions.destroyedAt)))
    .orderBy(asc(petitions.receivedDate), asc(petitions.id));
  const items = rows.map((r) => {
    const keepUntil = retentionEnds(r.archivedOn, rule.months);
    return {
      id: r.id,
      receiptNumber: formatReceiptNumber(r.receiptSeq, r.receiptYear, r.splitIndex),
      receivedDate: r.receivedDate,
      kind: r.kind,
      summary: r.summary,
      archivedOn: r.archivedOn,
      keepUntil,
      isDue: keepUntil <= params.today,
    };
  });
  return { rule, items: params.onlyDue ? items.filter((i) => i.isDue) : items };
}

const TOMBSTONE_SENDER = 'Người gửi đơn (hồ sơ đã tiêu hủy)';

/** One anonymous person per agency for every destroyed letter to point at (the sender column is required). */
async function tombstoneSender(tx: Db, agencyId: string): Promise<string> {
  const [found] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.agencyId, agencyId), eq(persons.fullName, TOMBSTONE_SENDER), eq(persons.address, ''), eq(persons.isProtected, false)))
    .limit(1);
  if (found) return found.id;
  const [row] = await tx.insert(persons).values({ agencyId, fullName: TOMBSTONE_SENDER, address: '', searchText: '' }).returning({ id: persons.id });
  if (!row) throw new Error('tombstone person insert returned no row');
  return row.id;
}

/**
 * Destroys archived letters whose retention has run out, on the head's decision: their signers
 * (and any sealed identity), attachments, documents and text go; a tombstone row keeps the kind,
 * dates, channel, field, status and receipt number, so the register and statistics still count
 * them. Refuses the whole batch if any letter is not due. Returns the blobs no record uses any more,
 * for the caller to remove from storage.
 */
export async function destroyPetitions(
  tx: Db,
  params: { agencyId: string; userId: string; today: IsoDate; petitionIds: readonly string[]; decisionRef: string; now: Date },
): Promise<{ destroyed: number; orphanBlobs: string[] }> {
  const ids = [...new Set(params.petitionIds)];
  const { items } = await findRetentionCandidates(tx, { agencyId: params.agencyId, today: params.today });
  const due = new Set(items.filter((i) => i.isDue).map((i) => i.id));
  const refused = ids.filter((id) => !due.has(id));
  if (refused.length > 0) {
    const known = new Map(items.map((i) => [i.id, i]));
    const labels = refused.map((id) => {
      const item = known.get(id);
      return item ? `${item.receiptNumber ?? 'chưa có số'} (lưu đến ${item.keepUntil})` : 'một đơn không ở trạng thái xếp lưu';
    });
    throw new DomainError('INVALID_TRANSITION', `Chưa được tiêu hủy: ${labels.join(', ')}. Chỉ tiêu hủy đơn đã xếp lưu và đã hết thời hạn lưu.`);
  }
  await tx.select({ id: petitions.id }).from(petitions).where(inArray(petitions.id, ids)).for('update');
  const tombstone = await tombstoneSender(tx, params.agencyId);
  const attached = await tx
    .select({ id: attachments.id, sha256: attachments.fileSha256 })
    .from(attachments)
    .where(and(eq(attachments.agencyId, params.agencyId), eq(attachments.subjectType, 'petition'), inArray(attachments.subjectId, ids)));
  if (attached.length > 0) await tx.delete(attachments).where(inArray(attachments.id, attached.map((a) => a.id)));
  const blobs = [...new Set(attached.map((a) => a.sha256))];
  const orphanBlobs =
    blobs.length === 0
      ? []
      : (
          await tx
            .delete(files)
            .where(and(inArray(files.sha256, blobs), notExists(tx.select({ one: attachments.id }).from(attachments).where(eq(attachments.fileSha256, files.sha256)))))
            .returning({ sha256: files.sha256 })
        ).map((f) => f.sha256);
  await tx.delete(documents).where(and(eq(documents.agencyId, params.agencyId), eq(documents.subjectType, 'petition'), inArray(documents.subjectId, ids)));
  for (const id of ids) {
    const signers = await findSigners(tx, id);
    await tx.delete(petitionCoSenders).where(eq(petitionCoSenders.petitionId, id));
    const [row] = await tx.select({ receiptSeq: petitions.receiptSeq, receiptYear: petitions.receiptYear, splitIndex: petitions.splitIndex, classification: petitions.classification }).from(petitions).where(eq(petitions.id, id));
    const receipt = formatReceiptNumber(row?.receiptSeq ?? null, row?.receiptYear ?? null, row?.splitIndex ?? 0);
    const classification = row?.classification ? { ...row.classification, note: undefined } : null;
    await tx
      .update(petitions)
      .set({
        senderId: tombstone,
        summary: destroyedSummary(params.decisionRef, params.today),
        content: '',
        respondent: null,
        contestedDecision: null,
        classification,
        proposalNote: null,
        proposalTarget: null,
        forwardingDocNumber: null,
        trackingCodeHash: null,
        searchText: receipt ?? '',
        summaryKey: '',
        destroyedAt: params.now,
        destructionRef: params.decisionRef,
        version: sql`${petitions.version} + 1`,
        updatedBy: params.userId,
        updatedAt: params.now,
      })
      .where(eq(petitions.id, id));
    // The history stays as a sequence of steps; what officials wrote on it goes with the file.
    await tx.update(timelineEvents).set({ note: null, payload: {} }).where(and(eq(timelineEvents.subjectType, 'petition'), eq(timelineEvents.subjectId, id)));
    await recordEvent(tx, { agencyId: params.agencyId, subjectType: 'petition', subjectId: id, action: 'destroy', fromState: 'archived', toState: 'archived', actorId: params.userId, payload: { decisionRef: params.decisionRef } });
    await dropOrphanPersons(tx, signers.map((s) => s.personId).filter((p) => p !== tombstone));
  }
  return { destroyed: ids.length, orphanBlobs };
}

/** The letters destroyed so far, newest first: what the register shows of them. */
export async function findDestroyedPetitions(db: Db, agencyId: string, limit = 200) {
  const rows = await db
    .select({
      id: petitions.id,
      receiptSeq: petitions.receiptSeq,
      receiptYear: petitions.receiptYear,
      splitIndex: petitions.splitIndex,
      receivedDate: petitions.receivedDate,
      kind: petitions.kind,
      destroyedAt: petitions.destroyedAt,
      destructionRef: petitions.destructionRef,
    })
    .from(petitions)
    .where(and(eq(petitions.agencyId, agencyId), sql`${petitions.destroyedAt} is not null`))
    .orderBy(desc(petitions.destroyedAt))
    .limit(limit);
  return rows.map(({ receiptSeq, receiptYear, splitIndex, destroyedAt, ...r }) => ({
    ...r,
    receiptNumber: formatReceiptNumber(receiptSeq, receiptYear, splitIndex),
    destroyedAt: destroyedAt?.toISOString() ?? null,
  }));
}
