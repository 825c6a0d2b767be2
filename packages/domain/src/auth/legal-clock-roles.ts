import type { RoleCode } from './roles.js';

/** Who may change the calendar and the deadline rules: the data every due date depends on. */
export const legalClockEditorRoles: readonly RoleCode[] = ['sysadmin', 'director', 'deputy_director', 'unit_head'];
