import type { Classification, HandlingHistory } from './classification.js';
import { isEligible } from './classification.js';
import { forwardedChannels, type PetitionStatus } from './enums.js';

/** Handling outcomes of a letter (BRIEF 1.4), each producing its document. */
export const handlingOutcomes = [
  'propose_acceptance',
  'not_accepted',
  'guide',
  'transfer',
  'return',
  'urge',
  'archive',
  'escalate',
  'split',
  'management_check',
] as const;
export type HandlingOutcome = (typeof handlingOutcomes)[number];

export const handlingOutcomeLabels: Record<HandlingOutcome, string> = {
  propose_acceptance: 'Đề xuất thụ lý',
  not_accepted: 'Thông báo không thụ lý',
  guide: 'Hướng dẫn người gửi đơn',
  transfer: 'Chuyển đơn đến cơ quan có thẩm quyền',
  return: 'Trả lại đơn',
  urge: 'Đôn đốc cơ quan cấp dưới',
  archive: 'Xếp lưu đơn',
  escalate: 'Báo cáo ngay, chuyển cơ quan điều tra',
  split: 'Hướng dẫn tách đơn',
  management_check: 'Kiểm tra, xác minh phục vụ công tác quản lý (tố cáo nặc danh có căn cứ)',
};

/** The letter's status once a leader approves the outcome. */
export const outcomeStatus: Record<HandlingOutcome, PetitionStatus> = {
  propose_acceptance: 'accepted',
  not_accepted: 'not_accepted',
  guide: 'guided',
  transfer: 'transferred',
  return: 'returned',
  urge: 'urged',
  archive: 'archived',
  escalate: 'escalated',
  split: 'guided',
  management_check: 'management_check',
};

export type AllowedOutcome = { outcome: HandlingOutcome; allowed: true } | { outcome: HandlingOutcome; allowed: false; reason: string };

/**
 * What the rules allow for a classified letter, with the reason for each refusal so the form can
 * explain why an option is missing. Basis: Luật KN Đ11, Đ27; Luật TC Đ24, Đ25, Đ27, Đ29;
 * Luật TCD Đ26; TT 05/2021 Đ14, Đ16; TT 07/2014 Đ8, Đ28.
 */
export function evaluateOutcomes(c: Classification, history: HandlingHistory): AllowedOutcome[] {
  const eligible = isEligible(c);
  const within = c.competence === 'within';
  const forwarded = forwardedChannels.includes(history.channel);
  const anonymousDenunciation = c.kind === 'denunciation' && c.isAnonymous;
  const rules: Record<HandlingOutcome, string | null> = {
    propose_acceptance:
      c.kind === 'mixed'
        ? 'Đơn có nhiều nội dung phải được tách trước khi thụ lý.'
        : !within
          ? 'Chỉ thụ lý đơn thuộc thẩm quyền của Sở.'
          : anonymousDenunciation
            ? 'Tố cáo nặc danh không được thụ lý theo Luật Tố cáo (Điều 25).'
            : !eligible
              ? 'Đơn chưa đủ điều kiện thụ lý.'
              : null,
    not_accepted:
      !within || c.kind === 'mixed' || c.kind === 'recommendation'
        ? 'Thông báo không thụ lý chỉ áp dụng cho khiếu nại, tố cáo thuộc thẩm quyền.'
        : anonymousDenunciation
          ? 'Tố cáo nặc danh được xếp lưu hoặc kiểm tra phục vụ quản lý, không ra thông báo.'
          : eligible
            ? 'Đơn đủ điều kiện: không có căn cứ để không thụ lý.'
            : null,
    guide:
      history.wasGuidedBefore
        ? 'Đã hướng dẫn một lần về cùng nội dung; không hướng dẫn lại.'
        : within && history.channel !== 'walk_in'
          ? 'Đơn thuộc thẩm quyền: không hướng dẫn sang nơi khác.'
          : anonymousDenunciation
            ? 'Không xác định được người tố cáo để hướng dẫn.'
            : null,
    transfer:
      history.wasTransferredBefore
        ? 'Nội dung này đã được chuyển đơn một lần.'
        : within
          ? 'Đơn thuộc thẩm quyền của Sở: không chuyển đơn.'
          : c.kind === 'complaint'
            ? 'Khiếu nại không thuộc thẩm quyền thì hướng dẫn người khiếu nại, không chuyển đơn.'
            : null,
    return: !forwarded
      ? 'Chỉ trả lại đơn do đại biểu, cơ quan, tổ chức chuyển đến.'
      : within
        ? 'Đơn thuộc thẩm quyền: không trả lại.'
        : null,
    urge: c.isOverdueAtLowerBody ? null : 'Chỉ đôn đốc khi vụ việc thuộc thẩm quyền cấp dưới và đã quá hạn.',
    // Content already transferred or guided once is filed, not handled again (TT 07/2014 Đ6.2b, Đ8).
    archive:
      history.wasTransferredBefore || history.wasGuidedBefore
        ? null
        : anonymousDenunciation
          ? c.hasVerifiableEvidence
            ? 'Tố cáo nặc danh có căn cứ, kiểm chứng được thì phải kiểm tra hoặc chuyển, không xếp lưu.'
            : null
          : !eligible
            ? null
            : 'Chỉ xếp lưu đơn không đủ điều kiện xử lý hoặc đã được hướng dẫn, chuyển đơn.',
    escalate: c.hasSignsOfCrime ? null : 'Chỉ áp dụng khi có dấu hiệu tội phạm hoặc nguy cơ gây thiệt hại nghiêm trọng.',
    split: c.kind === 'mixed' ? null : 'Chỉ tách đơn có nhiều nội dung khác nhau.',
    management_check:
      anonymousDenunciation && c.hasVerifiableEvidence && within
        ? null
        : 'Chỉ áp dụng cho tố cáo nặc danh có căn cứ, kiểm chứng được, thuộc thẩm quyền.',
  };
  return handlingOutcomes.map((outcome) => {
    const reason = rules[outcome];
    return reason === null ? { outcome, allowed: true } : { outcome, allowed: false, reason };
  });
}

export const allowedOutcomes = (c: Classification, history: HandlingHistory): HandlingOutcome[] =>
  evaluateOutcomes(c, history).flatMap((o) => (o.allowed ? [o.outcome] : []));

/** Outcomes whose document is addressed to, or names, another competent body. */
export const outcomesNeedingTarget: readonly HandlingOutcome[] = ['guide', 'transfer', 'urge'];

export const outcomeTargetLabel: Partial<Record<HandlingOutcome, string>> = {
  guide: 'Cơ quan có thẩm quyền giải quyết (nơi hướng dẫn người gửi đến)',
  transfer: 'Cơ quan có thẩm quyền nhận đơn chuyển',
  urge: 'Cơ quan cấp dưới được đôn đốc',
  return: 'Cơ quan có thẩm quyền (nếu xác định được)',
};
