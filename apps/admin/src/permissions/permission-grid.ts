import { actionCodes, actionLabels, actionScopes, noScopeLabel, roleCodes, scopeLabels, type ActionCode, type RoleCode, type Scope } from '@kntc/domain';
import type { PermissionCell } from './data-methods';

/** The value of a cell's select: a scope, or NONE for "not allowed" (a select needs a string). */
export const NONE = 'none';
export type CellValue = Scope | typeof NONE;

export const toCellValue = (scope: Scope | null): CellValue => scope ?? NONE;
export const fromCellValue = (value: string): Scope | null => (value === NONE ? null : (value as Scope));

/** The choices an administrator has for one action: the scopes that mean something for it, or none. */
export function scopeChoices(action: ActionCode): { value: CellValue; label: string }[] {
  return [{ value: NONE, label: noScopeLabel }, ...actionScopes[action].map((scope) => ({ value: scope, label: scopeLabels[scope] }))];
}

/** Rows in the order of the domain's list (letters, cases, files, reference data, accounts, audit…). */
export type GridRow = { action: ActionCode; label: string; cells: Record<RoleCode, PermissionCell | undefined> };

export function permissionRows(cells: readonly PermissionCell[]): GridRow[] {
  const byKey = new Map(cells.map((c) => [`${c.role}|${c.action}`, c]));
  return actionCodes.map((action) => ({
    action,
    label: actionLabels[action],
    cells: Object.fromEntries(roleCodes.map((role) => [role, byKey.get(`${role}|${action}`)])) as Record<RoleCode, PermissionCell | undefined>,
  }));
}

/** Replaces one cell after a successful edit, leaving the others as loaded. */
export const withCell = (cells: readonly PermissionCell[], next: PermissionCell): PermissionCell[] =>
  cells.map((c) => (c.role === next.role && c.action === next.action ? next : c));

/** The system administrator always keeps permission management: the server refuses otherwise, so the screen does not offer it. */
export const isLocked = (role: RoleCode, action: ActionCode): boolean => role === 'sysadmin' && action === 'permission.manage';
