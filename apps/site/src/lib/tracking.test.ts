import { describe, expect, it } from 'vitest';
import { readTrackingCode, TrackLetterResultSchema } from './tracking';

describe('readTrackingCode', () => {
  it('accepts a code typed with spaces, dashes or lower case', () => {
    const canonical = readTrackingCode('ABCD-EFGH-JKMN');
    expect(canonical).not.toBeNull();
    expect(readTrackingCode(' abcd efgh jkmn ')).toBe(canonical);
  });

  it('refuses what cannot be a code, a file upload or an overlong value', () => {
    expect(readTrackingCode(null)).toBeNull();
    expect(readTrackingCode('')).toBeNull();
    expect(readTrackingCode('ABCD-EFGH')).toBeNull();
    expect(readTrackingCode(`ABCD-EFGH-JKMN${' '.repeat(40)}`)).toBeNull();
    expect(readTrackingCode(new File(['ABCD-EFGH-JKMN'], 'code.txt'))).toBeNull();
  });
});

describe('TrackLetterResultSchema', () => {
  it('accepts a found and a not-found answer, and nothing else', () => {
    expect(TrackLetterResultSchema.parse({ found: false })).toEqual({ found: false });
    const found = { found: true, statusLabel: 'Đang xử lý đơn', nextDate: '2026-12-10', nextDateLabel: 'Hạn xử lý đơn' };
    expect(TrackLetterResultSchema.parse(found)).toEqual(found);
    expect(TrackLetterResultSchema.safeParse({ found: true, statusLabel: 'x' }).success).toBe(false);
  });
});
