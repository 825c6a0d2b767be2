import { type CaseStatus } from '../cases/enums.js';
import { type IsoDate } from '../common/iso-date.js';
import { type DeadlineRuleKey } from '../legal-clock/rules.js';
import { type PetitionStatus } from './enums.js';

/**
 * What a citizen who types their tracking code is told. Coarse on purpose: the public answer must
 * not reveal who handles the letter, to whom it went, or anything of its content, and an
 * escalation to the investigating body reads like any transfer (Luật Tố cáo Đ47: nothing that
 * could alert the accused through the denouncer's receipt).
 */
export type PublicTrackingStatus = { statusLabel: string; nextDate: IsoDate | null; nextDateLabel: string | null };

const RECEIVED = 'Đã tiếp nhận';
const PROCESSING = 'Đang xử lý đơn';
const RESOLVING = 'Đã thụ lý, đang giải quyết';
const HANDLED = 'Đã có kết quả xử lý đơn';
const FORWARDED = 'Đã chuyển cơ quan có thẩm quyền';

const petitionLabels: Record<PetitionStatus, string> = {
  draft: RECEIVED,
  registered: RECEIVED,
  classified: PROCESSING,
  pending_approval: PROCESSING,
  // A letter accepted without a case (a recommendation) has no further step in this system.
  accepted: HANDLED,
  not_accepted: 'Không thụ lý, đã có văn bản trả lời',
  guided: 'Đã hướng dẫn gửi đơn đến cơ quan có thẩm quyền',
  transferred: FORWARDED,
  returned: 'Đã trả lại đơn',
  urged: 'Đã đôn đốc cơ quan có thẩm quyền giải quyết',
  archived: 'Đã xếp lưu đơn',
  escalated: FORWARDED,
  management_check: HANDLED,
  duplicate: 'Đã xem xét cùng đơn trước có cùng nội dung',
  split: PROCESSING,
};

const caseLabels: Record<CaseStatus, string> = {
  accepted: RESOLVING,
  verifying: RESOLVING,
  dialogue: RESOLVING,
  drafting: RESOLVING,
  pending_signature: RESOLVING,
  issued: 'Đã có kết quả giải quyết',
  enforcing: 'Đã có kết quả giải quyết',
  closed: 'Đã có kết quả giải quyết',
  suspended: 'Tạm đình chỉ giải quyết',
  terminated: 'Đã đình chỉ giải quyết',
};

const openCase: readonly CaseStatus[] = ['accepted', 'verifying', 'dialogue', 'drafting', 'pending_signature'];
const openLetter: readonly PetitionStatus[] = ['draft', 'registered', 'classified', 'pending_approval'];

/** Labels of the date shown next to the status, by the rule that produced it. */
export const publicNextDateLabels = {
  processing: 'Hạn xử lý đơn',
  resolution: 'Hạn giải quyết',
} as const;

/**
 * The public status of a letter and the one date that matters to its sender next: the processing
 * deadline while the letter is being handled, the resolution deadline once its case is open, and
 * none after that (nor while a case is suspended, when its deadline is not running).
 */
export function publicTrackingStatus(p: {
  petitionStatus: PetitionStatus;
  petitionDueDate: IsoDate | null;
  caseStatus: CaseStatus | null;
  caseDueDate: IsoDate | null;
}): PublicTrackingStatus {
  if (p.caseStatus) {
    const running = openCase.includes(p.caseStatus) && p.caseDueDate !== null;
    return {
      statusLabel: caseLabels[p.caseStatus],
      nextDate: running ? p.caseDueDate : null,
      nextDateLabel: running ? publicNextDateLabels.resolution : null,
    };
  }
  const running = openLetter.includes(p.petitionStatus) && p.petitionDueDate !== null;
  return {
    statusLabel: petitionLabels[p.petitionStatus],
    nextDate: running ? p.petitionDueDate : null,
    nextDateLabel: running ? publicNextDateLabels.processing : null,
  };
}

/**
 * The deadlines the public guide lists: how long a citizen has to complain, and how long the
 * agency has to reply, accept, resolve and publish. Internal steps (sending, notifying,
 * transferring) are left out.
 */
export const citizenGuideRuleKeys = [
  'reception.reply',
  'petition.process',
  'complaint.filing_limit',
  'complaint.accept',
  'complaint.resolve.first',
  'complaint.second_round.filing_limit',
  'complaint.resolve.second',
  'complaint.decision.publish',
  'denunciation.accept',
  'denunciation.resolve',
  'denunciation.conclusion.publish',
  'publication.posting_period',
] as const satisfies readonly DeadlineRuleKey[];
