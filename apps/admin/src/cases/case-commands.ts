import {
  caseMachine,
  openCaseStatuses,
  type CaseAction,
  type CaseKind,
  type CaseStatus,
  type PermissionRow,
} from '@kntc/domain';
import type { CaseCommandName } from './case-api';

/** Steps that need `case.sign` in the permission matrix (by default the director and deputies): sign, return, stop, extend. */
const signerCommands: ReadonlySet<string> = new Set<CaseCommandName>(['sign', 'return_draft', 'terminate', 'extend']);

const commandNames: ReadonlySet<string> = new Set<CaseCommandName>([
  ...caseMachine.transitions.map((t) => t.action),
  'revise_draft',
  'extend',
  'set_flags',
  'assign',
]);

/** Mirrors the API's permission checks, so the screen offers only what the server would accept. */
export function canRunCaseCommand(permissions: PermissionRow | undefined, command: string): boolean {
  if (!permissions || !commandNames.has(command)) return false;
  return permissions[signerCommands.has(command) ? 'case.sign' : 'case.write'] !== undefined;
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
export function caseCommandsFor(record: CaseState, permissions: PermissionRow | undefined): CaseCommandName[] {
  if (!permissions) return [];
  const commands: CaseCommandName[] = [...record.availableActions];
  // Revising the draft comes before submitting it.
  if (record.status === 'drafting') commands.unshift('revise_draft');
  if (record.kind === 'denunciation' && isClockRunning(record.status)) commands.push('extend');
  return commands.filter((command) => canRunCaseCommand(permissions, command));
}

/** "Cập nhật" beside the complex/remote flags: they only matter while the clock runs. */
export const canSetFlags = (record: CaseState, permissions: PermissionRow | undefined): boolean =>
  isClockRunning(record.status) && canRunCaseCommand(permissions, 'set_flags');

/** "Nhận xử lý": an official takes over a case that is not theirs and not finished. */
export const canTakeOver = (record: CaseState, permissions: PermissionRow | undefined, userId: string | undefined): boolean =>
  userId !== undefined &&
  record.assigneeId !== userId &&
  !isFinished(record.status) &&
  canRunCaseCommand(permissions, 'assign');

/** Verification steps are recorded while verifying or in dialogue, as the API requires. */
export const canRecordVerification = (status: CaseStatus, permissions: PermissionRow | undefined): boolean =>
  (status === 'verifying' || status === 'dialogue') && permissions?.['case.write'] !== undefined;

/** Enforcement measures follow the signed decision or conclusion, until the case closes. */
export const canRecordMeasures = (status: CaseStatus, permissions: PermissionRow | undefined): boolean =>
  (status === 'issued' || status === 'enforcing') && permissions?.['case.write'] !== undefined;

/** The label of a step as the state machine names it; the others are named by the translations. */
export function commandLabel(command: string): string {
  const transition = caseMachine.transitions.find((t) => t.action === command);
  return transition ? transition.label : `kntc.cases.commands.${command}`;
}
