import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnValue, computeForm } from './aggregate.js';
import { recordsBehindCell } from './cell-records.js';
import { defaultReportForms } from './forms/default-forms.js';
import { form01Tcd } from './forms/form-01-tcd.js';
import { form02Xld } from './forms/form-02-xld.js';
import { defaultReportCutOffRules } from './period-rules.js';
import { type ReportRecords } from './records.js';
import { reportPeriod } from './report-periods.js';
import { fieldGroups, recordsArb, unitIds } from './test-arbitraries.js';

const year2026 = reportPeriod('year', 2026, defaultReportCutOffRules);
const units = unitIds.map((id) => ({ id, name: id }));
const options = { units, contentGroupOfField: fieldGroups };
const empty: ReportRecords = { visits: [], sessions: [], letters: [] };

describe('recordsBehindCell', () => {
  it('property: for every column of every form, in every row, the drilled records weigh what the cell says', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        for (const form of defaultReportForms) {
          const table = computeForm(form, records, year2026, options);
          for (const column of table.columns) {
            const total = recordsBehindCell(form, column.number, records, year2026, options);
            expect(total.value).toBe(columnValue(table.total, column.number));
            expect(total.records.reduce((sum, r) => sum + r.weight, 0)).toBe(total.value);
            expect(total.records.every((r) => r.weight > 0)).toBe(true);
            for (const row of table.rows) {
              const cell = recordsBehindCell(form, column.number, records, year2026, options, row.unitId);
              expect(cell.records.reduce((sum, r) => sum + r.weight, 0)).toBe(columnValue(row.values, column.number));
              expect(cell.records.every((r) => r.record.unitId === row.unitId)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('weighs a visit by its persons in a persons column and lists it once', () => {
    const visit = { unitId: 'thanh-tra', date: '2026-04-02', kind: 'regular' as const, headReception: null, persons: 7, isGroup: true, isRepeat: false, matterCount: 1 };
    const cell = recordsBehindCell(form01Tcd, 2, { ...empty, visits: [visit, { ...visit, date: '2027-01-05' }] }, year2026, options, 'thanh-tra');
    expect(cell.column.header).toBe('Người');
    expect(cell.value).toBe(7);
    expect(cell.records).toEqual([{ source: 'visit', record: visit, weight: 7 }]);
  });

  it('a letter carrying its catalogue group counts and drills in that content column, whatever the options map its field to', () => {
    const letter = {
      unitId: 'thanh-tra', receivedDate: '2026-04-02', handledDate: '2026-04-10', kind: 'complaint' as const, fieldCode: 'khac', contentGroup: 'admin_land_housing' as const,
      isEligible: true, caseCount: 1, priorResolution: 'unresolved' as const, result: 'in_competence_first' as const, hasTransferReply: false,
    };
    const records = { ...empty, letters: [letter, { ...letter, contentGroup: undefined }] };
    const table = computeForm(form02Xld, records, year2026, options);
    expect([7, 8, 9, 10, 11, 12].map((n) => columnValue(table.total, n))).toEqual([0, 1, 1, 0, 0, 0]);
    expect(recordsBehindCell(form02Xld, 8, records, year2026, options).records.map((r) => r.record)).toEqual([letter]);
  });

  it('refuses a column the form does not have, and a unit the report does not list', () => {
    expect(() => recordsBehindCell(form02Xld, 22, empty, year2026, options)).toThrow('Biểu 02/XLD không có cột số 22.');
    expect(() => recordsBehindCell(form02Xld, 1, empty, year2026, options, 'phong-khac')).toThrow('Không có đơn vị này trong báo cáo.');
    expect(() => recordsBehindCell({ ...form02Xld, rows: 'total' }, 1, empty, year2026, options, 'thanh-tra')).toThrow('Biểu 02/XLD chỉ có dòng tổng cộng.');
  });
});
