import englishMessages from 'ra-language-english';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { raVi, vi } from './vi';

type Tree = { [key: string]: Tree | string | undefined };

/** Every leaf of a message tree as [dotted key, message]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    if (value === undefined) return [];
    return typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`);
  });
}

const placeholders = (message: string) => [...message.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

const english = new Map(leaves(englishMessages.ra as Tree));
const vietnamese = new Map(leaves(raVi as Tree));

describe('Vietnamese translation of react-admin', () => {
  it('has exactly the keys of ra-language-english', () => {
    expect([...vietnamese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.entries()])('%s keeps the placeholders and plural forms', (key, message) => {
    const translated = vietnamese.get(key) ?? '';
    expect(translated.split(' |||| ').length).toBe(message.split(' |||| ').length);
    expect(placeholders(translated)).toEqual(placeholders(message));
  });

  it('leaves nothing in English', () => {
    // Messages made only of placeholders ("%{name}") are the same in every language.
    const hasWords = (message: string) => /[a-z]/i.test(message.replace(/%\{\w+\}/g, ''));
    const untouched = [...english.entries()].filter(([key, message]) => hasWords(message) && vietnamese.get(key) === message);
    expect(untouched).toEqual([]);
  });
});

describe('i18n provider', () => {
  const { translate } = polyglotI18nProvider(() => vi, 'vi');

  it('chooses the plural form by count', () => {
    expect(translate('ra.action.bulk_actions', { smart_count: 1 })).toBe('Đã chọn 1 mục');
    expect(translate('ra.action.bulk_actions', { smart_count: 3 })).toBe('Đã chọn 3 mục');
  });

  it('names every petition field, nested sender fields included', () => {
    expect(translate('resources.petitions.fields.sender.fullName')).toBe('Họ và tên người gửi');
    expect(translate('resources.petitions.fields.q')).toBe('Tìm kiếm (không cần dấu)');
  });
});
