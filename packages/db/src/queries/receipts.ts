import type { AdministrativeDocument } from '@kntc/documents';
import { DomainError, notFound, staleVersion, type IsoDate } from '@kntc/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { documents } from '../schema/documents.js';
import { petitions } from '../schema/petitions.js';
import type { VaultKeyring } from '../vault/sealed-box.js';
import { issueDocument, type IssueContext } from './documents.js';
import { documentAddressee } from './identities.js';
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
    /** Opens a protected sender's name for the receipt, whose stored copy is then sealed. */
    vault?: VaultKeyring | undefined;
  },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ version: petitions.version, status: petitions.status, receiptSeq: petitions.receiptSeq, receivedDate: petitions.receivedDate, kind: petitions.kind })
      .from(petitions)
      .where(and(eq(petitions.id, params.id), eq(petitions.agencyId, params.agencyId)))
      .for('update');
    if (!row) throw notFound('đơn');
    if (row.version !== params.version) throw staleVersion();
    const receiptSeq = row.receiptSeq;
    if (receiptSeq === null) throw new DomainError('INVALID_TRANSITION', 'Đơn chưa vào sổ nên chưa có số tiếp nhận để cấp giấy biên nhận.');
    // The receipt is handed to the sender, so it carries their real name; a protected one's copy is sealed.
    const addressee = await documentAddressee(tx, params.vault, params.id);
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
      sealWith: addressee.sealWith,
      build: (ctx) => params.build(ctx, { ...row, receiptSeq, senderName: addressee.name, senderAddress: addressee.address }),
    });
    await recordEvent(tx, { agencyId: params.agencyId, subjectType: 'petition', subjectId: params.id, action: 'receipt_issued', actorId: params.userId, payload: { documentId: document.id } });
    return document;
  });
}
