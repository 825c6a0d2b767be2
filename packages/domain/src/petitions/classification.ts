import { z } from 'zod';
import { vnMultiline } from '../text/vn-text.js';
import type { PetitionChannel, PetitionKind } from './enums.js';
import { petitionKinds } from './enums.js';

/**
 * Conditions a letter must meet to be processed (TT 05/2021 Đ6 after TT 07/2014 Đ6; Luật Tố cáo Đ23).
 * Each failed one is recorded with the letter, so the notice can state the reason.
 */
export const eligibilityConditions = [
  'vietnamese_language',
  'dated',
  'sender_identified',
  'signed',
  'content_stated',
  'subject_identified',
  'denouncer_contact',
  'within_time_limit',
  'not_previously_resolved',
  'not_before_court',
  'legitimate_representative',
  'not_sent_to_competent_body',
] as const;
export type EligibilityCondition = (typeof eligibilityConditions)[number];

export const eligibilityConditionLabels: Record<EligibilityCondition, string> = {
  vietnamese_language: 'Đơn viết bằng tiếng Việt (đơn tiếng nước ngoài có bản dịch công chứng)',
  dated: 'Đơn ghi rõ ngày, tháng, năm',
  sender_identified: 'Ghi rõ họ tên, địa chỉ người viết đơn',
  signed: 'Có chữ ký hoặc điểm chỉ của người viết đơn',
  content_stated: 'Nêu rõ nội dung, lý do và yêu cầu',
  subject_identified: 'Nêu rõ cơ quan, tổ chức, cá nhân bị khiếu nại, bị tố cáo',
  denouncer_contact: 'Có thông tin liên hệ của người tố cáo',
  within_time_limit: 'Còn thời hiệu khiếu nại',
  not_previously_resolved: 'Chưa được giải quyết đúng pháp luật (hoặc có tình tiết mới)',
  not_before_court: 'Chưa được Tòa án thụ lý hoặc giải quyết',
  legitimate_representative: 'Người đại diện hợp pháp (nếu có)',
  not_sent_to_competent_body: 'Không đồng thời gửi cơ quan có thẩm quyền khác',
};

/** Which conditions apply to which kind of letter; the form offers only these. */
export const conditionsFor: Record<PetitionKind, readonly EligibilityCondition[]> = {
  complaint: ['vietnamese_language', 'dated', 'sender_identified', 'signed', 'content_stated', 'subject_identified', 'within_time_limit', 'not_previously_resolved', 'not_before_court', 'legitimate_representative', 'not_sent_to_competent_body'],
  denunciation: ['vietnamese_language', 'dated', 'sender_identified', 'signed', 'content_stated', 'subject_identified', 'denouncer_contact', 'not_previously_resolved', 'not_sent_to_competent_body'],
  recommendation: ['vietnamese_language', 'content_stated', 'not_sent_to_competent_body'],
  mixed: ['vietnamese_language', 'content_stated'],
};

export const competences = ['within', 'outside'] as const;
export type Competence = (typeof competences)[number];
export const competenceLabels: Record<Competence, string> = {
  within: 'Thuộc thẩm quyền giải quyết của Sở',
  outside: 'Không thuộc thẩm quyền',
};

export const ClassificationSchema = z.strictObject({
  kind: z.enum(petitionKinds, { error: 'Hãy chọn loại đơn.' }),
  competence: z.enum(competences, { error: 'Hãy chọn thẩm quyền.' }),
  failedConditions: z.array(z.enum(eligibilityConditions)).max(eligibilityConditions.length).default([]),
  /** Tố cáo nặc danh: no name or address, unidentifiable, a borrowed name, or not in writing/in person (Luật TC Đ25.1). */
  isAnonymous: z.boolean().default(false),
  /** Anonymous but clear, evidenced and verifiable: inspected or checked for management purposes (Đ25.2). */
  hasVerifiableEvidence: z.boolean().default(false),
  /** Signs of a crime or urgent harm: report at once, send to investigators (Luật TC Đ27; TT 05/2021 Đ16). */
  hasSignsOfCrime: z.boolean().default(false),
  /** The matter is in a lower body's competence and that body is overdue (TT 05/2021 Đ14.2). */
  isOverdueAtLowerBody: z.boolean().default(false),
  /** For a complaint: first round, or second round against a first-round decision (Luật KN Đ33). */
  complaintRound: z.enum(['first', 'second']).default('first'),
  note: vnMultiline().max(2000).optional(),
});
export type Classification = z.output<typeof ClassificationSchema>;

export const isEligible = (c: Pick<Classification, 'failedConditions'>) => c.failedConditions.length === 0;

/** Facts from the letter's history that limit what may be done again with the same content. */
export type HandlingHistory = {
  channel: PetitionChannel;
  /** Guidance was already given once on the same content (TT 07/2014 Đ8: only once). */
  wasGuidedBefore: boolean;
  /** The same content was already transferred once (TT 05/2021 Đ14: only once). */
  wasTransferredBefore: boolean;
};
