import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnValue, computeForm } from './aggregate.js';
import { form01Tcd } from './forms/form-01-tcd.js';
import { form02Xld } from './forms/form-02-xld.js';
import { defaultReportCutOffRules } from './period-rules.js';
import { diffReportTables } from './report-diff.js';
import { reportPeriod } from './report-periods.js';
import { fieldGroups, letterArb, recordsArb, unitIds } from './test-arbitraries.js';

const year2026 = reportPeriod('year', 2026, defaultReportCutOffRules);
const units = unitIds.map((id) => ({ id, name: id === 'thanh-tra' ? 'Thanh tra Sở' : 'Phòng Hành chính - Tổng hợp' }));
const options = { units, contentGroupOfField: fieldGroups };

describe('diffReportTables', () => {
  it('property: a table has no differences with itself, and each difference is a cell whose numbers differ', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, (before, after) => {
        for (const form of [form01Tcd, form02Xld]) {
          const filed = computeForm(form, before, year2026, options);
          const current = computeForm(form, after, year2026, options);
          expect(diffReportTables(filed, filed)).toEqual([]);
          const differences = diffReportTables(filed, current);
          for (const d of differences) {
            const rowOf = (t: typeof filed) => (d.unitId === undefined ? t.total : (t.rows.find((r) => r.unitId === d.unitId)?.values ?? []));
            expect(d.filed).toBe(columnValue(rowOf(filed), d.column));
            expect(d.current).toBe(columnValue(rowOf(current), d.column));
            expect(d.filed).not.toBe(d.current);
          }
          // Every changed cell of every row and of the total row is listed once.
          const changed = [...filed.rows.map((r, i) => [r.values, current.rows[i]?.values ?? []] as const), [filed.total, current.total] as const]
            .flatMap(([a, b]) => a.filter((v, i) => v !== b[i])).length;
          expect(differences).toHaveLength(changed);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('names the unit, the column and both numbers when a letter is added after filing', () => {
    fc.assert(
      fc.property(letterArb, (l) => {
        const letter = { ...l, unitId: 'thanh-tra', kind: 'complaint' as const, receivedDate: '2026-05-04', handledDate: null };
        const filed = computeForm(form02Xld, { visits: [], sessions: [], letters: [] }, year2026, options);
        const current = computeForm(form02Xld, { visits: [], sessions: [], letters: [letter] }, year2026, options);
        expect(diffReportTables(filed, current)).toEqual([
          { rowLabel: 'Thanh tra Sở', unitId: 'thanh-tra', column: 1, header: 'Tổng số', filed: 0, current: 1 },
          { rowLabel: 'Thanh tra Sở', unitId: 'thanh-tra', column: 3, header: 'Tiếp nhận trong kỳ', filed: 0, current: 1 },
          { rowLabel: 'Tổng cộng', column: 1, header: 'Tổng số', filed: 0, current: 1 },
          { rowLabel: 'Tổng cộng', column: 3, header: 'Tiếp nhận trong kỳ', filed: 0, current: 1 },
        ]);
      }),
      { numRuns: 10 },
    );
  });

  it('a total form lists a change once, and a unit missing on one side counts as zeros', () => {
    const total = { ...form02Xld, rows: 'total' as const };
    const letter = { unitId: 'x', receivedDate: '2026-05-04', handledDate: null, kind: 'complaint' as const, fieldCode: 'khac', isEligible: true, caseCount: 1, priorResolution: 'unresolved' as const, result: null, hasTransferReply: false };
    const filed = computeForm(total, { visits: [], sessions: [], letters: [] }, year2026);
    const current = computeForm(total, { visits: [], sessions: [], letters: [letter] }, year2026);
    expect(diffReportTables(filed, current).map((d) => [d.rowLabel, d.column])).toEqual([['Tổng cộng', 1], ['Tổng cộng', 3]]);

    const byUnit = computeForm(form02Xld, { visits: [], sessions: [], letters: [{ ...letter, unitId: 'hc-th' }] }, year2026, options);
    const lessUnits = { ...byUnit, rows: byUnit.rows.filter((r) => r.unitId !== 'hc-th'), total: byUnit.total.map(() => 0) };
    expect(diffReportTables(lessUnits, byUnit).filter((d) => d.unitId === 'hc-th').map((d) => [d.column, d.filed, d.current])).toEqual([[1, 0, 1], [3, 0, 1]]);
  });
});
