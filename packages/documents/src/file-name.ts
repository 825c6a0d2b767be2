import { foldVietnamese } from '@kntc/domain';
import { yearOf } from './dates.js';
import type { AdministrativeDocument } from './model.js';

const slug = (s: string): string =>
  foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Folds diacritics but keeps the symbol's capitals, which is how clerks name files: "QĐ-SNV" → "QD-SNV". */
const symbolPart = (symbol: string): string =>
  symbol
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * "thong-bao-12-TB-SNV-2026.docx": diacritic-free, so it survives e-mail, zip tools and Windows code pages.
 * A draft has "du-thao" where the number goes; a công văn (no title) is named "cong-van".
 */
export function documentFileName(model: Pick<AdministrativeDocument, 'title' | 'number' | 'symbol' | 'date'>): string {
  const stem = slug(model.title ?? 'Công văn');
  const number = model.number === null ? 'du-thao' : String(model.number).padStart(2, '0');
  return `${stem}-${number}-${symbolPart(model.symbol)}-${yearOf(model.date)}.docx`;
}
