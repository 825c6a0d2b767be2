import type { StateMachine } from '../workflow/state-machine.js';
import { petitionStatusLabels, type PetitionStatus } from './enums.js';

export const petitionActions = ['register', 'classify', 'propose', 'approve', 'reject', 'mark_duplicate', 'unlink_duplicate', 'split', 'unsplit'] as const;
export type PetitionAction = (typeof petitionActions)[number];

const handledStatuses = ['accepted', 'not_accepted', 'guided', 'transferred', 'returned', 'urged', 'archived', 'escalated', 'management_check'] as const satisfies readonly PetitionStatus[];

/**
 * The letter's life before it becomes a case: register, classify, propose an outcome, and a
 * leader approves (to the outcome's status) or sends it back. `approve` lands in the status of
 * the approved outcome, so its `to` is decided by the outcome, checked separately.
 */
export const petitionMachine: StateMachine<PetitionStatus, PetitionAction> = {
  name: 'đơn',
  stateLabels: petitionStatusLabels,
  transitions: [
    { action: 'register', label: 'Vào sổ', from: ['draft'], to: 'registered' },
    { action: 'classify', label: 'Phân loại đơn', from: ['registered', 'classified'], to: 'classified' },
    { action: 'propose', label: 'Đề xuất hướng xử lý', from: ['classified'], to: 'pending_approval' },
    { action: 'approve', label: 'Duyệt đề xuất', from: ['pending_approval'], to: 'accepted' },
    { action: 'reject', label: 'Trả lại đề xuất', from: ['pending_approval'], to: 'classified' },
    { action: 'mark_duplicate', label: 'Gộp vào đơn trùng', from: ['registered', 'classified'], to: 'duplicate' },
    { action: 'unlink_duplicate', label: 'Bỏ gộp đơn trùng', from: ['duplicate'], to: 'previous' },
    { action: 'split', label: 'Tách đơn có nhiều nội dung', from: ['registered', 'classified'], to: 'split' },
    { action: 'unsplit', label: 'Hủy tách đơn', from: ['split'], to: 'previous' },
  ],
};

export const isPetitionHandled = (status: PetitionStatus) => (handledStatuses as readonly PetitionStatus[]).includes(status);
