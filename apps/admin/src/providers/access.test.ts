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
