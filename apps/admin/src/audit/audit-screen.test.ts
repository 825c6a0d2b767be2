import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPermissionMatrix, roleCodes } from '@kntc/domain';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { vi } from '../i18n/vi';
import { canAccess } from '../providers/access';
import { actionChoices, entityLabel, recordScreen } from './labels';

const { translate } = polyglotI18nProvider(() => vi, 'vi');
const sources = readdirSync(import.meta.dirname)
  .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'))
  .map((name) => readFileSync(join(import.meta.dirname, name), 'utf8'));

describe('the audit log screen', () => {
  const keys = [...new Set(sources.flatMap((text) => [...text.matchAll(/['"](kntc\.audit\.[a-z_]+)['"]/g)].map((m) => m[1] ?? '')))];
  const fields = [...new Set(sources.flatMap((text) => [...text.matchAll(/source="([a-zA-Z]+)"/g)].map((m) => m[1] ?? '')))];

  it('finds the keys and fields it checks', () => {
    expect(keys.length).toBeGreaterThan(10);
    expect(fields).toEqual(expect.arrayContaining(['seq', 'at', 'actor', 'action', 'hash']));
  });

  it.each(keys)('%s has a Vietnamese text', (key) => {
    expect(translate(key, { _: '' })).not.toBe('');
  });

  it.each(fields)('field %s has a Vietnamese label', (field) => {
    expect(translate(`resources.audit.fields.${field}`, { _: '' })).not.toBe('');
  });

  it('is shown to the roles the default matrix lets read the log, and never offers a write', () => {
    const readers = roleCodes.filter((role) => canAccess(defaultPermissionMatrix[role], 'audit', { action: 'list' }));
    expect(readers.sort()).toEqual(['auditor', 'director', 'sysadmin']);
    for (const action of ['create', 'edit', 'delete']) {
      expect(canAccess(defaultPermissionMatrix.auditor, 'audit', { action })).toBe(false);
    }
    expect(canAccess(defaultPermissionMatrix.auditor, 'audit', { action: 'export' })).toBe(true);
  });

  it('offers every area and known action in Vietnamese, and links records that have a screen', () => {
    const choices = actionChoices((area) => `${area} (mọi thao tác)`);
    expect(choices).toContainEqual({ id: 'petitions', name: 'Đơn (mọi thao tác)' });
    expect(choices).toContainEqual({ id: 'auth.login_failed', name: 'Đăng nhập không thành công' });
    expect(entityLabel('catalogue_items')).toBe('Danh mục');
    expect(recordScreen('petitions', 'abc')).toEqual({ resource: 'petitions', type: 'show', id: 'abc' });
    expect(recordScreen('role_permissions', 'inspector:case.read')).toBeNull();
  });
});
