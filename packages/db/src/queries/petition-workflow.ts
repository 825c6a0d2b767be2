import {
  DomainError,
  evaluateOutcomes,
  foldVietnamese,
  isPetitionHandled,
  nextState,
  notFound,
  outcomesNeedingTarget,
  outcomeStatus,
  outcomeTargetLabel,
  petitionMachine,
  staleVersion,
  type Classification,
  type HandlingHistory,
  type HandlingOutcome,
  type IsoDate,
  type PetitionAction,
  type PetitionStatus,
} from '@kntc/domain';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { persons } from '../schema/persons.js';
import { petitionCoSenders, petitions } from '../schema/petitions.js';
import { openCase } from './cases.js';
import { loadClock } from './legal-clock.js';
import { formatReceiptNumber, getPetition, petitionSearchText, processingDeadline, type PetitionRecord } from './petitions.js';
import { recordEvent } from './timeline.js';

type Actor = { agencyId: string; userId: string; today: IsoDate };

async function lockPetition(tx: Db, agencyId: string, id: string, version: number) {
  const [row] = await tx
    .select()
    .from(petitions)
    .where(and(eq(petitions.id, id), eq(petitions.agencyId, agencyId)))
    .for('update');
  if (!row) throw notFound('đơn');
  if (row.version !== version) throw staleVersion();
  return row;
}
export type LockedPetition = Awaited<ReturnType<typeof lockPetition>>;

/**
 * Runs one workflow step on a letter in one transaction: lock and version check, the state
 * machine's verdict, the row update (deadline recomputed for the new state) and the timeline event.
 */
async function transition(
  db: Db,
  actor: Actor,
  params: {
    id: string;
    version: number;
    action: PetitionAction;
    note?: string | null | undefined;
    payload?: Record<string, unknown>;
    /** Overrides the machine's target (approve lands in the outcome's status). */
    to?: (row: LockedPetition) => PetitionStatus;
    check?: (row: LockedPetition, tx: Db) => Promise<void> | void;
    changes?: (row: LockedPetition) => Partial<typeof petitions.$inferInsert>;
    after?: (row: LockedPetition, tx: Db) => Promise<void>;
  },
): Promise<PetitionRecord> {
  await db.transaction(async (tx) => {
    const row = await lockPetition(tx, actor.agencyId, params.id, params.version);
    const machineTo = nextState(petitionMachine, { state: row.status, action: params.action, previous: row.statusBeforeDuplicate ?? row.statusBeforeSplit });
    await params.check?.(row, tx);
    const to = params.to ? params.to(row) : machineTo;
    const changes = params.changes?.(row) ?? {};
    const kind = changes.kind ?? row.kind;
    const clock = await loadClock(tx, row.receivedDate);
    await tx
      .update(petitions)
      .set({
        ...changes,
        status: to,
        ...processingDeadline(clock, { kind, status: to, receivedDate: row.receivedDate }),
        ...handlingRecord(row, to, actor.today),
        version: sql`${petitions.version} + 1`,
        updatedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(eq(petitions.id, row.id));
    await recordEvent(tx, {
      agencyId: actor.agencyId,
      subjectType: 'petition',
      subjectId: row.id,
      action: params.action,
      fromState: row.status,
      toState: to,
      actorId: actor.userId,
      note: params.note ?? null,
      payload: params.payload ?? {},
    });
    await params.after?.(row, tx);
  });
  return getPetition(db, actor.agencyId, params.id, actor.today);
}

/**
 * The day a letter leaves the queue and the processing deadline it had then, kept because the
 * deadline itself is cleared once handled: the public statistics count letters handled on time.
 */
function handlingRecord(row: LockedPetition, to: PetitionStatus, today: IsoDate): Pick<typeof petitions.$inferInsert, 'handledDate' | 'handledDueDate'> {
  if (!isPetitionHandled(to)) return { handledDate: null, handledDueDate: null };
  if (isPetitionHandled(row.status)) return {};
  return { handledDate: today, handledDueDate: row.dueDate };
}

/** What the same matter has already been through: guidance and transfer may each happen only once. */
async function handlingHistory(tx: Db, row: LockedPetition): Promise<HandlingHistory> {
  const root = row.duplicateOfId ?? row.id;
  const related = await tx
    .select({ status: petitions.status })
    .from(petitions)
    .where(and(or(eq(petitions.id, root), eq(petitions.duplicateOfId, root)), sql`${petitions.id} <> ${row.id}`));
  const statuses = new Set(related.map((r) => r.status));
  return { channel: row.channel, wasGuidedBefore: statuses.has('guided'), wasTransferredBefore: statuses.has('transferred') };
}

export async function evaluatePetitionOutcomes(db: Db, agencyId: string, id: string) {
  const [row] = await db.select().from(petitions).where(and(eq(petitions.id, id), eq(petitions.agencyId, agencyId)));
  if (!row) throw notFound('đơn');
  if (!row.classification) return [];
  return evaluateOutcomes(row.classification, await handlingHistory(db, row));
}

export const classifyPetition = (db: Db, actor: Actor, p: { id: string; version: number; classification: Classification }) =>
  transition(db, actor, {
    id: p.id,
    version: p.version,
    action: 'classify',
    note: p.classification.note ?? null,
    payload: { classification: p.classification },
    changes: () => ({ classification: p.classification, kind: p.classification.kind, proposedOutcome: null, proposalNote: null }),
  });

export const proposeOutcome = (
  db: Db,
  actor: Actor,
  p: { id: string; version: number; outcome: HandlingOutcome; note?: string | undefined; target?: string | undefined },
) =>
  transition(db, actor, {
    id: p.id,
    version: p.version,
    action: 'propose',
    note: p.note ?? null,
    payload: { outcome: p.outcome, ...(p.target ? { target: p.target } : {}) },
    check: async (row, tx) => {
      if (!row.classification) throw new DomainError('INVALID_TRANSITION', 'Đơn chưa được phân loại.');
      const verdict = evaluateOutcomes(row.classification, await handlingHistory(tx, row)).find((o) => o.outcome === p.outcome);
      if (verdict && !verdict.allowed) throw new DomainError('INVALID_TRANSITION', verdict.reason, { outcome: verdict.reason });
      if (outcomesNeedingTarget.includes(p.outcome) && !p.target) {
        const label = outcomeTargetLabel[p.outcome] ?? 'Cơ quan có thẩm quyền';
        throw new DomainError('VALIDATION', `Hãy ghi ${label.toLocaleLowerCase('vi')}.`, { target: `Hãy ghi ${label.toLocaleLowerCase('vi')}.` });
      }
    },
    changes: () => ({ proposedOutcome: p.outcome, proposalNote: p.note ?? null, proposalTarget: p.target ?? null, proposedBy: actor.userId }),
  });

/** What the API does in the approval's transaction besides the state change: issue the outcome's document. */
export type OnApproved = (tx: Db, petition: LockedPetition, caseId: string | null) => Promise<void>;

export const approveProposal = (db: Db, actor: Actor, p: { id: string; version: number; note?: string | undefined; onApproved?: OnApproved }) =>
  transition(db, actor, {
    id: p.id,
    version: p.version,
    action: 'approve',
    note: p.note ?? null,
    to: (row) => {
      if (!row.proposedOutcome) throw new DomainError('INVALID_TRANSITION', 'Chưa có đề xuất để duyệt.');
      return outcomeStatus[row.proposedOutcome];
    },
    payload: {},
    // An accepted complaint or denunciation becomes a case in the same transaction.
    after: async (row, tx) => {
      const opensCase = row.proposedOutcome === 'propose_acceptance' && (row.kind === 'complaint' || row.kind === 'denunciation');
      const caseId = opensCase
        ? await openCase(tx, actor, { id: row.id, kind: row.kind, summary: row.summary, complaintRound: row.classification?.complaintRound ?? 'first', proposedBy: row.proposedBy })
        : null;
      await p.onApproved?.(tx, row, caseId);
    },
  });

export const rejectProposal = (db: Db, actor: Actor, p: { id: string; version: number; note: string }) =>
  transition(db, actor, {
    id: p.id,
    version: p.version,
    action: 'reject',
    note: p.note,
    changes: () => ({ proposedOutcome: null, proposalNote: null, proposedBy: null }),
  });

/** Links a letter as a repeat of an earlier one: no new case opens and the matter's repeat count rises. */
export const markDuplicate = (db: Db, actor: Actor, p: { id: string; version: number; duplicateOfId: string; note?: string | undefined }) =>
  transition(db, actor, {
    id: p.id,
    version: p.version,
    action: 'mark_duplicate',
    note: p.note ?? null,
    payload: { duplicateOfId: p.duplicateOfId },
    check: async (row, tx) => {
      if (p.duplicateOfId === row.id) throw new DomainError('VALIDATION', 'Không thể gộp đơn vào chính nó.', { duplicateOfId: 'Chọn một đơn khác.' });
      const [target] = await tx
        .select({ id: petitions.id, duplicateOfId: petitions.duplicateOfId })
        .from(petitions)
        .where(and(eq(petitions.id, p.duplicateOfId), eq(petitions.agencyId, actor.agencyId)));
      if (!target) throw new DomainError('VALIDATION', 'Không tìm thấy đơn gốc để gộp.', { duplicateOfId: 'Không tìm thấy đơn này.' });
      if (target.duplicateOfId) {
        throw new DomainError('VALIDATION', 'Đơn được chọn cũng là đơn trùng; hãy gộp vào đơn gốc của nó.', { duplicateOfId: 'Hãy chọn đơn gốc.' });
      }
    },
    changes: (row) => ({ duplicateOfId: p.duplicateOfId, statusBeforeDuplicate: row.status }),
    after: async (row, tx) => {
      await tx.update(petitions).set({ repeatCount: sql`${petitions.repeatCount} + 1` }).where(eq(petitions.id, p.duplicateOfId));
      await recordEvent(tx, { agencyId: actor.agencyId, subjectType: 'petition', subjectId: p.duplicateOfId, action: 'repeat_linked', actorId: actor.userId, payload: { petitionId: row.id } });
    },
  });

export const unlinkDuplicate = (db: Db, actor: Actor, p: { id: string; version: number; note?: string | undefined }) =>
  transition(db, actor, {
    id: p.id,
    version: p.version,
    action: 'unlink_duplicate',
    note: p.note ?? null,
    changes: () => ({ duplicateOfId: null, statusBeforeDuplicate: null }),
    after: async (row, tx) => {
      if (!row.duplicateOfId) return;
      await tx
        .update(petitions)
        .set({ repeatCount: sql`greatest(${petitions.repeatCount} - 1, 0)` })
        .where(eq(petitions.id, row.duplicateOfId));
      await recordEvent(tx, { agencyId: actor.agencyId, subjectType: 'petition', subjectId: row.duplicateOfId, action: 'repeat_unlinked', actorId: actor.userId, payload: { petitionId: row.id } });
    },
  });

export async function findDuplicatesOf(db: Db, agencyId: string, id: string) {
  return db
    .select({ id: petitions.id })
    .from(petitions)
    .where(and(eq(petitions.agencyId, agencyId), inArray(petitions.duplicateOfId, [id])));
}

export type SplitItem = { kind: 'complaint' | 'denunciation' | 'recommendation'; summary: string; content: string };

/**
 * Splits a letter with several contents into items (Luật TCD Đ25.3): each item is a letter of its
 * own kind that shares the sender, the receipt date and the receipt number ("12.1/2026", "12.2/2026"),
 * so splitting consumes no register numbers and undoing it leaves no gap.
 */
export const splitPetition = (db: Db, actor: Actor, p: { id: string; version: number; items: SplitItem[]; note?: string | undefined }) =>
  transition(db, actor, {
    id: p.id,
    version: p.version,
    action: 'split',
    note: p.note ?? null,
    payload: { items: p.items.length },
    check: async (row, tx) => {
      if (row.splitFromId) throw new DomainError('INVALID_TRANSITION', 'Đây đã là một nội dung được tách; không tách tiếp.');
      if (row.receiptSeq === null) throw new DomainError('INVALID_TRANSITION', 'Đơn phải vào sổ trước khi tách.');
      // Items share the sender: a denunciation item must not carry a sender on file in clear.
      const [sender] = await tx.select({ isProtected: persons.isProtected }).from(persons).where(eq(persons.id, row.senderId));
      if (p.items.some((i) => i.kind === 'denunciation') && !sender?.isProtected) {
        throw new DomainError('INVALID_TRANSITION', 'Đơn có nội dung tố cáo: hãy sửa đơn, chọn "Bảo mật danh tính người gửi" rồi mới tách đơn.');
      }
    },
    changes: (row) => ({ statusBeforeSplit: row.status }),
    after: async (row, tx) => {
      const clock = await loadClock(tx, row.receivedDate);
      const coSigners = await tx.select().from(petitionCoSenders).where(eq(petitionCoSenders.petitionId, row.id));
      const [sender] = await tx.select({ fullName: persons.fullName }).from(persons).where(eq(persons.id, row.senderId));
      for (const [i, item] of p.items.entries()) {
        const [child] = await tx
          .insert(petitions)
          .values({
            agencyId: row.agencyId,
            receiptYear: row.receiptYear,
            receiptSeq: row.receiptSeq,
            splitIndex: i + 1,
            splitFromId: row.id,
            receivedDate: row.receivedDate,
            channel: row.channel,
            kind: item.kind,
            status: 'registered',
            senderId: row.senderId,
            signerCount: row.signerCount,
            summary: item.summary,
            content: item.content,
            forwardingAgency: row.forwardingAgency,
            forwardingDocNumber: row.forwardingDocNumber,
            respondent: row.respondent,
            contestedDecision: row.contestedDecision,
            ...processingDeadline(clock, { kind: item.kind, status: 'registered', receivedDate: row.receivedDate }),
            searchText: petitionSearchText({ ...item, sender: { fullName: sender?.fullName ?? '' } }, formatReceiptNumber(row.receiptSeq, row.receiptYear, i + 1)),
            summaryKey: foldVietnamese(item.summary),
            createdBy: actor.userId,
            updatedBy: actor.userId,
          })
          .returning({ id: petitions.id });
        if (!child) throw new Error('split item insert returned no row');
        if (coSigners.length > 0) await tx.insert(petitionCoSenders).values(coSigners.map((c) => ({ ...c, petitionId: child.id })));
        await recordEvent(tx, { agencyId: actor.agencyId, subjectType: 'petition', subjectId: child.id, action: 'split_created', toState: 'registered', actorId: actor.userId, payload: { from: row.id } });
      }
    },
  });

/** Undoes a split while no item has been worked on; otherwise says which items block it. */
export const unsplitPetition = (db: Db, actor: Actor, p: { id: string; version: number; note?: string | undefined }) =>
  transition(db, actor, {
    id: p.id,
    version: p.version,
    action: 'unsplit',
    note: p.note ?? null,
    // The machine's 'previous' is the status recorded at the split.
    to: (row) => row.statusBeforeSplit ?? 'registered',
    check: async (row, tx) => {
      const items = await tx
        .select({ id: petitions.id, status: petitions.status, version: petitions.version, splitIndex: petitions.splitIndex })
        .from(petitions)
        .where(eq(petitions.splitFromId, row.id))
        .for('update');
      const touched = items.filter((i) => i.status !== 'registered' || i.version !== 1);
      if (touched.length > 0) {
        const numbers = touched.map((i) => formatReceiptNumber(row.receiptSeq, row.receiptYear, i.splitIndex)).join(', ');
        throw new DomainError('INVALID_TRANSITION', `Không thể hủy tách đơn: các nội dung ${numbers} đã được xử lý tiếp.`);
      }
      await tx.delete(petitions).where(eq(petitions.splitFromId, row.id));
    },
    changes: () => ({ statusBeforeSplit: null }),
  });
