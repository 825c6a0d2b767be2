import {
  acceptanceNotice,
  archiveNote,
  denunciationAcceptanceDecision,
  guidance,
  nonAcceptanceNotice,
  returnLetter,
  transferSlip,
  urgeLetter,
  type DocumentKind,
  type PetitionRef,
  type Signer,
} from '@kntc/documents';
import {
  addWorkingDays,
  eligibilityConditionLabels,
  shiftDate,
  type HandlingOutcome,
  type IsoDate,
} from '@kntc/domain';
import type { IssueContext, LockedPetition } from '@kntc/db';

export type OutcomeDocumentInput = {
  petition: LockedPetition;
  /** A protected sender is named only in documents addressed to them (`namesSender`), which are sealed. */
  sender: { name: string; address: string; isProtected: boolean };
  signer: Signer;
  today: IsoDate;
  calendar: { daysOff: readonly string[]; makeUpDays: readonly string[] };
  unitName: string;
  caseDueDate: IsoDate | null;
};

type Plan = { kind: DocumentKind; build: (ctx: IssueContext) => ReturnType<typeof guidance>; namesSender?: boolean };

const issue = (ctx: IssueContext, signer: Signer) => ({ issuer: ctx.issuer, number: ctx.number, symbol: ctx.symbol, place: ctx.place, date: ctx.date, signer });

/**
 * A letter as a document to a third party refers to it; a denunciation, or any protected sender,
 * is never named there (Luật Tố cáo Đ9, Đ56).
 */
function petitionRef(p: LockedPetition, sender: OutcomeDocumentInput['sender']): PetitionRef {
  if (p.kind === 'denunciation') return { kind: 'denunciation', receivedDate: p.receivedDate, summary: p.summary };
  const kind = p.kind === 'mixed' ? 'recommendation' : p.kind;
  if (sender.isProtected) return { kind, receivedDate: p.receivedDate, summary: p.summary };
  return { kind, sender: { salutation: 'ông (bà)', name: sender.name, address: sender.address }, receivedDate: p.receivedDate, summary: p.summary };
}

const failedReasons = (p: LockedPetition) => (p.classification?.failedConditions ?? []).map((c) => `Đơn chưa đáp ứng điều kiện: ${eligibilityConditionLabels[c].toLocaleLowerCase('vi')}.`);

/**
 * The document each approved outcome issues (BRIEF 1.4), or null where the outcome has none here
 * (an urgent report goes by its own channel; a recommendation accepted for handling gets a reply later).
 */
export function outcomeDocument(outcome: HandlingOutcome, input: OutcomeDocumentInput): Plan | null {
  const { petition: p, sender, signer } = input;
  const party = { salutation: 'ông (bà)' as const, name: sender.name, address: sender.address };
  const target = p.proposalTarget ?? '';
  const reasons = (fallback: string) => {
    const list = [...failedReasons(p), ...(p.proposalNote ? [p.proposalNote] : [])];
    return list.length > 0 ? list : [fallback];
  };
  switch (outcome) {
    case 'propose_acceptance':
      if (p.kind === 'complaint') {
        return {
          kind: 'acceptance_notice',
          namesSender: true,
          build: (ctx) =>
            acceptanceNotice({
              ...issue(ctx, signer),
              round: p.classification?.complaintRound ?? 'first',
              complainant: party,
              receivedDate: p.receivedDate,
              complaintAgainst: p.contestedDecision?.number
                ? `Quyết định số ${p.contestedDecision.number}${p.contestedDecision.issuer ? ` của ${p.contestedDecision.issuer}` : ''}`
                : (p.respondent?.name ?? p.summary),
              summary: p.summary,
              ...(input.caseDueDate ? { dueDate: input.caseDueDate } : {}),
              ...(p.forwardingAgency ? { forwardedBy: p.forwardingAgency } : {}),
            }),
        };
      }
      if (p.kind === 'denunciation') {
        return {
          kind: 'denunciation_acceptance_decision',
          build: (ctx) =>
            denunciationAcceptanceDecision({
              ...issue(ctx, signer),
              accused: {
                name: p.respondent?.name ?? 'Người bị tố cáo',
                ...(p.respondent?.position ? { position: p.respondent.position } : {}),
                ...(p.respondent?.organisation ? { workplace: p.respondent.organisation } : {}),
              },
              allegations: [p.summary],
              verifier: input.unitName,
            }),
        };
      }
      return null;
    case 'not_accepted':
      if (p.kind !== 'complaint' && p.kind !== 'denunciation') return null;
      return {
        kind: 'non_acceptance_notice',
        namesSender: true,
        build: (ctx) =>
          nonAcceptanceNotice({ ...issue(ctx, signer), kind: p.kind === 'complaint' ? 'complaint' : 'denunciation', sender: party, receivedDate: p.receivedDate, summary: p.summary, reasons: reasons('Đơn không đủ điều kiện thụ lý.') }),
      };
    case 'guide':
    case 'split':
      return {
        kind: 'guidance',
        namesSender: true,
        build: (ctx) =>
          guidance({
            ...issue(ctx, signer),
            kind: p.kind === 'mixed' ? 'recommendation' : p.kind,
            sender: party,
            receivedDate: p.receivedDate,
            summary: p.summary,
            competentBody: target || 'cơ quan có thẩm quyền giải quyết từng nội dung của đơn',
          }),
      };
    case 'transfer':
      return { kind: 'transfer_slip', build: (ctx) => transferSlip({ ...issue(ctx, signer), petition: petitionRef(p, sender), competentBody: target }) };
    case 'return':
      return {
        kind: 'return_letter',
        build: (ctx) =>
          returnLetter({
            ...issue(ctx, signer),
            forwardingBody: p.forwardingAgency ?? 'Cơ quan chuyển đơn',
            ...(p.forwardingDocNumber ? { forwardingDocument: `Văn bản số ${p.forwardingDocNumber}` } : {}),
            petition: petitionRef(p, sender),
            reasons: reasons(`Nội dung đơn không thuộc thẩm quyền giải quyết của ${'Sở'}.`),
            ...(target ? { competentBody: target } : {}),
          }),
      };
    case 'urge':
      return {
        kind: 'urge_letter',
        build: (ctx) =>
          urgeLetter({ ...issue(ctx, signer), addressee: target, petition: petitionRef(p, sender), reportBy: addWorkingDays(input.today, 5, input.calendar) }),
      };
    case 'archive':
      return {
        kind: 'archive_note',
        // Kept one year, then destroyed on the head's decision (TT 07/2014 Đ28; the retention rule becomes data with issue 5).
        build: (ctx) => archiveNote({ ...issue(ctx, signer), petition: petitionRef(p, sender), reasons: reasons('Đơn không đủ điều kiện xử lý.'), keepUntil: shiftDate(input.today, 365) }),
      };
    case 'escalate':
    case 'management_check':
      return null;
  }
}
