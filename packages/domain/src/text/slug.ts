import { foldVietnamese } from './fold.js';

/** Diacritic-free URL slug: "12/KL-SNV Kết luận…" → "12-kl-snv-ket-luan…". */
export function slugify(text: string, maxLength = 120): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
