export * from './model.js';
export { formatLongDate, formatPlaceAndDate, formatShortDate, parseIsoDate, padDay, padMonth, type CalendarDate } from './dates.js';
export { DRAFT_NUMBER_GAP, formatDocumentNumber, formatNumberLine } from './number.js';
export { formatCount, formatPercent } from './figures.js';
export { buildDocument, renderDocx } from './render-docx.js';
export { docxText, documentXmlText } from './docx-text.js';
export { documentFileName } from './file-name.js';
export { MOTTO, NATIONAL_NAME } from './render/header.js';
export { END_MARK } from './render/body.js';
export {
  AccusedSchema,
  IssuerSchema,
  PartySchema,
  PetitionRefSchema,
  type Accused,
  type Issuer,
  type Party,
  type PetitionRef,
} from './templates/common.js';
export { laws, defaultComplaintDecisionBases, defaultDenunciationDecisionBases } from './templates/legal-bases.js';
export { receipt, ReceiptInputSchema, type ReceiptInput } from './templates/receipt.js';
export { acceptanceProposal, AcceptanceProposalInputSchema, type AcceptanceProposalInput } from './templates/acceptance-proposal.js';
export { acceptanceNotice, AcceptanceNoticeInputSchema, type AcceptanceNoticeInput } from './templates/acceptance-notice.js';
export { nonAcceptanceNotice, NonAcceptanceNoticeInputSchema, type NonAcceptanceNoticeInput } from './templates/non-acceptance-notice.js';
export { guidance, GuidanceInputSchema, type GuidanceInput } from './templates/guidance.js';
export { transferSlip, TransferSlipInputSchema, type TransferSlipInput } from './templates/transfer-slip.js';
export { returnLetter, ReturnLetterInputSchema, type ReturnLetterInput } from './templates/return-letter.js';
export { urgeLetter, UrgeLetterInputSchema, type UrgeLetterInput } from './templates/urge-letter.js';
export { archiveNote, ArchiveNoteInputSchema, type ArchiveNoteInput } from './templates/archive-note.js';
export {
  denunciationAcceptanceDecision,
  DenunciationAcceptanceDecisionInputSchema,
  type DenunciationAcceptanceDecisionInput,
} from './templates/denunciation-acceptance-decision.js';
export { extensionDecision, ExtensionDecisionInputSchema, type ExtensionDecisionInput } from './templates/extension-decision.js';
export { complaintDecision, ComplaintDecisionInputSchema, type ComplaintDecisionInput } from './templates/complaint-decision.js';
export {
  denunciationConclusion,
  DenunciationConclusionInputSchema,
  AllegationFindingSchema,
  type DenunciationConclusionInput,
} from './templates/denunciation-conclusion.js';
export { buildRegisterDocument, renderRegisterDocx, RegisterDocumentSchema, type RegisterDocument } from './registers/register-docx.js';
export {
  receptionConclusionNotice,
  ReceptionConclusionNoticeInputSchema,
  type ReceptionConclusionNoticeInput,
} from './templates/reception-conclusion-notice.js';
export { annualReport, AnnualReportInputSchema, REPORT_PLACEHOLDER, type AnnualReportInput } from './templates/annual-report.js';
export { planYearEndReport, PlanYearEndReportInputSchema, type PlanYearEndReportInput } from './templates/plan-year-end-report.js';
