import {
  DomainError,
  deadlineStatus,
  foldVietnamese,
  groupRepresentativesError,
  isGroupVisit,
  isIdentityProtected,
  maskSignersText,
  notFound,
  petitionKindOfMatter,
  refusalGroundOn,
  staleVersion,
  type IsoDate,
  type ListResult,
  type Pagination,
  type ReceptionVisitCreate,
  type ReceptionVisitListFilter,
  type ReceptionVisitor,
  type ReceptionVisitUpdateData,
  type receptionVisitSortFields,
} from '@kntc/domain';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, count, desc, eq, getTableColumns, gte, inArray, like, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../client.js';
import { petitions } from '../schema/petitions.js';
import { receptionVisits } from '../schema/reception-visits.js';
import { users } from '../schema/users.js';
import type { VaultKeyring } from '../vault/sealed-box.js';
import { assertActiveField } from './catalogues.js';
import { nextNumber } from './counters.js';
import { suggestDuplicates } from './duplicates.js';
import { computeDeadline, loadCalendar, loadClock } from './legal-clock.js';
import { escapeLike } from './like.js';
import { createPetition, formatReceiptNumber } from './petitions.js';
import { findStoredVisitors, isPseudonymEcho, openVisitors, visitorsOf, writeVisitors, type VisitorPlan } from './reception-visitors.js';

export const VISIT_SERIES = 'reception.visit';

const letters = alias(petitions, 'visit_letter');
const repeated = alias(petitions, 'repeated_letter');

const visitColumns = {
  ...(({ searchText: _s, createdBy: _c, updatedBy: _u, ...rest }) => rest)(getTableColumns(receptionVisits)),
  receivingOfficialName: users.fullName,
  letterReceiptSeq: letters.receiptSeq,
  letterReceiptYear: letters.receiptYear,
  letterSplitIndex: letters.splitIndex,
  letterVersion: letters.version,
  letterStatus: letters.status,
  repeatReceiptSeq: repeated.receiptSeq,
  repeatReceiptYear: repeated.receiptYear,
  repeatSplitIndex: repeated.splitIndex,
};

const selectVisits = (db: Db) =>
  db
    .select(visitColumns)
    .from(receptionVisits)
    .innerJoin(users, eq(users.id, receptionVisits.receivingOfficialId))
    .leftJoin(letters, eq(letters.id, receptionVisits.petitionId))
    .leftJoin(repeated, eq(repeated.id, receptionVisits.repeatOfPetitionId));
type VisitRow = Awaited<ReturnType<typeof selectVisits>>[number];
type Visitors = Awaited<ReturnType<typeof visitorsOf>>;

/** "3/2026": the visit's line in the year's register. */
export const formatVisitNumber = (seq: number, year: number) => `${seq}/${year}`;

function toVisitRecord(row: VisitRow, visitors: Visitors, today: IsoDate, calendar: Parameters<typeof deadlineStatus>[2]) {
  const { letterReceiptSeq, letterReceiptYear, letterSplitIndex, letterVersion, letterStatus, repeatReceiptSeq, repeatReceiptYear, repeatSplitIndex, ...rest } = row;
  return {
    ...rest,
    visitNumber: formatVisitNumber(row.visitSeq, row.visitYear),
    visitors: visitors.get(row.id) ?? [],
    /** What the edit form sends back: a protected visit stays protected. */
    protectIdentity: row.isProtected,
    letter:
      row.petitionId && letterVersion !== null && letterStatus !== null
        ? { id: row.petitionId, receiptNumber: formatReceiptNumber(letterReceiptSeq, letterReceiptYear, letterSplitIndex ?? 0), version: letterVersion, status: letterStatus }
        : null,
    repeatOfReceiptNumber: formatReceiptNumber(repeatReceiptSeq, repeatReceiptYear, repeatSplitIndex ?? 0),
    replyDeadlineStatus: deadlineStatus(row.replyDueDate, today, calendar),
  };
}
export type ReceptionVisitRecord = ReturnType<typeof toVisitRecord>;

async function toRecords(db: Db, rows: VisitRow[], today: IsoDate) {
  const year = Number(today.slice(0, 4));
  const [visitors, calendar] = await Promise.all([visitorsOf(db, rows.map((r) => r.id)), loadCalendar(db, year - 1, year + 1)]);
  return rows.map((r) => toVisitRecord(r, visitors, today, calendar));
}

function filterConditions(agencyId: string, filter: ReceptionVisitListFilter | undefined): SQL[] {
  const conditions: SQL[] = [eq(receptionVisits.agencyId, agencyId)];
  if (!filter) return conditions;
  if (filter.kind) conditions.push(eq(receptionVisits.kind, filter.kind));
  if (filter.mode) conditions.push(eq(receptionVisits.mode, filter.mode));
  if (filter.matterKind) conditions.push(eq(receptionVisits.matterKind, filter.matterKind));
  if (filter.outcome) conditions.push(eq(receptionVisits.outcome, filter.outcome));
  if (filter.from) conditions.push(gte(receptionVisits.visitDate, filter.from));
  if (filter.to) conditions.push(lte(receptionVisits.visitDate, filter.to));
  if (filter.petitionId) conditions.push(eq(receptionVisits.petitionId, filter.petitionId));
  if (filter.isGroup !== undefined) conditions.push(eq(receptionVisits.isGroup, filter.isGroup));
  if (filter.isRepeat !== undefined) conditions.push(eq(receptionVisits.isRepeat, filter.isRepeat));
  for (const word of foldVietnamese(filter.q ?? '').split(' ').filter(Boolean)) {
    conditions.push(like(receptionVisits.searchText, `%${escapeLike(word)}%`));
  }
  return conditions;
}

type SortField = (typeof receptionVisitSortFields)[number];
const sortColumns: Record<Exclude<SortField, 'visitNumber'>, SQLWrapper> = {
  visitDate: receptionVisits.visitDate,
  kind: receptionVisits.kind,
  outcome: receptionVisits.outcome,
  replyDueDate: receptionVisits.replyDueDate,
  updatedAt: receptionVisits.updatedAt,
};

export async function listReceptionVisits(
  db: Db,
  params: { agencyId: string; today: IsoDate; pagination: Pagination; sort?: { field: SortField; order: 'ASC' | 'DESC' } | undefined; filter?: ReceptionVisitListFilter | undefined },
): Promise<ListResult<ReceptionVisitRecord>> {
  const where = and(...filterConditions(params.agencyId, params.filter));
  const sort = params.sort ?? { field: 'visitNumber', order: 'DESC' };
  const direction = sort.order === 'ASC' ? asc : desc;
  const orderBy =
    sort.field === 'visitNumber'
      ? [direction(receptionVisits.visitYear), direction(receptionVisits.visitSeq)]
      : [direction(sortColumns[sort.field]), direction(receptionVisits.visitYear), direction(receptionVisits.visitSeq)];
  const [rows, [total]] = await Promise.all([
    selectVisits(db)
      .where(where)
      .orderBy(...orderBy)
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(receptionVisits).where(where),
  ]);
  return { data: await toRecords(db, rows, params.today), total: total?.value ?? 0 };
}

export async function findReceptionVisitsByIds(db: Db, agencyId: string, ids: readonly string[], today: IsoDate): Promise<ReceptionVisitRecord[]> {
  if (ids.length === 0) return [];
  const rows = await selectVisits(db).where(and(eq(receptionVisits.agencyId, agencyId), inArray(receptionVisits.id, [...ids])));
  return toRecords(db, rows, today);
}

export async function getReceptionVisit(db: Db, agencyId: string, id: string, today: IsoDate): Promise<ReceptionVisitRecord> {
  const [row] = await findReceptionVisitsByIds(db, agencyId, [id], today);
  if (!row) throw notFound('lượt tiếp công dân');
  return row;
}

/** Every visit of a period in register order, for the printed register. */
export async function findVisitsForRegister(db: Db, params: { agencyId: string; from: IsoDate; to: IsoDate; today: IsoDate }) {
  const rows = await selectVisits(db)
    .where(and(...filterConditions(params.agencyId, { from: params.from, to: params.to })))
    .orderBy(asc(receptionVisits.visitDate), asc(receptionVisits.visitYear), asc(receptionVisits.visitSeq));
  return toRecords(db, rows, params.today);
}

type Actor = { agencyId: string; userId: string; today: IsoDate };
type Texts = Pick<ReceptionVisitCreate, 'summary' | 'content' | 'history' | 'request' | 'outcomeNote'>;

/** A protected visit's texts with every visitor's details replaced by their pseudonym. */
function maskedTexts(texts: Texts, plan: VisitorPlan, visitors: readonly ReceptionVisitor[]): Texts {
  const mask = (t: string) => (plan.protect ? maskSignersText(t, plan.kind, visitors) : t);
  return {
    summary: mask(texts.summary),
    content: mask(texts.content),
    history: texts.history === null ? null : mask(texts.history),
    request: mask(texts.request),
    outcomeNote: texts.outcomeNote === null ? null : mask(texts.outcomeNote),
  };
}

const visitSearchText = (number: string, names: readonly string[], t: Texts, letterNumber: string | null) =>
  foldVietnamese([number, letterNumber ?? '', ...names, t.summary, t.content, t.request].join(' '));

/** The cited refusal ground as printed in the register: its wording and legal basis on the visit date. */
function refusalText(code: string | null, visitDate: IsoDate): string | null {
  if (!code) return null;
  const ground = refusalGroundOn(code, visitDate);
  if (!ground) throw new DomainError('VALIDATION', 'Căn cứ từ chối không có hiệu lực vào ngày tiếp.', { refusalGroundCode: 'Căn cứ từ chối này chưa (hoặc không còn) có hiệu lực vào ngày tiếp.' });
  return `${ground.label} (${ground.basis})`;
}

/**
 * Lần đầu / tái diễn: the letter the officer chose, or an earlier letter the duplicate suggestions
 * tie to the same person and the same matter. Runs before any new letter exists.
 */
async function repeatOf(tx: Db, params: { agencyId: string; chosen: string | null; visitor: ReceptionVisitor | undefined; summary: string; vault: VaultKeyring | undefined; matchProtected: boolean }) {
  if (params.chosen) {
    const [row] = await tx.select({ id: petitions.id }).from(petitions).where(and(eq(petitions.id, params.chosen), eq(petitions.agencyId, params.agencyId)));
    if (!row) throw new DomainError('VALIDATION', 'Không tìm thấy đơn được chọn là cùng vụ việc.', { repeatOfPetitionId: 'Không tìm thấy đơn được chọn là cùng vụ việc.' });
    return row.id;
  }
  if (!params.visitor) return null;
  // Suggestions rank the same person first; a repeat is the same person on a similar matter.
  const suggestions = await suggestDuplicates(tx, { agencyId: params.agencyId, vault: params.vault, matchProtected: params.matchProtected, limit: 10, sender: params.visitor, summary: params.summary });
  const has = (s: (typeof suggestions)[number], code: string) => s.reasons.some((r) => r.code === code);
  const match = suggestions.find((s) => (has(s, 'same_id_number') || has(s, 'same_name_and_address')) && has(s, 'similar_content'));
  return match?.id ?? null;
}

type VisitWrite = {
  vault?: VaultKeyring | undefined;
  /** Whether the actor may match protected senders by ID number (identity.reveal). */
  matchProtected?: boolean;
};

/** Registers the letter a visitor handed over, carried over from the visit without retyping. */
async function registerLetterFromVisit(tx: Db, actor: Actor, input: ReceptionVisitCreate, visitors: readonly ReceptionVisitor[], vault: VaultKeyring | undefined) {
  const [sender, ...rest] = visitors;
  if (!sender) throw new DomainError('VALIDATION', 'Hãy ghi người đứng tên đơn.', { visitors: 'Hãy ghi ít nhất một người đến.' });
  const strip = ({ identityPaper: _p, isRepresentative: _r, ...identity }: ReceptionVisitor) => identity;
  const letter = await createPetition(tx, {
    agencyId: actor.agencyId,
    userId: actor.userId,
    today: actor.today,
    vault,
    input: {
      receivedDate: input.visitDate,
      channel: input.mode === 'online' ? 'online' : 'walk_in',
      kind: petitionKindOfMatter(input.matterKind),
      sender: strip(sender),
      coSenders: rest.map((v) => ({ ...strip(v), isRepresentative: v.isRepresentative })),
      signerCount: Math.max(input.headcount, visitors.length),
      summary: input.summary,
      content: input.content,
      fieldCode: input.fieldCode,
      protectIdentity: input.protectIdentity,
      respondent: null,
      contestedDecision: null,
      forwardingAgency: null,
      forwardingDocNumber: null,
      saveAsDraft: false,
    },
  });
  return { id: letter.id, receiptNumber: letter.receiptNumber };
}

/**
 * Records a visit in the register: its number for the year, the visitors (sealed when protected),
 * the reply deadline from the legal clock and, when the visitor handed over a letter, that letter
 * registered in the petition flow, all in one transaction.
 */
export async function createReceptionVisit(db: Db, params: Actor & VisitWrite & { input: ReceptionVisitCreate }): Promise<ReceptionVisitRecord> {
  const { input } = params;
  const plan: VisitorPlan = { agencyId: params.agencyId, kind: petitionKindOfMatter(input.matterKind), protect: isIdentityProtected(petitionKindOfMatter(input.matterKind), input.protectIdentity), vault: params.vault };
  const id = await db.transaction(async (tx) => {
    await assertActiveField(tx, input.fieldCode);
    const year = Number(input.visitDate.slice(0, 4));
    const seq = await nextNumber(tx, params.agencyId, VISIT_SERIES, year);
    const reply = computeDeadline(await loadClock(tx, input.visitDate), 'reception.reply', input.visitDate);
    const repeat = await repeatOf(tx, { agencyId: params.agencyId, chosen: input.repeatOfPetitionId, visitor: input.visitors[0], summary: input.summary, vault: params.vault, matchProtected: params.matchProtected ?? false });
    const letter = input.outcome === 'letter_received' ? await registerLetterFromVisit(tx, params, input, input.visitors, params.vault) : null;
    const texts = maskedTexts(input, plan, input.visitors);
    const [row] = await tx
      .insert(receptionVisits)
      .values({
        agencyId: params.agencyId,
        visitYear: year,
        visitSeq: seq,
        visitDate: input.visitDate,
        kind: input.kind,
        mode: input.mode,
        place: input.place,
        receivingOfficialId: input.receivingOfficialId ?? params.userId,
        headReception: input.kind === 'regular' ? null : input.headReception,
        headcount: input.headcount,
        isGroup: isGroupVisit(input.headcount),
        matterKind: input.matterKind,
        fieldCode: input.fieldCode,
        ...texts,
        outcome: input.outcome,
        refusalGroundCode: input.refusalGroundCode,
        refusalGroundText: refusalText(input.refusalGroundCode, input.visitDate),
        isProtected: plan.protect,
        petitionId: letter?.id ?? null,
        isRepeat: repeat !== null,
        repeatOfPetitionId: repeat,
        replyDueDate: reply.due,
        replyRuleVersion: reply.ruleVersion,
        searchText: '',
        createdBy: params.userId,
        updatedBy: params.userId,
      })
      .returning({ id: receptionVisits.id });
    if (!row) throw new Error('visit insert returned no row');
    await writeVisitors(tx, plan, row.id, input.visitors);
    const displayNames = (await findStoredVisitors(tx, row.id)).map((v) => v.displayName);
    await tx
      .update(receptionVisits)
      .set({ searchText: visitSearchText(formatVisitNumber(seq, year), displayNames, texts, letter?.receiptNumber ?? null) })
      .where(eq(receptionVisits.id, row.id));
    return row.id;
  });
  return getReceptionVisit(db, params.agencyId, id, params.today);
}

/**
 * Corrects a visit. Optimistic concurrency as everywhere: a stale version is a CONFLICT. A visit
 * whose letter is already registered keeps its outcome (the letter lives on in the petition flow);
 * one that now hands a letter over registers it here.
 */
export async function updateReceptionVisit(
  db: Db,
  params: Actor & VisitWrite & { id: string; version: number; data: ReceptionVisitUpdateData },
): Promise<ReceptionVisitRecord> {
  const { data } = params;
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(receptionVisits)
      .where(and(eq(receptionVisits.id, params.id), eq(receptionVisits.agencyId, params.agencyId)))
      .for('update');
    if (!current) throw notFound('lượt tiếp công dân');
    if (current.version !== params.version) throw staleVersion();
    if (current.petitionId && data.outcome !== 'letter_received') {
      throw new DomainError('VALIDATION', 'Đơn đã được vào sổ từ lượt tiếp này nên không thể đổi kết quả tiếp.', { outcome: 'Đơn đã vào sổ từ lượt tiếp này; kết quả tiếp giữ là "Tiếp nhận đơn".' });
    }
    if (Number(data.visitDate.slice(0, 4)) !== current.visitYear) {
      throw new DomainError('VALIDATION', 'Không thể chuyển lượt tiếp sang năm khác: số thứ tự trong sổ được cấp theo năm.', { visitDate: 'Ngày tiếp phải thuộc năm ' + current.visitYear + '.' });
    }
    if (data.fieldCode !== current.fieldCode) await assertActiveField(tx, data.fieldCode);
    const kind = petitionKindOfMatter(data.matterKind);
    const plan: VisitorPlan = { agencyId: params.agencyId, kind, protect: isIdentityProtected(kind, data.protectIdentity), vault: params.vault };
    const stored = await findStoredVisitors(tx, params.id);
    const keep = data.visitors === null || (stored.some((s) => s.isProtected) && isPseudonymEcho(stored, data.visitors));
    if (keep && current.isProtected && !plan.protect) {
      throw new DomainError('VALIDATION', 'Để bỏ bảo mật danh tính, hãy nhập lại thông tin người đến.', { visitors: 'Nhập lại họ tên, địa chỉ người đến để bỏ bảo mật danh tính.' });
    }
    // Kept visitors are opened (server-side only) when protection changes, the kind renames their pseudonyms, or a letter needs them.
    const visitors: ReceptionVisitor[] = keep
      ? (await openVisitors(tx, params.vault, params.id)).map((v, i) => ({ ...v, isRepresentative: data.visitors?.[i]?.isRepresentative ?? v.isRepresentative }))
      : (data.visitors ?? []);
    const groupError = groupRepresentativesError(data.headcount, visitors.filter((v) => v.isRepresentative).length);
    if (groupError) throw new DomainError('VALIDATION', groupError, { visitors: groupError });
    if (data.headcount < visitors.length) throw new DomainError('VALIDATION', 'Số người đến ít hơn số người đã ghi tên.', { headcount: `Số người đến phải ít nhất bằng số người đã ghi tên (${visitors.length}).` });
    await writeVisitors(tx, plan, params.id, visitors);
    const letter =
      !current.petitionId && data.outcome === 'letter_received'
        ? await registerLetterFromVisit(tx, params, { ...data, visitors }, visitors, params.vault)
        : null;
    const reply = computeDeadline(await loadClock(tx, data.visitDate), 'reception.reply', data.visitDate);
    const texts = maskedTexts(data, plan, visitors);
    const displayNames = (await findStoredVisitors(tx, params.id)).map((v) => v.displayName);
    const [letterRow] = current.petitionId
      ? await tx.select({ seq: petitions.receiptSeq, year: petitions.receiptYear, split: petitions.splitIndex }).from(petitions).where(eq(petitions.id, current.petitionId))
      : [];
    const letterNumber = letter?.receiptNumber ?? (letterRow ? formatReceiptNumber(letterRow.seq, letterRow.year, letterRow.split) : null);
    await tx
      .update(receptionVisits)
      .set({
        visitDate: data.visitDate,
        kind: data.kind,
        mode: data.mode,
        place: data.place,
        receivingOfficialId: data.receivingOfficialId ?? current.receivingOfficialId,
        headReception: data.kind === 'regular' ? null : data.headReception,
        headcount: data.headcount,
        isGroup: isGroupVisit(data.headcount),
        matterKind: data.matterKind,
        fieldCode: data.fieldCode,
        ...texts,
        outcome: data.outcome,
        refusalGroundCode: data.refusalGroundCode,
        refusalGroundText: refusalText(data.refusalGroundCode, data.visitDate),
        isProtected: plan.protect,
        petitionId: current.petitionId ?? letter?.id ?? null,
        // A repeat recognised at the desk stays recognised unless the officer picks another letter.
        repeatOfPetitionId: data.repeatOfPetitionId ?? current.repeatOfPetitionId,
        isRepeat: (data.repeatOfPetitionId ?? current.repeatOfPetitionId) !== null,
        replyDueDate: reply.due,
        replyRuleVersion: reply.ruleVersion,
        searchText: visitSearchText(formatVisitNumber(current.visitSeq, current.visitYear), displayNames, texts, letterNumber),
        version: sql`${receptionVisits.version} + 1`,
        updatedBy: params.userId,
        updatedAt: new Date(),
      })
      .where(eq(receptionVisits.id, params.id));
  });
  return getReceptionVisit(db, params.agencyId, params.id, params.today);
}
