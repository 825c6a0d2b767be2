import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { vi } from '../i18n/vi';

const src = join(import.meta.dirname, '..');
const files = ['account', 'users'].flatMap((folder) =>
  readdirSync(join(src, folder))
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'))
    .map((name) => join(src, folder, name)),
);
const keys = [
  ...new Set(
    files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['"]((?:kntc\.(?:account|users)|resources\.users)\.[a-zA-Z_.]+[a-zA-Z_])['"]/g)].map((m) => m[1] ?? '')),
  ),
];

describe('messages of the account screens', () => {
  const { translate } = polyglotI18nProvider(() => vi, 'vi');

  it('finds the keys it checks', () => {
    expect(keys.length).toBeGreaterThan(30);
  });

  it.each(keys)('%s has a Vietnamese text', (key) => {
    expect(translate(key, { _: '' })).not.toBe('');
  });

  it('names every field of the account form', () => {
    for (const field of ['username', 'fullName', 'position', 'role', 'unitId', 'isActive', 'temporaryPassword']) {
      expect(translate(`resources.users.fields.${field}`, { _: '' })).not.toBe('');
    }
  });
});
