import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { vi } from '../i18n/vi';

const src = join(import.meta.dirname, '..');
/** The folders of the letter screens; their message keys are written out in full in the code. */
const folders = ['petitions', 'letter-workflow', 'timeline', 'documents', 'attachments'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const keys = [
  ...new Set(
    folders.flatMap((folder) => sources(join(src, folder))).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['"](kntc\.letters\.[a-z_.]+[a-z_])['"]/g)].map((m) => m[1] ?? '')),
  ),
];

describe('messages of the letter screens', () => {
  const { translate } = polyglotI18nProvider(() => vi, 'vi');

  it('finds the keys it checks', () => {
    expect(keys.length).toBeGreaterThan(50);
  });

  it.each(keys)('%s has a Vietnamese text', (key) => {
    expect(translate(key, { _: '' })).not.toBe('');
  });

  it('has a tab name for every queue', () => {
    for (const queue of ['all', 'to_classify', 'to_approve', 'due_soon', 'overdue']) {
      expect(translate(`kntc.letters.queues.${queue}`, { _: '' })).not.toBe('');
    }
  });
});
