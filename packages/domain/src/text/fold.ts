/**
 * Folds Vietnamese text to a comparison key: NFC-normalised, no diacritics,
 * "đ" as "d", lower case, zero-width characters removed, whitespace collapsed.
 * "Nguyễn  Văn" and its NFD spelling both fold to "nguyen van", which is what
 * diacritic-free search and duplicate detection compare.
 */
export function foldVietnamese(input: string): string {
  return normalizeText(input)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

// Zero-width spaces and joiners, word joiner, BOM and the soft hyphen: invisible, but they split words for search.
const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Control characters other than tab and line breaks: never meant, and PostgreSQL refuses NUL in text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** Canonical stored form of user text: NFC, no zero-width characters, single spaces, trimmed. */
export function normalizeText(input: string): string {
  return input.normalize('NFC').replace(ZERO_WIDTH, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Like normalizeText but keeps line breaks, for multi-line content. */
export function normalizeMultiline(input: string): string {
  return input
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
