import {
  availableActions,
  deadlineStatus,
  deadlineStatusBounds,
  DomainError,
  foldVietnamese,
  isPetitionOpen,
  nextState,
  openPetitionStatuses,
  petitionMachine,
  processingRuleFor,
  type DeadlineStatus,
  type IsoDate,
  type PetitionKind,
  type PetitionStatus,
  notFound,
  staleVersion,
  type ListResult,
  LIST_COUNT_CAP,
  type Pagination,
  isIdentityProtected,
  maskSignersText,
  pseudonym,
  type PetitionCreate,
  type PetitionListFilter,
  type PetitionUpdateData,
  type petitionSortFields,
} from '@kntc/domain';
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { attachments } from '../schema/files.js';
import type { Db } from '../client.js';
import { persons } from '../schema/persons.js';
import { petitionCoSenders, petitions } from '../schema/petitions.js';
import type { DeadlineChange } from '../schema/legal-clock.js';
import { nextNumber } from './counters.js';
import { computeDeadline, loadCalendar, loadClock, loadDeadlineRules, recordRecalculation, type Clock } from './legal-clock.js';
import { assertActiveField } from './catalogues.js';
import { searchTotal, wordSearchCondition } from './word-search.js';
import { recordEvent } from './timeline.js';
import type { VaultKeyring } from '../vault/sealed-box.js';
import { signerTexts, updateSigners, writeCoSenders, writeNewSender } from './signers.js';
import { dropOrphanPersons, findSigners } from './identities.js';
import { petitionScopeCondition, type RecordScope } from './scope-filter.js';

export const RECEIPT_SERIES = 'petition.receipt';

const petitionColumns = {
  id: petitions.id,
  receiptYear: petitions.receiptYear,
  receiptSeq: petitions.receiptSeq,
  splitIndex: petitions.splitIndex,
  splitFromId: petitions.splitFromId,
  receivedDate: petitions.receivedDate,
  channel: petitions.channel,
  kind: petitions.kind,
  status: petitions.status,
  senderId: petitions.senderId,
  senderFullName: persons.fullName,
  senderAddress: persons.address,
  senderIdNumber: persons.idNumber,
  senderPhone: persons.phone,
  senderEmail: persons.email,
  /** The sender's identity is in the vault; the sender columns hold the pseudonym. */
  isProtected: persons.isProtected,
  signerCount: petitions.signerCount,
  summary: petitions.summary,
  content: petitions.content,
  forwardingAgency: petitions.forwardingAgency,
  forwardingDocNumber: petitions.forwardingDocNumber,
  fieldCode: petitions.fieldCode,
  respondent: petitions.respondent,
  contestedDecision: petitions.contestedDecision,
  dueDate: petitions.dueDate,
  dueRuleVersion: petitions.dueRuleVersion,
  classification: petitions.classification,
  proposedOutcome: petitions.proposedOutcome,
  proposalNote: petitions.proposalNote,
  proposalTarget: petitions.proposalTarget,
  duplicateOfId: petitions.duplicateOfId,
  statusBeforeDuplicate: petitions.statusBeforeDuplicate,
  repeatCount: petitions.repeatCount,
  version: petitions.version,
  createdAt: petitions.createdAt,
  updatedAt: petitions.updatedAt,
};

const selectPetitions = (db: Db) =>
  db.select(petitionColumns).from(petitions).innerJoin(persons, eq(persons.id, petitions.senderId));
type PetitionRow = Awaited<ReturnType<typeof selectPetitions>>[number];

type StatusOf = (due: string | null) => DeadlineStatus | null;
type CoSenderRecord = { fullName: string; address: string; idNumber: string | null; phone: string | null; email: string | null; isRepresentative: boolean };

/** One shape for list and detail, as react-admin expects (Edit renders from the list cache). */
export function toPetitionRecord(row: PetitionRow, statusOf: StatusOf, coSenders: CoSenderRecord[] = []) {
  const { senderFullName, senderAddress, senderIdNumber, senderPhone, senderEmail, ...rest } = row;
  return {
    ...rest,
    coSenders,
    /** What the edit form sends back: a protected letter stays protected. */
    protectIdentity: row.isProtected,
    receiptNumber: formatReceiptNumber(row.receiptSeq, row.receiptYear, row.splitIndex),
    sender: { fullName: senderFullName, address: senderAddress, idNumber: senderIdNumber, phone: senderPhone, email: senderEmail },
    deadlineStatus: statusOf(row.dueDate),
    availableActions: availableActions(petitionMachine, row.status),
  };
}
export type PetitionRecord = ReturnType<typeof toPetitionRecord>;

/** Today's status of any due date, with the calendar around today loaded once per request. */
async function statusContext(db: Db, today: IsoDate) {
  const year = Number(today.slice(0, 4));
  const calendar = await loadCalendar(db, year, year + 1);
  const statusOf: StatusOf = (due) => (due ? deadlineStatus(due, today, calendar) : null);
  return { calendar, statusOf };
}

/** The processing deadline of an open letter; closed letters have none. */
export function processingDeadline(clock: Clock, p: { kind: PetitionKind; status: PetitionStatus; receivedDate: IsoDate }) {
  if (!isPetitionOpen(p.status)) return { dueDate: null, dueRuleVersion: null };
  const d = computeDeadline(clock, processingRuleFor(p.kind), p.receivedDate);
  return { dueDate: d.due, dueRuleVersion: d.ruleVersion };
}

/** "12/2026", or "12.2/2026" for the second item of letter 12 split by content. */
export const formatReceiptNumber = (seq: number | null, year: number | null, splitIndex = 0) =>
  seq != null && year != null ? `${seq}${splitIndex > 0 ? `.${splitIndex}` : ''}/${year}` : null;

/** The signers' names as petitionSearchText reads them, sender first. */
const namesFor = (names: readonly string[]) => ({ sender: { fullName: names[0] ?? '' }, coSenders: names.slice(1).map((fullName) => ({ fullName })) });

export function petitionSearchText(
  input: Pick<PetitionCreate, 'summary' | 'content'> & { sender: { fullName: string }; coSenders?: { fullName: string }[]; respondent?: { name: string } | null },
  receipt?: string | null,
) {
  return foldVietnamese(
    [receipt ?? '', input.sender.fullName, ...(input.coSenders ?? []).map((s) => s.fullName), input.respondent?.name ?? '', input.summary, input.content].join(' '),
  );
}

/** Co-senders of several letters in one query (no query per row). */
async function coSendersOf(db: Db, petitionIds: string[]): Promise<Map<string, CoSenderRecord[]>> {
  const byPetition = new Map<string, CoSenderRecord[]>();
  if (petitionIds.length === 0) return byPetition;
  const rows = await db
    .select({
      petitionId: petitionCoSenders.petitionId,
      fullName: persons.fullName,
      address: persons.address,
      idNumber: persons.idNumber,
      phone: persons.phone,
      email: persons.email,
      isRepresentative: petitionCoSenders.isRepresentative,
    })
    .from(petitionCoSenders)
    .innerJoin(persons, eq(persons.id, petitionCoSenders.personId))
    .where(inArray(petitionCoSenders.petitionId, petitionIds))
    .orderBy(asc(petitionCoSenders.petitionId), asc(petitionCoSenders.position));
  for (const { petitionId, ...sender } of rows) {
    const list = byPetition.get(petitionId) ?? [];
    list.push(sender);
    byPetition.set(petitionId, list);
  }
  return byPetition;
}

function filterConditions(agencyId: string, filter: PetitionListFilter | undefined, bounds: { today: IsoDate; onTimeFrom: IsoDate }): SQL[] {
  const conditions: SQL[] = [eq(petitions.agencyId, agencyId)];
  if (!filter) return conditions;
  if (filter.kind) conditions.push(eq(petitions.kind, filter.kind));
  if (filter.status) conditions.push(eq(petitions.status, filter.status));
  if (filter.channel) conditions.push(eq(petitions.channel, filter.channel));
  if (filter.receivedFrom) conditions.push(gte(petitions.receivedDate, filter.receivedFrom));
  if (filter.receivedTo) conditions.push(lte(petitions.receivedDate, filter.receivedTo));
  if (filter.senderId) conditions.push(eq(petitions.senderId, filter.senderId));
  if (filter.duplicateOfId) conditions.push(eq(petitions.duplicateOfId, filter.duplicateOfId));
  if (filter.splitFromId) conditions.push(eq(petitions.splitFromId, filter.splitFromId));
  if (filter.dueStatus === 'overdue') conditions.push(lt(petitions.dueDate, bounds.today));
  if (filter.dueStatus === 'due_soon') conditions.push(gte(petitions.dueDate, bounds.today), lt(petitions.dueDate, bounds.onTimeFrom));
  if (filter.dueStatus === 'on_time') conditions.push(gte(petitions.dueDate, bounds.onTimeFrom));
  const search = wordSearchCondition({ text: petitions.searchText, words: petitions.searchWords }, filter.q);
  if (search) conditions.push(search);
  return conditions;
}


type SortField = (typeof petitionSortFields)[number];
const sortColumns: Record<Exclude<SortField, 'receiptNumber'>, SQLWrapper> = {
  receivedDate: petitions.receivedDate,
  kind: petitions.kind,
  status: petitions.status,
  senderName: persons.fullName,
  dueDate: petitions.dueDate,
  updatedAt: petitions.updatedAt,
};

export async function listPetitions(
  db: Db,
  params: {
    agencyId: string;
    today: IsoDate;
    pagination: Pagination;
    sort?: { field: SortField; order: 'ASC' | 'DESC' } | undefined;
    filter?: PetitionListFilter | undefined;
    /** The actor's reach from the permission matrix; absent = the whole agency. */
    scope?: RecordScope | undefined;
  },
): Promise<ListResult<PetitionRecord>> {
  const { calendar, statusOf } = await statusContext(db, params.today);
  const where = and(...filterConditions(params.agencyId, params.filter, deadlineStatusBounds(params.today, calendar)), petitionScopeCondition(params.scope));
  const sort = params.sort ?? { field: 'receivedDate', order: 'DESC' };
  const direction = sort.order === 'ASC' ? asc : desc;
  const orderBy =
    sort.field === 'receiptNumber'
      ? [direction(petitions.receiptYear), direction(petitions.receiptSeq), direction(petitions.id)]
      : [
          // Letters without a deadline (handled) sort after those with one, whichever the direction.
          ...(sort.field === 'dueDate' ? [sql`${petitions.dueDate} is null`] : []),
          direction(sortColumns[sort.field]),
          direction(petitions.createdAt),
          direction(petitions.id),
        ];
  const { perPage } = params.pagination;
  const offset = (params.pagination.page - 1) * perPage;
  // A search reads one row past the page instead of counting: the words of a common name match thousands of
  // letters, and counting them (even to the cap) reads each one, several times the page's own cost.
  const searching = Boolean(params.filter?.q?.trim());
  const [found, [total]] = await Promise.all([
    selectPetitions(db)
      .where(where)
      .orderBy(...orderBy)
      .limit(searching ? perPage + 1 : perPage)
      .offset(offset),
    // Counted up to the cap only: past it the page says "more than", and the count stops reading.
    searching ? [] : db.select({ value: count() }).from(db.select({ one: sql`1` }).from(petitions).where(where).limit(LIST_COUNT_CAP + 1).as('matching')),
  ]);
  const rows = found.slice(0, perPage);
  const groups = await coSendersOf(db, rows.map((r) => r.id));
  const data = rows.map((r) => toPetitionRecord(r, statusOf, groups.get(r.id)));
  if (searching) return { data, ...searchTotal(offset, rows.length, found.length > perPage) };
  const matching = total?.value ?? 0;
  return { data, ...(matching > LIST_COUNT_CAP ? { total: LIST_COUNT_CAP, totalAtLeast: true } : { total: matching }) };
}

export async function findPetitionsByIds(db: Db, agencyId: string, ids: readonly string[], today: IsoDate, scope?: RecordScope): Promise<PetitionRecord[]> {
  if (ids.length === 0) return [];
  const [rows, { statusOf }] = await Promise.all([
    selectPetitions(db).where(and(eq(petitions.agencyId, agencyId), inArray(petitions.id, [...ids]), petitionScopeCondition(scope))),
    statusContext(db, today),
  ]);
  const groups = await coSendersOf(db, rows.map((r) => r.id));
  return rows.map((r) => toPetitionRecord(r, statusOf, groups.get(r.id)));
}

export async function getPetition(db: Db, agencyId: string, id: string, today: IsoDate, scope?: RecordScope): Promise<PetitionRecord> {
  const [row] = await findPetitionsByIds(db, agencyId, [id], today, scope);
  if (!row) throw notFound('đơn');
  return row;
}

/** The processing deadline of one letter with the steps a person can check. */
export async function getPetitionDeadline(db: Db, agencyId: string, id: string) {
  const [row] = await db
    .select({ kind: petitions.kind, status: petitions.status, receivedDate: petitions.receivedDate })
    .from(petitions)
    .where(and(eq(petitions.id, id), eq(petitions.agencyId, agencyId)));
  if (!row) throw notFound('đơn');
  if (!isPetitionOpen(row.status)) return null;
  const clock = await loadClock(db, row.receivedDate);
  return { ...computeDeadline(clock, processingRuleFor(row.kind), row.receivedDate), provisionalYears: clock.calendar.provisionalYears };
}

/**
 * Recomputes the processing deadline of every open letter received in [from, to] and records
 * each one that moved. Called in the transaction that changed a calendar or a rule.
 */
export async function recomputeOpenPetitionDeadlines(
  tx: Db,
  params: { reason: string; userId: string | null; receivedFrom?: IsoDate | undefined; receivedTo?: IsoDate | undefined },
) {
  const conditions = [inArray(petitions.status, [...openPetitionStatuses])];
  if (params.receivedFrom) conditions.push(gte(petitions.receivedDate, params.receivedFrom));
  if (params.receivedTo) conditions.push(lte(petitions.receivedDate, params.receivedTo));
  const open = await tx
    .select({ id: petitions.id, kind: petitions.kind, status: petitions.status, receivedDate: petitions.receivedDate, dueDate: petitions.dueDate, receiptSeq: petitions.receiptSeq, receiptYear: petitions.receiptYear })
    .from(petitions)
    .where(and(...conditions));
  if (open.length === 0) return [];
  const years = open.map((p) => Number(p.receivedDate.slice(0, 4)));
  const clock = { rules: await loadDeadlineRules(tx), calendar: await loadCalendar(tx, Math.min(...years), Math.max(...years) + 1) };
  const changes: DeadlineChange[] = [];
  for (const p of open) {
    const next = processingDeadline(clock, p);
    if (next.dueDate === p.dueDate) continue;
    await tx.update(petitions).set(next).where(eq(petitions.id, p.id));
    changes.push({ petitionId: p.id, receiptNumber: formatReceiptNumber(p.receiptSeq, p.receiptYear), from: p.dueDate, to: next.dueDate ?? '' });
  }
  if (changes.length > 0) await recordRecalculation(tx, { reason: params.reason, changes, userId: params.userId });
  return changes;
}

export async function createPetition(
  db: Db,
  params: { agencyId: string; userId: string | null; input: PetitionCreate; today: IsoDate; vault?: VaultKeyring | undefined },
): Promise<PetitionRecord> {
  const { agencyId, userId, input } = params;
  const { saveAsDraft, sender, coSenders, protectIdentity, ...fields } = input;
  const status = saveAsDraft ? ('draft' as const) : ('registered' as const);
  const plan = { agencyId, kind: input.kind, protect: isIdentityProtected(input.kind, protectIdentity), vault: params.vault };
  // A protected letter's text carries pseudonyms where its signers wrote their names and details.
  const signers = [sender, ...coSenders];
  const text = plan.protect
    ? { summary: maskSignersText(input.summary, input.kind, signers), content: maskSignersText(input.content, input.kind, signers) }
    : { summary: input.summary, content: input.content };
  const names = plan.protect ? signers.map((_, i) => pseudonym(input.kind, i)) : signers.map((s) => s.fullName);
  const id = await db.transaction(async (tx) => {
    await assertActiveField(tx, input.fieldCode);
    const clock = await loadClock(tx, input.receivedDate);
    const senderId = await writeNewSender(tx, plan, sender);
    const receiptYear = saveAsDraft ? null : Number(input.receivedDate.slice(0, 4));
    const receiptSeq = receiptYear ? await nextNumber(tx, agencyId, RECEIPT_SERIES, receiptYear) : null;
    const [row] = await tx
      .insert(petitions)
      .values({
        ...fields,
        ...text,
        agencyId,
        senderId,
        receiptYear,
        receiptSeq,
        status,
        ...processingDeadline(clock, { kind: input.kind, status, receivedDate: input.receivedDate }),
        searchText: petitionSearchText({ ...input, ...text, ...namesFor(names) }, formatReceiptNumber(receiptSeq, receiptYear)),
        summaryKey: foldVietnamese(text.summary),
        createdBy: userId,
        updatedBy: userId,
      })
      .returning({ id: petitions.id });
    if (!row) throw new Error('petition insert returned no row');
    await writeCoSenders(tx, plan, row.id, coSenders);
    await recordEvent(tx, { agencyId, subjectType: 'petition', subjectId: row.id, action: saveAsDraft ? 'create_draft' : 'register', toState: status, actorId: userId, payload: { channel: input.channel, kind: input.kind } });
    return row.id;
  });
  return getPetition(db, agencyId, id, params.today);
}

/** Optimistic concurrency: the write applies only to the version the user saw; otherwise CONFLICT. */
export async function updatePetition(
  db: Db,
  params: { agencyId: string; userId: string | null; id: string; version: number; data: PetitionUpdateData; today: IsoDate; vault?: VaultKeyring | undefined },
): Promise<PetitionRecord> {
  const { agencyId, userId, id, version, data } = params;
  const { sender, coSenders, protectIdentity, ...fields } = data;
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ senderId: petitions.senderId, status: petitions.status, version: petitions.version, receiptSeq: petitions.receiptSeq, receiptYear: petitions.receiptYear, fieldCode: petitions.fieldCode })
      .from(petitions)
      .where(and(eq(petitions.id, id), eq(petitions.agencyId, agencyId)))
      .for('update');
    if (!current) throw notFound('đơn');
    if (current.version !== version) throw staleVersion();
    // A letter filed under a field later retired keeps it; only a newly chosen field must be active.
    if (data.fieldCode !== current.fieldCode) await assertActiveField(tx, data.fieldCode);
    const plan = { agencyId, kind: data.kind, protect: isIdentityProtected(data.kind, protectIdentity), vault: params.vault };
    await updateSigners(tx, plan, { petitionId: id, sender, coSenders });
    const text = await signerTexts(tx, params.vault, { petitionId: id, summary: data.summary, content: data.content });
    const clock = await loadClock(tx, data.receivedDate);
    await tx
      .update(petitions)
      .set({
        ...fields,
        summary: text.summary,
        content: text.content,
        ...processingDeadline(clock, { kind: data.kind, status: current.status, receivedDate: data.receivedDate }),
        searchText: petitionSearchText({ ...data, ...text, ...namesFor(text.names) }, formatReceiptNumber(current.receiptSeq, current.receiptYear)),
        summaryKey: foldVietnamese(text.summary),
        version: sql`${petitions.version} + 1`,
        updatedBy: userId,
        updatedAt: new Date(),
      })
      .where(eq(petitions.id, id));
    await recordEvent(tx, { agencyId, subjectType: 'petition', subjectId: id, action: 'update', fromState: current.status, toState: current.status, actorId: userId });
  });
  return getPetition(db, agencyId, id, params.today);
}

/** Only drafts can be deleted: a registered letter is part of the register and keeps its number. */
export async function deletePetition(
  db: Db,
  params: { agencyId: string; id: string; version?: number | undefined; today: IsoDate },
): Promise<PetitionRecord> {
  return db.transaction(async (tx) => {
    const record = await getPetition(tx, params.agencyId, params.id, params.today);
    if (record.status !== 'draft') {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Chỉ được xóa đơn đang ở trạng thái nháp. Đơn đã vào sổ được giữ lại cùng số tiếp nhận.',
      );
    }
    if (params.version != null && params.version !== record.version) throw staleVersion();
    // Its scans stay on disk (content-addressed, possibly shared) but leave the file with the letter.
    await tx
      .update(attachments)
      .set({ deletedAt: new Date() })
      .where(and(eq(attachments.subjectType, 'petition'), eq(attachments.subjectId, params.id), isNull(attachments.deletedAt)));
    const signers = await findSigners(tx, params.id);
    await tx.delete(petitions).where(eq(petitions.id, params.id));
    // A discarded draft takes its protected signers' sealed identities with it.
    await dropOrphanPersons(tx, signers.map((s) => s.personId));
    return record;
  });
}

/** Registers a draft: issues its receipt number in the same transaction. */
export async function registerPetition(
  db: Db,
  params: { agencyId: string; userId: string | null; id: string; version: number; today: IsoDate },
): Promise<PetitionRecord> {
  await db.transaction(async (tx) => {
    const record = await getPetition(tx, params.agencyId, params.id, params.today);
    if (record.version !== params.version) throw staleVersion();
    const to = nextState(petitionMachine, { state: record.status, action: 'register' });
    const year = Number(record.receivedDate.slice(0, 4));
    const seq = await nextNumber(tx, params.agencyId, RECEIPT_SERIES, year);
    await tx
      .update(petitions)
      .set({
        status: to,
        receiptYear: year,
        receiptSeq: seq,
        searchText: petitionSearchText(record, formatReceiptNumber(seq, year)),
        version: sql`${petitions.version} + 1`,
        updatedBy: params.userId,
        updatedAt: new Date(),
      })
      .where(eq(petitions.id, params.id));
    await recordEvent(tx, { agencyId: params.agencyId, subjectType: 'petition', subjectId: params.id, action: 'register', fromState: record.status, toState: to, actorId: params.userId, payload: { receiptNumber: formatReceiptNumber(seq, year) } });
  });
  return getPetition(db, params.agencyId, params.id, params.today);
}
