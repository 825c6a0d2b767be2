import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeForm } from './aggregate.js';
import { annualReportFigures, AnnualReportFiguresSchema } from './annual-report-figures.js';
import { caseResolutionFigures } from './case-figures.js';
import { form01Tcd } from './forms/form-01-tcd.js';
import { form02Xld } from './forms/form-02-xld.js';
import { leafColumns } from './forms/report-form.js';
import { defaultReportCutOffRules } from './period-rules.js';
import { reportPeriod } from './report-periods.js';
import { fieldGroups, recordsArb, unitIds } from './test-arbitraries.js';

const year2026 = reportPeriod('year', 2026, defaultReportCutOffRules);
const options = { units: unitIds.map((id) => ({ id, name: id })), contentGroupOfField: fieldGroups };
const noCases = caseResolutionFigures([], year2026, year2026.to);
const headerOf = (form: typeof form01Tcd, n: number) => leafColumns(form.columns).find((c) => c.number === n)?.header;

describe('annualReportFigures', () => {
  it('reads the columns it names: the forms still have them under those headers', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17].map((n) => headerOf(form01Tcd, n))).toEqual([
      'Lượt', 'Người', 'Vụ việc', 'Lượt', 'Người', 'Tiếp lần đầu', 'Tiếp nhiều lần', 'Số đoàn', 'Người', 'Kỳ tiếp', 'Lượt', 'Người', 'Vụ việc', 'Đoàn đông người', 'Kỳ tiếp',
    ]);
    expect([1, 2, 3, 4, 5, 6, 7, 12, 17, 18, 19, 20].map((n) => headerOf(form02Xld, n))).toEqual([
      'Tổng số', 'Kỳ trước chuyển sang', 'Tiếp nhận trong kỳ', 'Số đơn đã xử lý', 'Số đơn', 'Số vụ việc', 'Chế độ, chính sách', 'Lĩnh vực khác', 'Lần đầu', 'Lần hai', 'Hướng dẫn', 'Chuyển đơn, đôn đốc',
    ]);
  });

  it('property: the narrative figures add up as the forms do, and complaints received are 02/XLD received', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const tcd = computeForm(form01Tcd, records, year2026, options);
        const xld = computeForm(form02Xld, records, year2026, options);
        const f = annualReportFigures({ tcd, xld, letters: records.letters, cases: noCases, period: year2026 });
        expect(AnnualReportFiguresSchema.parse(f)).toEqual(f);
        const r = f.reception;
        expect(r.total.visits).toBe(r.regular.visits + r.headInPerson.visits + r.headAuthorised.visits);
        expect(r.total.persons).toBe(r.regular.persons + r.headInPerson.persons + r.headAuthorised.persons);
        expect(r.total.matters).toBe(r.regular.matters + r.headInPerson.matters + r.headAuthorised.matters);
        const l = f.complaintLetters;
        expect(l.toProcess).toBe(l.carriedOver + l.received);
        expect(Object.values(l.byContent).reduce((a, b) => a + b, 0)).toBe(l.eligible);
        expect(f.lettersReceived.complaint).toBe(l.received);
        expect(f.lettersReceived.total).toBe(f.lettersReceived.complaint + f.lettersReceived.denunciation + f.lettersReceived.recommendation + f.lettersReceived.mixed);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a table of another form, so the text cannot state one form\'s numbers as the other\'s', () => {
    const empty = { visits: [], sessions: [], letters: [] };
    const tcd = computeForm(form01Tcd, empty, year2026, options);
    expect(() => annualReportFigures({ tcd, xld: tcd, letters: [], cases: noCases, period: year2026 })).toThrow('Cần số liệu biểu 02/XLD, nhận được biểu 01/TCD.');
  });
});
