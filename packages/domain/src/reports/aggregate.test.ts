import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { columnValue, computeForm } from './aggregate.js';
import { form01Tcd } from './forms/form-01-tcd.js';
import { form02Xld } from './forms/form-02-xld.js';
import { defaultReportCutOffRules } from './period-rules.js';
import { type ReportLetter, type ReportRecords, type ReportVisit } from './records.js';
import { periodsOfYear, reportPeriod } from './report-periods.js';
import { fieldGroups, letterArb, recordsArb, unitIds } from './test-arbitraries.js';

const year2026 = reportPeriod('year', 2026, defaultReportCutOffRules);
const units = unitIds.map((id) => ({ id, name: id === 'thanh-tra' ? 'Thanh tra Sở' : 'Phòng Hành chính - Tổng hợp' }));
const options = { units, contentGroupOfField: fieldGroups };
const col = (values: readonly number[], ...numbers: number[]) => numbers.reduce((sum, n) => sum + columnValue(values, n), 0);
const empty: ReportRecords = { visits: [], sessions: [], letters: [] };

const visit = (over: Partial<ReportVisit>): ReportVisit => ({
  unitId: 'thanh-tra', date: '2026-04-02', kind: 'regular', headReception: null, persons: 1, isGroup: false, isRepeat: false, matterCount: 1, ...over,
});
const letter = (over: Partial<ReportLetter>): ReportLetter => ({
  unitId: 'thanh-tra', receivedDate: '2026-04-02', handledDate: '2026-04-10', kind: 'complaint', fieldCode: 'dat-dai', isEligible: true,
  caseCount: 1, priorResolution: 'unresolved', result: 'in_competence_first', hasTransferReply: false, ...over,
});

describe('form 01/TCD from the reception register', () => {
  it('counts regular, group and head receptions in their columns', () => {
    const table = computeForm(form01Tcd, {
      visits: [
        visit({ persons: 2 }),
        visit({ isGroup: true, persons: 12, isRepeat: true, matterCount: 1 }),
        visit({ kind: 'periodic', headReception: 'in_person', persons: 3, matterCount: 2 }),
        visit({ kind: 'ad_hoc', headReception: 'authorised', isGroup: true, persons: 6 }),
        visit({ date: '2025-12-14', persons: 40 }), // before the report year
      ],
      sessions: [
        { unitId: 'thanh-tra', date: '2026-04-02', kind: 'periodic', headReception: 'in_person', isCancelled: false },
        { unitId: 'thanh-tra', date: '2026-05-04', kind: 'periodic', headReception: 'in_person', isCancelled: false }, // nobody came: still a session
        { unitId: 'thanh-tra', date: '2026-06-01', kind: 'periodic', headReception: 'in_person', isCancelled: true },
      ],
      letters: [],
    }, year2026, options);
    expect(table.rows[0]?.values).toEqual([4, 23, 5, 2, 14, 1, 1, 1, 12, 0, 1, 2, 1, 3, 2, 0, 0, 1, 6, 1, 1]);
    expect(table.rows[1]?.values.every((v) => v === 0)).toBe(true);
    expect(table.total).toEqual(table.rows[0]?.values);
  });

  it('property: the totals are the sum of regular and head receptions, groups are part of regular', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const { total } = computeForm(form01Tcd, records, year2026, options);
        expect(col(total, 1)).toBe(col(total, 4, 13, 18));
        expect(col(total, 2)).toBe(col(total, 5, 14, 19));
        expect(col(total, 3)).toBe(col(total, 6, 7, 15, 20));
        expect(col(total, 8)).toBeLessThanOrEqual(col(total, 4));
        expect(col(total, 9)).toBeLessThanOrEqual(col(total, 5));
        expect(col(total, 10, 11)).toBeLessThanOrEqual(col(total, 6, 7));
        expect(col(total, 16)).toBeLessThanOrEqual(col(total, 13));
        expect(col(total, 21)).toBeLessThanOrEqual(col(total, 18));
      }),
    );
  });
});

describe('form 02/XLD from the letter register', () => {
  it('a letter received before the period and still open on its first day is carried over', () => {
    const table = computeForm(form02Xld, {
      ...empty,
      letters: [
        letter({ receivedDate: '2025-12-01', handledDate: '2025-12-20' }), // carried over, processed in the period
        letter({ receivedDate: '2025-12-01', handledDate: '2025-12-14' }), // closed the day before: not carried over
        letter({ receivedDate: '2026-12-10', handledDate: null }), // received, still open
        letter({ receivedDate: '2026-03-01', handledDate: '2027-01-05', result: 'guided' }), // handled after the period
        letter({ receivedDate: '2026-05-01', kind: 'denunciation' }), // not this form's
        letter({ receivedDate: '2026-06-01', fieldCode: 'chua-phan-nhom', priorResolution: 'court', result: 'transferred', hasTransferReply: true, caseCount: 2 }),
      ],
    }, year2026, options);
    const values = table.total;
    expect([1, 2, 3, 4, 5, 6].map((n) => columnValue(values, n))).toEqual([4, 1, 3, 2, 2, 3]);
    expect([7, 8, 9, 10, 11, 12].map((n) => columnValue(values, n))).toEqual([0, 1, 0, 0, 0, 1]);
    expect([13, 14, 15, 16, 17, 18, 19, 20, 21].map((n) => columnValue(values, n))).toEqual([0, 0, 1, 1, 1, 0, 0, 1, 1]);
    expect(table.carryOverDate).toBe('2025-12-14');
  });

  it('property: carried over + received = to process; processed, eligible and results never exceed them', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const { total } = computeForm(form02Xld, records, year2026, options);
        expect(col(total, 1)).toBe(col(total, 2, 3));
        expect(col(total, 4)).toBeLessThanOrEqual(col(total, 1));
        expect(col(total, 5)).toBeLessThanOrEqual(col(total, 4));
        expect(col(total, 7, 8, 9, 10, 11, 12)).toBe(col(total, 5));
        expect(col(total, 13, 14, 15, 16)).toBe(col(total, 5));
        expect(col(total, 17, 18, 19, 20)).toBeLessThanOrEqual(col(total, 5));
        expect(col(total, 21)).toBeLessThanOrEqual(col(total, 4));
      }),
    );
  });

  it('property: each eligible letter lands in exactly one content column, whatever its field', () => {
    fc.assert(
      fc.property(letterArb, (l) => {
        const { total } = computeForm(form02Xld, { ...empty, letters: [l] }, year2026, options);
        const contentColumns = [7, 8, 9, 10, 11, 12].map((n) => columnValue(total, n));
        expect(contentColumns.reduce((a, b) => a + b, 0)).toBe(columnValue(total, 5));
        expect(contentColumns.every((v) => v <= 1)).toBe(true);
      }),
    );
  });

  it('property: cumulative periods of a year only grow', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const received = periodsOfYear(2026, defaultReportCutOffRules).map((p) => columnValue(computeForm(form02Xld, records, p, options).total, 3));
        expect(received).toEqual([...received].sort((a, b) => a - b));
      }),
    );
  });
});

describe('rows by unit', () => {
  it('property: the total row is the sum of the unit rows and equals one row over all records', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        for (const form of [form01Tcd, form02Xld]) {
          const table = computeForm(form, records, year2026, options);
          const summed = table.columns.map((_, i) => table.rows.reduce((s, r) => s + (r.values[i] ?? 0), 0));
          expect(table.total).toEqual(summed);
          expect(computeForm({ ...form, rows: 'total' }, records, year2026, options).total).toEqual(summed);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('refuses records of a unit the report does not list, so the total cannot silently drop them', () => {
    const run = () => computeForm(form02Xld, { ...empty, letters: [letter({ unitId: 'phong-khac' })] }, year2026, options);
    expect(run).toThrow(DomainError);
    expect(run).toThrow('Số liệu có đơn vị "phong-khac" không nằm trong danh sách đơn vị của báo cáo.');
  });

  it('a total form has one row labelled "Tổng cộng"', () => {
    const table = computeForm({ ...form01Tcd, rows: 'total' }, { ...empty, visits: [visit({ unitId: 'bat-ky' })] }, year2026);
    expect(table.rows).toEqual([{ label: 'Tổng cộng', values: table.total }]);
    expect(columnValue(table.total, 1)).toBe(1);
  });
});
