import { describe, expect, it } from 'vitest';
import { defaultReportForms } from './default-forms.js';
import { form01Tcd } from './form-01-tcd.js';
import { form02Xld } from './form-02-xld.js';
import { isColumnGroup, leafColumns, ReportFormSchema } from './report-form.js';

describe('report forms as data', () => {
  it('both seed forms are valid data with columns numbered 1…21', () => {
    for (const form of defaultReportForms) {
      expect(ReportFormSchema.safeParse(form).success).toBe(true);
      expect(leafColumns(form.columns).map((c) => c.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    }
    expect(defaultReportForms.map((f) => f.code)).toEqual(['01/TCD', '02/XLD']);
  });

  it('01/TCD groups its headers as the printed form does', () => {
    expect(form01Tcd.columns.map((node) => node.header)).toEqual(['Tổng số', 'Tiếp thường xuyên', 'Tiếp định kỳ và đột xuất của Thủ trưởng']);
    const head = form01Tcd.columns[2];
    expect(head && isColumnGroup(head) ? head.children.map((c) => c.header) : []).toEqual(['Thủ trưởng tiếp', 'Ủy quyền tiếp']);
  });

  it('02/XLD counts complaint letters only', () => {
    for (const column of leafColumns(form02Xld.columns)) {
      expect(column.measure.source === 'letters' ? column.measure.kinds : undefined).toEqual(['complaint']);
    }
  });

  it('marks the columns whose definition is unconfirmed, and says why', () => {
    const unconfirmed = (form: typeof form01Tcd) => leafColumns(form.columns).filter((c) => c.confidence === 'U');
    expect(unconfirmed(form01Tcd).map((c) => c.number)).toEqual([12, 16, 17, 21]);
    expect(unconfirmed(form02Xld).map((c) => c.number)).toEqual([2, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect([...unconfirmed(form01Tcd), ...unconfirmed(form02Xld)].every((c) => (c.note ?? '').length > 0)).toBe(true);
  });

  it('refuses a form whose columns are not numbered in order', () => {
    const result = ReportFormSchema.safeParse({
      ...form02Xld,
      columns: [{ number: 2, header: 'Tổng số', measure: { source: 'letters', count: 'letters', stage: 'received' }, confidence: 'S' }],
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual(['Cột "Tổng số" phải mang số 1, đang là 2.']);
  });
});
