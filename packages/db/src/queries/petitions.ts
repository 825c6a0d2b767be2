import {
  DomainError,
  foldVietnamese,
  notFound,
  staleVersion,
  type ListResult,
  type Pagination,
  type PetitionCreate,
  type PetitionListFilter,
  type PetitionUpdateData,
  type petitionSortFields,
} from '@kntc/domain';
import { and, asc, count, desc, eq, gte, inArray, like, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../client.js';
import { persons } from '../schema/persons.js';
import { petitions } from '../schema/petitions.js';
import { nextNumber } from './counters.js';
import { escapeLike } from './like.js';
import { personSearchText, upsertPerson } from './persons.js';

export const RECEIPT_SERIES = 'petition.receipt';

const petitionColumns = {
  id: petitions.id,
  receiptYear: petitions.receiptYear,
  receiptSeq: petitions.receiptSeq,
  receivedDate: petitions.receivedDate,
  channel: petitions.channel,
  kind: petitions.kind,
  status: petitions.status,
  senderId: petitions.senderId,
  senderFullName: persons.fullName,
  senderAddress: persons.address,
  senderIdNumber: persons.idNumber,
  senderPhone: persons.phone,
  signerCount: petitions.signerCount,
  summary: petitions.summary,
  content: petitions.content,
  forwardingAgency: petitions.forwardingAgency,
  forwardingDocNumber: petitions.forwardingDocNumber,
  version: petitions.version,
  createdAt: petitions.createdAt,
  updatedAt: petitions.updatedAt,
};

const selectPetitions = (db: Db) =>
  db.select(petitionColumns).from(petitions).innerJoin(persons, eq(persons.id, petitions.senderId));
type PetitionRow = Awaited<ReturnType<typeof selectPetitions>>[number];

/** One shape for list and detail, as react-admin expects (Edit renders from the list cache). */
export function toPetitionRecord(row: PetitionRow) {
  const { senderFullName, senderAddress, senderIdNumber, senderPhone, ...rest } = row;
  return {
    ...rest,
    receiptNumber: formatReceiptNumber(row.receiptSeq, row.receiptYear),
    sender: { fullName: senderFullName, address: senderAddress, idNumber: senderIdNumber, phone: senderPhone },
  };
}
export type PetitionRecord = ReturnType<typeof toPetitionRecord>;

export const formatReceiptNumber = (seq: number | null, year: number | null) =>
  seq != null && year != null ? `${seq}/${year}` : null;

export function petitionSearchText(input: Pick<PetitionCreate, 'summary' | 'content' | 'sender'>, receipt?: string | null) {
  return foldVietnamese([receipt ?? '', input.sender.fullName, input.summary, input.content].join(' '));
}

function filterConditions(agencyId: string, filter: PetitionListFilter | undefined): SQL[] {
  const conditions: SQL[] = [eq(petitions.agencyId, agencyId)];
  if (!filter) return conditions;
  if (filter.kind) conditions.push(eq(petitions.kind, filter.kind));
  if (filter.status) conditions.push(eq(petitions.status, filter.status));
  if (filter.channel) conditions.push(eq(petitions.channel, filter.channel));
  if (filter.receivedFrom) conditions.push(gte(petitions.receivedDate, filter.receivedFrom));
  if (filter.receivedTo) conditions.push(lte(petitions.receivedDate, filter.receivedTo));
  if (filter.senderId) conditions.push(eq(petitions.senderId, filter.senderId));
  // Every word of the folded query must appear: "nguyen van" finds "Nguyễn Văn A".
  for (const word of foldVietnamese(filter.q ?? '').split(' ').filter(Boolean)) {
    conditions.push(like(petitions.searchText, `%${escapeLike(word)}%`));
  }
  return conditions;
}


type SortField = (typeof petitionSortFields)[number];
const sortColumns: Record<Exclude<SortField, 'receiptNumber'>, SQLWrapper> = {
  receivedDate: petitions.receivedDate,
  kind: petitions.kind,
  status: petitions.status,
  senderName: persons.fullName,
  updatedAt: petitions.updatedAt,
};

export async function listPetitions(
  db: Db,
  params: {
    agencyId: string;
    pagination: Pagination;
    sort?: { field: SortField; order: 'ASC' | 'DESC' } | undefined;
    filter?: PetitionListFilter | undefined;
  },
): Promise<ListResult<PetitionRecord>> {
  const where = and(...filterConditions(params.agencyId, params.filter));
  const sort = params.sort ?? { field: 'receivedDate', order: 'DESC' };
  const direction = sort.order === 'ASC' ? asc : desc;
  const orderBy =
    sort.field === 'receiptNumber'
      ? [direction(petitions.receiptYear), direction(petitions.receiptSeq), direction(petitions.id)]
      : [direction(sortColumns[sort.field]), direction(petitions.createdAt), direction(petitions.id)];
  const [rows, [total]] = await Promise.all([
    selectPetitions(db)
      .where(where)
      .orderBy(...orderBy)
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(petitions).where(where),
  ]);
  return { data: rows.map(toPetitionRecord), total: total?.value ?? 0 };
}

export async function findPetitionsByIds(db: Db, agencyId: string, ids: readonly string[]): Promise<PetitionRecord[]> {
  if (ids.length === 0) return [];
  const rows = await selectPetitions(db).where(and(eq(petitions.agencyId, agencyId), inArray(petitions.id, [...ids])));
  return rows.map(toPetitionRecord);
}

export async function getPetition(db: Db, agencyId: string, id: string): Promise<PetitionRecord> {
  const [row] = await findPetitionsByIds(db, agencyId, [id]);
  if (!row) throw notFound('đơn');
  return row;
}

export async function createPetition(
  db: Db,
  params: { agencyId: string; userId: string | null; input: PetitionCreate },
): Promise<PetitionRecord> {
  const { agencyId, userId, input } = params;
  const { saveAsDraft, sender, ...fields } = input;
  const id = await db.transaction(async (tx) => {
    const senderId = await upsertPerson(tx, agencyId, sender);
    const receiptYear = saveAsDraft ? null : Number(input.receivedDate.slice(0, 4));
    const receiptSeq = receiptYear ? await nextNumber(tx, agencyId, RECEIPT_SERIES, receiptYear) : null;
    const [row] = await tx
      .insert(petitions)
      .values({
        ...fields,
        agencyId,
        senderId,
        receiptYear,
        receiptSeq,
        status: saveAsDraft ? 'draft' : 'registered',
        searchText: petitionSearchText(input, formatReceiptNumber(receiptSeq, receiptYear)),
        createdBy: userId,
        updatedBy: userId,
      })
      .returning({ id: petitions.id });
    if (!row) throw new Error('petition insert returned no row');
    return row.id;
  });
  return getPetition(db, agencyId, id);
}

/** Optimistic concurrency: the write applies only to the version the user saw; otherwise CONFLICT. */
export async function updatePetition(
  db: Db,
  params: { agencyId: string; userId: string | null; id: string; version: number; data: PetitionUpdateData },
): Promise<PetitionRecord> {
  const { agencyId, userId, id, version, data } = params;
  const { sender, ...fields } = data;
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ senderId: petitions.senderId, version: petitions.version, receiptSeq: petitions.receiptSeq, receiptYear: petitions.receiptYear })
      .from(petitions)
      .where(and(eq(petitions.id, id), eq(petitions.agencyId, agencyId)))
      .for('update');
    if (!current) throw notFound('đơn');
    if (current.version !== version) throw staleVersion();
    await tx
      .update(persons)
      .set({ ...sender, searchText: personSearchText(sender), updatedAt: new Date() })
      .where(eq(persons.id, current.senderId));
    await tx
      .update(petitions)
      .set({
        ...fields,
        searchText: petitionSearchText(data, formatReceiptNumber(current.receiptSeq, current.receiptYear)),
        version: sql`${petitions.version} + 1`,
        updatedBy: userId,
        updatedAt: new Date(),
      })
      .where(eq(petitions.id, id));
  });
  return getPetition(db, agencyId, id);
}

/** Only drafts can be deleted: a registered letter is part of the register and keeps its number. */
export async function deletePetition(
  db: Db,
  params: { agencyId: string; id: string; version?: number | undefined },
): Promise<PetitionRecord> {
  return db.transaction(async (tx) => {
    const record = await getPetition(tx, params.agencyId, params.id);
    if (record.status !== 'draft') {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Chỉ được xóa đơn đang ở trạng thái nháp. Đơn đã vào sổ được giữ lại cùng số tiếp nhận.',
      );
    }
    if (params.version != null && params.version !== record.version) throw staleVersion();
    await tx.delete(petitions).where(eq(petitions.id, params.id));
    return record;
  });
}

/** Registers a draft: issues its receipt number in the same transaction. */
export async function registerPetition(
  db: Db,
  params: { agencyId: string; userId: string | null; id: string; version: number },
): Promise<PetitionRecord> {
  await db.transaction(async (tx) => {
    const record = await getPetition(tx, params.agencyId, params.id);
    if (record.version !== params.version) throw staleVersion();
    if (record.status !== 'draft') {
      throw new DomainError('INVALID_TRANSITION', 'Đơn này đã được vào sổ.');
    }
    const year = Number(record.receivedDate.slice(0, 4));
    const seq = await nextNumber(tx, params.agencyId, RECEIPT_SERIES, year);
    await tx
      .update(petitions)
      .set({
        status: 'registered',
        receiptYear: year,
        receiptSeq: seq,
        searchText: petitionSearchText(record, formatReceiptNumber(seq, year)),
        version: sql`${petitions.version} + 1`,
        updatedBy: params.userId,
        updatedAt: new Date(),
      })
      .where(eq(petitions.id, params.id));
  });
  return getPetition(db, params.agencyId, params.id);
}
