import { catalogueEditorRoles, legalClockEditorRoles, petitionApproverRoles, petitionReaderRoles, petitionWriterRoles, type RoleCode } from '@kntc/domain';
import { canRunCaseCommand } from '../cases/case-commands';
import type { ResourceName } from './data-provider';

type AccessRequest = { action: string; record?: Record<string, unknown> | undefined };
type AccessRule = (role: RoleCode, request: AccessRequest) => boolean;

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
const legalClockData: AccessRule = (role, { action }) =>
  READ_ACTIONS.has(action) || ((action === 'create' || action === 'edit') && legalClockEditorRoles.includes(role));


/** Items are never deleted, only made inactive: letters keep the codes they were filed under. */
const catalogueData: AccessRule = (role, { action }) =>
  READ_ACTIONS.has(action) || ((action === 'create' || action === 'edit') && catalogueEditorRoles.includes(role));

/**
 * Mirrors the API's role guards so the UI hides what the server would refuse.
 * The server stays the authority: these rules only decide which buttons to show.
 */
const rules: Record<ResourceName, AccessRule> = {
  petitions: (role, { action, record }) => {
    if (READ_ACTIONS.has(action)) return petitionReaderRoles.includes(role);
    if (APPROVAL_ACTIONS.has(action)) return petitionApproverRoles.includes(role) && isOffered(record, action);
    if (!petitionWriterRoles.includes(role)) return false;
    if (STEP_ACTIONS.has(action)) return isOffered(record, action);
    // Scans and evidence are filed (and withdrawn) by whoever handles letters.
    if (action === 'attach') return true;
    // Without a record (route guards, bulk checks) the role decides; with one, the status does too.
    if (action === 'delete' || action === 'register') return record === undefined || isDraft(record);
    return action === 'create' || action === 'edit';
  },
  calendars: legalClockData,
  deadlineRules: legalClockData,
  // Written by the server whenever edited data moves running deadlines; nobody edits the record.
  deadlineRecalculations: (_role, { action }) => READ_ACTIONS.has(action),
  // Cases are never created, edited or deleted as such: every change is a workflow step (action = its name).
  cases: (role, { action }) => (READ_ACTIONS.has(action) ? petitionReaderRoles.includes(role) : canRunCaseCommand(role, action)),
  catalogues: catalogueData,
};

const hasRule = (resource: string): resource is ResourceName => Object.hasOwn(rules, resource);

export function canAccess(role: RoleCode, resource: string, request: AccessRequest): boolean {
  return hasRule(resource) && rules[resource](role, request);
}
