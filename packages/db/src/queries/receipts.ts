import type { AdministrativeDocument } from '@kntc/documents';
import { DomainError, notFound, staleVersion, type IsoDate } from '@kntc/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { documents } from '../schema/documents.js';
import { persons } from '../schema/persons.js';
import { petitions } from '../schema/petitions.js';
import { issueDocument, type IssueContext } from './documents.js';
import { recordEvent } from './timeline.js';

export type ReceiptFacts = { receiptSeq: number; receivedDate: IsoDate; kind: string; senderName: string; senderAddress: string };

/**
 * Issues the giấy biên nhận of a registered letter with a new tracking code: the code's HMAC
 * replaces any earlier one (reprinting revokes the old code), and the receipt document is stored,
 * all in one transaction.
 */
export async function issueReceipt(
  db: Db,
  params: {
    agencyId: string;
    userId: string;
    id: string;
    version: number;
    today: IsoDate;
    trackingHash: string;
    build: (ctx: IssueContext, facts: ReceiptFacts) => AdministrativeDocument;
  },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ version: petitions.version, status: petitions.status, receiptSeq: petitions.receiptSeq, receivedDate: petitions.receivedDate, kind: petitions.kind, senderName: persons.fullName, senderAddress: persons.address })
      .from(petitions)
      .innerJoin(persons, eq(persons.id, petitions.senderId))
      .where(and(eq(petitions.id, params.id), eq(petitions.agencyId, params.agencyId)))
      .for('update', { of: petitions });
    if (!row) throw notFound('đơn');
    if (row.version !== params.version) throw staleVersion();
    const receiptSeq = row.receiptSeq;
    if (receiptSeq === null) throw new DomainError('INVALID_TRANSITION', 'Đơn chưa vào sổ nên chưa có số tiếp nhận để cấp giấy biên nhận.');
    // One receipt per letter: a reprint replaces the earlier one, whose code it revokes.
    await tx.delete(documents).where(and(eq(documents.subjectType, 'petition'), eq(documents.subjectId, params.id), eq(documents.kind, 'receipt')));
    await tx
      .update(petitions)
      .set({ trackingCodeHash: params.trackingHash, version: sql`${petitions.version} + 1`, updatedAt: new Date(), updatedBy: params.userId })
      .where(eq(petitions.id, params.id));
    const document = await issueDocument(tx, {
      agencyId: params.agencyId,
      userId: params.userId,
      subjectType: 'petition',
      subjectId: params.id,
      kind: 'receipt',
      date: params.today,
      fixedNumber: receiptSeq,
      build: (ctx) => params.build(ctx, { ...row, receiptSeq }),
    });
    await recordEvent(tx, { agencyId: params.agencyId, subjectType: 'petition', subjectId: params.id, action: 'receipt_issued', actorId: params.userId, payload: { documentId: document.id } });
    return document;
  });
}
