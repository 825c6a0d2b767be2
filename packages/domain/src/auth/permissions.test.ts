import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.js';
import {
  actionCodes,
  actionLabels,
  actionScopes,
  assertPermissionEditAllowed,
  defaultPermissionMatrix,
  PermissionCellUpdateSchema,
  scopeCovers,
  scopeFor,
  type ActionCode,
} from './permissions.js';
import { roleCodes, type RoleCode } from './roles.js';

/** The roles holding an action in the default matrix, in role order. */
const holders = (action: ActionCode): RoleCode[] => roleCodes.filter((role) => scopeFor(defaultPermissionMatrix, role, action) !== undefined);

describe('default permission matrix', () => {
  it('labels every action in Vietnamese and gives each at least the agency scope', () => {
    for (const action of actionCodes) {
      expect(actionLabels[action].length).toBeGreaterThan(5);
      expect(actionScopes[action]).toContain('agency');
    }
  });

  it('keeps the access the role guards gave before the matrix existed', () => {
    const handlers: RoleCode[] = ['director', 'deputy_director', 'inspector', 'unit_head', 'reception_officer'];
    expect(holders('petition.write')).toEqual(handlers);
    expect(holders('case.write')).toEqual(handlers);
    expect(holders('petition.read')).toEqual([...handlers, 'auditor']);
    expect(holders('case.read')).toEqual([...handlers, 'auditor']);
    expect(holders('petition.approve')).toEqual(['director', 'deputy_director', 'unit_head']);
    expect(holders('case.sign')).toEqual(['director', 'deputy_director']);
    expect(holders('catalogue.write')).toEqual(['director', 'deputy_director', 'unit_head', 'sysadmin']);
    expect(holders('legalClock.write')).toEqual(['director', 'deputy_director', 'unit_head', 'sysadmin']);
  });

  it('lets only the intake officer and the resolver reveal a protected identity', () => {
    expect(holders('identity.reveal')).toEqual(['director', 'reception_officer']);
  });

  it('keeps the auditor to reading, without citizens’ contact details', () => {
    const auditor = defaultPermissionMatrix.auditor;
    expect(Object.keys(auditor).every((action) => action.endsWith('.read'))).toBe(true);
    expect(auditor['audit.read']).toBe('agency');
    expect(auditor['petition.readContact']).toBeUndefined();
  });

  it('lets the system administrator run the system without reading case files', () => {
    const sysadmin = defaultPermissionMatrix.sysadmin;
    expect(sysadmin['permission.manage']).toBe('agency');
    expect(sysadmin['user.manage']).toBe('agency');
    for (const action of ['petition.read', 'case.read', 'document.read', 'attachment.read', 'identity.reveal'] as const) {
      expect(sysadmin[action]).toBeUndefined();
    }
  });

  it('uses only the scopes each action allows', () => {
    for (const role of roleCodes) {
      for (const [action, scope] of Object.entries(defaultPermissionMatrix[role]) as [ActionCode, string][]) {
        expect(actionScopes[action]).toContain(scope);
      }
    }
  });
});

describe('scopeCovers', () => {
  it('orders the scopes own ⊂ unit ⊂ agency, and no scope covers nothing', () => {
    expect(scopeCovers('agency', 'own')).toBe(true);
    expect(scopeCovers('unit', 'unit')).toBe(true);
    expect(scopeCovers('own', 'unit')).toBe(false);
    expect(scopeCovers(undefined, 'own')).toBe(false);
  });
});

describe('editing one cell', () => {
  it('accepts a scope the action allows, or null to withdraw it', () => {
    expect(PermissionCellUpdateSchema.parse({ role: 'inspector', action: 'case.read', scope: 'own', version: 3 })).toMatchObject({ scope: 'own' });
    expect(PermissionCellUpdateSchema.parse({ role: 'inspector', action: 'case.read', scope: null, version: 0 })).toMatchObject({ scope: null });
  });

  it('refuses a narrowing that would mean nothing, an unknown action and a negative version', () => {
    const narrowed = PermissionCellUpdateSchema.safeParse({ role: 'sysadmin', action: 'catalogue.write', scope: 'unit', version: 1 });
    expect(narrowed.success).toBe(false);
    expect(narrowed.error?.issues[0]?.message).toBe('Thao tác "Cập nhật danh mục" chỉ áp dụng cho phạm vi: Toàn cơ quan.');
    expect(PermissionCellUpdateSchema.safeParse({ role: 'sysadmin', action: 'case.purge', scope: null, version: 1 }).success).toBe(false);
    expect(PermissionCellUpdateSchema.safeParse({ role: 'sysadmin', action: 'case.read', scope: null, version: -1 }).success).toBe(false);
  });

  it('never takes permission management away from the system administrator', () => {
    let caught: unknown;
    try {
      assertPermissionEditAllowed({ role: 'sysadmin', action: 'permission.manage', scope: null });
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught) && caught.code === 'VALIDATION' && caught.message.startsWith('Không thể bỏ quyền phân quyền')).toBe(true);
    expect(() => assertPermissionEditAllowed({ role: 'sysadmin', action: 'permission.manage', scope: 'agency' })).not.toThrow();
    expect(() => assertPermissionEditAllowed({ role: 'director', action: 'permission.manage', scope: null })).not.toThrow();
  });
});
