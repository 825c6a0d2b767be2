import { defaultPermissionMatrix as m } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { canAccess } from '../providers/access';

const OFFICE = ['staffAssignments', 'trainings', 'rewards', 'equipment'] as const;

describe('canAccess for the office records and the annual plan', () => {
  it('lets the administration office keep the records, and leaders and the auditor only read them', () => {
    for (const resource of OFFICE) {
      expect(['list', 'show', 'create', 'edit'].every((action) => canAccess(m.admin_clerk, resource, { action }))).toBe(true);
      for (const role of [m.director, m.unit_head, m.auditor]) {
        expect(canAccess(role, resource, { action: 'list' })).toBe(true);
        expect(canAccess(role, resource, { action: 'edit' })).toBe(false);
      }
      expect(canAccess(m.reception_officer, resource, { action: 'list' })).toBe(false);
      // Nothing is deleted: a period ends, a device retires.
      expect(canAccess(m.admin_clerk, resource, { action: 'delete' })).toBe(false);
    }
    expect(canAccess(m.admin_clerk, 'equipment', { action: 'record_check' })).toBe(true);
    expect(canAccess(m.director, 'equipment', { action: 'record_check' })).toBe(false);
  });

  it('lets the office and the inspectorate update plan items, and leaders follow the progress view', () => {
    for (const role of [m.admin_clerk, m.inspector]) {
      expect(canAccess(role, 'planItems', { action: 'progress' })).toBe(true);
      expect(canAccess(role, 'annualPlans', { action: 'create' })).toBe(true);
    }
    for (const role of [m.director, m.deputy_director, m.unit_head, m.auditor]) {
      expect(canAccess(role, 'planProgress', { action: 'list' })).toBe(true);
      expect(canAccess(role, 'annualPlans', { action: 'export' })).toBe(true);
      expect(canAccess(role, 'planItems', { action: 'progress' })).toBe(false);
    }
    expect(canAccess(m.sysadmin, 'planProgress', { action: 'list' })).toBe(false);
  });
});
