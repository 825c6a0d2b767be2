import { describe, expect, it } from 'vitest';
import { contentGroupOf } from './content-groups.js';
import { ReportLetterSchema, ReportVisitSchema } from './records.js';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('report records', () => {
  const visit = { unitId: 'thanh-tra', date: '2026-04-02', kind: 'periodic', headReception: 'in_person', persons: 1, isGroup: false, isRepeat: false, matterCount: 1 };

  it('a head reception says who received, a regular one does not', () => {
    expect(ReportVisitSchema.safeParse(visit).success).toBe(true);
    const message = 'Tiếp định kỳ, đột xuất phải ghi rõ Thủ trưởng trực tiếp tiếp hay ủy quyền tiếp; tiếp thường xuyên thì không.';
    expect(messages(ReportVisitSchema.safeParse({ ...visit, headReception: null }))).toEqual([message]);
    expect(messages(ReportVisitSchema.safeParse({ ...visit, kind: 'regular' }))).toEqual([message]);
  });

  it('a letter cannot be handled before it was received', () => {
    const letter = {
      unitId: 'thanh-tra', receivedDate: '2026-04-02', handledDate: '2026-04-01', kind: 'complaint', fieldCode: 'dat-dai', isEligible: true,
      caseCount: 1, priorResolution: 'unresolved', result: null, hasTransferReply: false,
    };
    expect(messages(ReportLetterSchema.safeParse(letter))).toEqual(['Ngày xử lý không được trước ngày nhận đơn.']);
    expect(ReportLetterSchema.safeParse({ ...letter, handledDate: null }).success).toBe(true);
  });

  it('an unmapped field, or one named like an Object property, counts as "khác"', () => {
    expect(contentGroupOf('dat-dai', { 'dat-dai': 'admin_land_housing' })).toBe('admin_land_housing');
    expect(contentGroupOf('toString', {})).toBe('other');
  });
});
