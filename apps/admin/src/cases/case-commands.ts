import {
  caseMachine,
  openCaseStatuses,
  petitionWriterRoles,
  signerRoles,
  type CaseAction,
  type CaseKind,
  type CaseStatus,
  type RoleCode,
} from '@kntc/domain';
import type { CaseCommandName } from './case-api';

/** Steps the API lets only the director or a deputy take (they sign, return, stop or extend). */
const signerCommands: ReadonlySet<string> = new Set<CaseCommandName>(['sign', 'return_draft', 'terminate', 'extend']);

const commandNames: ReadonlySet<string> = new Set<CaseCommandName>([
  ...caseMachine.transitions.map((t) => t.action),
  'revise_draft',
  'extend',
  'set_flags',
  'assign',
]);

/** Mirrors the API's role guards, so the screen offers only what the server would accept. */
export function canRunCaseCommand(role: RoleCode, command: string): boolean {
  if (!commandNames.has(command)) return false;
  return (signerCommands.has(command) ? signerRoles : petitionWriterRoles).includes(role);
}

export const isClockRunning = (status: CaseStatus): boolean => (openCaseStatuses as readonly CaseStatus[]).includes(status);

const isFinished = (status: CaseStatus) => status === 'closed' || status === 'terminated';

type CaseState = {
  kind: CaseKind;
  status: CaseStatus;
  availableActions: readonly CaseAction[];
  assigneeId: string | null;
};

/**
 * The buttons of the case's action bar, in workflow order: the steps the state machine allows
 * now (as the API lists them), then the decisions outside it. Extension is for denunciations only
 * (Luật Tố cáo Đ30); a complaint's longer limit comes from the "complex" flag instead.
 */
export function caseCommandsFor(record: CaseState, role: RoleCode | undefined): CaseCommandName[] {
  if (!role) return [];
  const commands: CaseCommandName[] = [...record.availableActions];
  // Revising the draft comes before submitting it.
  if (record.status === 'drafting') commands.unshift('revise_draft');
  if (record.kind === 'denunciation' && isClockRunning(record.status)) commands.push('extend');
  return commands.filter((command) => canRunCaseCommand(role, command));
}

/** "Cập nhật" beside the complex/remote flags: they only matter while the clock runs. */
export const canSetFlags = (record: CaseState, role: RoleCode | undefined): boolean =>
  role !== undefined && isClockRunning(record.status) && canRunCaseCommand(role, 'set_flags');

/** "Nhận xử lý": an official takes over a case that is not theirs and not finished. */
export const canTakeOver = (record: CaseState, role: RoleCode | undefined, userId: string | undefined): boolean =>
  role !== undefined &&
  userId !== undefined &&
  record.assigneeId !== userId &&
  !isFinished(record.status) &&
  canRunCaseCommand(role, 'assign');

/** Verification steps are recorded while verifying or in dialogue, as the API requires. */
export const canRecordVerification = (status: CaseStatus, role: RoleCode | undefined): boolean =>
  role !== undefined && (status === 'verifying' || status === 'dialogue') && petitionWriterRoles.includes(role);

/** Enforcement measures follow the signed decision or conclusion, until the case closes. */
export const canRecordMeasures = (status: CaseStatus, role: RoleCode | undefined): boolean =>
  role !== undefined && (status === 'issued' || status === 'enforcing') && petitionWriterRoles.includes(role);

/** The label of a step as the state machine names it; the others are named by the translations. */
export function commandLabel(command: string): string {
  const transition = caseMachine.transitions.find((t) => t.action === command);
  return transition ? transition.label : `kntc.cases.commands.${command}`;
}
