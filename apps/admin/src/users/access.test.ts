import { defaultPermissionMatrix } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { canAccess } from '../providers/access';

describe('account screens', () => {
  it('are offered to holders of user.manage only, and never offer delete', () => {
    const admin = defaultPermissionMatrix.sysadmin;
    for (const action of ['list', 'create', 'edit', 'resetPassword', 'resetTotp']) expect(canAccess(admin, 'users', { action })).toBe(true);
    expect(canAccess(admin, 'users', { action: 'delete' })).toBe(false);
    for (const role of ['director', 'inspector', 'reception_officer', 'auditor'] as const) {
      expect(canAccess(defaultPermissionMatrix[role], 'users', { action: 'list' })).toBe(false);
    }
  });
});
