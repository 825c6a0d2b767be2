import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, compareVietnamese, compareVietnameseNumeric } from './collation.js';

const sign = (n: number) => Math.sign(n);

describe('shared sorting orders', () => {
  it('order Vietnamese names as the dictionary does', () => {
    expect(['Đào', 'Dương', 'Anh', 'Ánh', 'Bình'].sort(compareVietnamese)).toEqual(['Anh', 'Ánh', 'Bình', 'Dương', 'Đào']);
  });

  it('order receipt and case numbers by value', () => {
    expect(['12/2026', '9/2026', '100/2026', '9/2025'].sort(compareVietnameseNumeric)).toEqual(['9/2025', '9/2026', '12/2026', '100/2026']);
    expect(['12.10/2026', '12.2/2026', '12.1/2026'].sort(compareVietnameseNumeric)).toEqual(['12.1/2026', '12.2/2026', '12.10/2026']);
  });

  it('agree with localeCompare, which they replace', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạ ĐÂ0123456789./'.split('')), maxLength: 12 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sign(compareVietnamese(a, b))).toBe(sign(a.localeCompare(b, 'vi')));
        expect(sign(compareVietnameseNumeric(a, b))).toBe(sign(a.localeCompare(b, 'vi', { numeric: true })));
      }),
    );
  });

  it('order ISO dates and UUIDs as localeCompare did', () => {
    const key = fc.oneof(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.uuid(),
    );
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(sign(compareCodePoints(a, b))).toBe(sign(a.localeCompare(b)));
      }),
    );
  });
});
