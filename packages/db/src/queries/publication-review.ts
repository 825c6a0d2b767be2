import { docxText } from '@kntc/documents';
import {
  checkRedaction,
  describeUnmasked,
  DomainError,
  foldVietnamese,
  isPublishOverdue,
  notFound,
  prepareRedaction,
  publicationKindLabels,
  reviewFromDecisions,
  slugify,
  unmaskedIn,
  withText,
  type CaseKind,
  type DetectOptions,
  type IsoDate,
  type ListResult,
  type MaskDecisions,
  type Pagination,
  type PublicationKind,
  type PublicationState,
} from '@kntc/domain';
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, like, lt, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client.js';
import type { Clock } from './legal-clock.js';
import { cases } from '../schema/cases.js';
import { documents } from '../schema/documents.js';
import { petitions } from '../schema/petitions.js';
import { publications, publicationSources } from '../schema/publications.js';
import { users } from '../schema/users.js';
import type { VaultKeyring } from '../vault/sealed-box.js';
import { openSealedDocument } from './documents.js';
import { protectedTermsForPetition } from './identities.js';
import { escapeLike } from './like.js';
import { findUnderMinimumPostingIds, loadClockFor, postingFactsOf, publishDueFor } from './publication-posting.js';
import { bump, lockPublication, requireState } from './publication-steps.js';
import { recordEvent } from './timeline.js';

/**
 * The back office's side of publication: a redaction record made from a signed decision or
 * conclusion, reviewed by one official and approved by another. Only approval writes the
 * redacted copy into `publications.redacted_body`, the one text the public router reads.
 */

type Actor = { agencyId: string; userId: string; today: IsoDate };

/** Cases whose signed document may be published: signed, still on file, not yet turned into a publication. */
const signedStatuses = ['issued', 'enforcing', 'closed'] as const;

const publicationKindOf = (kind: CaseKind): PublicationKind => (kind === 'denunciation' ? 'denunciation_conclusion' : 'complaint_decision');
const documentKindOf = (kind: CaseKind) => (kind === 'denunciation' ? 'denunciation_conclusion' : 'complaint_decision');

/** The signed decision or conclusion of each case, newest first. */
const decisionDocuments = (db: Db, agencyId: string, caseIds: string[]) =>
  db
    .select({ id: documents.id, subjectId: documents.subjectId, kind: documents.kind, signerName: documents.signerName, content: documents.content, isSealed: documents.isSealed })
    .from(documents)
    .where(
      and(
        eq(documents.agencyId, agencyId),
        eq(documents.subjectType, 'case'),
        inArray(documents.subjectId, caseIds),
        inArray(documents.kind, ['denunciation_conclusion', 'complaint_decision']),
      ),
    )
    .orderBy(desc(documents.createdAt));

/**
 * Signed cases with their document and no publication yet: what the "new publication" dialog
 * offers, each with its publish-by date and whether `today` (Vietnamese date) is past it.
 */
export async function findPublicationCandidates(db: Db, agencyId: string, today: IsoDate) {
  const rows = await db
    .select({
      caseId: cases.id,
      caseYear: cases.caseYear,
      caseSeq: cases.caseSeq,
      kind: cases.kind,
      subject: cases.subject,
      decisionNumber: cases.decisionNumber,
      signedDate: cases.signedDate,
      documentId: documents.id,
    })
    .from(cases)
    .innerJoin(
      documents,
      and(eq(documents.subjectType, 'case'), eq(documents.subjectId, cases.id), inArray(documents.kind, ['denunciation_conclusion', 'complaint_decision'])),
    )
    .leftJoin(publicationSources, eq(publicationSources.caseId, cases.id))
    .where(and(eq(cases.agencyId, agencyId), inArray(cases.status, [...signedStatuses]), isNotNull(cases.signedDate), isNull(publicationSources.publicationId)))
    .orderBy(desc(cases.signedDate), desc(cases.caseYear), desc(cases.caseSeq));
  const seen = new Set<string>();
  const unique = rows.filter((r) => (seen.has(r.caseId) ? false : (seen.add(r.caseId), true)));
  const clock = await loadClockFor(db, unique.flatMap((r) => (r.signedDate ? [r.signedDate] : [])));
  return unique.map((r) => {
    const publishDueDate = r.signedDate ? publishDueFor(clock, r.kind, r.signedDate).publishDueDate : null;
    return {
      ...r,
      caseNumber: `${r.caseSeq}/${r.caseYear}`,
      publicationKind: publicationKindOf(r.kind),
      publishDueDate,
      isPublishOverdue: isPublishOverdue({ publishDueDate, postedFrom: null }, today),
    };
  });
}

/** What the detectors need for one case: its protected terms (opened from the vault) and the names that are public. */
async function detectOptionsFor(tx: Db, vault: VaultKeyring, c: { agencyId: string; petitionId: string; kind: CaseKind }, signerName?: string): Promise<DetectOptions> {
  const [terms, officials] = await Promise.all([
    protectedTermsForPetition(tx, vault, c.petitionId),
    tx.select({ name: users.fullName }).from(users).where(eq(users.agencyId, c.agencyId)),
  ]);
  return {
    protectedTerms: terms,
    protectedKind: c.kind === 'denunciation' ? 'denouncer' : 'protected_person',
    // Officials sign and verify in public office; naming them is part of what is published.
    publicNames: [...officials.map((o) => o.name), ...(signerName ? [signerName] : [])],
  };
}

/** Folded title, summary and number: the public search once published, the back office's search before. */
const searchTextOf = (p: { title: string; summary: string; documentNumber: string | null }) => foldVietnamese(`${p.title} ${p.summary} ${p.documentNumber ?? ''}`);

async function uniqueSlug(tx: Db, base: string, id: string): Promise<string> {
  const [taken] = await tx.select({ id: publications.id }).from(publications).where(eq(publications.slug, base));
  return taken ? `${base}-${id.slice(0, 8)}` : base;
}

/**
 * Starts the publication of a case's signed decision or conclusion: reads the signed .docx (opened
 * from the vault when it is sealed), replaces the protected identities, proposes masks, and stores
 * the draft. Nothing reaches the public table but an empty body in state draft.
 */
export async function createPublicationFromCase(db: Db, actor: Actor, params: { caseId: string; vault: VaultKeyring }): Promise<string> {
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(cases).where(and(eq(cases.id, params.caseId), eq(cases.agencyId, actor.agencyId))).for('update');
    if (!c) throw notFound('vụ việc');
    if (!c.signedDate || !c.decisionNumber || !(signedStatuses as readonly string[]).includes(c.status)) {
      throw new DomainError('INVALID_TRANSITION', 'Chỉ lập bản công khai từ quyết định giải quyết khiếu nại hoặc kết luận nội dung tố cáo đã ký ban hành.');
    }
    const [existing] = await tx.select({ id: publicationSources.publicationId }).from(publicationSources).where(eq(publicationSources.caseId, c.id));
    if (existing) throw new DomainError('CONFLICT', 'Vụ việc này đã có bản công khai; hãy mở bản đó để tiếp tục.');
    const doc = (await decisionDocuments(tx, actor.agencyId, [c.id])).find((d) => d.kind === documentKindOf(c.kind));
    if (!doc) throw new DomainError('VALIDATION', 'Không tìm thấy văn bản quyết định, kết luận đã ký của vụ việc này trong hệ thống.');

    const [letter] = await tx.select({ fieldCode: petitions.fieldCode }).from(petitions).where(eq(petitions.id, c.petitionId));
    // The legal clock runs from the signing date: 7 working days for a conclusion, 15 days for a decision.
    const due = publishDueFor(await loadClockFor(tx, [c.signedDate]), c.kind, c.signedDate);
    const options = await detectOptionsFor(tx, params.vault, c, doc.signerName);
    const raw = await docxText(openSealedDocument(params.vault, doc));
    const { source, proposed } = prepareRedaction(raw, options);
    const kind = publicationKindOf(c.kind);
    const title = `${publicationKindLabels[kind]} số ${c.decisionNumber}`;
    const [row] = await tx
      .insert(publications)
      .values({
        agencyId: actor.agencyId,
        slug: `draft-${c.id}`,
        kind,
        title,
        summary: c.resultSummary ?? title,
        redactedBody: '',
        documentNumber: c.decisionNumber,
        signedDate: c.signedDate,
        state: 'draft',
        fieldCode: letter?.fieldCode ?? null,
        legalBasis: due.legalBasis,
        publishDueDate: due.publishDueDate,
        searchText: searchTextOf({ title, summary: c.resultSummary ?? title, documentNumber: c.decisionNumber }),
      })
      .returning({ id: publications.id });
    if (!row) throw new Error('publication insert returned no row');
    const slug = await uniqueSlug(tx, slugify(`${c.decisionNumber} ${c.signedDate.slice(0, 4)} ${publicationKindLabels[kind]}`), row.id);
    await tx.update(publications).set({ slug }).where(eq(publications.id, row.id));
    await tx.insert(publicationSources).values({
      publicationId: row.id,
      agencyId: actor.agencyId,
      caseId: c.id,
      documentId: doc.id,
      sourceText: source,
      proposedMasks: proposed,
      draftedBy: actor.userId,
      lastEditedBy: actor.userId,
    });
    await recordEvent(tx, {
      agencyId: actor.agencyId,
      subjectType: 'case',
      subjectId: c.id,
      action: 'publication_draft',
      toState: 'draft',
      actorId: actor.userId,
      payload: { publicationId: row.id, proposedMasks: proposed.length, publishDueDate: due.publishDueDate },
    });
    return row.id;
  });
}

const drafter = alias(users, 'publication_drafter');
const editor = alias(users, 'publication_editor');
const approver = alias(users, 'publication_approver');
const takedownUser = alias(users, 'publication_takedown_user');

const recordColumns = {
  id: publications.id,
  slug: publications.slug,
  kind: publications.kind,
  title: publications.title,
  summary: publications.summary,
  documentNumber: publications.documentNumber,
  signedDate: publications.signedDate,
  state: publications.state,
  publishedAt: publications.publishedAt,
  postedUntil: publications.postedUntil,
  postedFrom: publications.postedFrom,
  publishDueDate: publications.publishDueDate,
  fieldCode: publications.fieldCode,
  legalBasis: publications.legalBasis,
  takedownReason: publications.takedownReason,
  takenDownAt: publications.takenDownAt,
  takenDownBy: publications.takenDownBy,
  takenDownByName: takedownUser.fullName,
  approvedAt: publications.approvedAt,
  version: publications.version,
  createdAt: publications.createdAt,
  updatedAt: publications.updatedAt,
  caseId: publicationSources.caseId,
  caseYear: cases.caseYear,
  caseSeq: cases.caseSeq,
  draftedBy: publicationSources.draftedBy,
  lastEditedBy: publicationSources.lastEditedBy,
  approvedBy: publications.approvedBy,
  draftedByName: drafter.fullName,
  lastEditedByName: editor.fullName,
  approvedByName: approver.fullName,
};

const selectRecords = (db: Db) =>
  db
    .select(recordColumns)
    .from(publications)
    .leftJoin(publicationSources, eq(publicationSources.publicationId, publications.id))
    .leftJoin(cases, eq(cases.id, publicationSources.caseId))
    .leftJoin(drafter, eq(drafter.id, publicationSources.draftedBy))
    .leftJoin(editor, eq(editor.id, publicationSources.lastEditedBy))
    .leftJoin(approver, eq(approver.id, publications.approvedBy))
    .leftJoin(takedownUser, eq(takedownUser.id, publications.takenDownBy));

const toRecord = ({ caseYear, caseSeq, ...row }: Awaited<ReturnType<typeof selectRecords>>[number], clock: Clock, today: IsoDate) => ({
  ...row,
  caseNumber: caseYear !== null && caseSeq !== null ? `${caseSeq}/${caseYear}` : null,
  ...postingFactsOf(row, clock, today),
});
export type PublicationRecord = ReturnType<typeof toRecord>;

export type PublicationListFilter = {
  state?: PublicationState | undefined;
  kind?: PublicationKind | undefined;
  q?: string | undefined;
  /** "Quá hạn công khai": not yet posted and past the publish-by date. */
  isPublishOverdue?: boolean | undefined;
  /** "Chưa đủ thời hạn niêm yết": posted less than the minimum so far, or taken down before it. */
  isUnderMinimumPosting?: boolean | undefined;
  publishDueDateLte?: IsoDate | undefined;
  postedFromGte?: IsoDate | undefined;
  postedUntilLte?: IsoDate | undefined;
};

/** Columns the list may be sorted by; anything else falls back to the most recently changed. */
export const publicationSortFields = ['updatedAt', 'signedDate', 'publishDueDate', 'postedFrom', 'postedUntil'] as const;
export type PublicationSort = { field: (typeof publicationSortFields)[number]; order: 'ASC' | 'DESC' };

/**
 * Drafts and publications of the agency, most recently changed first unless sorted otherwise;
 * demo and older publications have no case. Dates are judged as of `today` (Vietnamese date).
 */
export async function listPublicationRecords(
  db: Db,
  params: { agencyId: string; today: IsoDate; pagination: Pagination; filter?: PublicationListFilter | undefined; sort?: PublicationSort | undefined },
): Promise<ListResult<PublicationRecord>> {
  const f = params.filter ?? {};
  const conditions: SQL[] = [eq(publications.agencyId, params.agencyId)];
  if (f.state) conditions.push(eq(publications.state, f.state));
  if (f.kind) conditions.push(eq(publications.kind, f.kind));
  for (const word of foldVietnamese(f.q ?? '').split(' ').filter(Boolean)) conditions.push(like(publications.searchText, `%${escapeLike(word)}%`));
  // Same rule as isPublishOverdue: not posted yet and the publish-by date has passed.
  if (f.isPublishOverdue) conditions.push(isNull(publications.postedFrom), lt(publications.publishDueDate, params.today));
  if (f.isUnderMinimumPosting) {
    const ids = await findUnderMinimumPostingIds(db, params.agencyId, params.today);
    conditions.push(ids.length > 0 ? inArray(publications.id, ids) : sql`false`);
  }
  if (f.publishDueDateLte) conditions.push(lte(publications.publishDueDate, f.publishDueDateLte));
  if (f.postedFromGte) conditions.push(gte(publications.postedFrom, f.postedFromGte));
  if (f.postedUntilLte) conditions.push(lte(publications.postedUntil, f.postedUntilLte));
  const where = and(...conditions);
  const direction = params.sort?.order === 'ASC' ? asc : desc;
  const sortColumn = params.sort ? publications[params.sort.field] : publications.updatedAt;
  const [rows, [total]] = await Promise.all([
    selectRecords(db)
      .where(where)
      .orderBy(sql`${direction(sortColumn)} nulls last`, desc(publications.id))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(publications).where(where),
  ]);
  const clock = await loadClockFor(db, rows.flatMap((r) => (r.postedFrom ? [r.postedFrom] : [])));
  return { data: rows.map((r) => toRecord(r, clock, params.today)), total: total?.value ?? 0 };
}

async function loadSource(db: Db, publicationId: string) {
  const [row] = await db
    .select({ source: publicationSources, petitionId: cases.petitionId, caseKind: cases.kind, signerName: documents.signerName })
    .from(publicationSources)
    .innerJoin(cases, eq(cases.id, publicationSources.caseId))
    .leftJoin(documents, eq(documents.id, publicationSources.documentId))
    .where(eq(publicationSources.publicationId, publicationId));
  return row ?? null;
}

/**
 * One publication with its redaction review: the source, each mask with the text it hides, the
 * redacted copy as it would be published, and what still blocks approval. Publications made
 * before redaction records existed come with `review: null`.
 */
export async function getPublicationRecord(db: Db, params: { agencyId: string; id: string; today: IsoDate; vault: VaultKeyring }) {
  const [found] = await selectRecords(db).where(and(eq(publications.id, params.id), eq(publications.agencyId, params.agencyId)));
  if (!found) throw notFound('bản công khai');
  const row = toRecord(found, await loadClockFor(db, found.postedFrom ? [found.postedFrom] : []), params.today);
  const [body] = await db.select({ redactedBody: publications.redactedBody }).from(publications).where(eq(publications.id, params.id));
  const loaded = await loadSource(db, params.id);
  if (!loaded) return { ...row, redactedBody: body?.redactedBody ?? '', review: null };
  const { source } = loaded;
  const options = await detectOptionsFor(db, params.vault, { agencyId: params.agencyId, petitionId: loaded.petitionId, kind: loaded.caseKind }, loaded.signerName ?? undefined);
  const review = { proposed: source.proposedMasks, rejected: source.rejectedMasks, manual: source.manualMasks };
  const { redacted, unmasked } = checkRedaction(source.sourceText, review, options);
  const inTitle = unmaskedIn(`${row.title}\n${row.summary}`, options);
  return {
    ...row,
    redactedBody: body?.redactedBody ?? '',
    review: {
      sourceText: source.sourceText,
      proposed: withText(source.sourceText, source.proposedMasks),
      rejected: source.rejectedMasks,
      manual: withText(source.sourceText, source.manualMasks),
      preview: redacted,
      /** Offsets into `preview`: the officer sees where, never a list of the values. */
      unmasked,
      unmaskedInTitle: inTitle.length,
    },
  };
}
export type PublicationDetail = Awaited<ReturnType<typeof getPublicationRecord>>;

/** Saves the officer's review: public title and summary, masks dropped and added. Only while the draft is open. */
export async function reviewPublication(
  db: Db,
  actor: Actor,
  params: { id: string; version: number; title: string; summary: string; legalBasis?: string | undefined } & MaskDecisions,
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockPublication(tx, actor.agencyId, params.id, params.version);
    requireState(row, 'draft', 'Bản công khai đã được duyệt; muốn sửa, người duyệt phải đưa về bước che thông tin.');
    const loaded = await loadSource(tx, params.id);
    if (!loaded) throw new DomainError('INVALID_TRANSITION', 'Bản công khai này không có văn bản gốc để che thông tin.');
    const review = reviewFromDecisions(loaded.source.proposedMasks, loaded.source.sourceText.length, params);
    await tx
      .update(publicationSources)
      .set({ rejectedMasks: [...review.rejected], manualMasks: [...review.manual], lastEditedBy: actor.userId, updatedAt: new Date() })
      .where(eq(publicationSources.publicationId, params.id));
    await tx
      .update(publications)
      .set({
        title: params.title,
        summary: params.summary,
        ...(params.legalBasis !== undefined ? { legalBasis: params.legalBasis } : {}),
        searchText: searchTextOf({ ...params, documentNumber: row.documentNumber }),
        ...bump(),
      })
      .where(eq(publications.id, params.id));
    await recordEvent(tx, {
      agencyId: actor.agencyId,
      subjectType: 'case',
      subjectId: loaded.source.caseId,
      action: 'publication_review',
      actorId: actor.userId,
      payload: { publicationId: params.id, rejected: review.rejected.length, manual: review.manual.length },
    });
  });
}

/**
 * A second official confirms the redaction. The detectors run again on the redacted copy with the
 * case's current protected terms, and on the title and summary; approval is refused while any
 * protected identity, ID number, phone or email is still readable. Then, and only then, the
 * redacted copy is written where the public router reads.
 */
export async function approvePublication(db: Db, actor: Actor, params: { id: string; version: number; vault: VaultKeyring }): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockPublication(tx, actor.agencyId, params.id, params.version);
    requireState(row, 'draft', 'Chỉ duyệt bản công khai đang ở bước che thông tin.');
    const loaded = await loadSource(tx, params.id);
    if (!loaded) throw new DomainError('INVALID_TRANSITION', 'Bản công khai này không có văn bản gốc để duyệt.');
    const { source } = loaded;
    if (source.draftedBy === actor.userId || source.lastEditedBy === actor.userId) {
      throw new DomainError('FORBIDDEN', 'Người duyệt phải là người khác với người đã che thông tin bản công khai này.');
    }
    const options = await detectOptionsFor(tx, params.vault, { agencyId: actor.agencyId, petitionId: loaded.petitionId, kind: loaded.caseKind }, loaded.signerName ?? undefined);
    const { redacted, unmasked } = checkRedaction(source.sourceText, { proposed: source.proposedMasks, rejected: source.rejectedMasks, manual: source.manualMasks }, options);
    if (unmasked.length > 0) {
      throw new DomainError('VALIDATION', `Chưa thể duyệt: bản công khai còn ${describeUnmasked(unmasked)} chưa được che. Hãy che hết rồi duyệt lại.`);
    }
    const inTitle = unmaskedIn(row.title, options);
    const inSummary = unmaskedIn(row.summary, options);
    if (inTitle.length + inSummary.length > 0) {
      throw new DomainError('VALIDATION', `Chưa thể duyệt: tiêu đề hoặc tóm tắt còn ${describeUnmasked([...inTitle, ...inSummary])}.`, {
        ...(inTitle.length > 0 ? { title: 'Tiêu đề còn thông tin cần che.' } : {}),
        ...(inSummary.length > 0 ? { summary: 'Tóm tắt còn thông tin cần che.' } : {}),
      });
    }
    await tx
      .update(publications)
      .set({
        state: 'approved',
        redactedBody: redacted,
        searchText: searchTextOf(row),
        approvedBy: actor.userId,
        approvedAt: new Date(),
        ...bump(),
      })
      .where(eq(publications.id, params.id));
    await recordEvent(tx, { agencyId: actor.agencyId, subjectType: 'case', subjectId: source.caseId, action: 'publication_approve', fromState: 'draft', toState: 'approved', actorId: actor.userId, payload: { publicationId: params.id } });
  });
}

/** Back to the review step before it goes out: the frozen copy is withdrawn and approval must be given again. */
export async function reopenPublication(db: Db, actor: Actor, params: { id: string; version: number }): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockPublication(tx, actor.agencyId, params.id, params.version);
    requireState(row, 'approved', 'Chỉ đưa về bước che thông tin bản công khai đã duyệt mà chưa đăng.');
    const loaded = await loadSource(tx, params.id);
    if (!loaded) throw new DomainError('INVALID_TRANSITION', 'Bản công khai này không có văn bản gốc để che thông tin.');
    await tx.update(publications).set({ state: 'draft', redactedBody: '', approvedBy: null, approvedAt: null, ...bump() }).where(eq(publications.id, params.id));
    await recordEvent(tx, { agencyId: actor.agencyId, subjectType: 'case', subjectId: loaded.source.caseId, action: 'publication_reopen', fromState: 'approved', toState: 'draft', actorId: actor.userId, payload: { publicationId: params.id } });
  });
}
