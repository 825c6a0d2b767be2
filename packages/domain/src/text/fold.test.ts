import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldVietnamese, normalizeMultiline, normalizeText } from './fold.js';

describe('foldVietnamese', () => {
  it('removes diacritics, đ and case', () => {
    expect(foldVietnamese('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldVietnamese('KHIẾU NẠI về đất đai')).toBe('khieu nai ve dat dai');
  });

  it('treats NFC and NFD spellings as the same text', () => {
    const nfc = 'Trần Thị Hường'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
  });

  it('drops zero-width characters and collapses whitespace', () => {
    expect(foldVietnamese(' Lê\u200B  Văn\tTám ')).toBe('le van tam');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => foldVietnamese(foldVietnamese(s)) === foldVietnamese(s)));
  });
});

describe('normalizeText', () => {
  it('returns NFC', () => {
    expect(normalizeText('Hường'.normalize('NFD'))).toBe('Hường'.normalize('NFC'));
  });
});

describe('normalizeMultiline', () => {
  it('keeps paragraphs but trims noise', () => {
    expect(normalizeMultiline('Dòng 1  \r\n\r\n\r\n\r\nDòng   2')).toBe('Dòng 1\n\nDòng 2');
  });
});

describe('slugify', () => {
  it('makes diacritic-free slugs', async () => {
    const { slugify } = await import('./slug.js');
    expect(slugify('12/KL-SNV Kết luận nội dung tố cáo')).toBe('12-kl-snv-ket-luan-noi-dung-to-cao');
    expect(slugify('Đường Hùng Vương!!')).toBe('duong-hung-vuong');
  });
});
