import { complaintDecision, denunciationConclusion, extensionDecision, formatShortDate } from '@kntc/documents';
import { documentAddressee, issueDocument, schema, type Db, type IssueContext, type IssueDecision, type IssueExtension, type LockedCaseRow, type SessionUser } from '@kntc/db';
import { todayInVietnam } from '@kntc/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { Context } from '../context.js';
import { signerOf } from './signer.js';

type Signed = Context & { user: SessionUser };

async function caseLetter(tx: Db, row: LockedCaseRow) {
  const [letter] = await tx.select({ petition: schema.petitions }).from(schema.petitions).where(eq(schema.petitions.id, row.petitionId));
  if (!letter) throw new Error('case without its letter');
  return letter;
}

/** "Quyết định số 03/QĐ-SNV ngày 02/3/2026 về việc thụ lý tố cáo": how later documents cite the acceptance decision. */
async function acceptanceDecisionOf(tx: Db, row: LockedCaseRow) {
  const [doc] = await tx
    .select({ seq: schema.documents.seq, symbol: schema.documents.symbol, date: schema.documents.documentDate })
    .from(schema.documents)
    .where(and(eq(schema.documents.subjectId, row.petitionId), eq(schema.documents.kind, 'denunciation_acceptance_decision')))
    .orderBy(asc(schema.documents.createdAt))
    .limit(1);
  return doc
    ? `Quyết định số ${String(doc.seq).padStart(2, '0')}/${doc.symbol} ngày ${formatShortDate(doc.date)} về việc thụ lý tố cáo`
    : `Quyết định thụ lý tố cáo ngày ${formatShortDate(row.acceptedDate)}`;
}

const accusedOf = (p: { respondent: { name: string; position: string | null; organisation: string | null } | null }) => ({
  name: p.respondent?.name ?? 'Người bị tố cáo',
  ...(p.respondent?.position ? { position: p.respondent.position } : {}),
  ...(p.respondent?.organisation ? { workplace: p.respondent.organisation } : {}),
});

const issueFieldsOf = (c: IssueContext, ctx: Signed) => ({
  issuer: c.issuer,
  number: c.number,
  symbol: c.symbol,
  place: c.place,
  date: c.date,
  signer: signerOf(ctx.user),
});

/**
 * Renders the signed decision (khiếu nại) or conclusion (tố cáo) from the case's draft, in the
 * signing transaction; its number becomes the case's decision number. A conclusion names no denouncer.
 */
export const issueDecisionDocument =
  (ctx: Signed): IssueDecision =>
  async (tx, row) => {
    const letter = await caseLetter(tx, row);
    const p = letter.petition;
    const draft = row.draft;
    const base = { agencyId: ctx.user.agencyId, userId: ctx.user.id, subjectType: 'case' as const, subjectId: row.id, date: todayInVietnam(ctx.now()) };
    if (draft.type === 'complaint') {
      // The decision is sent to the complainant by name; a protected complainant's copy is sealed.
      const complainant = await documentAddressee(tx, ctx.secrets.vault, row.petitionId);
      const contested = p.contestedDecision?.number ? `Quyết định số ${p.contestedDecision.number}${p.contestedDecision.issuer ? ` của ${p.contestedDecision.issuer}` : ''}` : null;
      return issueDocument(tx, {
        ...base,
        kind: 'complaint_decision',
        sealWith: complainant.sealWith,
        build: (c) =>
          complaintDecision({
            ...issueFieldsOf(c, ctx),
            round: row.kind === 'complaint_second' ? 'second' : 'first',
            complainant: { salutation: 'ông (bà)', name: complainant.name, address: complainant.address },
            complaintAgainst: contested ?? p.respondent?.name ?? p.summary,
            ...(row.kind === 'complaint_second' && contested ? { firstRoundDecision: contested } : {}),
            complaintContent: draft.complaintContent,
            verificationResult: draft.verificationResult,
            ...(draft.dialogueResult ? { dialogueResult: draft.dialogueResult } : {}),
            conclusion: draft.conclusion,
            ruling: draft.ruling,
            measures: draft.measures,
            // A first-round decision must say who resolves a second-round complaint (Luật KN Đ31).
            ...(row.kind === 'complaint_first' ? { secondRoundBody: draft.secondRoundBody ?? 'Chủ tịch Ủy ban nhân dân tỉnh' } : {}),
            isRemoteArea: row.isRemote,
          }),
      });
    }
    const acceptanceDecision = await acceptanceDecisionOf(tx, row);
    return issueDocument(tx, {
      ...base,
      kind: 'denunciation_conclusion',
      build: (c) =>
        denunciationConclusion({
          ...issueFieldsOf(c, ctx),
          acceptanceDecision,
          verificationReport: draft.verificationReport,
          accused: accusedOf(p),
          findings: draft.findings,
          legalGrounds: draft.legalGrounds,
          conclusion: draft.conclusion,
          measures: draft.measures,
          recommendations: draft.recommendations,
          ...(draft.accusedManager ? { accusedManager: draft.accusedManager } : {}),
        }),
    });
  };

/** Quyết định gia hạn giải quyết tố cáo (NĐ 31/2019 Đ3, Mẫu 01), issued with each extension. */
export const issueExtensionDocument =
  (ctx: Signed, reason: string): IssueExtension =>
  async (tx, row, newDueDate) => {
    if (row.kind !== 'denunciation') return;
    const letter = await caseLetter(tx, row);
    const acceptanceDecision = await acceptanceDecisionOf(tx, row);
    await issueDocument(tx, {
      agencyId: ctx.user.agencyId,
      userId: ctx.user.id,
      subjectType: 'case',
      subjectId: row.id,
      kind: 'extension_decision',
      date: todayInVietnam(ctx.now()),
      build: (c) =>
        extensionDecision({
          ...issueFieldsOf(c, ctx),
          acceptanceDecision,
          accused: accusedOf(letter.petition),
          extensionNumber: row.extensions >= 2 ? 2 : 1,
          extensionDays: 30,
          newDueDate,
          reason,
          verifier: ctx.user.unitName ?? 'Thanh tra Sở',
        }),
    });
  };
