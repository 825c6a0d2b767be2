import type { ActionCode, PermissionRow } from '@kntc/domain';
import { canRunCaseCommand } from '../cases/case-commands';
import type { ResourceName } from './data-provider';

type AccessRequest = { action: string; record?: Record<string, unknown> | undefined };
type AccessRule = (permissions: PermissionRow, request: AccessRequest) => boolean;

/** Whether the signed-in official's role holds the action in the permission matrix, at any scope. */
export const holds = (permissions: PermissionRow | undefined, action: ActionCode): boolean => permissions?.[action] !== undefined;

const READ_ACTIONS = new Set(['list', 'show', 'export']);
const isDraft = (record: AccessRequest['record']) => record?.status === 'draft';
/** Steps of the letter's workflow an officer takes; approving and sending back are the leaders'. */
const STEP_ACTIONS = new Set(['classify', 'propose', 'mark_duplicate', 'unlink_duplicate', 'split', 'unsplit']);
const APPROVAL_ACTIONS = new Set(['approve', 'reject']);
/** With a record, a step is offered only when the letter's state machine allows it now. */
const isOffered = (record: AccessRequest['record'], action: string) =>
  record === undefined || (Array.isArray(record.availableActions) && record.availableActions.includes(action));

/**
 * The calendar and the deadline rules: everyone signed in reads them (they explain every due
 * date), only the heads of the department change them. Nothing is ever deleted: a rule that
 * stops applying gets an end date, a year is corrected rather than removed.
 */
const legalClockData: AccessRule = (permissions, { action }) =>
  READ_ACTIONS.has(action) || ((action === 'create' || action === 'edit') && holds(permissions, 'legalClock.write'));


/** Items are never deleted, only made inactive: letters keep the codes they were filed under. */
const catalogueData: AccessRule = (permissions, { action }) =>
  READ_ACTIONS.has(action) || ((action === 'create' || action === 'edit') && holds(permissions, 'catalogue.write'));

/**
 * The administration office's records (staff, trainings, rewards, equipment): leaders and the
 * auditor read them, the office writes them; nothing is deleted (a period ends, a device retires).
 * `record_check` is the equipment's maintenance log line.
 */
const officeData: AccessRule = (permissions, { action }) =>
  READ_ACTIONS.has(action) ? holds(permissions, 'office.read') : ['create', 'edit', 'record_check'].includes(action) && holds(permissions, 'office.write');

/** Kế hoạch năm and its items: read (and the summary exported) by plan.read, written and progressed by plan.write. */
const planData: AccessRule = (permissions, { action }) =>
  READ_ACTIONS.has(action) ? holds(permissions, 'plan.read') : ['create', 'edit', 'progress'].includes(action) && holds(permissions, 'plan.write');

/**
 * Mirrors the API's checks against the permission matrix (the signed-in role's row, sent with the
 * session) so the UI hides what the server would refuse. The server stays the authority: these
 * rules only decide which menus and buttons to show. Scope (own, unit, agency) narrows records on
 * the server; a record the screen has at all is within it.
 */
const rules: Record<ResourceName | 'permissions' | 'retention' | 'reports' | 'planProgress', AccessRule> = {
  petitions: (permissions, { action, record }) => {
    if (READ_ACTIONS.has(action)) return holds(permissions, 'petition.read');
    if (APPROVAL_ACTIONS.has(action)) return holds(permissions, 'petition.approve') && isOffered(record, action);
    // Scans and evidence are filed (and withdrawn) by whoever may attach files.
    if (action === 'attach') return holds(permissions, 'attachment.write');
    // Opening the identity vault (with a reason, audited) is a permission of its own, not a write.
    if (action === 'reveal_identity') return holds(permissions, 'identity.reveal') && (record === undefined || record.isProtected === true);
    if (!holds(permissions, 'petition.write')) return false;
    if (STEP_ACTIONS.has(action)) return isOffered(record, action);
    // Without a record (route guards, bulk checks) the role decides; with one, the status does too.
    if (action === 'delete' || action === 'register') return record === undefined || isDraft(record);
    // The receipt carries the receipt number: only a registered letter has one to give.
    if (action === 'issue_receipt') return record === undefined || typeof record.receiptNumber === 'string';
    return action === 'create' || action === 'edit';
  },
  calendars: legalClockData,
  deadlineRules: legalClockData,
  // Written by the server whenever edited data moves running deadlines; nobody edits the record.
  deadlineRecalculations: (_role, { action }) => READ_ACTIONS.has(action),
  // Cases are never created, edited or deleted as such: every change is a workflow step (action = its name).
  cases: (permissions, { action }) => (READ_ACTIONS.has(action) ? holds(permissions, 'case.read') : canRunCaseCommand(permissions, action)),
  catalogues: catalogueData,
  // Accounts are never deleted: an official who leaves is deactivated, and letters keep who handled them.
  users: (permissions, { action }) =>
    holds(permissions, 'user.manage') && (READ_ACTIONS.has(action) || ['create', 'edit', 'resetPassword', 'resetTotp'].includes(action)),
  // Nhật ký kiểm tra: read and exported, never written from a screen.
  audit: (permissions, { action }) => READ_ACTIONS.has(action) && holds(permissions, 'audit.read'),
  // Công khai: the redaction is prepared by those who redact; approving and publishing are checked on the screen.
  publications: (permissions, { action }) => (READ_ACTIONS.has(action) || action === 'create') && holds(permissions, 'publication.redact'),
  // Hủy hồ sơ hết thời hạn lưu: the head's decision (retention.destroy), one page.
  retention: (permissions, { action }) => READ_ACTIONS.has(action) && holds(permissions, 'retention.destroy'),
  // Sổ tiếp công dân: leaders read and print it, those who receive citizens write it; a line is never deleted.
  receptionVisits: (permissions, { action }) =>
    READ_ACTIONS.has(action) ? holds(permissions, 'reception.read') : (action === 'create' || action === 'edit') && holds(permissions, 'reception.write'),
  // Lịch tiếp công dân: officers plan and record, the director and deputies publish (an action on the page), leaders read.
  receptionSessions: (permissions, { action }) => {
    if (READ_ACTIONS.has(action)) return holds(permissions, 'reception.read');
    if (action === 'publish') return holds(permissions, 'reception.publish');
    return ['create', 'edit', 'cancel', 'record'].includes(action) && holds(permissions, 'reception.write');
  },
  // Chỉ đạo: read by whoever reads the schedule; results are recorded by those who record sessions.
  receptionDirections: (permissions, { action }) =>
    READ_ACTIONS.has(action) ? holds(permissions, 'reception.read') : action === 'complete' && holds(permissions, 'reception.write'),
  // Báo cáo thống kê: one page, read and exported by whoever reads the report forms.
  reports: (permissions, { action }) => READ_ACTIONS.has(action) && holds(permissions, 'report.read'),
  // Báo cáo đã nộp: read by report readers; filing (create) freezes the numbers and is the leaders' and inspectors'.
  filedReports: (permissions, { action }) =>
    READ_ACTIONS.has(action) ? holds(permissions, 'report.read') : action === 'create' && holds(permissions, 'report.file'),
  staffAssignments: officeData,
  trainings: officeData,
  rewards: officeData,
  equipment: officeData,
  annualPlans: planData,
  planItems: planData,
  // Tiến độ kế hoạch: one page for whoever reads the plans.
  planProgress: (permissions, { action }) => READ_ACTIONS.has(action) && holds(permissions, 'plan.read'),
  // The matrix itself: the auditor reads it, the system administrator edits it cell by cell.
  permissions: (permissions, { action }) =>
    READ_ACTIONS.has(action) ? holds(permissions, 'permission.read') : action === 'edit' && holds(permissions, 'permission.manage'),
};

const hasRule = (resource: string): resource is keyof typeof rules => Object.hasOwn(rules, resource);

export function canAccess(permissions: PermissionRow, resource: string, request: AccessRequest): boolean {
  return hasRule(resource) && rules[resource](permissions, request);
}
