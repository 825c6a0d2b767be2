import { describe, expect, it } from 'vitest';
import { canAccess } from './access';

describe('canAccess', () => {
  it('lets the auditor read petitions but not change them', () => {
    expect(canAccess('auditor', 'petitions', { action: 'list' })).toBe(true);
    expect(canAccess('auditor', 'petitions', { action: 'show' })).toBe(true);
    expect(canAccess('auditor', 'petitions', { action: 'edit' })).toBe(false);
    expect(canAccess('auditor', 'petitions', { action: 'create' })).toBe(false);
  });

  it('keeps the admin clerk and the sysadmin out of petitions', () => {
    expect(canAccess('admin_clerk', 'petitions', { action: 'list' })).toBe(false);
    expect(canAccess('sysadmin', 'petitions', { action: 'show' })).toBe(false);
  });

  it('offers delete and register only for drafts', () => {
    const draft = { status: 'draft' };
    const registered = { status: 'registered' };
    expect(canAccess('reception_officer', 'petitions', { action: 'delete', record: draft })).toBe(true);
    expect(canAccess('reception_officer', 'petitions', { action: 'delete', record: registered })).toBe(false);
    expect(canAccess('inspector', 'petitions', { action: 'register', record: draft })).toBe(true);
    expect(canAccess('inspector', 'petitions', { action: 'register', record: registered })).toBe(false);
  });

  it('refuses unknown actions and resources', () => {
    expect(canAccess('director', 'petitions', { action: 'purge' })).toBe(false);
    expect(canAccess('director', 'users', { action: 'list' })).toBe(false);
  });
});

describe('canAccess for the legal clock', () => {
  it('lets everyone signed in read the calendar, the rules and the recalculation history', () => {
    for (const role of ['auditor', 'admin_clerk', 'reception_officer', 'inspector'] as const) {
      expect(canAccess(role, 'calendars', { action: 'show' })).toBe(true);
      expect(canAccess(role, 'deadlineRules', { action: 'list' })).toBe(true);
      expect(canAccess(role, 'deadlineRecalculations', { action: 'list' })).toBe(true);
    }
  });

  it('lets only the editors of the legal clock change calendars and rules', () => {
    for (const role of ['sysadmin', 'director', 'deputy_director', 'unit_head'] as const) {
      expect(canAccess(role, 'calendars', { action: 'edit' })).toBe(true);
      expect(canAccess(role, 'deadlineRules', { action: 'create' })).toBe(true);
    }
    for (const role of ['inspector', 'reception_officer', 'auditor', 'admin_clerk'] as const) {
      expect(canAccess(role, 'calendars', { action: 'edit' })).toBe(false);
      expect(canAccess(role, 'deadlineRules', { action: 'create' })).toBe(false);
    }
  });

  it('deletes nothing and never edits the recalculation history', () => {
    expect(canAccess('sysadmin', 'calendars', { action: 'delete' })).toBe(false);
    expect(canAccess('director', 'deadlineRules', { action: 'delete' })).toBe(false);
    expect(canAccess('director', 'deadlineRecalculations', { action: 'edit' })).toBe(false);
    expect(canAccess('director', 'deadlineRecalculations', { action: 'create' })).toBe(false);
  });
});
