import { describe, expect, it } from 'vitest';
import { readTrackingCode, TrackLetterResultSchema } from './tracking';

describe('readTrackingCode', () => {
  it('passes the typed code on, trimmed, even when malformed (the API treats both alike)', () => {
    expect(readTrackingCode(' abcd efgh jkmn ')).toBe('abcd efgh jkmn');
    expect(readTrackingCode('ABCD-EFGH')).toBe('ABCD-EFGH');
  });

  it('refuses an empty field, a file upload or an overlong value', () => {
    expect(readTrackingCode(null)).toBeNull();
    expect(readTrackingCode('   ')).toBeNull();
    expect(readTrackingCode('A'.repeat(41))).toBeNull();
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
