import type { DeadlineRuleKey } from '../legal-clock/rules.js';
import type { PetitionKind, PetitionStatus } from './enums.js';

/** Letters still waiting to be handled: their processing deadline is running. */
export const openPetitionStatuses = ['draft', 'registered', 'classified', 'pending_approval'] as const satisfies readonly PetitionStatus[];

export const isPetitionOpen = (status: PetitionStatus): boolean =>
  (openPetitionStatuses as readonly PetitionStatus[]).includes(status);

/**
 * The limit for registering, classifying and deciding what to do with a letter. A denunciation
 * has its own, in the Law itself (Luật Tố cáo Đ24.1: 7 working days); other letters follow the
 * general letter-processing rule.
 */
export const processingRuleFor = (kind: PetitionKind): DeadlineRuleKey =>
  kind === 'denunciation' ? 'denunciation.accept' : 'petition.process';
