import type { DeadlineRuleKey } from '../legal-clock/rules.js';
import type { CaseKind } from './enums.js';

/** The resolution limit of each kind of case (Luật KN Đ28, Đ37; Luật TC Đ30). */
export const resolutionRuleFor: Record<CaseKind, DeadlineRuleKey> = {
  complaint_first: 'complaint.resolve.first',
  complaint_second: 'complaint.resolve.second',
  denunciation: 'denunciation.resolve',
};

/** The step that sends the decision or conclusion to the parties, and its limit. */
export const sendingRuleFor: Record<CaseKind, DeadlineRuleKey> = {
  complaint_first: 'complaint.decision.send',
  complaint_second: 'complaint.second_round.decision.send',
  denunciation: 'denunciation.conclusion.send',
};
