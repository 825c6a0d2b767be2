import { foldVietnamese, type PetitionSender } from '@kntc/domain';
import { and, desc, eq, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { persons } from '../schema/persons.js';
import { petitions } from '../schema/petitions.js';
import type { VaultKeyring } from '../vault/sealed-box.js';
import { idNumberDigest } from './identities.js';
import { formatReceiptNumber } from './petitions.js';

export type DuplicateReason = 'same_id_number' | 'same_name_and_address' | 'same_name' | 'similar_content';

export const duplicateReasonLabels: Record<DuplicateReason, string> = {
  same_id_number: 'Cùng số CCCD/CMND người gửi',
  same_name_and_address: 'Cùng họ tên và địa chỉ người gửi',
  same_name: 'Cùng họ tên người gửi',
  similar_content: 'Nội dung, trích yếu tương tự',
};

/** Trigram similarity of folded summaries above which two letters are suggested as the same matter. */
const SIMILAR_SUMMARY = 0.45;

/**
 * Earlier letters that may be the same person or the same matter, each with why it was suggested.
 * Names, addresses and summaries are compared folded (diacritics, case and spacing removed), so an
 * NFD-typed or unaccented spelling still matches.
 */
export async function suggestDuplicates(
  db: Db,
  params: {
    agencyId: string;
    sender: Pick<PetitionSender, 'fullName' | 'address' | 'idNumber'>;
    summary: string;
    excludeId?: string | undefined;
    limit?: number;
    /**
     * Finds protected senders by the keyed digest of their ID number (their details are not on file).
     * Only for officials allowed to reveal identities: for anyone else, typing an ID number and
     * seeing "same ID number" on a denunciation would disclose who denounced.
     */
    vault?: VaultKeyring | undefined;
    matchProtected?: boolean;
  },
) {
  const name = foldVietnamese(params.sender.fullName);
  const address = foldVietnamese(params.sender.address);
  const summary = foldVietnamese(params.summary);
  // A criterion with too little input never matches; written against a column so ORDER BY accepts it.
  const never = sql<boolean>`(${petitions.id} is null)`;
  // Criteria are never NULL: DESC puts NULLs first, and a NULL from a missing column (a protected
  // sender has no ID number in clear) would rank every non-match above the real one.
  const contains = (needle: string) => (needle.length >= 3 ? sql<boolean>`coalesce(position(${needle} in ${persons.searchText}) > 0, false)` : never);
  const nameMatch = contains(name);
  const addressMatch = contains(address);
  const digest = params.matchProtected ? idNumberDigest(params.vault, params.sender.idNumber) : null;
  const idMatch = params.sender.idNumber
    ? digest
      ? sql<boolean>`coalesce(${persons.idNumber} = ${params.sender.idNumber} or ${persons.idNumberDigest} = ${digest}, false)`
      : sql<boolean>`coalesce(${persons.idNumber} = ${params.sender.idNumber}, false)`
    : never;
  const similarity = sql<number>`similarity(${petitions.summaryKey}, ${summary})`;
  const similarSummary = summary.length >= 5 ? sql<boolean>`(${petitions.summaryKey} % ${summary})` : never;
  const conditions = [eq(petitions.agencyId, params.agencyId), ne(petitions.status, 'draft'), or(idMatch, nameMatch, similarSummary)];
  if (params.excludeId) conditions.push(ne(petitions.id, params.excludeId));
  const rows = await db
    .select({
      id: petitions.id,
      receiptSeq: petitions.receiptSeq,
      receiptYear: petitions.receiptYear,
      splitIndex: petitions.splitIndex,
      receivedDate: petitions.receivedDate,
      kind: petitions.kind,
      status: petitions.status,
      summary: petitions.summary,
      senderName: persons.fullName,
      duplicateOfId: petitions.duplicateOfId,
      idMatch,
      nameMatch,
      addressMatch,
      similarity: similarity.mapWith(Number),
    })
    .from(petitions)
    .innerJoin(persons, eq(persons.id, petitions.senderId))
    .where(and(...conditions))
    .orderBy(desc(idMatch), desc(nameMatch), desc(similarity), desc(petitions.receivedDate))
    .limit(params.limit ?? 10);
  return rows
    .map((r) => {
      const reasons: DuplicateReason[] = [];
      if (r.idMatch) reasons.push('same_id_number');
      if (r.nameMatch && r.addressMatch) reasons.push('same_name_and_address');
      else if (r.nameMatch) reasons.push('same_name');
      if (r.similarity >= SIMILAR_SUMMARY) reasons.push('similar_content');
      return {
        id: r.id,
        receiptNumber: formatReceiptNumber(r.receiptSeq, r.receiptYear, r.splitIndex),
        receivedDate: r.receivedDate,
        kind: r.kind,
        status: r.status,
        summary: r.summary,
        senderName: r.senderName,
        duplicateOfId: r.duplicateOfId,
        reasons: reasons.map((code) => ({ code, label: duplicateReasonLabels[code] })),
      };
    })
    .filter((r) => r.reasons.length > 0);
}
