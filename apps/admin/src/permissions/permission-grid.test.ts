import { actionCodes, defaultPermissionMatrix, roleCodes, type ActionCode, type RoleCode } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import type { PermissionCell } from './data-methods';
import { fromCellValue, isLocked, NONE, permissionRows, scopeChoices, toCellValue, withCell } from './permission-grid';

const cell = (role: RoleCode, action: ActionCode): PermissionCell => ({
  role,
  action,
  scope: defaultPermissionMatrix[role][action] ?? null,
  version: 1,
  edited: false,
  updatedByName: null,
  updatedAt: null,
});
const allCells = roleCodes.flatMap((role) => actionCodes.map((action) => cell(role, action)));

describe('permission grid', () => {
  it('has one row per action, in the domain order, with a cell for every role', () => {
    const rows = permissionRows(allCells);
    expect(rows.map((r) => r.action)).toEqual([...actionCodes]);
    expect(rows[0]?.label).toBe('Xem đơn');
    expect(rows.find((r) => r.action === 'case.sign')?.cells.director?.scope).toBe('agency');
    expect(rows.find((r) => r.action === 'case.sign')?.cells.inspector?.scope).toBeNull();
  });

  it('offers own and unit only where they narrow something', () => {
    expect(scopeChoices('case.read').map((c) => c.value)).toEqual([NONE, 'own', 'unit', 'agency']);
    expect(scopeChoices('catalogue.write').map((c) => c.value)).toEqual([NONE, 'agency']);
    expect(scopeChoices('case.read')[0]?.label).toBe('Không được phép');
  });

  it('maps "not allowed" to null and back', () => {
    expect(toCellValue(null)).toBe(NONE);
    expect(fromCellValue(NONE)).toBeNull();
    expect(fromCellValue(toCellValue('unit'))).toBe('unit');
  });

  it('replaces only the saved cell', () => {
    const next = { ...cell('auditor', 'petition.readContact'), scope: 'agency' as const, version: 2, edited: true };
    const updated = withCell(allCells, next);
    expect(updated.filter((c) => c.edited)).toEqual([next]);
    expect(updated).toHaveLength(allCells.length);
  });

  it("never offers to take permission management away from the system administrator", () => {
    expect(isLocked('sysadmin', 'permission.manage')).toBe(true);
    expect(isLocked('sysadmin', 'user.manage')).toBe(false);
    expect(isLocked('director', 'permission.manage')).toBe(false);
  });
});
