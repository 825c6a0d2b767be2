import { defaultPermissionMatrix } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { canAccess } from './access';

describe('canAccess', () => {
  it('lets officers plan and record the Director\'s receptions, the Director and deputies publish, leaders read', () => {
    const m = defaultPermissionMatrix;
    expect(['create', 'edit', 'cancel', 'record'].every((action) => canAccess(m.reception_officer, 'receptionSessions', { action }))).toBe(true);
    expect(canAccess(m.reception_officer, 'receptionSessions', { action: 'publish' })).toBe(false);
    expect(canAccess(m.director, 'receptionSessions', { action: 'publish' })).toBe(true);
    expect(canAccess(m.deputy_director, 'receptionSessions', { action: 'publish' })).toBe(true);
    expect(canAccess(m.director, 'receptionSessions', { action: 'create' })).toBe(false);
    expect(canAccess(m.unit_head, 'receptionSessions', { action: 'list' })).toBe(true);
    expect(canAccess(m.auditor, 'receptionDirections', { action: 'list' })).toBe(true);
    expect(canAccess(m.auditor, 'receptionDirections', { action: 'complete' })).toBe(false);
    expect(canAccess(m.inspector, 'receptionDirections', { action: 'complete' })).toBe(true);
    expect(canAccess(m.admin_clerk, 'receptionSessions', { action: 'list' })).toBe(false);
  });

  it('lets the auditor read petitions but not change them', () => {
    expect(canAccess(defaultPermissionMatrix.auditor, 'petitions', { action: 'list' })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.auditor, 'petitions', { action: 'show' })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.auditor, 'petitions', { action: 'edit' })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.auditor, 'petitions', { action: 'create' })).toBe(false);
  });

  it('keeps the admin clerk and the sysadmin out of petitions', () => {
    expect(canAccess(defaultPermissionMatrix.admin_clerk, 'petitions', { action: 'list' })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.sysadmin, 'petitions', { action: 'show' })).toBe(false);
  });

  it('offers delete and register only for drafts', () => {
    const draft = { status: 'draft' };
    const registered = { status: 'registered' };
    expect(canAccess(defaultPermissionMatrix.reception_officer, 'petitions', { action: 'delete', record: draft })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.reception_officer, 'petitions', { action: 'delete', record: registered })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.inspector, 'petitions', { action: 'register', record: draft })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.inspector, 'petitions', { action: 'register', record: registered })).toBe(false);
  });

  it('offers the receipt only for a registered letter, to those who write letters', () => {
    const draft = { status: 'draft', receiptNumber: null };
    const registered = { status: 'registered', receiptNumber: '12/2026' };
    expect(canAccess(defaultPermissionMatrix.reception_officer, 'petitions', { action: 'issue_receipt', record: registered })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.reception_officer, 'petitions', { action: 'issue_receipt', record: draft })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.auditor, 'petitions', { action: 'issue_receipt', record: registered })).toBe(false);
  });

  it('refuses unknown actions and resources', () => {
    expect(canAccess(defaultPermissionMatrix.director, 'petitions', { action: 'purge' })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.director, 'users', { action: 'list' })).toBe(false);
  });
});

describe('canAccess for the letter workflow', () => {
  const registered = { status: 'registered', availableActions: ['classify', 'mark_duplicate'] };
  const pending = { status: 'pending_approval', availableActions: ['approve', 'reject'] };

  it('lets officers classify, propose and link duplicates, when the letter offers the step', () => {
    expect(canAccess(defaultPermissionMatrix.reception_officer, 'petitions', { action: 'classify', record: registered })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.inspector, 'petitions', { action: 'mark_duplicate', record: registered })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.inspector, 'petitions', { action: 'propose', record: registered })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.inspector, 'petitions', { action: 'propose' })).toBe(true);
  });

  it('leaves approving and sending back to the director, the deputies and the unit heads', () => {
    for (const role of ['director', 'deputy_director', 'unit_head'] as const) {
      expect(canAccess(defaultPermissionMatrix[role], 'petitions', { action: 'approve', record: pending })).toBe(true);
      expect(canAccess(defaultPermissionMatrix[role], 'petitions', { action: 'reject', record: pending })).toBe(true);
    }
    for (const role of ['inspector', 'reception_officer', 'auditor'] as const) {
      expect(canAccess(defaultPermissionMatrix[role], 'petitions', { action: 'approve', record: pending })).toBe(false);
      expect(canAccess(defaultPermissionMatrix[role], 'petitions', { action: 'reject' })).toBe(false);
    }
    expect(canAccess(defaultPermissionMatrix.director, 'petitions', { action: 'approve', record: registered })).toBe(false);
  });

  it('lets writers file attachments and keeps the auditor to reading', () => {
    expect(canAccess(defaultPermissionMatrix.reception_officer, 'petitions', { action: 'attach' })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.auditor, 'petitions', { action: 'attach' })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.auditor, 'petitions', { action: 'classify' })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.admin_clerk, 'petitions', { action: 'mark_duplicate' })).toBe(false);
  });
});

describe('canAccess for the legal clock', () => {
  it('lets everyone signed in read the calendar, the rules and the recalculation history', () => {
    for (const role of ['auditor', 'admin_clerk', 'reception_officer', 'inspector'] as const) {
      expect(canAccess(defaultPermissionMatrix[role], 'calendars', { action: 'show' })).toBe(true);
      expect(canAccess(defaultPermissionMatrix[role], 'deadlineRules', { action: 'list' })).toBe(true);
      expect(canAccess(defaultPermissionMatrix[role], 'deadlineRecalculations', { action: 'list' })).toBe(true);
    }
  });

  it('lets only the editors of the legal clock change calendars and rules', () => {
    for (const role of ['sysadmin', 'director', 'deputy_director', 'unit_head'] as const) {
      expect(canAccess(defaultPermissionMatrix[role], 'calendars', { action: 'edit' })).toBe(true);
      expect(canAccess(defaultPermissionMatrix[role], 'deadlineRules', { action: 'create' })).toBe(true);
    }
    for (const role of ['inspector', 'reception_officer', 'auditor', 'admin_clerk'] as const) {
      expect(canAccess(defaultPermissionMatrix[role], 'calendars', { action: 'edit' })).toBe(false);
      expect(canAccess(defaultPermissionMatrix[role], 'deadlineRules', { action: 'create' })).toBe(false);
    }
  });

  it('deletes nothing and never edits the recalculation history', () => {
    expect(canAccess(defaultPermissionMatrix.sysadmin, 'calendars', { action: 'delete' })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.director, 'deadlineRules', { action: 'delete' })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.director, 'deadlineRecalculations', { action: 'edit' })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.director, 'deadlineRecalculations', { action: 'create' })).toBe(false);
  });
});

describe('canAccess for cases', () => {
  it('lets case readers see cases; nobody creates, edits or deletes one', () => {
    expect(canAccess(defaultPermissionMatrix.auditor, 'cases', { action: 'show' })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.admin_clerk, 'cases', { action: 'list' })).toBe(false);
    for (const action of ['create', 'edit', 'delete']) expect(canAccess(defaultPermissionMatrix.director, 'cases', { action })).toBe(false);
  });

  it('leaves signing, returning, terminating and extending to the director and deputies', () => {
    expect(canAccess(defaultPermissionMatrix.inspector, 'cases', { action: 'draft' })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.inspector, 'cases', { action: 'sign' })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.deputy_director, 'cases', { action: 'extend' })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.auditor, 'cases', { action: 'start_verification' })).toBe(false);
  });
});

describe('canAccess for catalogues', () => {
  it('lets everyone signed in read the reference lists', () => {
    for (const role of ['auditor', 'admin_clerk', 'reception_officer', 'inspector', 'deputy_director'] as const) {
      expect(canAccess(defaultPermissionMatrix[role], 'catalogues', { action: 'list' })).toBe(true);
    }
  });

  it('lets the sysadmin, the director, the deputies and the unit heads add and edit items, as the API does', () => {
    for (const role of ['sysadmin', 'director', 'deputy_director', 'unit_head'] as const) {
      expect(canAccess(defaultPermissionMatrix[role], 'catalogues', { action: 'create' })).toBe(true);
      expect(canAccess(defaultPermissionMatrix[role], 'catalogues', { action: 'edit' })).toBe(true);
    }
    for (const role of ['inspector', 'reception_officer', 'auditor', 'admin_clerk'] as const) {
      expect(canAccess(defaultPermissionMatrix[role], 'catalogues', { action: 'create' })).toBe(false);
      expect(canAccess(defaultPermissionMatrix[role], 'catalogues', { action: 'edit' })).toBe(false);
    }
  });

  it('deletes no item: a field letters were filed under is made inactive instead', () => {
    expect(canAccess(defaultPermissionMatrix.sysadmin, 'catalogues', { action: 'delete' })).toBe(false);
  });
});

describe('canAccess for the statutory reports', () => {
  const m = defaultPermissionMatrix;

  it('shows the report page and the filed reports to those who read report forms', () => {
    expect(canAccess(m.inspector, 'reports', { action: 'list' })).toBe(true);
    expect(canAccess(m.auditor, 'filedReports', { action: 'show' })).toBe(true);
    expect(canAccess(m.reception_officer, 'reports', { action: 'list' })).toBe(false);
    expect(canAccess(m.sysadmin, 'filedReports', { action: 'list' })).toBe(false);
  });

  it('lets the director, deputies and inspectors file a report, not the auditor; nobody edits a filing', () => {
    expect((['director', 'deputy_director', 'inspector'] as const).every((role) => canAccess(m[role], 'filedReports', { action: 'create' }))).toBe(true);
    expect(canAccess(m.auditor, 'filedReports', { action: 'create' })).toBe(false);
    expect(canAccess(m.director, 'filedReports', { action: 'edit' })).toBe(false);
    expect(canAccess(m.director, 'filedReports', { action: 'delete' })).toBe(false);
  });
});

describe('canAccess for the identity vault and retention', () => {
  const protectedLetter = { status: 'registered', isProtected: true };
  it('offers "Xem danh tính" on a protected letter to the intake officer and the director only', () => {
    expect(canAccess(defaultPermissionMatrix.reception_officer, 'petitions', { action: 'reveal_identity', record: protectedLetter })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.director, 'petitions', { action: 'reveal_identity', record: protectedLetter })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.inspector, 'petitions', { action: 'reveal_identity', record: protectedLetter })).toBe(false);
    expect(canAccess(defaultPermissionMatrix.reception_officer, 'petitions', { action: 'reveal_identity', record: { status: 'registered', isProtected: false } })).toBe(false);
  });

  it('shows the retention page to those who may destroy records', () => {
    expect(canAccess(defaultPermissionMatrix.director, 'retention', { action: 'list' })).toBe(true);
    expect(canAccess(defaultPermissionMatrix.unit_head, 'retention', { action: 'list' })).toBe(false);
  });
});
