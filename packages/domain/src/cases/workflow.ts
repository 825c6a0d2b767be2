import type { StateMachine } from '../workflow/state-machine.js';
import { caseStatusLabels, openCaseStatuses, type CaseKind, type CaseStatus } from './enums.js';

export const caseActions = [
  'start_verification',
  'start_dialogue',
  'draft',
  'submit',
  'return_draft',
  'sign',
  'start_enforcement',
  'close',
  'suspend',
  'resume',
  'terminate',
] as const;
export type CaseAction = (typeof caseActions)[number];

const complaints = ['complaint_first', 'complaint_second'] as const satisfies readonly CaseKind[];

/**
 * From acceptance to closure (Luật KN Đ28–Đ31, Đ37–Đ41; Luật TC Đ30–Đ35). Dialogue exists only
 * for complaints. Suspension keeps the state it left, so resuming returns there and the clock
 * resumes from the decision to continue (NĐ 155/2026 Đ28b).
 */
export const caseMachine: StateMachine<CaseStatus, CaseAction, CaseKind> = {
  name: 'vụ việc',
  stateLabels: caseStatusLabels,
  transitions: [
    { action: 'start_verification', label: 'Bắt đầu xác minh', from: ['accepted'], to: 'verifying' },
    { action: 'start_dialogue', label: 'Tổ chức đối thoại', from: ['verifying'], to: 'dialogue', kinds: complaints },
    { action: 'draft', label: 'Dự thảo quyết định, kết luận', from: ['verifying', 'dialogue'], to: 'drafting' },
    { action: 'submit', label: 'Trình lãnh đạo ký', from: ['drafting'], to: 'pending_signature' },
    { action: 'return_draft', label: 'Trả lại dự thảo', from: ['pending_signature'], to: 'drafting' },
    { action: 'sign', label: 'Ký ban hành', from: ['pending_signature'], to: 'issued' },
    { action: 'start_enforcement', label: 'Tổ chức thực hiện', from: ['issued'], to: 'enforcing' },
    { action: 'close', label: 'Kết thúc vụ việc', from: ['enforcing'], to: 'closed' },
    { action: 'suspend', label: 'Tạm đình chỉ', from: openCaseStatuses, to: 'suspended' },
    { action: 'resume', label: 'Tiếp tục giải quyết', from: ['suspended'], to: 'previous' },
    { action: 'terminate', label: 'Đình chỉ giải quyết (rút đơn)', from: [...openCaseStatuses, 'suspended'], to: 'terminated' },
  ],
};
