import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PetitionSenderSchema } from '../petitions/schemas.js';
import { foldVietnamese } from './fold.js';
import { checkLegacyEncoding, isVietnameseSyllable } from './legacy-encoding.js';
import { LEGACY_ENCODING_MESSAGE, normalizeVietnamese, vnText } from './vn-text.js';

const ok = (text: string) => ({ ok: true, text });

/** Letters of Vietnamese in NFC, so fast-check builds names that NFD really decomposes. */
const vietnameseLetters = Array.from('aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ');
const vietnameseWord = fc
  .array(fc.constantFrom(...vietnameseLetters), { minLength: 1, maxLength: 7 })
  .map((letters) => letters.join(''))
  .chain((w) => fc.constantFrom(w, w.toLocaleUpperCase('vi'), w.charAt(0).toLocaleUpperCase('vi') + w.slice(1)));
const vietnameseText = fc.array(vietnameseWord, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD');

describe('normalizeVietnamese', () => {
  it('stores the NFC form of NFD input (as macOS sends it)', () => {
    const nfd = 'Nguyễn Thị Hường'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hường');
    expect(normalizeVietnamese(nfd)).toEqual(ok('Nguyễn Thị Hường'));
  });

  it('property: NFC and NFD spellings of any Vietnamese text normalise to the same NFC text', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const fromNfc = normalizeVietnamese(text.normalize('NFC'));
        const fromNfd = normalizeVietnamese(text.normalize('NFD'));
        expect(fromNfd).toEqual(fromNfc);
        expect(fromNfc).toEqual(ok(text.normalize('NFC')));
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('property: for any string at all, NFC and NFD input get the same answer, and an accepted answer is NFC and stable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const a = normalizeVietnamese(s.normalize('NFC'));
        expect(normalizeVietnamese(s.normalize('NFD'))).toEqual(a);
        if (a.ok) {
          expect(a.text.normalize('NFC')).toBe(a.text);
          expect(normalizeVietnamese(a.text)).toEqual(a);
        }
      }),
      { seed: 11, numRuns: 1000 },
    );
  });

  it('property: invisible characters anywhere in a name are dropped, so the name folds and stores the same', () => {
    fc.assert(
      fc.property(vietnameseText, fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 4 }), (text, inserts) => {
        let noisy = text.normalize('NFD');
        for (const [at, ch] of inserts) noisy = noisy.slice(0, at % (noisy.length + 1)) + ch + noisy.slice(at % (noisy.length + 1));
        // Inserting inside a decomposed letter moves a mark; folding compares without marks, storing re-composes.
        expect(foldVietnamese(noisy)).toBe(foldVietnamese(text));
        const stored = normalizeVietnamese(noisy);
        expect(stored.ok).toBe(true);
        if (stored.ok) expect(stored.text).not.toMatch(/[\u00AD\u200B-\u200D\u2060\uFEFF]/);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('tidies whitespace: one line collapses, multi-line keeps paragraphs', () => {
    expect(normalizeVietnamese('  Lê\u00A0 Văn\t Tám \n')).toEqual(ok('Lê Văn Tám'));
    expect(normalizeVietnamese('Dòng 1 \r\n\r\n\r\nDòng\u200B 2', { multiline: true })).toEqual(ok('Dòng 1\n\nDòng 2'));
    // PostgreSQL refuses NUL in text; other control characters are never meant either.
    expect(normalizeVietnamese('Lê\u0000 Văn\u0007 Tám\u007F')).toEqual(ok('Lê Văn Tám'));
    expect(normalizeVietnamese('Dòng\u0000 1\n\tDòng 2', { multiline: true })).toEqual(ok('Dòng 1\n Dòng 2'));
  });

  it('converts text pasted from a TCVN3 (ABC, .VnTime) document to Unicode', () => {
    expect(normalizeVietnamese('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toEqual(ok('Cộng hoà xã hội chủ nghĩa Việt Nam'));
    expect(normalizeVietnamese('NguyÔn V¨n §øc')).toEqual(ok('Nguyễn Văn Đức'));
    expect(normalizeVietnamese('Ng\u00ADêi d©n ë th«n 3, x· §¾k Hµ')).toEqual(ok('Người dân ở thôn 3, xã Đắk Hà'));
    expect(normalizeVietnamese('Ninh B×nh')).toEqual(ok('Ninh Bình'));
    // Capitals typed with the .VnTimeH font carry the lower-case codes.
    expect(normalizeVietnamese('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM')).toEqual(ok('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(normalizeVietnamese('§¬n khiÕu n¹i\nvÒ ®Êt ®ai', { multiline: true })).toEqual(ok('Đơn khiếu nại\nvề đất đai'));
  });

  it('refuses VNI-Windows text with a message that says how to fix it', () => {
    for (const vni of ['Nguyeãn Vaên Tuaán', 'Ngöôøi daân', 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Ñôn khieáu naïi']) {
      expect(normalizeVietnamese(vni)).toEqual({ ok: false, message: LEGACY_ENCODING_MESSAGE });
    }
  });

  it('leaves real Unicode text alone, including words made only of Latin-1 letters and foreign marks next to Vietnamese', () => {
    for (const text of ['Tô Lâm', 'Hà Nội', 'Café Mộc', 'Số 12, đường Trần Hưng Đạo', 'Ông Müller, quốc tịch Đức', 'UBND tỉnh Kon Tum']) {
      expect(normalizeVietnamese(text)).toEqual(ok(text));
    }
  });

  it('the zod helper stores the normalised text and reports an old encoding as a field issue', () => {
    expect(vnText().parse(' Trần\u200B Thị '.normalize('NFD'))).toBe('Trần Thị');
    const result = PetitionSenderSchema.safeParse({ fullName: 'Nguyeãn Vaên Tuaán', address: 'Kon Tum' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['fullName'], message: LEGACY_ENCODING_MESSAGE })]);
    expect(PetitionSenderSchema.parse({ fullName: 'NguyÔn V¨n A'.normalize('NFD'), address: 'Kon Tum' }).fullName).toBe('Nguyễn Văn A');
  });
});

describe('legacy encoding detection', () => {
  it('knows Vietnamese syllables', () => {
    for (const w of ['Người', 'nguyễn', 'quyền', 'giữ', 'khuya', 'nghiêng', 'oanh', 'HOÀ']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['Nguyeón', 'vaờn', 'ngửụứi', 'Mỹller']) expect(isVietnameseSyllable(w), w).toBe(false);
  });

  it('takes text with any Unicode-only Vietnamese letter as Unicode', () => {
    expect(checkLegacyEncoding('Đỗ Thị µ')).toEqual({ kind: 'unicode' });
    expect(checkLegacyEncoding('plain ASCII')).toEqual({ kind: 'unicode' });
  });
});
